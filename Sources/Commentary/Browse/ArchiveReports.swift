import Foundation
import GRDB

/// Read-only views of the archive: one article in full, entity tables, and archive statistics.
public enum ArchiveReports {
    /// Finds an article by id or by any of its sources.
    public static func articleID(_ archive: Archive, reference: String) throws(CommentaryError) -> Int64? {
        try archive.read { db in
            if let id = Int64(reference), try Bool.fetchOne(db, sql: "SELECT 1 FROM articles WHERE id = ?", arguments: [id]) == true {
                return id
            }
            return try SourceReference.exact(db, reference).first?["article_id"]
        }
    }

    /// The whole normalized article, every section collected in memory. For output, `show(_:id:_:)`
    /// streams instead.
    public static func show(_ archive: Archive, id: Int64) throws(CommentaryError) -> ShownArticle? {
        try show(archive, id: id) { sections in
            var shown = ShownArticle()
            shown.metadata = sections.metadata
            shown.sources = sections.sources
            try sections.paragraphs { shown.paragraphs.append($0) }
            try sections.captions { shown.captions.append($0) }
            try sections.entities { shown.entities.append($0) }
            try sections.dates { shown.dates.append($0) }
            return shown
        }
    }

    /// One article for `body` to read section by section, in one read transaction; nil when there
    /// is no article `id`. Each section streams from SQLite row by row, so an article of a million
    /// paragraphs is written out without ever being in memory whole.
    public static func show<T>(
        _ archive: Archive, id: Int64, _ body: (ArticleSections) throws -> T
    ) throws(CommentaryError) -> T? {
        try archive.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(ArticleSections.columns) FROM articles WHERE id = ?", arguments: [id])
            else { return nil }
            let metadata = ArticleSections.metadataColumns.map { column in
                (column, Exporter.cells(Row([column: row[column] as DatabaseValue]))[0])
            }
            let sources = try String.fetchAll(
                db, sql: "SELECT source FROM article_sources WHERE article_id = ? ORDER BY source", arguments: [id])
            return try body(ArticleSections(db: db, id: id, metadata: metadata, sources: sources))
        }
    }

    /// Top entities with article and mention counts; `kind` narrows, `filter` restricts articles.
    public static func entities(
        _ archive: Archive, kind: EntityKind?, filter: ArticleFilter, limit: Int,
        writer: RowWriter
    ) throws(CommentaryError) {
        try archive.read { db in
            let selected = try SearchEngine.matchingArticles(db, filter)
            var conditions: [String] = []
            var arguments: [String: (any DatabaseValueConvertible)?] = ["limit": limit]
            if let selected {
                conditions.append("p.article_id IN (SELECT value FROM json_each(:ids))")
                arguments["ids"] = IDList.json(selected)
            }
            if let kind {
                conditions.append("e.kind = :kind")
                arguments["kind"] = kind.rawValue
            }
            let sql = """
                SELECT e.name, e.kind, count(DISTINCT p.article_id) AS articles, count(*) AS mentions
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN paragraphs p ON p.id = m.paragraph_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT :limit
                """
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try cursor.next() { writer.write(Exporter.cells(row)) }
        }
    }

    /// Entities that share a paragraph (or an article) with `name`, within the articles `filter`
    /// selects; `kind` narrows the entities listed. Each row gives the entity's own article count
    /// (`articles`, within the selection) and how many articles (or paragraphs) it shares with `name`.
    public static func cooccurring(
        _ archive: Archive, with name: String, kind: EntityKind? = nil, filter: ArticleFilter = ArticleFilter(),
        sameParagraphOnly: Bool, limit: Int, writer: RowWriter
    ) throws(CommentaryError) {
        try archive.read { db in
            let ids = try EntityLookup.knownIDs(db, name: name)
            let selected = try SearchEngine.matchingArticles(db, filter)
            var arguments: [String: (any DatabaseValueConvertible)?] = ["ids": IDList.json(ids), "limit": limit]
            var inSelection = ""
            if let selected {
                inSelection = " AND p.article_id IN (SELECT value FROM json_each(:selected))"
                arguments["selected"] = IDList.json(selected)
            }
            var ofKind = ""
            if let kind {
                ofKind = "WHERE e.kind = :kind"
                arguments["kind"] = kind.rawValue
            }
            let unit = sameParagraphOnly ? "p.id" : "p.article_id"
            let sql = """
                WITH anchor AS (
                    SELECT DISTINCT \(unit) AS unit FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id
                    WHERE m.entity_id IN (SELECT value FROM json_each(:ids))\(inSelection)
                ), together AS (
                    SELECT m.entity_id, count(DISTINCT \(unit)) AS together
                    FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id
                    WHERE \(unit) IN (SELECT unit FROM anchor) AND m.entity_id NOT IN (SELECT value FROM json_each(:ids))
                    GROUP BY m.entity_id
                ), own AS (
                    SELECT m.entity_id, count(DISTINCT p.article_id) AS articles
                    FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id
                    WHERE m.entity_id IN (SELECT entity_id FROM together)\(inSelection)
                    GROUP BY m.entity_id
                )
                SELECT e.name, e.kind, own.articles, together.together
                FROM together JOIN own ON own.entity_id = together.entity_id JOIN entities e ON e.id = together.entity_id
                \(ofKind)
                ORDER BY together.together DESC, own.articles DESC, e.name LIMIT :limit
                """
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try cursor.next() { writer.write(Exporter.cells(row)) }
        }
    }

    /// Mentions per month of publication, within the articles `filter` selects. The month is the
    /// article's publication date, as `--since` and `--until` read it; an article without one is
    /// counted in a row of its own whose month is null (listed last), never in a month its text
    /// happens to mention.
    public static func entitiesByMonth(
        _ archive: Archive, name: String?, kind: EntityKind?, filter: ArticleFilter = ArticleFilter(), limit: Int,
        writer: RowWriter
    ) throws(CommentaryError) {
        try archive.read { db in
            var conditions: [String] = []
            var arguments: [String: (any DatabaseValueConvertible)?] = ["limit": limit]
            if let name {
                let ids = try EntityLookup.knownIDs(db, name: name)
                conditions.append("e.id IN (SELECT value FROM json_each(:ids))")
                arguments["ids"] = IDList.json(ids)
            }
            if let kind {
                conditions.append("e.kind = :kind")
                arguments["kind"] = kind.rawValue
            }
            if let selected = try SearchEngine.matchingArticles(db, filter) {
                conditions.append("p.article_id IN (SELECT value FROM json_each(:selected))")
                arguments["selected"] = IDList.json(selected)
            }
            let sql = """
                SELECT substr(a.published, 1, 7) AS month, e.name, e.kind, count(DISTINCT p.article_id) AS articles,
                    count(*) AS mentions
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN paragraphs p ON p.id = m.paragraph_id
                JOIN articles a ON a.id = p.article_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                GROUP BY month, e.id ORDER BY month IS NULL, month, mentions DESC, e.name LIMIT :limit
                """
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try cursor.next() { writer.write(Exporter.cells(row)) }
        }
    }

    /// Counts, date range and size.
    public static func stats(_ archive: Archive) throws(CommentaryError) -> [(String, Cell)] {
        let values: [(String, Cell)] = try archive.read { db in
            func count(_ sql: String) throws -> Int64 { try Int64.fetchOne(db, sql: sql) ?? 0 }
            let range = try Row.fetchOne(db, sql: "SELECT min(published), max(published) FROM articles")
            return [
                ("articles", .integer(try count("SELECT count(*) FROM articles"))),
                ("sources", .integer(try count("SELECT count(*) FROM article_sources"))),
                ("paragraphs", .integer(try count("SELECT count(*) FROM paragraphs"))),
                ("captions", .integer(try count("SELECT count(*) FROM captions"))),
                ("entities", .integer(try count("SELECT count(DISTINCT entity_id) FROM mentions"))),
                ("mentions", .integer(try count("SELECT count(*) FROM mentions"))),
                ("dates", .integer(try count("SELECT count(*) FROM dates"))),
                ("aliases", .integer(try count("SELECT count(*) FROM aliases"))),
                ("authors", .integer(try count("SELECT count(DISTINCT author) FROM articles"))),
                ("outlets", .integer(try count("SELECT count(DISTINCT outlet) FROM articles"))),
                ("published_from", Cell(range?[0] as String?)),
                ("published_to", Cell(range?[1] as String?)),
                ("schema_version", .text(Migrations.latest)),
                ("extractor_version", .integer(Int64(ArticleNormalizer.extractorVersion))),
                // Articles an older extractor wrote: 'commentary reprocess --stale' brings them up to date.
                (
                    "stale_articles",
                    .integer(try count("SELECT count(*) FROM articles WHERE extractor_version < \(ArticleNormalizer.extractorVersion)"))
                ),
            ]
        }
        var size: Int64 = 0
        for suffix in ["", "-wal"] {
            if let attributes = try? FileManager.default.attributesOfItem(atPath: archive.path + suffix),
                let bytes = attributes[.size] as? Int64
            {
                size += bytes
            }
        }
        return values + [("archive_bytes", .integer(size)), ("archive", .text(archive.path))]
    }

    public static var schemaVersion: String { Migrations.latest }
}

