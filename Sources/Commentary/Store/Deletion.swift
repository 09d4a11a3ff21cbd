import Foundation
import GRDB

/// What `delete` removes, worked out before anything is removed, so `--dry-run` shows exactly what
/// the real run does.
///
/// A reference is an article id (the whole article goes, every source with it), a source (that
/// source goes; the article goes with its last source, so deleting one copy of a syndicated text
/// leaves the others), or a file whose records were imported (`feed.jsonl` names every
/// `feed.jsonl#…` source). A filter selects whole articles.
public struct Deletion: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var articleID: Int64
        public var title: String?
        /// The sources that go.
        public var sources: [String]
        /// Whether the article goes too (no source would be left).
        public var wholeArticle: Bool
    }

    public var items: [Item] = []
    /// References that name nothing in the archive.
    public var missing: [String] = []

    public var articles: Int { items.filter(\.wholeArticle).count }
    public var sources: Int { items.reduce(0) { $0 + $1.sources.count } }

    /// Works out what deleting `references`, and the articles `filter` selects, removes.
    public static func plan(_ archive: Archive, references: [String], filter: ArticleFilter?) throws(CommentaryError) -> Deletion {
        try archive.read { db in
            var removed: [Int64: Set<String>] = [:]
            var whole: Set<Int64> = []
            var plan = Deletion()
            for reference in references {
                if let id = Int64(reference), try Bool.fetchOne(db, sql: "SELECT 1 FROM articles WHERE id = ?", arguments: [id]) == true {
                    whole.insert(id)
                    continue
                }
                let exact = try SourceReference.exact(db, reference)
                let records = exact.isEmpty ? try SourceReference.records(db, reference) : exact
                if records.isEmpty { plan.missing.append(reference) }
                for row in records { removed[row[0], default: []].insert(row[1]) }
            }
            if let filter, let selected = try SearchEngine.matchingArticles(db, filter) { whole.formUnion(selected) }
            for id in Set(removed.keys).union(whole).sorted() {
                let all = try String.fetchAll(
                    db, sql: "SELECT source FROM article_sources WHERE article_id = ? ORDER BY rowid", arguments: [id])
                let going = whole.contains(id) ? all : all.filter { removed[id]?.contains($0) ?? false }
                let title = try String.fetchOne(db, sql: "SELECT title FROM articles WHERE id = ?", arguments: [id])
                plan.items.append(Item(articleID: id, title: title, sources: going, wholeArticle: going.count == all.count))
            }
            return plan
        }
    }

    /// Removes what the plan says, in one transaction, after SQLite's quick check.
    public func apply(_ archive: Archive) throws(CommentaryError) {
        try archive.ensureUndamaged()
        try archive.write { db in
            var store = ArticleStore(db)
            for item in items {
                if item.wholeArticle {
                    try store.delete(id: item.articleID)
                } else {
                    for source in item.sources { try store.removeSource(source, of: item.articleID) }
                }
            }
            try store.writeIndex()
            try ArticleStore.pruneEntities(db)
        }
    }
}
