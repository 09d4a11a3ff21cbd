import ArgumentParser
import Commentary
import Foundation

/// `--db`, shared by every command.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).")
    var db: String?

    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["COMMENTARY_DB"], !environment.isEmpty { return environment }
        return "commentary.sqlite"
    }

    /// Opens the archive; a writing command that upgrades it says so on stderr, since building
    /// a new index over a large archive takes a while.
    func open(_ mode: Archive.Mode) throws(CommentaryError) -> Archive {
        try Archive.open(path: path, mode: mode) { upgrade in
            switch upgrade {
            case .started(let migrations, let articles) where articles > 0:
                Terminal.note(
                    "upgrading the archive (\(migrations.joined(separator: ", "))): rebuilding what it derives for \(articles) "
                        + "article\(articles == 1 ? "" : "s") (about a second per 10,000)")
            case .finished(let seconds) where seconds >= 1:
                Terminal.note("upgraded the archive in \(String(format: "%.0f", seconds)) s")
            default:
                break
            }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension EntityKind: ExpressibleByArgument {}
extension ExportTable: ExpressibleByArgument {}
extension SearchOptions.Sort: ExpressibleByArgument {}
extension Concordance.Sort: ExpressibleByArgument {}

/// `--format`, shared by every read command.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).")
    var format: OutputFormat?

    /// Row writer options for these commands: table cells with control characters escaped.
    var writerOptions: RowWriterOptions {
        var options = RowWriterOptions()
        options.tableText = { TerminalText.escaped($0) }
        return options
    }

    func resolved(default fallback: OutputFormat? = nil) -> OutputFormat {
        if let format { return format }
        if let fallback { return fallback }
        return Terminal.stdoutIsTerminal ? .table : .json
    }
}

/// `--in`, the paragraph kinds a query looks at.
struct ScopeOptions: ParsableArguments {
    @Option(
        name: .customLong("in"),
        help: ArgumentHelp(
            "Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).",
            valueName: "kinds"))
    var kinds: String?

    func parsed() throws(CommentaryError) -> [ParagraphKind] {
        guard let kinds else { return ParagraphKind.defaultScope }
        return try ParagraphKind.parseList(kinds)
    }
}

/// Article filters shared by `search`, `export`, `entities` and `reprocess`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).")
    var author: String?

    @Option(help: "Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).")
    var outlet: String?

    @Option(help: "Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var until: String?

    @Option(help: "Only articles mentioning this entity (canonical name or alias, e.g. \"President Xi\").")
    var entity: String?

    func apply(to filter: inout ArticleFilter) throws(CommentaryError) {
        filter.author = author
        filter.outlet = outlet
        filter.since = try since.map { value throws(CommentaryError) in try ArticleFilter.normalizeDateBound(value, upper: false) }
        filter.until = try until.map { value throws(CommentaryError) in try ArticleFilter.normalizeDateBound(value, upper: true) }
        // Reversed bounds are a slip, not a question whose answer is "none".
        if let since, let until, let from = filter.since, let to = filter.until, from > to {
            throw .usage("--since \(since) is after --until \(until): no article can be published in between")
        }
        filter.entity = entity
    }
}

/// Rows out: the writer for the chosen format on stdout, with the CSV options where they apply.
struct CSVOptions: ParsableArguments {
    @Flag(help: "Omit the header row (CSV, TSV, table).")
    var noHeader = false

    @Flag(help: "Start CSV/TSV output with a UTF-8 byte-order mark, so Excel reads UTF-8 correctly.")
    var bom = false

    @Flag(help: "Prefix cells starting with =, +, - or @ with ' so spreadsheets do not run them as formulas.")
    var excelSafe = false

    var writerOptions: RowWriterOptions {
        var options = RowWriterOptions()
        options.header = !noHeader
        options.byteOrderMark = bom
        options.excelSafe = excelSafe
        return options
    }
}

/// The search language's notes on how a `--query` was read, on stderr.
enum QueryNotes {
    static func show(_ query: String?, raw: Bool = false) {
        guard let query, !raw else { return }
        for note in SearchQuery.notes(for: query) { Terminal.note("note: " + note) }
    }
}