/// One article as `show` presents it.
public struct ShownArticle: Sendable {
    public var metadata: [(String, Cell)] = []
    public var sources: [String] = []
    public var paragraphs: [(position: Int, kind: String, text: String)] = []
    public var captions: [(position: Int, text: String, credit: String?, date: String?)] = []
    public var entities: [(name: String, kind: String, mentions: Int, surfaces: String?)] = []
    public var dates: [(position: Int, surface: String, value: String?, precision: String, resolution: String, anchor: String?)] = []
}

/// An article's sections, each read from SQLite as it is handed on (see `ArchiveReports.show`).
/// Valid only inside the closure it is given to.
public struct ArticleSections {
    let db: Database
    public let id: Int64
    public let metadata: [(String, Cell)]
    public let sources: [String]

    static let metadataColumns = [
        "id", "source", "title", "author", "author_description", "outlet", "published", "published_time", "url",
        "language", "content_hash", "extractor_version", "imported_at", "updated_at",
    ]
    static var columns: String { metadataColumns.joined(separator: ", ") }

    public func paragraphs(_ each: ((position: Int, kind: String, text: String)) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT position, kind, text FROM paragraphs WHERE article_id = ? ORDER BY position", arguments: [id])
        while let row = try rows.next() { try each((row[0], row[1], row[2])) }
    }

