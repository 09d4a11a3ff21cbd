import Foundation
import GRDB

/// How `count` and `code --by` group articles: by a period of the publication date, or by outlet
/// or author (see `BucketNames`).
public enum Bucketing: String, CaseIterable, Sendable {
    case month, quarter, year, outlet, author

    /// Whether buckets are periods of time (filled without gaps, plotted as lines).
    public var isTime: Bool { self == .month || self == .quarter || self == .year }

    /// The period of a publication date: `2023-05`, `2023-Q2`, `2023`; nil for an article with no
    /// (or no such precise) date, or when the buckets are not periods.
    func period(_ published: String?) -> String? {
        guard let published, let period = Period(iso: published, self) else { return nil }
        return period.label
    }

    /// The column of `articles` the buckets come from.
    var column: String {
        switch self {
        case .month, .quarter, .year: "published"
        case .outlet: "outlet"
        case .author: "author"
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
        case .month: Self.padded(index / 12, 4) + "-" + Self.padded(index % 12 + 1, 2)
        case .quarter: Self.padded(index / 4, 4) + "-Q" + String(index % 4 + 1)
        default: Self.padded(index, 4)
        }
    }

    /// `value` in decimal with leading zeros to `width` digits, as `%0*d` writes it (without
    /// Foundation's formatter, which costs more than a count of a rare word over every period).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0))) + digits
    }

    var next: Period {
        var copy = self
        copy.index += 1
        return copy
    }

    static func < (a: Period, b: Period) -> Bool { a.index < b.index }
}

/// The buckets of a stored value: its period; or its outlet, or each of its authors (an article by
/// two is counted for each), as names are matched by `--author` and `--outlet`: case, accents and
/// apostrophes folded (`CGTN` and `cgtn` one outlet), each named as the archive spells it most often.
struct BucketNames {
    var bucketing: Bucketing
    /// Folded name → the spelling shown.
    var spelling: [String: String] = [:]

    /// Reads the archive's spellings of outlets or authors (nothing for periods): one grouped pass
    /// over the covering index.
    init(_ db: Database, _ bucketing: Bucketing) throws {
        self.bucketing = bucketing
        guard !bucketing.isTime else { return }
        var uses: [String: [String: Int]] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(bucketing.column), count(*) FROM articles GROUP BY \(bucketing.column)")
        while let row = try rows.next() {
            let count: Int = row[1]
            for name in Self.names(row[0], bucketing) { uses[TextFold.name(name), default: [:]][name, default: 0] += count }
        }
        // The commonest spelling; of spellings as common, one written as a name (`Harbour Times`
        // before `HARBOUR TIMES` and `harbour times`).
        spelling = uses.mapValues { spellings in
            spellings.max { a, b in
                (a.value, Self.isWrittenAsName(a.key) ? 1 : 0, b.key) < (b.value, Self.isWrittenAsName(b.key) ? 1 : 0, a.key)
            }!.key
        }
    }

    static func isWrittenAsName(_ name: String) -> Bool {
        name.first?.isUppercase == true && name.contains(where: \.isLowercase)
    }

