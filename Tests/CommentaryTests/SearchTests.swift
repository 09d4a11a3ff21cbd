import Foundation
import Testing

@testable import Commentary

@Suite("Search query language")
struct SearchQueryTests {
    @Test(arguments: [
        ("China-Russia Business Forum", ["\"china russia\"", "\"business\"", "\"forum\""]),
        ("CGTN/CFP", ["\"cgtn cfp\""]),
        ("Mishustin's visit", ["\"mishustin s\"", "\"visit\""]),
        ("Science & Technology", ["\"science technology\""]),
        ("“Business Forum”", ["\"business forum\""]),
        ("visit* Russia", ["\"visit\" *", "\"russia\""]),
        ("BRICS OR G20", ["\"brics\" OR \"g20\""]),
        ("Xi — Mishustin", ["\"xi\"", "\"mishustin\""]),
        ("NEAR(", ["\"near\""]),
        ("Russia OR", ["\"russia\""]),
    ])
    func translates(_ input: String, _ clauses: [String]) throws {
        #expect(try SearchQuery(parsing: input).clauseExpressions == clauses)
    }

    @Test func exclusionsAreKeptApart() throws {
        let query = try SearchQuery(parsing: "China -Ukraine")
        #expect(query.clauseExpressions == ["\"china\""])
        #expect(query.excludedExpression == "\"ukraine\"")
        let phrase = try SearchQuery(parsing: "Lula -\"G20 Summit\" --\"Rio\"")
        #expect(phrase.clauseExpressions == ["\"lula\""])
        #expect(phrase.excludedExpression == "\"g20 summit\" OR \"rio\"")
        #expect(try SearchQuery(parsing: "Lula - \"G20 Summit\"").excludedExpression == nil)
    }

    @Test(arguments: ["", "   ", "\"", "OR", "*", "-", "()", "^", "-Ukraine", "\"\""])
    func nothingSearchableIsAUsageError(_ input: String) {
        #expect(throws: CommentaryError.self) { try SearchQuery(parsing: input) }
        do {
            _ = try SearchQuery(parsing: input)
        } catch {
            if case .usage = error {} else { Issue.record("expected a usage error, got \(error)") }
        }
    }
}

@Suite("Searching an archive")
struct SearchEngineTests {
    @Test func findsTheSeedWithAMarkedSnippet() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var options = SearchOptions()
        options.filter.query = "China-Russia Business Forum"
        let results = try SearchEngine.search(archive, options)
        #expect(results.total == 1)
        #expect(results.hits.first?.source.hasSuffix("mishustin-visit-commentary.txt") == true)
        #expect(results.hits.first?.snippet.contains("[China-Russia Business Forum]") == true)
    }

    @Test func exactPhraseRanksAboveScatteredWords() throws {
        let directory = temporaryDirectory()
        let scattered = "The business of diplomacy matters. Russia and China met. A forum was held later in the year for everyone."
        let exact = "Officials gathered at the China-Russia Business Forum to discuss trade and investment over two days."
        try scattered.write(to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        try exact.write(to: directory.appending(path: "b.txt"), atomically: true, encoding: .utf8)
        let (archive, _) = try importInto(directory, [directory.appending(path: "a.txt").path, directory.appending(path: "b.txt").path])
        var options = SearchOptions()
        options.filter.query = "China Russia Business Forum"
        let results = try SearchEngine.search(archive, options)
        #expect(results.total == 2)
        #expect(results.hits.first?.source.hasSuffix("b.txt") == true)
    }

    @Test func filtersByAuthorDateAndEntityAlias() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var options = SearchOptions()
        options.filter.query = "visit"
        options.filter.entity = "President Xi"
        options.filter.author = "khalid"
        let results = try SearchEngine.search(archive, options)
        #expect(results.total == 1)
        options.filter.since = "2099-01-01"
        #expect(try SearchEngine.search(archive, options).total == 0)
    }

    @Test func authorAndOutletFiltersFoldCaseAccentsAndQuotesAsSearchDoes() throws {
        let directory = temporaryDirectory()
        let records = [
            #"{"id": "1", "title": "Lithium", "author": "Tomás Herrera", "outlet": "Diário Económico", "text": "Chile and Bolivia hold most of the world's lithium."}"#,
            #"{"id": "2", "title": "Grain", "author": "Sarah O’Neill", "outlet": "The Irish Times", "text": "Grain prices rose again in the spring."}"#,
            #"{"id": "3", "title": "Rice", "author": "Nguyễn Văn An", "outlet": "VnExpress", "text": "Rice exports rose in the first quarter."}"#,
        ]
        try records.joined(separator: "\n").write(to: directory.appending(path: "r.jsonl"), atomically: true, encoding: .utf8)
        let (archive, _) = try importInto(directory, [directory.appending(path: "r.jsonl").path])
        func total(author: String? = nil, outlet: String? = nil) throws -> Int {
            var filter = ArticleFilter()
            filter.author = author
            filter.outlet = outlet
            return try archive.read { db in try SearchEngine.matchingArticles(db, filter)?.count ?? -1 }
        }
        for author in ["TOMÁS", "tomás", "tomas", "Tomas Herrera", "o'neill", "O’NEILL", "NGUYỄN", "nguyen van"] {
            #expect(try total(author: author) == 1, "\(author)")
        }
        for outlet in ["DIÁRIO", "diario economico", "irish"] { #expect(try total(outlet: outlet) == 1, "\(outlet)") }
        // The pattern's own characters are literal.
        #expect(try total(author: "%") == 0)
        #expect(try total(author: "_") == 0)
    }

    @Test func randomInputNeverReachesSQLiteAsSyntax() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [seedPath])
        let alphabet = Array("abc xyzChinaRussia\"\"'*^():-+OR AND NOT NEAR{}[],.;/\\&“”‘’—–#@!?~`|0123")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let length = Int.random(in: 0...24, using: &generator)
            let input = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            var options = SearchOptions()
            options.filter.query = input
            do {
                _ = try SearchEngine.search(archive, options)
            } catch {
                guard case .usage = error else {
                    Issue.record("input \(input.debugDescription) gave \(error)")
                    return
                }
            }
        }
    }

    @Test func rawFTSSyntaxErrorsAreExplained() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [seedPath])
        var options = SearchOptions()
        options.filter.query = "\"unbalanced"
        options.filter.rawFTS = true
        #expect {
            try SearchEngine.search(archive, options)
        } throws: { error in
            guard let error = error as? CommentaryError, case .query(let message) = error else { return false }
            return message.contains("not valid FTS5 syntax")
        }
    }
}

