import Foundation
import Testing

@testable import Commentary

/// A query's cost follows its distinct terms: repeats are merged, and past the limit it is
/// refused at once instead of running for minutes.
@Suite("Query terms: merged and limited")
struct QueryLimitTests {
    @Test func aRepeatedWordIsOneClause() throws {
        let query = try SearchQuery(parsing: Array(repeating: "China", count: 1_000).joined(separator: " "))
        #expect(query.clauseExpressions == ["\"china\""])
    }

    @Test func repeatedAlternativesAreOne() throws {
        let query = try SearchQuery(parsing: Array(repeating: "China", count: 1_000).joined(separator: " OR "))
        #expect(query.clauseExpressions == ["\"china\""])
        let mixed = try SearchQuery(parsing: "China OR Russia OR china OR RUSSIA forum forum")
        #expect(mixed.clauseExpressions == ["\"china\" OR \"russia\"", "\"forum\""])
    }

    @Test func repeatedExclusionsAndPhrasesAreOne() throws {
        let query = try SearchQuery(parsing: "forum -Ukraine -ukraine -Ukraine \"Business Forum\" \"business forum\"")
        #expect(query.clauseExpressions == ["\"forum\"", "\"business forum\""])
        #expect(query.excludedExpression == "\"ukraine\"")
    }

    @Test func theLimitCountsDistinctTerms() throws {
        let atLimit = (0..<SearchQuery.maximumTerms).map { "word\($0)" }.joined(separator: " ")
        #expect(try SearchQuery(parsing: atLimit).clauses.count == SearchQuery.maximumTerms)
        // Repeats do not count.
        #expect(try SearchQuery(parsing: atLimit + " " + atLimit).clauses.count == SearchQuery.maximumTerms)
        let over = (0...SearchQuery.maximumTerms).map { "word\($0)" }.joined(separator: " OR ")
        #expect(throws: CommentaryError.usage("the query has 65 distinct words and phrases; at most 64 are allowed")) {
            try SearchQuery(parsing: over)
        }
    }

    @Test func rawFTSQueriesAreCountedAndRefusedPastTheLimit() throws {
        #expect(SearchQuery.rawTermCount("NEAR(mishustin forum, 10)") == 3)
        #expect(SearchQuery.rawTermCount("\"china russia\" OR (visit* AND NOT ukraine)") == 3)
        #expect(SearchQuery.rawTermCount("title:china") == 2)
        var filter = ArticleFilter()
        filter.rawFTS = true
        filter.query = Array(repeating: "china", count: 100).joined(separator: " OR ")
        #expect(throws: CommentaryError.usage("the --fts query has 100 terms; at most 64 are allowed")) {
            try SearchEngine.Plan(filter, nil)
        }
        filter.query = Array(repeating: "china", count: 10_000).joined(separator: " OR ")
        #expect(throws: CommentaryError.usage("the --fts query is 89996 bytes long; at most 4096 are allowed")) {
            try SearchEngine.Plan(filter, nil)
        }
    }

    @Test func prefixesSpellingOutTooManyWordsAreRefused() throws {
        // 64 prefixes each standing for 200 index terms (ending in "y", so spelled out): 12,800.
        let directory = temporaryDirectory()
        let letters = "abcdefghijklmnopqrstuvwxz".map(String.init)
        func pair(_ number: Int) -> String { letters[number % 25] + letters[number / 25] }
        let prefixes: [String] = (0..<64).map { (number: Int) -> String in "b" + pair(number) + "y" }
        for (index, prefix) in prefixes.enumerated() {
            let words: [String] = (0..<200).map { (number: Int) -> String in prefix + pair(number) + "q" }
            var lines: [String] = ["Title \(index)", ""]
            for start in stride(from: 0, to: 200, by: 20) { lines += [words[start..<start + 20].joined(separator: " "), ""] }
            try lines.joined(separator: "\n").write(to: directory.appending(path: "y\(index).txt"), atomically: false, encoding: .utf8)
        }
        let (archive, summary) = try importInto(directory, [directory.path])
        #expect(summary.imported == 64)
        var options = SearchOptions()
        options.filter.query = prefixes.map { $0 + "*" }.joined(separator: " OR ")
        #expect(
            throws: CommentaryError.usage(
                "the query's prefixes stand for 12800 words of the index; at most 1000 are allowed (use fewer or longer prefixes)")
        ) { try SearchEngine.search(archive, options) }
        // Within the limit, every word a prefix stands for is found.
        options.filter.query = prefixes.prefix(4).map { $0 + "*" }.joined(separator: " OR ")
        #expect(try SearchEngine.search(archive, options).total == 4)
    }
}
