import ArgumentParser
import Commentary
import Foundation

struct Code: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code every article with a dictionary of categories, each a set of queries.",
        discussion: """
            The dictionary is YAML ("category:" then "- query" lines, or "category: query") or CSV (category,query rows); see Samples/codebook.yaml. A row per article the filters select, with the number of its paragraphs matching each category (0/1 with --presence). csv, tsv, json and table are wide (a column per category); jsonl is long (a line per article and category). --by adds articles up per bucket.

            Examples:
              commentary code --dictionary Samples/codebook.yaml --format csv > coded.csv
              commentary code --dictionary topics.csv --presence --format jsonl
              commentary code --dictionary Samples/codebook.yaml --by month --format csv
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("The codebook: .yaml/.yml, or .csv with category,query rows.", valueName: "file"))
    var dictionary: String

    @Flag(help: "1 when an article has a matching paragraph, else 0 (with --by: articles).")
    var presence = false

    @Option(help: "Add up per bucket: month, quarter, year, outlet or author.")
    var by: Bucketing?

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: dictionary, encoding: .utf8)
        } catch {
            throw CommentaryError.usage("cannot read the dictionary \(dictionary): \((error as NSError).localizedDescription)")
        }
        let csv = dictionary.lowercased().hasSuffix(".csv")
        let codebook = try Codebook(parsing: text, name: dictionary, csv: csv)
        var filter = ArticleFilter()
        filter.scope = try scope.parsed()
        try filters.apply(to: &filter)
        let store = try archive.open(.read)
        let format = output.resolved()
        let names = codebook.categories.map(\.name)
        let taken =
            by == nil
            ? ["article_id", "source", "outlet", "author", "published", "category", "count"] : ["bucket", "articles", "category", "count"]
        if let clash = names.first(where: taken.contains) {
            throw CommentaryError.usage("\(dictionary): a category may not be called '\(clash)': that is a column of the output")
        }
        let sink = StandardOutput.sink()

        if let by {
            let buckets = try DictionaryCoding.code(store, codebook: codebook, filter: filter, by: by, presence: presence)
            if format == .jsonl {
                let writer = RowWriter(format: format, columns: ["bucket", "articles", "category", "count"], sink: sink)
                for bucket in buckets {
                    for (name, count) in zip(names, bucket.counts) {
                        writer.write([Cell(bucket.bucket), .integer(Int64(bucket.articles)), .text(name), .integer(Int64(count))])
                    }
                }
                writer.finish()
            } else {
                let writer = RowWriter(format: format, columns: ["bucket", "articles"] + names, sink: sink, options: output.writerOptions)
                for bucket in buckets {
                    let label: Cell = format == .table ? .text(bucket.bucket ?? by.missingLabel) : Cell(bucket.bucket)
                    writer.write([label, .integer(Int64(bucket.articles))] + bucket.counts.map { .integer(Int64($0)) })
                }
                writer.finish()
            }
            return
        }
        let articles = try DictionaryCoding.code(store, codebook: codebook, filter: filter)
        let identity = ["article_id", "source", "outlet", "author", "published"]
        func cells(_ article: CodedArticle) -> [Cell] {
            [.integer(article.id), .text(article.source), Cell(article.outlet), Cell(article.author), Cell(article.published)]
        }
        func value(_ count: Int) -> Cell { .integer(Int64(presence ? min(count, 1) : count)) }
        if format == .jsonl {
            let writer = RowWriter(format: format, columns: identity + ["category", "count"], sink: sink)
            for article in articles {
                for (name, count) in zip(names, article.counts) { writer.write(cells(article) + [.text(name), value(count)]) }
            }
            writer.finish()
        } else {
            let writer = RowWriter(format: format, columns: identity + names, sink: sink, options: output.writerOptions)
            for article in articles { writer.write(cells(article) + article.counts.map(value)) }
            writer.finish()
        }
    }
}
