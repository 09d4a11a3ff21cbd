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
              commentary aliases add BRI "Belt and Road Initiative" --kind event
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
            defer { store.close() }
            let alias = try AliasStore.add(store, alias: values[0], name: values[1], kind: kind)
            Terminal.note(
                "alias '\(alias.alias)' → \(alias.name) (\(alias.kind.rawValue)); run 'commentary reprocess' to apply it to stored articles"
            )
        case "remove":
            let store = try archive.open(.write)
            defer { store.close() }
            if !(try AliasStore.remove(store, alias: values[0])) {
                throw CommentaryError.usage("no alias '\(values[0])'")
            }
            Terminal.note("removed alias '\(values[0])'")
        default:
            let store = try archive.open(.read)
            let writer = RowWriter(
                format: output.resolved(), columns: ["alias", "name", "kind"], sink: StandardOutput.sink(),
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
        QueryNotes.show(query)
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
        abstract: "Delete articles or sources, with everything derived from them (index included).",
        discussion: """
            An id deletes the article with all its sources. A source removes that source only: an article other
            sources still name stays (deleting one copy of a syndicated text keeps the others), and goes with its last
            source. A file name removes every record imported from it (feed.jsonl: every feed.jsonl#… source).
            Filters (--query, --author, --outlet, --since, --until, --entity) select whole articles instead.
            --dry-run lists what would go and changes nothing.

            Examples:
              commentary delete 3 Samples/old-piece.txt
              commentary delete feed.jsonl --dry-run
              commentary delete --outlet "Daily Example" --until 2019 --dry-run
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "Article ids, sources, or files whose records to remove.")
    var articles: [String] = []

    @Option(help: "Delete the articles matching this query (the search language).")
    var query: String?

    @Flag(help: "List what would be deleted; change nothing.")
    var dryRun = false

    var hasFilter: Bool {
        query != nil || filters.author != nil || filters.outlet != nil || filters.since != nil || filters.until != nil
            || filters.entity != nil
    }

    func validate() throws {
        if articles.isEmpty && !hasFilter {
            throw ValidationError("name articles (ids, sources or files) or select them with a filter such as --query or --outlet")
        }
        if !articles.isEmpty && hasFilter {
            throw ValidationError("name articles or select them with filters, not both in one command")
        }
    }

    func run() throws {
        let store = try archive.open(dryRun ? .read : .write)
        defer { store.close() }
        var filter: ArticleFilter?
        if hasFilter {
            var selection = ArticleFilter()
            QueryNotes.show(query)
            selection.query = query
            selection.scope = try scope.parsed()
            try filters.apply(to: &selection)
            filter = selection
        }
        let plan = try Deletion.plan(store, references: articles, filter: filter)
        for reference in plan.missing { Terminal.error("no article with id, source or file '\(reference)'") }
        if dryRun {
            let writer = RowWriter(
                format: output.resolved(), columns: ["article_id", "action", "sources", "title"], sink: StandardOutput.sink())
            for item in plan.items {
                writer.write([
                    .integer(item.articleID), .text(item.wholeArticle ? "delete article" : "remove source"),
                    .text(item.sources.joined(separator: "; ")), Cell(item.title),
                ])
            }
            writer.finish()
            Terminal.note("would delete \(plan.articles) articles and \(plan.sources) sources (dry run: nothing changed)")
        } else {
            try plan.apply(store)
            Terminal.note("deleted \(plan.articles) articles and \(plan.sources) sources")
        }
        if !plan.missing.isEmpty { throw ExitCode(ExitStatus.partialFailure) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that an archive is sound: SQLite's integrity, the full-text index, the archive's own rules.",
        discussion: """
            Prints each problem found (nothing but a summary when there is none). Exit status 0 when the archive is
            sound, 3 when it is damaged, with how to recover what is readable.

            Examples:
              commentary check
              commentary check --quick --db backup.sqlite
            """)

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "A fast pass: SQLite's quick_check and the index's structure, without reading every row.")
    var quick = false

    func run() throws {
        let store = try archive.open(.read)
        defer { store.close() }
        let report = try ArchiveCheck.run(store, quick: quick)
        for problem in report.problems { StandardOutput.write(problem + "\n") }
        for skipped in report.skipped { Terminal.warning("not checked: \(skipped)") }
        guard report.isSound else {
            throw CommentaryError.archive(
                path: store.path,
                reason:
                    "is damaged (\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") above); \(Archive.recoveryAdvice(store.path))"
            )
        }
        Terminal.note(
            "ok: \(store.path) is sound (\(report.articles) articles, \(report.paragraphs) paragraphs\(quick ? ", quick check" : ""))")
    }
}
