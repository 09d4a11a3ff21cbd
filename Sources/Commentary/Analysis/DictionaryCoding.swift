import Foundation
import GRDB

/// One article coded against a codebook: per category, the paragraphs matching any of its queries.
public struct CodedArticle: Sendable, Equatable {
    public var id: Int64
    public var source: String
    public var outlet: String?
    public var author: String?
    public var published: String?
    /// In the codebook's order.
    public var counts: [Int]
}

/// A bucket of coded articles added up (`code --by`).
public struct CodedBucket: Sendable, Equatable {
    public var bucket: String?
    /// Articles the filters select in the bucket.
    public var articles: Int
    /// Per category: matching paragraphs, or with `presence` articles with at least one.
    public var counts: [Int]
}

/// Dictionary lookup (quanteda's `dfm_lookup`) over the archive: each category of a codebook is
/// one or more queries of the search language; an article's count for a category is the number
/// of its paragraphs in scope that match any of them (as `search --paragraphs` finds them),
/// counted once however many of the queries a paragraph matches. Every article the filters select
/// gets a row, zeros included.
public enum DictionaryCoding {
    public static func code(_ archive: Archive, codebook: Codebook, filter: ArticleFilter) throws(CommentaryError) -> [CodedArticle] {
        try archive.read { db in
            let counts = try categoryCounts(db, codebook: codebook, filter: filter)
            let selected = try SearchEngine.matchingArticles(db, base(filter))
            var coded: [CodedArticle] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, source, outlet, author, published FROM articles ORDER BY id")
            while let row = try rows.next() {
                let id: Int64 = row[0]
                guard selected?.contains(id) ?? true else { continue }
                coded.append(
                    CodedArticle(
                        id: id, source: row[1], outlet: row[2], author: row[3], published: row[4],
                        counts: counts.map { $0[id] ?? 0 }))
            }
            return coded
        }
    }

    /// Categories added up per bucket: paragraphs, or with `presence` articles.
    public static func code(
        _ archive: Archive, codebook: Codebook, filter: ArticleFilter, by bucketing: Bucketing, presence: Bool
    ) throws(CommentaryError) -> [CodedBucket] {
        try archive.read { db in
            let counts = try categoryCounts(db, codebook: codebook, filter: filter)
            let articles = try BucketedArticles(db, filter: filter, by: bucketing)
            let totals = articles.tally(articles.ids)
            let sums = counts.map { perArticle in
                articles.tally(perArticle.keys) { presence ? 1 : perArticle[$0] ?? 0 }
            }
            return articles.buckets.map { bucket in
                CodedBucket(bucket: bucket, articles: totals[bucket] ?? 0, counts: sums.map { $0[bucket] ?? 0 })
            }
        }
    }

    static func base(_ filter: ArticleFilter) -> ArticleFilter {
        var base = filter
        base.query = nil
        return base
    }

    /// Per category, the matching paragraphs of each article that has any.
    static func categoryCounts(_ db: Database, codebook: Codebook, filter: ArticleFilter) throws -> [[Int64: Int]] {
        // Read once for every query of the codebook.
        let directory = try ParagraphDirectory(db)
        return try codebook.categories.map { category in
            func matches(_ query: String) throws -> [MatchedParagraph] {
                var one = filter
                one.query = query
                one.rawFTS = false
                return try SearchEngine.matchingParagraphs(db, one, directory: directory)
            }
            var counts: [Int64: Int] = [:]
            // One query gives each paragraph once; several are united first, so a paragraph two of
            // them match counts once.
            let paragraphs: [MatchedParagraph] =
                category.queries.count == 1
                ? try matches(category.queries[0])
                : Array(try category.queries.reduce(into: Set<MatchedParagraph>()) { $0.formUnion(try matches($1)) })
            for match in paragraphs { counts[match.article, default: 0] += 1 }
            return counts
        }
    }
}
