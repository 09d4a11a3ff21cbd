import ArgumentParser
import Commentary
import Foundation

extension ListOptions.Sort: ExpressibleByArgument {}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles the filters select, unranked; draw a reproducible sample.",
        discussion: """
            No query needed: --outlet, --author, --since, --until, --entity (and --query) select. --sample N --seed S draws N articles at random; the same seed, archive and filters always draw the same ones (for intercoder reliability samples).

            Examples:
              commentary list --outlet "China Daily" --since 2023 --sort date
              commentary list --entity "President Xi" --format csv --all
              commentary list --sample 50 --seed 7 --format csv > sample.csv
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only articles matching this query (the search language).")
    var query: String?

    @Option(help: "Order: id, date (oldest first), title or outlet.")
    var sort: ListOptions.Sort = .id

    @Option(help: "Draw this many articles at random instead of listing all.")
    var sample: Int?

    @Option(help: "The random draw's seed (default: 0); the same seed draws the same sample.")
    var seed: UInt64?

    @Option(help: "At most this many articles (default: 20).")
    var limit: Int?

    @Option(help: "Skip this many articles first.")
    var offset: Int?

    @Flag(help: "Every article: no --limit.")
    var all = false

    @Flag(help: "Print nothing on stderr: no count of articles left out.")
    var quiet = false

    static let defaultLimit = 20

    func validate() throws {
        if scope.kinds != nil && query == nil {
            throw ValidationError("--in sets the paragraph kinds --query searches: give --query, or leave --in out")
        }
        if let sample { try NumericOption.check(sample, "--sample", in: 1...NumericOption.largestCount, unit: "articles") }
        if seed != nil && sample == nil { throw ValidationError("--seed seeds the draw of --sample N: give --sample") }
        if let limit { try NumericOption.check(limit, "--limit", in: 0...NumericOption.largestCount, unit: "articles") }
        if let offset { try NumericOption.check(offset, "--offset", in: 0...NumericOption.largestCount, unit: "articles") }
        if all && (limit != nil || offset != nil) { throw ValidationError("--all writes every article: not with --limit or --offset") }
    }

    func run() throws {
        var options = ListOptions()
        options.filter.query = query
        options.filter.scope = try scope.parsed()
        try filters.apply(to: &options.filter)
        options.sort = sort
        options.sample = sample
        options.seed = seed ?? 0
        // A sample is written whole unless a limit is asked for.
        options.limit = all || (sample != nil && limit == nil) ? Int.max : limit ?? Self.defaultLimit
        options.offset = offset ?? 0
        let store = try archive.open(.read)
        let (articles, total) = try ArticleList.list(store, options)
        if !quiet { QueryNotes.show(query) }
        let writer = RowWriter(
            format: output.resolved(), columns: ArticleList.columns, sink: StandardOutput.sink(), options: output.writerOptions)
        for article in articles {
            writer.write([
                .integer(article.id), .text(article.source), Cell(article.title), Cell(article.author), Cell(article.outlet),
                Cell(article.published),
            ])
        }
        writer.finish()
        guard !quiet else { return }
        if articles.count < total {
            Terminal.note("\(articles.count) of \(total) articles written; --limit N, --offset N or --all for more")
        } else if Terminal.stderrIsTerminal {
            Terminal.note("\(total) article\(total == 1 ? "" : "s")")
        }
    }
}
