import Foundation
import GRDB

/// What storing one article did.
public enum StoreOutcome: Sendable, Equatable {
    /// A new text, stored under a new id.
    case imported(id: Int64)
    /// The same normalized text was already stored (under this or another source); the source is recorded.
    case duplicate(id: Int64, of: String)
    /// A known source with changed text: same id, new text and extraction.
    case updated(id: Int64)
}

/// The archive's single writer: stores normalized articles with everything derived from them and
/// keeps the full-text indexes in step, in the caller's transaction.
///
/// The index rows of stored paragraphs wait in the store until `writeIndex()`, which the caller
/// runs before its transaction or savepoint ends (a delete runs it first, so the indexes hold
/// everything a delete takes out). Written between the articles' rows, every `INSERT INTO
/// articles` (a statement with a trigger and UNIQUE constraints, so with a statement journal) made
/// SQLite open a savepoint on each FTS5 table of the transaction, and FTS5 writes its pending terms
/// out as a segment at each savepoint: a segment per article and index, and crisis merges of them,
/// half of the writer's time. https://sqlite.org/fts5.html
public struct ArticleStore {
    let db: Database
    /// Entity ids by name and kind, cached for the writer's lifetime.
    var entityIDs: [EntityKey: Int64] = [:]
    /// Paragraphs stored since the last `writeIndex()`: id, text and whether the text has CJK script.
    private var pendingParagraphs: [(id: Int64, text: String, cjk: Bool)] = []
    /// Articles stored since the last `writeIndex()`: id and the article-level index's columns.
    private var pendingArticles: [(id: Int64, columns: [String?])] = []

