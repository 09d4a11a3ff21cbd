import Foundation
import GRDB

/// One row of `count`: a query's matches in one bucket, beside everything in that bucket.
public struct CountRow: Sendable, Equatable {
    /// The bucket: a period, an outlet or an author; nil for the articles without one.
    public var bucket: String?
    /// The query as given.
    public var query: String
    /// Matching articles (or paragraphs) in the bucket.
    public var matches: Int
    /// Every article (or paragraph in scope) in the bucket that the filters select.
    public var total: Int

    /// `matches / total`; nil for a bucket with nothing in it.
    public var share: Double? { total == 0 ? nil : Double(matches) / Double(total) }
}

/// What `count` counts.
public struct CountOptions: Sendable {
    /// The queries, side by side; the filter's own query is ignored.
    public var queries: [String] = []
    /// Filters shared with `search`: they select the articles counted, matching or not.
    public var filter = ArticleFilter()
    public var bucketing = Bucketing.month
    /// Count paragraphs in scope holding the whole query instead of articles.
    public var paragraphs = false

    public init() {}
}

/// Attention over time or across outlets: how many articles (or paragraphs) match each query per
/// bucket, out of how many.
///
/// Articles match as in `search` (words ANDed across the article); with `paragraphs`, the
/// paragraphs counted are those `search --paragraphs` lists, out of every paragraph in scope. Every
/// bucket appears for every query, 0 included; time buckets run from the first period to the last
/// without gaps.
public enum AttentionCount {
    public static func count(_ archive: Archive, _ options: CountOptions) throws(CommentaryError) -> [CountRow] {
        guard !options.queries.isEmpty else { throw .usage("count needs at least one query") }
        return try archive.read { db in try count(db, options) }
    }

    static func count(_ db: Database, _ options: CountOptions) throws -> [CountRow] {
        var base = options.filter
        base.query = nil
        let buckets: [String?]
        let totals: [String?: Int]
        var matches: [[String?: Int]] = []
        if options.paragraphs {
            let articles = try BucketedArticles(db, filter: options.filter, by: options.bucketing)
            buckets = articles.buckets
            totals = try paragraphTotals(db, articles, scope: options.filter)
            for query in options.queries {
                var filter = options.filter
                filter.query = query
                matches.append(articles.tally(try SearchEngine.matchingParagraphs(db, filter).map(\.article)))
            }
        } else {
            // SQLite counts per bucket, over the covering index: a rare query costs little more
            // than its search, a common one no more than one pass over the index.
            let counter = try BucketCounts(db, bucketing: options.bucketing)
            totals = try counter.count(db, among: try SearchEngine.matchingArticles(db, base))
            buckets = counter.ordered(totals.keys)
            for query in options.queries {
                var filter = options.filter
                filter.query = query
                // The query's articles are already within the filters' selection.
                let ids = try SearchEngine.matchingArticles(db, filter)
                matches.append(try counter.count(db, among: ids ?? []))
            }
        }
        var rows: [CountRow] = []
        for (query, counts) in zip(options.queries, matches) {
            for bucket in buckets {
                rows.append(CountRow(bucket: bucket, query: query, matches: counts[bucket] ?? 0, total: totals[bucket] ?? 0))
            }
        }
        return rows
    }

    /// Paragraphs in scope per bucket, over the selected articles.
    static func paragraphTotals(_ db: Database, _ articles: BucketedArticles, scope filter: ArticleFilter) throws -> [String?: Int] {
        var totals: [String?: Int] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT article_id, count(*) FROM paragraphs WHERE kind IN (\(filter.kindList)) GROUP BY article_id")
        while let row = try rows.next() {
            for bucket in articles.bucketsOf[row[0] as Int64] ?? [] { totals[bucket, default: 0] += row[1] as Int }
        }
        return totals
    }
}