@Suite("Search semantics on the samples")
struct SearchSemanticsTests {
    static let archive: Archive? = try? importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path]).0

    func total(_ query: String, configure: (inout SearchOptions) -> Void = { _ in }) throws -> Int {
        var options = SearchOptions()
        options.filter.query = query
        configure(&options)
        return try SearchEngine.search(#require(Self.archive), options).total
    }

    @Test func anEntityFilterIgnoresAccentsAsSearchDoes() throws {
        let accented = try total("Brazil") { $0.filter.entity = "Luiz Inácio Lula da Silva" }
        #expect(accented >= 1)
        #expect(try total("Brazil") { $0.filter.entity = "luiz inacio lula da silva" } == accented)
    }

    @Test func diacriticsCaseAndStemmingAreFolded() throws {
        #expect(try total("Sao Paulo") == total("São Paulo"))
        #expect(try total("Sao Paulo") >= 1)
        #expect(try total("ERDOGAN") >= 1)
        #expect(try total("visits") == total("visit"))
    }

    @Test func wordsMayStandInDifferentParagraphsButAPhraseMayNot() throws {
        // Both words occur in the seed, never side by side.
        #expect(try total("Mishustin millet") == 1)
        #expect(try total("\"Mishustin millet\"") == 0)
    }

    @Test func orExclusionAndPrefix() throws {
        let either = try total("Mishustin OR Albanese")
        #expect(either == (try total("Mishustin")) + (try total("Albanese")))
        #expect(try total("Mishustin -millet") == 0)
        #expect(try total("Mishustin -\"Business Forum\"") == 0)
        #expect(try total("Mishustin -\"forum business\"") == 1)
        #expect(try total("Mishus*") == total("Mishustin"))
    }

    @Test func aPrefixFindsTheWordsItBeginsThoughTheIndexHoldsStems() throws {
        // "cooperation" is indexed as `cooper`: the prefix is matched against that stem too.
        #expect(try total("cooperation") >= 2)
        #expect(try total("cooperat*") == total("cooperation"))
        #expect(try total("cooperati*") == total("cooperation"))
        // FTS5 would read "tokay" as `tokai`; the prefix as typed still finds Tokayev.
        #expect(try total("Tokayev") >= 1)
        #expect(try total("Tokay*") == total("Tokayev"))
        // Excluding a prefix excludes what it matches.
        #expect(try total("Astana Tokayev") >= 1)
        #expect(try total("Astana -Tokay*") == total("Astana") - total("Astana Tokayev"))
    }

    @Test func aPrefixMatchesNoStemOfAWordThatDoesNotBeginWithIt() throws {
        // The index holds `expo` ("the world expo") and `polic` ("police"), stems that "export" and
        // "policy" begin with; no word beginning "export" or "policy" is stemmed to them.
        let directory = temporaryDirectory()
        let texts = [
            "expo.txt": "Visitors crowded the halls of the world expo in Osaka on its opening weekend this spring.",
            "export.txt": "Farmers said grain exports through the port had doubled since the corridor reopened in May.",
            "police.txt": "The city asked for more police on the streets after a week of protests in the old town.",
            "policy.txt": "The central bank kept its policy rate unchanged, citing a slowdown in consumer prices.",
            "cooperation.txt": "Both ministers praised the cooperation between their coast guards in the strait this year.",
        ]
        for (name, text) in texts { try text.write(to: directory.appending(path: name), atomically: true, encoding: .utf8) }
        let (archive, _) = try importInto(directory, texts.keys.sorted().map { directory.appending(path: $0).path })
        func sources(_ query: String) throws -> [String] {
            var options = SearchOptions()
            options.filter.query = query
            return try SearchEngine.search(archive, options).hits.map { URL(fileURLWithPath: $0.source).lastPathComponent }
        }
        #expect(try sources("export*") == ["export.txt"])
        #expect(try sources("policy*") == ["policy.txt"])
        #expect(try sources("polic*").sorted() == ["police.txt", "policy.txt"])
        // A stem the prefix runs into through an ending ("cooperat" + "ion") still counts.
        #expect(try sources("cooperat*") == ["cooperation.txt"])
    }

    @Test func theTrailerIsOutOfScopeUnlessAsked() throws {
        #expect(try total("thouse_opinions") == 0)
        #expect(try total("thouse_opinions") { $0.filter.scope = ParagraphKind.allCases } >= 1)
    }

    @Test func paragraphsModeAndDateOrder() throws {
        var options = SearchOptions()
        options.filter.query = "China"
        options.paragraphs = true
        let paragraphs = try SearchEngine.search(#require(Self.archive), options)
        options.paragraphs = false
        let articles = try SearchEngine.search(#require(Self.archive), options)
        #expect(paragraphs.total > articles.total)
        options.sort = .date
        options.limit = 100
        let dated = try SearchEngine.search(#require(Self.archive), options).hits.compactMap(\.published)
        #expect(dated == dated.sorted(by: >))
    }
}
