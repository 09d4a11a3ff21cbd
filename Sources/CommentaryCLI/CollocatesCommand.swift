import ArgumentParser
import Commentary
import Foundation

extension CollocateOptions.Sort: ExpressibleByArgument {}

struct CollocatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collocates",
        abstract: "The words found near a query's matches more often than chance.",
        discussion: """
            For each word within --window words of a match: co-occurrences f(n,c), its frequency f(c) in the archive, and two scores (f(n) matches, N tokens in the archive):
              log_dice = 14 + log2(2·f(n,c) / (f(n) + f(c)))   (at most 14; Rychlý 2008)
              mi       = log2(f(n,c)·N / (f(n)·f(c)))          (observed over expected)
            Words are the index's stems (tariff, tariffs → tariff) unless --surface.

            Examples:
              commentary collocates tariff --stopwords en
              commentary collocates "debt relief" --window 3 --top 10 --format csv
              commentary collocates BRICS --outlet Global --surface --sort mi
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "The word or query (the search language).")
    var query: [String] = []

    @Option(help: "Words either side of a match.")
    var window = 5

    @Option(help: "At most this many collocates.")
    var top = 30

    @Option(name: .customLong("min-count"), help: "Fewest co-occurrences a word needs.")
    var minimumCount = 2

    @Option(help: ArgumentHelp("Leave out a language's function words: en.", valueName: "language"))
    var stopwords: String?

    @Flag(help: "Words as written (case and accents folded), not stems; reads every paragraph.")
    var surface = false

    @Option(help: "Order: logdice, mi or count.")
    var sort: CollocateOptions.Sort = .logdice

    @Flag(help: "Pass the query to SQLite FTS5 as raw syntax (for experts).")
    var fts = false

    func validate() throws {
        if query.isEmpty { throw ValidationError("collocates needs a word or query") }
        try NumericOption.check(window, "--window", in: 1...50, unit: "words")
        try NumericOption.check(top, "--top", in: 1...NumericOption.largestCount, unit: "collocates")
        try NumericOption.check(minimumCount, "--min-count", in: 1...NumericOption.largestCount, unit: "co-occurrences")
        if let stopwords, stopwords != "en" { throw ValidationError("--stopwords knows en (English) only, not '\(stopwords)'") }
    }

    func run() throws {
        var options = CollocateOptions()
        let text = query.joined(separator: " ")
        options.filter.query = text
        options.filter.rawFTS = fts
        options.filter.scope = try scope.parsed()
        try filters.apply(to: &options.filter)
        options.window = window
        options.top = top
        options.minimumCount = minimumCount
        options.stopWords = stopwords != nil
        options.surface = surface
        options.sort = sort
        let store = try archive.open(.read)
        let results = try Collocates.find(store, options)
        QueryNotes.show(text, raw: fts)
        let format = output.resolved()
        let writer = RowWriter(
            format: format, columns: ["word", "cooccurrences", "frequency", "log_dice", "mi"], sink: StandardOutput.sink(),
            options: output.writerOptions)
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        for collocate in results.collocates {
            writer.write([
                .text(collocate.word), .integer(Int64(collocate.cooccurrences)), .integer(Int64(collocate.frequency)),
                .real(rounded(collocate.logDice)), .real(rounded(collocate.mutualInformation)),
            ])
        }
        writer.finish()
        if format == .table || Terminal.stderrIsTerminal {
            Terminal.note("\(results.matches) matches; \(results.tokens) tokens in the archive")
        }
    }
}
