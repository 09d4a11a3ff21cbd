import ArgumentParser
import Commentary
import Foundation

extension Bucketing: ExpressibleByArgument {}

struct Count: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Count matching articles per month, quarter, year, outlet or author.",
        discussion: """
            Each argument is one query (quote one of several words); queries are counted side by side. A row per bucket and query: the matching articles, the bucket's total and the share. Every bucket shows, 0 included; time buckets run without gaps; undated articles (no outlet, no author) are a bucket of their own. --paragraphs counts paragraphs in scope instead. On a terminal each row has a bar of its share.

            Examples:
              commentary count "climate finance" --by year
              commentary count BRICS "debt relief" --by quarter --plot attention.svg
              commentary count Mishustin --by outlet --since 2023 --format csv
              commentary count tariff* --paragraphs --in body --by month
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "The queries, one per argument (the search language).")
    var queries: [String] = []

    @Option(help: "Buckets: month, quarter, year, outlet or author.")
    var by: Bucketing = .month

    @Flag(help: "Count paragraphs in scope (--in) holding the whole query instead of articles.")
    var paragraphs = false

    @Option(help: ArgumentHelp("Also draw the shares as an SVG chart in this file.", valueName: "file.svg"))
    var plot: String?

    @Flag(help: "Overwrite --plot if it is a regular file.")
    var force = false

    func validate() throws {
        if queries.isEmpty { throw ValidationError("count needs at least one query") }
        if force && plot == nil { throw ValidationError("--force replaces the --plot file: give --plot FILE.svg") }
    }

    func run() throws {
        var options = CountOptions()
        options.queries = queries
        options.filter.scope = try scope.parsed()
        try filters.apply(to: &options.filter)
        options.bucketing = by
        options.paragraphs = paragraphs
        let store = try archive.open(.read)
        let plotFile = try plot.map { path throws(CommentaryError) in try OutputFile(path: path, force: force, archive: store) }
        defer { plotFile?.discard() }
        let rows = try AttentionCount.count(store, options)
        for query in queries { QueryNotes.show(query) }

        let format = output.resolved()
        let unit = paragraphs ? "paragraphs" : "articles"
        var columns = ["bucket", "query", "matches", "total", "share"]
        if format == .table { columns.append("") }
        let writer = RowWriter(format: format, columns: columns, sink: StandardOutput.sink(), options: output.writerOptions)
        let widest = rows.compactMap(\.share).max() ?? 0
        for row in rows {
            if format == .table {
                writer.write([
                    .text(row.bucket ?? by.missingLabel), .text(row.query), .integer(Int64(row.matches)),
                    .integer(Int64(row.total)), .text(row.share.map { String(format: "%.1f%%", $0 * 100) } ?? "–"),
                    .text(Self.bar(row.share ?? 0, of: widest)),
                ])
            } else {
                writer.write([
                    Cell(row.bucket), .text(row.query), .integer(Int64(row.matches)), .integer(Int64(row.total)), Cell(row.share),
                ])
            }
        }
        writer.finish()

        if let plotFile {
            let buckets = rows.prefix { $0.query == queries[0] }.map(\.bucket).filter { !by.isTime || $0 != nil }
            let chart = SVGChart(
                kind: by.isTime ? .line : .bar,
                title: "Share of \(unit) matching, by \(by.rawValue)",
                xLabel: by.rawValue, yLabel: "share of \(unit) (%)",
                labels: buckets.map { $0 ?? by.missingLabel },
                series: queries.map { query in
                    let shares = Dictionary(
                        rows.filter { $0.query == query }.map { ($0.bucket, $0.share) }, uniquingKeysWith: { a, _ in a })
                    return (query, buckets.map { bucket in (shares[bucket] ?? nil).map { $0 * 100 } })
                })
            let sink = OutputSink(descriptor: plotFile.descriptor)
            sink.write(chart.render())
            sink.flush()
            guard !sink.failed else {
                throw CommentaryError.failure("writing \(plotFile.path) failed: \(String(cString: strerror(sink.errorNumber)))")
            }
            try plotFile.commit()
            if by.isTime && rows.contains(where: { $0.bucket == nil }) {
                Terminal.note("the chart leaves out undated \(unit): they have no place on a time axis")
            }
            Terminal.note("wrote the chart to \(plotFile.path)")
        }
    }

    /// A bar of eighth blocks, 24 cells for the largest share.
    static func bar(_ share: Double, of widest: Double) -> String {
        guard widest > 0 else { return "" }
        let eighths = Int((share / widest * 24 * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }
}
