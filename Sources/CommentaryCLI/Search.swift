import ArgumentParser
import Commentary
import Foundation

extension Terminal.ColorChoice: ExpressibleByArgument {}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive; one row per article, ranked, with a highlighted snippet.",
        discussion: """
            Words are ANDed across the article; a phrase must stand in one paragraph. "quoted text" and compounds
            (China-Russia, CGTN/CFP, Mishustin's) are phrases; OR joins alternatives; -word and NOT word exclude;
            word* is a prefix. After the first word, -word needs no quotes: commentary search China -Russia.

            Examples:
              commentary search "China-Russia Business Forum"
              commentary search 'visit* -Ukraine' --since 2023-01 --author Khalid
              commentary search BRICS --entity "President Xi" --format csv
              commentary search --fts 'NEAR(mishustin forum, 10)'
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "What to search for.")
    var query: [String] = []

    /// `-word` after the query's first word, handed over by `ArgumentCheck` (the parser would read
    /// it as flags); added to the query as the exclusion it was.
    @Option(name: .customLong("exclude"), help: .hidden)
    var excluded: [String] = []

    @Flag(help: "Pass the query to SQLite FTS5 as raw syntax (for experts).")
    var fts = false

    @Flag(help: "Print the FTS5 expressions and the SQL that would run, and stop.")
    var sql = false

    @Flag(help: "Every paragraph holding the whole query instead of one row per article.")
    var paragraphs = false

    @Option(help: "Order: relevance or date (newest first).")
    var sort: SearchOptions.Sort = .relevance

    @Option(help: "At most this many results (default: 20).")
    var limit: Int?

    @Option(help: "Skip this many results first.")
    var offset: Int?

    @Flag(help: "Every result: no --limit.")
    var all = false

    @Option(help: "Highlight matches: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: Terminal.ColorChoice = .auto

    @Flag(help: "Print nothing on stderr: no total line, no count of results left out, no notes.")
    var quiet = false

    static let defaultLimit = 20

    func validate() throws {
        if let limit { try NumericOption.check(limit, "--limit", in: 0...NumericOption.largestCount, unit: "results") }
        if let offset { try NumericOption.check(offset, "--offset", in: 0...NumericOption.largestCount, unit: "results") }
        if all && (limit != nil || offset != nil) { throw ValidationError("--all writes every result: not with --limit or --offset") }
    }

    func run() throws {
        let text = (query + excluded.map { "-" + $0 }).joined(separator: " ")
        let offset = self.offset ?? 0
        var options = SearchOptions()
        options.filter.query = text
        options.filter.rawFTS = fts
        options.filter.scope = try scope.parsed()
        try filters.apply(to: &options.filter)
        options.limit = all ? Int.max : limit ?? Self.defaultLimit
        options.offset = offset
        options.sort = sort
        options.paragraphs = paragraphs
        let format = output.resolved()
        let colored = format == .table && Terminal.useColor(color)
        if format == .table && !colored {
            options.markStart = "["
            options.markEnd = "]"
        } else if colored {
            // Placeholders, turned into colour after the snippet's own text is escaped.
            options.markStart = Self.colorStart
            options.markEnd = Self.colorEnd
        }
        if fts && text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CommentaryError.usage("an empty --fts query")
        }
        if sql {
            // Spelled out against the archive when there is one; the SQL alone otherwise.
            let store = try? archive.open(.read)
            defer { store?.close() }
            for line in try SearchEngine.explain(options, archive: store) { StandardOutput.write(line + "\n") }
            return
        }
        let store = try archive.open(.read)
        let results = try SearchEngine.search(store, options)
        if !quiet { QueryNotes.show(text, raw: fts) }
        if format == .table {
            printTable(results, colored: colored)
        } else {
            let writer = RowWriter(
                format: format,
                columns: [
                    "article_id", "source", "title", "author", "outlet", "published",
                    "score", "paragraph_position", "kind", "snippet",
                ],
                sink: StandardOutput.sink())
            for hit in results.hits {
                writer.write([
                    .integer(hit.articleID), .text(hit.source), Cell(hit.title), Cell(hit.author), Cell(hit.outlet),
                    Cell(hit.published), .real(hit.score), .integer(Int64(hit.paragraphPosition)),
                    .text(hit.kind.rawValue), .text(hit.snippet),
                ])
            }
            writer.finish()
        }
        guard !quiet else { return }
        let matching = "matching \(paragraphs ? "paragraph" : "article")\(results.total == 1 ? "" : "s")"
        if results.hits.count < results.total {
            // Rows were left out: said wherever the output goes, so a script's CSV is never
            // taken for the whole answer.
            let range = offset > 0 && !results.hits.isEmpty ? " (\(offset + 1)–\(offset + results.hits.count))" : ""
            Terminal.note(
                "\(results.hits.count) of \(results.total) \(matching) written\(range); --limit N\(offset > 0 ? ", --offset N" : "") or --all for more"
            )
        } else if Terminal.stderrIsTerminal || format == .table {
            Terminal.note("\(results.total) \(matching)")
        }
    }

    /// Private-use characters marking matches in a coloured snippet until the escaping is done.
    static let colorStart = "\u{F8F0}"
    static let colorEnd = "\u{F8F1}"

    /// The results for a person to read: stored text escaped where it holds control characters.
    func printTable(_ results: SearchResults, colored: Bool) {
        let sink = StandardOutput.sink()
        for (index, hit) in results.hits.enumerated() {
            let title = TerminalText.escaped(hit.title ?? "(untitled)")
            let details = TerminalText.escaped([hit.published, hit.author, hit.outlet].compactMap { $0 }.joined(separator: " · "))
            let heading = colored ? Terminal.bold + title + Terminal.reset : title
            sink.write(String(format: "%2d. ", (offset ?? 0) + index + 1) + heading + (details.isEmpty ? "" : "  (\(details))") + "\n")
            let location =
                "\(TerminalText.escaped(hit.source)) · \(hit.kind.rawValue) ¶\(hit.paragraphPosition) · score \(String(format: "%.2f", hit.score))"
            sink.write("    " + (colored ? Terminal.dim + location + Terminal.reset : location) + "\n")
            var snippet = TerminalText.escaped(hit.snippet.replacingOccurrences(of: "\n", with: " "))
            if colored {
                snippet = snippet.replacingOccurrences(of: Self.colorStart, with: Terminal.highlight)
                    .replacingOccurrences(of: Self.colorEnd, with: Terminal.reset)
            }
            sink.write("    " + snippet + "\n\n")
        }
        sink.flush()
    }
}
