import Foundation
import GRDB

/// How `count` and `code --by` group articles: by a period of the publication date, or by outlet
/// or author as stored.
public enum Bucketing: String, CaseIterable, Sendable {
    case month, quarter, year, outlet, author

    /// Whether buckets are periods of time (filled without gaps, plotted as lines).
    public var isTime: Bool { self == .month || self == .quarter || self == .year }

    /// The bucket of an article: `2023-05`, `2023-Q2`, `2023`, or the outlet or author as stored;
    /// nil for an article with no (or no such precise) date, outlet or author: the bucket of its own.
    func key(published: String?, outlet: String?, author: String?) -> String? {
        switch self {
        case .outlet: return outlet.flatMap { $0.isEmpty ? nil : $0 }
        case .author: return author.flatMap { $0.isEmpty ? nil : $0 }
        case .month, .quarter, .year:
            guard let published, let period = Period(iso: published, self) else { return nil }
            return period.label
        }
    }

    /// Every period from `first` to `last` (labels as `key` makes them), in order.
    func periods(from first: String, through last: String) -> [String] {
        guard var period = Period(label: first, self), let end = Period(label: last, self) else { return [first, last] }
        var labels: [String] = []
        while period <= end {
            labels.append(period.label)
            period = period.next
        }
        return labels
    }

    /// What the table calls the bucket of articles without a key.
    public var missingLabel: String {
        switch self {
        case .month, .quarter, .year: "(undated)"
        case .outlet: "(no outlet)"
        case .author: "(no author)"
        }
    }
}

/// A month, quarter or year, counted as one number so that periods can be stepped through.
struct Period: Comparable {
    var bucketing: Bucketing
    /// Months, quarters or years since year 0.
    var index: Int

    init?(iso: String, _ bucketing: Bucketing) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        switch bucketing {
        case .year: index = year
        case .quarter, .month:
            guard let month, (1...12).contains(month) else { return nil }
            index = bucketing == .month ? year * 12 + month - 1 : year * 4 + (month - 1) / 3
        case .outlet, .author: return nil
        }
        self.bucketing = bucketing
    }

    init(_ bucketing: Bucketing, index: Int) {
        self.bucketing = bucketing
        self.index = index
    }

    init?(label: String, _ bucketing: Bucketing) {
        guard bucketing == .quarter else {
            self.init(iso: label, bucketing)
            return
        }
        let parts = label.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()),
            (1...4).contains(quarter)
        else { return nil }
        self.init(bucketing, index: year * 4 + quarter - 1)
    }

    var label: String {
        switch bucketing {
        case .month: String(format: "%04d-%02d", index / 12, index % 12 + 1)
        case .quarter: String(format: "%04d-Q%d", index / 4, index % 4 + 1)
        default: String(format: "%04d", index)
        }
    }

    var next: Period {
        var copy = self
        copy.index += 1
        return copy
    }

    static func < (a: Period, b: Period) -> Bool { a.index < b.index }
}

/// The articles a filter selects, each with its bucket: the denominators of `count` and `code`.
struct BucketedArticles {
    var bucketing: Bucketing
    /// Each selected article's bucket (nil: the missing bucket).
    var bucketOf: [Int64: String?]
    /// Every bucket in order: periods from the first to the last without gaps, or names sorted;
    /// the missing bucket (nil) last when any article falls in it.
    var buckets: [String?]

    /// Reads the articles `filter` selects (its query aside) through the covering index on
    /// (published, author, outlet).
    init(_ db: Database, filter: ArticleFilter, by bucketing: Bucketing) throws {
        var base = filter
        base.query = nil
        let selected = try SearchEngine.matchingArticles(db, base)
        self.bucketing = bucketing
        bucketOf = [:]
        var keys: Set<String> = []
        var missing = false
        let rows = try Row.fetchCursor(db, sql: "SELECT id, published, outlet, author FROM articles")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard selected?.contains(id) ?? true else { continue }
            let key = bucketing.key(published: row[1], outlet: row[2], author: row[3])
            bucketOf[id] = key
            if let key { keys.insert(key) } else { missing = true }
        }
        var ordered: [String?] = []
        if bucketing.isTime {
            let sorted = keys.sorted()
            if let first = sorted.first, let last = sorted.last { ordered = bucketing.periods(from: first, through: last) }
        } else {
            ordered = keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        }
        if missing { ordered.append(nil) }
        buckets = ordered
    }

    /// How many of `ids` fall in each bucket (ids outside the selection are not counted).
    func tally<S: Sequence>(_ ids: S) -> [String?: Int] where S.Element == Int64 {
        var counts: [String?: Int] = [:]
        for id in ids {
            guard let bucket = bucketOf[id] else { continue }
            counts[bucket, default: 0] += 1
        }
        return counts
    }
}
