import ArgumentParser
import Commentary
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table, or a query's matches in context, as CSV, TSV, JSON Lines or JSON.",
        discussion: """
            Tables: articles, paragraphs, captions, entities, mentions, dates, and hits (keyword in context, needs --query).
            hits: a row per match with --window words either side (never a cut word) and the match's offset in its paragraph (code points); --sort left|right|match|date as in a concordancer (right: by the first word after the match; left: by the last before it).
            Filters select articles: --query (the search language), --author, --outlet, --since, --until, --entity.
            Output streams; --output FILE is written to a temporary file and renamed at the end.

            Examples:
              commentary export paragraphs > paragraphs.csv
              commentary export mentions --query Mishustin --format jsonl -o m.jsonl
              commentary export hits --query Mishustin --bom --excel-safe -o hits.csv
              commentary export hits --query tariff* --window 5 --sort right -o kwic.csv
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(name: .long, help: "Output format: csv, tsv, json or jsonl (default: csv).")
    var format: FileFormat?
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "The table: articles, paragraphs, captions, entities, mentions, dates or hits.")
    var table: ExportTable

    @Option(help: "Only articles matching this query (the search language).")
    var query: String?

    @Flag(help: "Read --query as raw FTS5 syntax.")
    var fts = false

    @Option(help: "hits: words of context either side of a match (default: 10).")
    var window: Int?

    @Option(help: "hits: order by left, right, match or date (default: archive order).")
    var sort: Concordance.Sort?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
    var outputFile: String?

    @Flag(help: "Overwrite --output if it is a regular file (never a directory, a device or a file of the archive).")
    var force = false

    @Flag(help: "Also write FILE.manifest.json: command line, filters, archive, schema version, row count, time.")
    var manifest = false

    func validate() throws {
        if manifest && outputFile == nil { throw ValidationError("--manifest needs --output FILE") }
        if table != .hits && (window != nil || sort != nil) {
            throw ValidationError("--window and --sort shape the concordance: they apply to 'export hits' only")
        }
        if let window { try NumericOption.check(window, "--window", in: 0...1_000, unit: "words") }
        if scope.kinds != nil && query == nil {
            throw ValidationError("--in sets the paragraph kinds --query searches: give --query, or leave --in out")
        }
        if let format, format == .json || format == .jsonl {
            let given = [("--bom", csv.bom), ("--excel-safe", csv.excelSafe), ("--no-header", csv.noHeader)].filter(\.1).map(\.0)
            if !given.isEmpty {
                throw ValidationError(
                    "\(given.joined(separator: ", ")) \(given.count == 1 ? "shapes" : "shape") CSV and TSV output: leave them out with --format \(format.rawValue)"
                )
            }
        }
        // Before any output: a header row on standard output would stand for an empty answer.
        if table == .hits && query == nil {
            throw ValidationError("'export hits' needs --query: the rows are the query's matches in context")
        }
    }

    func run() throws {
        var filter = ArticleFilter()
        filter.query = query
        filter.rawFTS = fts
        filter.scope = try scope.parsed()
        try filters.apply(to: &filter)
        let format = (self.format ?? .csv).output
        var concordance = Concordance.Options()
        concordance.window = window ?? Concordance.defaultWindow
        concordance.sort = sort ?? .archive
        let store = try archive.open(.read)

        guard let path = outputFile else {
            let writer = RowWriter(
                format: format, columns: table.columns, sink: StandardOutput.sink(),
                options: csv.writerOptions)
            try Exporter.export(store, table: table, filter: filter, concordance: concordance, writer: writer)
            writer.finish()
            return
        }
        let output = try OutputFile(path: path, force: force, archive: store)
        defer { output.discard() }
        let manifestPath = path + ".manifest.json"
        if manifest {
            // Checked before the rows are written, with the same rules as the output itself.
            try OutputFile(path: manifestPath, force: force, archive: store).discard()
        }
        let sink = OutputSink(descriptor: output.descriptor)
        let writer = RowWriter(format: format, columns: table.columns, sink: sink, options: csv.writerOptions)
        let rows = try Exporter.export(store, table: table, filter: filter, concordance: concordance, writer: writer)
        writer.finish()
        guard !sink.failed else {
            throw CommentaryError.failure("writing \(path) failed: \(String(cString: strerror(sink.errorNumber)))")
        }
        try output.commit()
        if manifest {
            let file = try OutputFile(path: manifestPath, force: force, archive: store)
            defer { file.discard() }
            let data = try manifestData(path: path, rows: rows, format: format, filter: filter, archivePath: store.path)
            let sink = OutputSink(descriptor: file.descriptor)
            sink.write(String(decoding: data, as: UTF8.self) + "\n")
            sink.flush()
            guard !sink.failed else {
                throw CommentaryError.failure("writing \(manifestPath) failed: \(String(cString: strerror(sink.errorNumber)))")
            }
            try file.commit()
        }
        Terminal.note("wrote \(rows) rows to \(path)")
    }

    func manifestData(path: String, rows: Int, format: OutputFormat, filter: ArticleFilter, archivePath: String) throws -> Data {
        let formatter = ISO8601DateFormatter()
        var filters: [String: Any] = ["in": filter.scope.map(\.rawValue)]
        filters["query"] = filter.query ?? NSNull()
        filters["fts"] = filter.rawFTS
        filters["author"] = filter.author ?? NSNull()
        filters["outlet"] = filter.outlet ?? NSNull()
        filters["since"] = filter.since ?? NSNull()
        filters["until"] = filter.until ?? NSNull()
        filters["entity"] = filter.entity ?? NSNull()
        if table == .hits {
            filters["window"] = window ?? Concordance.defaultWindow
            filters["sort"] = (sort ?? .archive).rawValue
        }
        let manifest: [String: Any] = [
            "command": CommandLine.arguments,
            "table": table.rawValue,
            "columns": table.columns,
            "format": format.rawValue,
            "filters": filters,
            "archive": URL(fileURLWithPath: archivePath).standardizedFileURL.path,
            "schema_version": ArchiveReports.schemaVersion,
            "rows": rows,
            "tool": "commentary \(CommentaryVersion.string)",
            "created_at": formatter.string(from: Date()),
            "output": path,
        ]
        return try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}

/// The formats of a file for another program: `export` writes no terminal table, so its help
/// lists only these.
enum FileFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, tsv, json, jsonl

    var output: OutputFormat {
        switch self {
        case .csv: .csv
        case .tsv: .tsv
        case .json: .json
        case .jsonl: .jsonl
        }
    }
}
