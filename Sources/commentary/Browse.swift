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
        guard let id = try ArchiveReports.articleID(store, reference: article),
            let shown = try ArchiveReports.show(store, id: id)
        else {
            throw CommentaryError.usage("no article with id or source '\(article)'")
        }
        let format = output.resolved()
        let sink = OutputSink(descriptor: STDOUT_FILENO)
        switch format {
        case .json:
            // JSON output is always an array (design.md): here, of the one article.
            sink.write("[" + ShowJSON.render(shown, pretty: false) + "]\n")
        case .jsonl:
            sink.write(ShowJSON.render(shown, pretty: false) + "\n")
        case .table:
            for (key, value) in shown.metadata where value != .null { sink.write("\(key): \(value.plainText)\n") }
            sink.write("sources: \(shown.sources.joined(separator: ", "))\n\n")
            for paragraph in shown.paragraphs { sink.write("[\(paragraph.position) \(paragraph.kind)] \(paragraph.text)\n\n") }
            if !shown.captions.isEmpty {
                sink.write("captions:\n")
                for caption in shown.captions {
                    sink.write("  ¶\(caption.position) \(caption.credit ?? "-") \(caption.date ?? "-")  \(caption.text)\n")
                }
            }
            if !shown.entities.isEmpty {
                sink.write("entities:\n")
                for entity in shown.entities { sink.write("  \(entity.name) (\(entity.kind)) ×\(entity.mentions)\n") }
            }
            if !shown.dates.isEmpty {
                sink.write("dates:\n")
                for date in shown.dates {
                    sink.write(
                        "  ¶\(date.position) \"\(date.surface)\" → \(date.value ?? "unresolved") (\(date.precision), \(date.resolution)\(date.anchor.map { ", from \($0) date" } ?? ""))\n"
                    )
                }
            }
        case .csv, .tsv:
            let writer = RowWriter(format: format, columns: ["position", "kind", "text"], sink: sink)
            for paragraph in shown.paragraphs {
                writer.write([.integer(Int64(paragraph.position)), .text(paragraph.kind), .text(paragraph.text)])
            }
            writer.finish()
        }
        sink.flush()
    }
}

/// `show --format json`: one object with nested arrays.
enum ShowJSON {
    static func render(_ shown: ShownArticle, pretty: Bool) -> String {
        var object: [String: Any] = [:]
        for (key, value) in shown.metadata { object[key] = json(value) }
        object["sources"] = shown.sources
        object["paragraphs"] = shown.paragraphs.map { ["position": $0.position, "kind": $0.kind, "text": $0.text] as [String: Any] }
        object["captions"] = shown.captions.map {
            ["paragraph_position": $0.position, "text": $0.text, "credit": $0.credit ?? NSNull(), "date": $0.date ?? NSNull()]
                as [String: Any]
        }
        object["entities"] = shown.entities.map {
            [
                "name": $0.name, "kind": $0.kind, "mentions": $0.mentions,
                "surfaces": ($0.surfaces ?? "").split(separator: ",").map(String.init),
            ] as [String: Any]
        }
        object["dates"] = shown.dates.map {
            [
                "paragraph_position": $0.position, "surface": $0.surface, "value": $0.value ?? NSNull(), "precision": $0.precision,
                "resolution": $0.resolution, "anchor": $0.anchor ?? NSNull(),
            ] as [String: Any]
        }
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data("{}".utf8)
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

    @Option(help: "Group mentions over time: month.")
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
    }

    func run() throws {
        let store = try archive.open(.read)
        let sink = OutputSink(descriptor: STDOUT_FILENO)
        let format = output.resolved()
        if let with {
            let writer = RowWriter(
                format: format, columns: ["name", "kind", "articles", sameParagraph ? "paragraphs_together" : "articles_together"],
                sink: sink)
            try ArchiveReports.cooccurring(store, with: with, sameParagraphOnly: sameParagraph, limit: limit, writer: writer)
            writer.finish()
        } else if by != nil {
            let writer = RowWriter(format: format, columns: ["month", "name", "kind", "articles", "mentions"], sink: sink)
            try ArchiveReports.entitiesByMonth(store, name: name, kind: kind, limit: limit, writer: writer)
            writer.finish()
        } else {
            var filter = ArticleFilter()
            filter.query = query
            filter.scope = try scope.parsed()
            try filters.apply(to: &filter)
            let writer = RowWriter(format: format, columns: ["name", "kind", "articles", "mentions"], sink: sink)
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
        let sink = OutputSink(descriptor: STDOUT_FILENO)
        if format == .json || format == .jsonl {
            // One row whose columns are the statistics; JSON stays an array, as everywhere.
            let writer = RowWriter(format: format, columns: values.map(\.0), sink: sink)
            writer.write(values.map(\.1))
            writer.finish()
            return
        }
        let writer = RowWriter(format: format, columns: ["statistic", "value"], sink: sink)
        for (key, value) in values { writer.write([.text(key), value]) }
        writer.finish()
    }
}
