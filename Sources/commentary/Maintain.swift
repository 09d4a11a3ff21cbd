import ArgumentParser
import Commentary
import Foundation

struct Aliases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "List, add or remove entity aliases (UN → United Nations).",
        discussion: """
            Aliases apply to articles imported afterwards; run 'commentary reprocess' to apply them to stored ones.

            Examples:
              commentary aliases list
              commentary aliases add "Belt and Road" "Belt and Road Initiative" --kind event
              commentary aliases remove "Belt and Road"
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "list, add or remove.")
    var action: String = "list"

    @Argument(help: "add: ALIAS NAME; remove: ALIAS.")
    var values: [String] = []

    @Option(help: "The entity's kind when adding an alias for a new name.")
    var kind: EntityKind?

    func validate() throws {
        switch action {
        case "list": if !values.isEmpty { throw ValidationError("'aliases list' takes no arguments") }
        case "add": if values.count != 2 { throw ValidationError("'aliases add' takes ALIAS NAME") }
        case "remove": if values.count != 1 { throw ValidationError("'aliases remove' takes ALIAS") }
        default: throw ValidationError("unknown action '\(action)'; use list, add or remove")
        }
    }

    func run() throws {
        switch action {
        case "add":
            let store = try archive.open(.write)
            let alias = try AliasStore.add(store, alias: values[0], name: values[1], kind: kind)
            Terminal.note(
                "alias '\(alias.alias)' → \(alias.name) (\(alias.kind.rawValue)); run 'commentary reprocess' to apply it to stored articles"
            )
        case "remove":
            let store = try archive.open(.write)
            if !(try AliasStore.remove(store, alias: values[0])) {
                throw CommentaryError.usage("no alias '\(values[0])'")
            }
            Terminal.note("removed alias '\(values[0])'")
        default:
            let store = try archive.open(.read)
            let writer = RowWriter(
                format: output.resolved(), columns: ["alias", "name", "kind"], sink: OutputSink(descriptor: STDOUT_FILENO),
                options: output.writerOptions)
            for alias in try AliasStore.list(store) { writer.write([.text(alias.alias), .text(alias.name), .text(alias.kind.rawValue)]) }
            writer.finish()
        }
    }
}

struct Reprocess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Re-run extraction over stored raw text (all articles, or those the filters select).",
        discussion: """
            Examples:
              commentary reprocess
              commentary reprocess --query Mishustin
              commentary reprocess --stale
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only articles matching this query (the search language).")
    var query: String?

    @Flag(help: "Only articles an older extractor version wrote.")
    var stale = false

    func run() throws {
        let store = try archive.open(.write)
        defer { store.close() }
        var filter = ArticleFilter()
        filter.query = query
        filter.scope = try scope.parsed()
        try filters.apply(to: &filter)
        let summary = try Reprocessor.run(store, filter: filter, onlyStale: stale) { error in Terminal.error(error.description) }
        Terminal.note("reprocessed \(summary.reprocessed), failed \(summary.failed)")
        if summary.failed > 0 { throw ExitCode(ExitStatus.partialFailure) }
    }
}

struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete articles by id or source, with everything derived from them (index included).",
        discussion: "Example:\n  commentary delete 3 Samples/old-piece.txt")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Article ids or sources.")
    var articles: [String]

    func validate() throws {
        if articles.isEmpty { throw ValidationError("name at least one article id or source") }
    }

    func run() throws {
        let store = try archive.open(.write)
        defer { store.close() }
        let (deleted, missing) = try ArchiveReports.delete(store, references: articles)
        for reference in missing { Terminal.error("no article with id or source '\(reference)'") }
        Terminal.note("deleted \(deleted.count)")
        if !missing.isEmpty { throw ExitCode(ExitStatus.partialFailure) }
    }
}