    public func captions(_ each: ((position: Int, text: String, credit: String?, date: String?)) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT p.position, c.text, c.credit, c.date FROM captions c JOIN paragraphs p ON p.id = c.paragraph_id
                WHERE c.article_id = ? ORDER BY p.position
                """, arguments: [id])
        while let row = try rows.next() { try each((row[0], row[1], row[2], row[3])) }
    }

    public func entities(_ each: ((name: String, kind: String, mentions: Int, surfaces: String?)) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.name, e.kind, count(*) AS mentions, group_concat(DISTINCT m.surface) AS surfaces
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN paragraphs p ON p.id = m.paragraph_id
                WHERE p.article_id = ? GROUP BY e.id ORDER BY mentions DESC, e.name
                """, arguments: [id])
        while let row = try rows.next() { try each((row[0], row[1], row[2], row[3])) }
    }

    public func dates(
        _ each: ((position: Int, surface: String, value: String?, precision: String, resolution: String, anchor: String?)) throws -> Void
    ) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT p.position, d.surface, d.value, d.precision, d.resolution, d.anchor FROM dates d
                JOIN paragraphs p ON p.id = d.paragraph_id WHERE p.article_id = ? ORDER BY p.position, d.start
                """, arguments: [id])
        while let row = try rows.next() { try each((row[0], row[1], row[2], row[3], row[4], row[5])) }
    }
}