    init(_ db: Database) {
        self.db = db
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// Stores one article: new, duplicate or update, as design.md's identity rules say.
    mutating func store(_ given: Article, now: String) throws -> StoreOutcome {
        var article = given
        let bySource = try knownSource(&article)
        let byHash = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, source FROM articles WHERE content_hash = ?"),
            arguments: [article.contentHash])

        if bySource == nil, let byHash, let legacy = try positionalSource(of: byHash["id"], for: article) {
            // A record an older version named by its position, unchanged: it takes its new name.
            let id: Int64 = byHash["id"]
            try db.execute(
                sql: "UPDATE article_sources SET source = ?, resolved = ? WHERE source = ?",
                arguments: [article.source, article.resolvedSource, legacy])
            try db.execute(sql: "UPDATE articles SET source = ? WHERE id = ? AND source = ?", arguments: [article.source, id, legacy])
            return .duplicate(id: id, of: article.source)
        }
        if let byHash {
            let id: Int64 = byHash["id"]
            let original: String = byHash["source"]
            if let bySource {
                let previous: Int64 = bySource["id"]
                if previous == id { return .duplicate(id: id, of: original) }
                // The source now carries another stored text: point it there; its old text stays
                // with the sources that still carry it, or goes if none does.
                try db.execute(sql: "UPDATE article_sources SET article_id = ? WHERE source = ?", arguments: [id, article.source])
                try settleFirstSource(of: previous, leaving: article.source)
            } else {
                try db.execute(
                    sql: "INSERT INTO article_sources(source, article_id, resolved) VALUES (?, ?, ?)",
                    arguments: [article.source, id, article.resolvedSource])
            }
            return .duplicate(id: id, of: original)
        }

        if let bySource, try sourceCount(of: bySource["id"]) > 1 {
            // One copy of a text other sources share has changed: the others still carry the
            // stored text, so this source leaves it for a new article of its own below.
            let shared: Int64 = bySource["id"]
            try db.execute(sql: "DELETE FROM article_sources WHERE source = ?", arguments: [article.source])
            try settleFirstSource(of: shared, leaving: article.source)
        } else if let bySource {
            let id: Int64 = bySource["id"]
            try deleteDerived(of: id)
            try db.execute(
                sql: """
                    UPDATE articles SET content_hash = ?, title = ?, author = ?, author_description = ?, outlet = ?,
                        published = ?, published_time = ?, url = ?, language = ?, raw_text = ?, input_format = ?,
                        extractor_version = ?, updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [
                    article.contentHash, article.title, article.author, article.authorDescription,
                    article.outlet, article.published, article.publishedTime, article.url,
                    article.language, article.rawText, article.inputFormat?.rawValue, ArticleNormalizer.extractorVersion, now, id,
                ])
            try insertDerived(of: article, id: id)
            return .updated(id: id)
        }

        try BulkStatement(
            db,
            sql: """
                INSERT INTO articles(source, content_hash, title, author, author_description, outlet, published,
                    published_time, url, language, raw_text, input_format, extractor_version, imported_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            .text(article.source), .text(article.contentHash), SQLValue(article.title), SQLValue(article.author),
            SQLValue(article.authorDescription), SQLValue(article.outlet), SQLValue(article.published),
            SQLValue(article.publishedTime), SQLValue(article.url), SQLValue(article.language), .text(article.rawText),
            SQLValue(article.inputFormat?.rawValue), .integer(Int64(ArticleNormalizer.extractorVersion)), .text(now), .text(now))
        let id = db.lastInsertedRowID
        try BulkStatement(db, sql: "INSERT INTO article_sources(source, article_id, resolved) VALUES (?, ?, ?)").execute(
            .text(article.source), .integer(id), SQLValue(article.resolvedSource))
        try insertDerived(of: article, id: id)
        return .imported(id: id)
    }

    /// What storing `given` would do, read only (a dry run): the decision `store` acts on. Nil for
    /// a new text.
    func predictedOutcome(_ given: Article) throws -> StoreOutcome? {
        var article = given
        let bySource = try knownSource(&article, recording: false)
        if let byHash = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, source FROM articles WHERE content_hash = ?"), arguments: [article.contentHash])
        {
            return .duplicate(id: byHash["id"], of: byHash["source"])
        }
        // A changed copy of a text other sources share becomes a new article; a changed text of
        // its own source is updated.
        guard let bySource, try sourceCount(of: bySource["id"]) == 1 else { return nil }
        return .updated(id: bySource["id"])
    }

    /// The stored source `article` is: found by its resolved path first (the same file under
    /// another spelling of its path), else by its name. `article.source` becomes the name the
    /// source is stored under; when that name is another file's (the same relative path from
    /// another folder), the article goes by its resolved path instead. `recording`: a source
    /// stored before files were resolved has its resolved path written.
    private func knownSource(_ article: inout Article, recording: Bool = true) throws -> Row? {
        let select =
            "SELECT a.id, a.content_hash, s.source, s.resolved FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s."
        guard let resolved = article.resolvedSource else {
            return try Row.fetchOne(db.cachedStatement(sql: select + "source = ?"), arguments: [article.source])
        }
        if let found = try Row.fetchOne(db.cachedStatement(sql: select + "resolved = ?"), arguments: [resolved]) {
            article.source = found["source"]
            return found
        }
        guard let named = try Row.fetchOne(db.cachedStatement(sql: select + "source = ?"), arguments: [article.source]) else {
            return nil
        }
        if (named["resolved"] as String?) == nil {
            // Stored before files were resolved: its name is the identity it always was.
            if recording {
                try db.execute(sql: "UPDATE article_sources SET resolved = ? WHERE source = ?", arguments: [resolved, article.source])
            }
            return named
        }
        article.source = resolved
        return try Row.fetchOne(db.cachedStatement(sql: select + "source = ?"), arguments: [resolved])
    }

    /// A name versions up to 0.2 gave `article` by its position in its file (`FILE#N`), held
    /// by the stored article `id` with the same text: its own position first, else any position
    /// of the same file (a feed that gained records above it). Nil when there is none.
    private func positionalSource(of id: Int64, for article: Article) throws -> String? {
        guard let former = article.positionalSource, let mark = former.lastIndex(of: "#") else { return nil }
        let prefix = former[...mark]
        let sources = try String.fetchAll(
            db.cachedStatement(sql: "SELECT source FROM article_sources WHERE article_id = ? ORDER BY source"), arguments: [id])
        if sources.contains(former) { return former }
        return sources.first { source in
            guard source.hasPrefix(prefix) else { return false }
            let number = source.dropFirst(prefix.count)
            return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// Replaces an article's extraction (paragraphs, captions, mentions, dates) with `article`'s,
    /// keeping its id, sources and import time: what `reprocess` does.
    mutating func replaceExtraction(id: Int64, with article: Article, now: String) throws {
        try deleteDerived(of: id)
        try db.execute(
            sql: """
                UPDATE articles SET content_hash = ?, title = ?, author = ?, author_description = ?, outlet = ?,
                    published = ?, published_time = ?, url = ?, language = ?, extractor_version = ?, updated_at = ?
                WHERE id = ?
                """,
            arguments: [
                article.contentHash, article.title, article.author, article.authorDescription,
                article.outlet, article.published, article.publishedTime, article.url, article.language,
                ArticleNormalizer.extractorVersion, now, id,
            ])
        try insertDerived(of: article, id: id)
    }

    private static let captionRows = BulkInsert.Table("captions", columns: ["article_id", "paragraph_id", "text", "credit", "date"])
    private static let mentionRows = BulkInsert.Table("mentions", columns: ["entity_id", "paragraph_id", "start", "length", "surface"])
    private static let dateRows = BulkInsert.Table(
        "dates", columns: ["paragraph_id", "start", "length", "surface", "value", "precision", "resolution", "anchor"])

    private mutating func insertDerived(of article: Article, id: Int64) throws {
        let paragraphStatement = try BulkStatement(db, sql: "INSERT INTO paragraphs(article_id, position, kind, text) VALUES (?, ?, ?, ?)")
        var paragraphIDs: [Int64] = []
        paragraphIDs.reserveCapacity(article.paragraphs.count)
        for (position, paragraph) in article.paragraphs.enumerated() {
            try paragraphStatement.execute(.integer(id), .integer(Int64(position)), .text(paragraph.kind.rawValue), .text(paragraph.text))
            let paragraphID = db.lastInsertedRowID
            // Text without CJK script (most of it, curly quotes and accents included) costs no
            // statement; the view still decides for the rest (CJKScript names the same ranges).
            let cjk = CJKScript.contains(paragraph.text)
            pendingParagraphs.append((paragraphID, paragraph.text, cjk))
            paragraphIDs.append(paragraphID)
        }
        // The article-level index (migration 0008), from the same paragraphs: its text is what the
        // view `articles_fts_text` gives for them, which is what a delete takes out.
        pendingArticles.append((id, ArticleIndex.texts(article.paragraphs.map { ($0.kind, $0.text) })))

        var captions = BulkInsert(db, into: Self.captionRows)
        for caption in article.captions {
            try captions.append(
                .integer(id), .integer(paragraphIDs[caption.paragraphIndex]), .text(caption.text),
                SQLValue(caption.credit), SQLValue(caption.date))
        }
        try captions.finish()

        var mentions = BulkInsert(db, into: Self.mentionRows)
        for mention in article.mentions {
            let entity = try entityID(name: mention.name, kind: mention.kind)
            try mentions.append(
                .integer(entity), .integer(paragraphIDs[mention.span.paragraphIndex]),
                .integer(Int64(mention.span.start)), .integer(Int64(mention.span.length)), .text(mention.surface))
        }
        try mentions.finish()

        var dates = BulkInsert(db, into: Self.dateRows)
        for date in article.dates {
            try dates.append(
                .integer(paragraphIDs[date.span.paragraphIndex]), .integer(Int64(date.span.start)),
                .integer(Int64(date.span.length)), .text(date.surface), SQLValue(date.value),
                .text(date.precision.rawValue), .text(date.resolution.rawValue), SQLValue(date.anchor?.rawValue))
        }
        try dates.finish()
    }

    private mutating func entityID(name: String, kind: EntityKind) throws -> Int64 {
        let key = EntityKey(name: name, kind: kind)
        if let id = entityIDs[key] { return id }
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE name = ? AND kind = ?"), arguments: [name, kind.rawValue])
        {
            entityIDs[key] = id
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO entities(name, kind) VALUES (?, ?)").execute(arguments: [name, kind.rawValue])
        let id = db.lastInsertedRowID
        entityIDs[key] = id
        return id
    }

    /// Writes the index rows of the paragraphs and articles stored since the last call: kept in step
    /// here rather than by triggers, in the same transaction. Run before the transaction (or the
    /// savepoint around an article) ends.
    mutating func writeIndex() throws {
        // Paragraphs with CJK script also go to the trigram index, chosen by the same view that
        // defines its content (migration 0007), so what is inserted is what a delete takes out.
        // First: an INSERT … SELECT has a statement journal, so it writes out the other indexes'
        // pending terms, and here they have none yet.
        let cjkStatement = try BulkStatement(
            db, sql: "INSERT INTO paragraphs_cjk(rowid, text) SELECT id, text FROM paragraphs_cjk_text WHERE id = ?")
        for paragraph in pendingParagraphs where paragraph.cjk {
            try cjkStatement.execute(.integer(paragraph.id))
        }
        let indexStatement = try BulkStatement(db, sql: "INSERT INTO paragraphs_fts(rowid, text) VALUES (?, ?)")
        for paragraph in pendingParagraphs {
            try indexStatement.execute(.integer(paragraph.id), .text(paragraph.text))
        }
        let articleStatement = try BulkStatement(db, sql: ArticleIndex.insertSQL)
        for article in pendingArticles {
            try articleStatement.execute([.integer(article.id)] + article.columns.map { SQLValue($0) })
        }
        discardPendingIndex()
    }

    /// Forgets the index rows not yet written: the rows they index were rolled back.
    mutating func discardPendingIndex() {
        pendingParagraphs.removeAll(keepingCapacity: true)
        pendingArticles.removeAll(keepingCapacity: true)
    }

    /// Removes an article's paragraphs (from the index first) and everything hanging off them.
    private mutating func deleteDerived(of id: Int64) throws {
        // The indexes must hold what the delete takes out, this article's rows among them.
        try writeIndex()
        try db.execute(sql: ArticleIndex.deleteSQL, arguments: [id])
        try db.execute(
            sql: """
                INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) SELECT 'delete', id, text FROM paragraphs WHERE article_id = ?
                """, arguments: [id])
        try db.execute(
            sql: """
                INSERT INTO paragraphs_cjk(paragraphs_cjk, rowid, text) SELECT 'delete', id, text FROM paragraphs_cjk_text
                WHERE id IN (SELECT id FROM paragraphs WHERE article_id = ?)
                """, arguments: [id])
        // mentions, dates and captions go with their paragraphs (ON DELETE CASCADE).
        try db.execute(sql: "DELETE FROM paragraphs WHERE article_id = ?", arguments: [id])
    }

    /// Deletes an article with everything derived from it, index included.
    mutating func delete(id: Int64) throws {
        try deleteDerived(of: id)
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }

    /// Removes one source of an article that others still name (the article stays).
    mutating func removeSource(_ source: String, of id: Int64) throws {
        try db.execute(sql: "DELETE FROM article_sources WHERE source = ? AND article_id = ?", arguments: [source, id])
        try settleFirstSource(of: id, leaving: source)
    }

    private func sourceCount(of id: Int64) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM article_sources WHERE article_id = ?"), arguments: [id]) ?? 0
    }

    /// After `source` stopped naming article `id`: deletes the article if no source names it any
    /// more; otherwise, if `source` was its first source, the earliest remaining one takes its place.
    private mutating func settleFirstSource(of id: Int64, leaving source: String) throws {
        guard
            let next = try String.fetchOne(
                db, sql: "SELECT source FROM article_sources WHERE article_id = ? ORDER BY rowid LIMIT 1", arguments: [id])
        else {
            try delete(id: id)
            return
        }
        try db.execute(sql: "UPDATE articles SET source = ? WHERE id = ? AND source = ?", arguments: [next, id, source])
    }

    /// Entities no mention or alias refers to any more.
    static func pruneEntities(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
                  AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = entities.id)
                """)
    }
}

/// An entity's identity in the writer's cache: hashed as it is, without building a string.
struct EntityKey: Hashable {
    var name: String
    var kind: EntityKind
}
