import ArgumentParser
import Commentary
import Foundation

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article whole: metadata, paragraphs with kinds, captions, entities and dates.",
        discussion: """
            Examples:
              commentary show 1
              commentary show Samples/mishustin-visit-commentary.txt --format json
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The article's id or one of its sources.")
    var article: String

    func run() throws {
        let store = try archive.open(.read)
        guard let id = try ArchiveReports.articleID(store, reference: article) else {
            throw CommentaryError.usage("no article with id or source '\(article)'")
        }
        let format = output.resolved()
        let sink = StandardOutput.sink()
        // Each section is written as SQLite hands its rows over: nothing is held whole.
        let found = try ArchiveReports.show(store, id: id) { sections in
            switch format {
            case .json:
                // JSON output is always an array (design.md): here, of the one article.
                sink.write("[")
                try ShowJSON.write(sections, to: sink)
                sink.write("]\n")
            case .jsonl:
                try ShowJSON.write(sections, to: sink)
                sink.write("\n")
            case .table:
                try Self.writeTable(sections, to: sink)
            case .csv, .tsv:
                let writer = RowWriter(format: format, columns: ["position", "kind", "text"], sink: sink, options: output.writerOptions)
                try sections.paragraphs { paragraph in
                    writer.write([.integer(Int64(paragraph.position)), .text(paragraph.kind), .text(paragraph.text)])
                }
                writer.finish()
            }
            return true
        }
        guard found == true else { throw CommentaryError.usage("no article with id or source '\(article)'") }
        sink.flush()
    }

    /// The article for a person to read: stored text escaped where it holds control characters.
    static func writeTable(_ sections: ArticleSections, to sink: OutputSink) throws {
        func shown(_ text: String) -> String { TerminalText.escaped(text) }
        for (key, value) in sections.metadata where value != .null { sink.write("\(key): \(shown(value.plainText))\n") }
        sink.write("sources: \(shown(sections.sources.joined(separator: ", ")))\n\n")
        try sections.paragraphs { paragraph in
            sink.write("[\(paragraph.position) \(paragraph.kind)] \(shown(paragraph.text))\n\n")
        }
        var first = true
        try sections.captions { caption in
            if first { sink.write("captions:\n") }
            first = false
            sink.write("  ¶\(caption.position) \(shown(caption.credit ?? "-")) \(caption.date ?? "-")  \(shown(caption.text))\n")
        }
        first = true
        try sections.entities { entity in
            if first { sink.write("entities:\n") }
            first = false
            sink.write("  \(shown(entity.name)) (\(entity.kind)) ×\(entity.mentions)\n")
        }
        first = true
        try sections.dates { date in
            if first { sink.write("dates:\n") }
            first = false
            sink.write(
                "  ¶\(date.position) \"\(shown(date.surface))\" → \(date.value ?? "unresolved") (\(date.precision), \(date.resolution)\(date.anchor.map { ", from \($0) date" } ?? ""))\n"
            )
        }
    }
}

/// `show --format json`: one object with nested arrays, keys sorted, written piece by piece as
/// the sections stream in (each value through JSONSerialization, so the text is what one call
/// over the whole object would give).
enum ShowJSON {
    static func write(_ sections: ArticleSections, to sink: OutputSink) throws {
        var parts: [String: (OutputSink) throws -> Void] = [:]
        for (key, value) in sections.metadata { parts[key] = { $0.write(fragment(json(value))) } }
        parts["sources"] = { $0.write(fragment(sections.sources)) }
        parts["paragraphs"] = { sink in
            try array(sink) { element in
                try sections.paragraphs { element(["position": $0.position, "kind": $0.kind, "text": $0.text]) }
            }
        }
        parts["captions"] = { sink in
            try array(sink) { element in
                try sections.captions {
                    element([
                        "paragraph_position": $0.position, "text": $0.text, "credit": $0.credit ?? NSNull(),
                        "date": $0.date ?? NSNull(),
                    ])
                }
            }
        }
        parts["entities"] = { sink in
            try array(sink) { element in
                try sections.entities {
                    element([
                        "name": $0.name, "kind": $0.kind, "mentions": $0.mentions,
                        "surfaces": ($0.surfaces ?? "").split(separator: ",").map(String.init),
                    ])
                }
            }
        }
        parts["dates"] = { sink in
            try array(sink) { element in
                try sections.dates {
                    element([
                        "paragraph_position": $0.position, "surface": $0.surface, "value": $0.value ?? NSNull(),
                        "precision": $0.precision, "resolution": $0.resolution, "anchor": $0.anchor ?? NSNull(),
                    ])
                }
            }
        }
        sink.write("{")
        for (index, key) in parts.keys.sorted().enumerated() {
            if index > 0 { sink.write(",") }
            sink.write(fragment(key) + ":")
            try parts[key]?(sink)
        }
        sink.write("}")
    }

    /// A JSON array whose elements `produce` hands over one at a time.
    static func array(_ sink: OutputSink, _ produce: (_ element: ([String: Any]) -> Void) throws -> Void) throws {
        sink.write("[")
        var first = true
        try produce { element in
            if !first { sink.write(",") }
            first = false
            sink.write(fragment(element))
        }
        sink.write("]")
    }

    static func fragment(_ value: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
        let data = (try? JSONSerialization.data(withJSONObject: value, options: options)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func json(_ cell: Cell) -> Any {
        switch cell {
        case .null: NSNull()
        case .integer(let value): value
        case .real(let value): value
        case .text(let value): value
        }
    }
}

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Top entities by kind, with article and mention counts; co-occurrence; mentions over time.",
        discussion: """
            Examples:
              commentary entities --kind person
              commentary entities --with "Xi Jinping"
              commentary entities --by month --name Mishustin
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only this kind: person, organization, location or event.")
    var kind: EntityKind?

    @Option(help: "Entities that co-occur with this one (canonical name or alias).")
    var with: String?

    @Flag(help: "With --with: count only co-occurrence in the same paragraph, not the same article.")
    var sameParagraph = false

    @Option(help: "Group mentions over time: month (of publication; undated articles in a row whose month is empty).")
    var by: String?

    @Option(help: "With --by month: only this entity.")
    var name: String?

    @Option(help: "Search query that selects the articles counted (the search language).")
    var query: String?

    @Option(help: "At most this many rows.")
    var limit: Int = 50

    func validate() throws {
        try NumericOption.check(limit, "--limit", in: 1...NumericOption.largestCount, unit: "rows")
        if let by, by != "month" { throw ValidationError("--by takes: month") }
        if with != nil && by != nil { throw ValidationError("use --with or --by, not both") }
        // Every option is honoured or refused: none is taken and then quietly ignored.
        if name != nil && by == nil { throw ValidationError("--name goes with --by month (for co-occurrence, --with NAME)") }
        if sameParagraph && with == nil { throw ValidationError("--same-paragraph goes with --with NAME") }
        if scope.kinds != nil && query == nil { throw ValidationError("--in says where --query looks; give --query too") }
    }

    func run() throws {
        let store = try archive.open(.read)
        let sink = StandardOutput.sink()
        let format = output.resolved()
        var filter = ArticleFilter()
        QueryNotes.show(query)
        filter.query = query
        filter.scope = try scope.parsed()
        try filters.apply(to: &filter)
        if let with {
            let writer = RowWriter(
                format: format, columns: ["name", "kind", "articles", sameParagraph ? "paragraphs_together" : "articles_together"],
                sink: sink, options: output.writerOptions)
            try ArchiveReports.cooccurring(
                store, with: with, kind: kind, filter: filter, sameParagraphOnly: sameParagraph, limit: limit, writer: writer)
            writer.finish()
        } else if by != nil {
            let writer = RowWriter(
                format: format, columns: ["month", "name", "kind", "articles", "mentions"], sink: sink, options: output.writerOptions)
            try ArchiveReports.entitiesByMonth(store, name: name, kind: kind, filter: filter, limit: limit, writer: writer)
            writer.finish()
        } else {
            let writer = RowWriter(
                format: format, columns: ["name", "kind", "articles", "mentions"], sink: sink, options: output.writerOptions)
            try ArchiveReports.entities(store, kind: kind, filter: filter, limit: limit, writer: writer)
            writer.finish()
        }
    }
}

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Archive statistics: articles, paragraphs, entities, date range, size.",
        discussion: "Example:\n  commentary stats --format json")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try archive.open(.read)
        let values = try ArchiveReports.stats(store)
        let format = output.resolved()
        let sink = StandardOutput.sink()
        if format == .json || format == .jsonl {
            // One row whose columns are the statistics; JSON stays an array, as everywhere.
            let writer = RowWriter(format: format, columns: values.map(\.0), sink: sink, options: output.writerOptions)
            writer.write(values.map(\.1))
            writer.finish()
            return
        }
        let writer = RowWriter(format: format, columns: ["statistic", "value"], sink: sink, options: output.writerOptions)
        for (key, value) in values { writer.write([.text(key), value]) }
        writer.finish()
    }
}
