import Foundation
import GRDB

/// An article as `list` writes it.
public struct ListedArticle: Sendable, Equatable {
    public var id: Int64
    public var source: String
    public var title: String?
    public var author: String?
    public var outlet: String?
    public var published: String?
}

/// What `list` selects and in what order.
public struct ListOptions: Sendable {
    public enum Sort: String, Sendable, CaseIterable { case id, date, title, outlet }

    /// The shared filters; a query is allowed but not needed.
    public var filter = ArticleFilter()
    public var sort = Sort.id
    /// Draw this many articles at random (every one when fewer match) instead of listing all.
    public var sample: Int?
    /// The seed of the draw: the same seed, archive and filters give the same sample.
    public var seed: UInt64 = 0
    public var limit = Int.max
    public var offset = 0

    public init() {}
}

/// The articles a filter selects, without ranking: the frame a content analyst samples from.
public enum ArticleList {
    public static let columns = ["article_id", "source", "title", "author", "outlet", "published"]

    /// The page of articles asked for, and how many there are in all (after sampling).
    public static func list(_ archive: Archive, _ options: ListOptions) throws(CommentaryError) -> (articles: [ListedArticle], total: Int) {
        try archive.read { db in
            let selected = try SearchEngine.matchingArticles(db, options.filter)
            var articles: [ListedArticle] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, source, title, author, outlet, published FROM articles ORDER BY id")
            while let row = try rows.next() {
                let id: Int64 = row[0]
                guard selected?.contains(id) ?? true else { continue }
                articles.append(
                    ListedArticle(id: id, source: row[1], title: row[2], author: row[3], outlet: row[4], published: row[5]))
            }
            if let size = options.sample { articles = SeededSample.draw(size, from: articles, seed: options.seed) }
            sort(&articles, by: options.sort)
            return (Array(articles.dropFirst(options.offset).prefix(options.limit)), articles.count)
        }
    }

    /// Oldest first for dates (undated last); case-insensitive for titles and outlets (none last);
    /// ties by id.
    static func sort(_ articles: inout [ListedArticle], by sort: ListOptions.Sort) {
        func key(_ article: ListedArticle) -> String? {
            switch sort {
            case .id: nil
            case .date: article.published
            case .title: article.title?.lowercased()
            case .outlet: article.outlet?.lowercased()
            }
        }
        articles.sort { a, b in
            switch (key(a), key(b)) {
            case (let x?, let y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.id < b.id
            }
        }
    }
}

/// A reproducible random sample: SplitMix64 seeded by the user, then a partial Fisher-Yates
/// shuffle over the items in id order. The generator is ours, so a seed draws the same sample on
/// every platform and Swift version (the standard library's generator promises neither).
enum SeededSample {
    static func draw<T>(_ size: Int, from items: [T], seed: UInt64) -> [T] {
        guard size < items.count else { return items }
        var generator = SplitMix64(seed: seed)
        var pool = items
        for index in 0..<size {
            let pick = index + Int(generator.next(below: UInt64(pool.count - index)))
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(size))
    }
}

/// Sebastiano Vigna's SplitMix64 (public domain): https://prng.di.unimi.it/splitmix64.c
/// Also the tests' seeded generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }
    init(state: UInt64) { self.state = state }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound, without modulo bias (Lemire's rejection on the 128-bit product).
    mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        while true {
            let (high, low) = next().multipliedFullWidth(by: bound)
            if low >= (0 &- bound) % bound { return high }
        }
    }
}
