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
}