    /// The names a stored outlet or author holds: an author list (`Ana Costa; Jonas Berg`, as the
    /// readers store several names) is its names.
    static func names(_ value: String?, _ bucketing: Bucketing) -> [String] {
        guard let value else { return [] }
        let parts = bucketing == .author ? value.components(separatedBy: "; ") : [value]
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The buckets of a value of the bucketing's column; `[nil]`, the bucket of its own, for an
    /// article without a date, outlet or author.
    func keys(_ value: String?) -> [String?] {
        if bucketing.isTime { return [bucketing.period(value)] }
        let names = Self.names(value, bucketing).map { spelling[TextFold.name($0)] ?? $0 }
        if names.isEmpty { return [nil] }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

/// Articles counted per bucket by SQLite: grouped by the one column the buckets come from (the
/// date, the outlet or the author; through the covering index on (published, author, outlet)),
/// each group then given its buckets here, so the buckets are those `BucketNames` makes.
struct BucketCounts {
    var names: BucketNames
    var bucketing: Bucketing { names.bucketing }

    init(_ db: Database, bucketing: Bucketing) throws {
        names = try BucketNames(db, bucketing)
    }

    /// Articles per publication date ('' for undated), kept by triggers (migration 0010).
    static let dates = "article_dates"

    /// Up to this many articles are looked up by id rather than found in a pass over the index.
    static let seekLimit = 2_000

    /// Articles per bucket among `ids` (every article when nil).
    func count(_ db: Database, among ids: Set<Int64>?) throws -> [String?: Int] {
        if ids?.isEmpty == true { return [:] }
        if ids == nil, bucketing.isTime, try db.tableExists(Self.dates) {
            // Every article by date, a row per date (migration 0010).
            var counts: [String?: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT published, articles FROM \(Self.dates)") {
                let published: String = row[0]
                counts[bucketing.period(published), default: 0] += row[1] as Int
            }
            return counts
        }
        let column = bucketing.column
        // A few ids are looked up one by one; many are checked during one pass over the covering
        // index (`+id` keeps SQLite from seeking each in the table, which holds the raw text).
        let seek = (ids?.count ?? 0) <= Self.seekLimit
        let restrict = ids == nil ? "" : "WHERE \(seek ? "" : "+")id IN (SELECT value FROM json_each(?))"
        let arguments: StatementArguments = ids.map { [IDList.json($0.sorted())] } ?? []
        var counts: [String?: Int] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(column), count(*) FROM articles \(restrict) GROUP BY \(column)", arguments: arguments)
        while let row = try rows.next() {
            for key in names.keys(row[0]) { counts[key, default: 0] += row[1] as Int }
        }
        return counts
    }

    /// Every bucket of `keys` in order: periods from the first to the last without gaps, or names
    /// sorted; the missing bucket (nil) last when there is one.
    func ordered<S: Sequence>(_ keys: S) -> [String?] where S.Element == String? {
        let present = Set(keys.compactMap { $0 })
        var ordered: [String?] = []
        if bucketing.isTime {
            let sorted = present.sorted()
            if let first = sorted.first, let last = sorted.last { ordered = bucketing.periods(from: first, through: last) }
        } else {
            ordered = present.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        }
        if keys.contains(where: { $0 == nil }) { ordered.append(nil) }
        return ordered
    }
}

/// The articles a filter selects, each with its bucket: the denominators of `count --paragraphs`
/// and `code --by`, which need each article's bucket.
struct BucketedArticles {
    var bucketing: Bucketing
    /// Each selected article's buckets (nil: the missing bucket; an article by several authors is
    /// in each one's).
    var bucketsOf: [Int64: [String?]]
    /// Every bucket in order (`BucketCounts.ordered`).
    var buckets: [String?]

    /// Reads the articles `filter` selects (its query aside) through the covering index on
    /// (published, author, outlet).
    init(_ db: Database, filter: ArticleFilter, by bucketing: Bucketing) throws {
        var base = filter
        base.query = nil
        let selected = try SearchEngine.matchingArticles(db, base)
        self.bucketing = bucketing
        bucketsOf = [:]
        let counter = try BucketCounts(db, bucketing: bucketing)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, \(bucketing.column) FROM articles")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard selected?.contains(id) ?? true else { continue }
            bucketsOf[id] = counter.names.keys(row[1])
        }
        buckets = counter.ordered(bucketsOf.values.joined())
    }

    /// The selected articles.
    var ids: Dictionary<Int64, [String?]>.Keys { bucketsOf.keys }

    /// How many of `ids` fall in each bucket, `weight` each (ids outside the selection are not
    /// counted; an article in several buckets counts in each).
    func tally<S: Sequence>(_ ids: S, weight: (Int64) -> Int = { _ in 1 }) -> [String?: Int] where S.Element == Int64 {
        var counts: [String?: Int] = [:]
        for id in ids {
            guard let buckets = bucketsOf[id] else { continue }
            let amount = weight(id)
            for bucket in buckets { counts[bucket, default: 0] += amount }
        }
        return counts
    }
}
