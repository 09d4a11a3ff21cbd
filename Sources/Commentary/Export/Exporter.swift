import Foundation
import GRDB
import GRDBSQLite

/// The tables `export` writes, each with its columns in order.
public enum ExportTable: String, CaseIterable, Sendable {
    case articles, paragraphs, captions, entities, mentions, dates, hits

    public var columns: [String] {
        switch self {
        case .articles:
            [
                "id", "source", "title", "author", "author_description", "outlet", "published", "url", "language",
                "paragraphs", "words", "imported_at", "published_time", "updated_at", "content_hash", "extractor_version",
            ]
        case .paragraphs: ["article_id", "source", "position", "kind", "text"]
        case .captions: ["article_id", "source", "position", "text", "credit", "date"]
        case .entities: ["id", "name", "kind", "articles", "mentions"]
        case .mentions: ["article_id", "source", "paragraph_position", "entity", "kind", "surface", "start", "length"]
        case .dates:
            ["article_id", "source", "paragraph_position", "surface", "value", "precision", "resolution", "anchor", "start", "length"]
        case .hits: ["article_id", "source", "title", "author", "published", "paragraph_position", "kind", "before", "match", "after"]
        }
    }
}

/// Streams a table, or the keyword-in-context rows of a query, restricted by the shared filters.
public enum Exporter {
    /// Writes every row of `table` for the articles `filter` selects; returns the row count.
    @discardableResult
    public static func export(_ archive: Archive, table: ExportTable, filter: ArticleFilter, writer: RowWriter) throws(CommentaryError)
        -> Int
    {
        if table == .hits && filter.query == nil {
            throw .usage("'export hits' needs --query: the rows are the query's matches in context")
        }
        return try archive.read { db in
            do {
                return try export(db, table: table, filter: filter, writer: writer)
            } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode.primaryResultCode) {
                // Damage off the path of earlier reads shows only here: say how much was written.
                throw CommentaryError.archive(
                    path: archive.path,
                    reason:
                        "is damaged (\(error.message ?? "\(error.resultCode)")); \(writer.count) rows were written before the damage was found; \(Archive.damageAdvice(archive.path))"
                )
            }
        }
    }

    static func export(_ db: Database, table: ExportTable, filter: ArticleFilter, writer: RowWriter) throws -> Int {
        let selected = try SearchEngine.matchingArticles(db, filter)
        let ids = selected.map { IDList.json($0.sorted()) }
        let restrict = { (column: String) -> String in
            ids == nil ? "" : "WHERE \(column) IN (SELECT value FROM json_each(:ids))"
        }
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        if let ids { arguments["ids"] = ids }
        let sql: String
        switch table {
        case .articles:
            sql = """
                SELECT a.id, a.source, a.title, a.author, a.author_description, a.outlet, a.published, a.url, a.language,
                       (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id),
                       (SELECT sum(length(trim(p.text)) - length(replace(trim(p.text), ' ', '')) + 1) FROM paragraphs p
                         WHERE p.article_id = a.id AND p.kind IN ('title', 'body') AND p.text != ''),
                       a.imported_at, a.published_time, a.updated_at, a.content_hash, a.extractor_version
                FROM articles a \(restrict("a.id")) ORDER BY a.id
                """
        case .paragraphs:
            sql = """
                SELECT p.article_id, a.source, p.position, p.kind, p.text
                FROM paragraphs p JOIN articles a ON a.id = p.article_id \(restrict("p.article_id"))
                ORDER BY p.article_id, p.position
                """
        case .captions:
            sql = """
                SELECT c.article_id, a.source, p.position, c.text, c.credit, c.date
                FROM captions c JOIN paragraphs p ON p.id = c.paragraph_id JOIN articles a ON a.id = c.article_id
                \(restrict("c.article_id")) ORDER BY c.article_id, p.position
                """
        case .entities:
            sql = """
                SELECT e.id, e.name, e.kind, count(DISTINCT p.article_id), count(*)
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN paragraphs p ON p.id = m.paragraph_id
                \(restrict("p.article_id")) GROUP BY e.id ORDER BY count(*) DESC, e.name
                """
        case .mentions:
            sql = """
                SELECT p.article_id, a.source, p.position, e.name, e.kind, m.surface, m.start, m.length
                FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id JOIN entities e ON e.id = m.entity_id
                JOIN articles a ON a.id = p.article_id \(restrict("p.article_id"))
                ORDER BY p.article_id, p.position, m.start
                """
        case .dates:
            sql = """
                SELECT p.article_id, a.source, p.position, d.surface, d.value, d.precision, d.resolution, d.anchor, d.start,
                    d.length
                FROM dates d JOIN paragraphs p ON p.id = d.paragraph_id JOIN articles a ON a.id = p.article_id
                \(restrict("p.article_id")) ORDER BY p.article_id, p.position, d.start
                """
        case .hits:
            return try exportHits(db, filter: filter, ids: ids, writer: writer)
        }
        try stream(db, sql: sql, arguments: StatementArguments(arguments), into: writer)
        return writer.count
    }

    /// Steps the statement through SQLite's C API and hands each column's bytes to the writer
    /// without building rows: export runs at the speed of the query.
    static func stream(_ db: Database, sql: String, arguments: StatementArguments, into writer: RowWriter) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        let columns = Int(sqlite3_column_count(handle))
        while !writer.failed {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
            }
            writer.writeRow(count: columns) { index, body in
                let column = Int32(index)
                switch sqlite3_column_type(handle, column) {
                case SQLITE_NULL: body(.null)
                case SQLITE_INTEGER: body(.integer(sqlite3_column_int64(handle, column)))
                case SQLITE_FLOAT: body(.real(sqlite3_column_double(handle, column)))
                default:
                    let text = sqlite3_column_text(handle, column)
                    let count = Int(sqlite3_column_bytes(handle, column))
                    body(.text(UnsafeBufferPointer(start: text, count: count)))
                }
            }
        }
    }

    static func cells(_ row: Row) -> [Cell] {
        (0..<row.count).map { index in
            switch row[index] as DatabaseValue {
            case let value where value.isNull: .null
            default:
                switch (row[index] as DatabaseValue).storage {
                case .int64(let value): .integer(value)
                case .double(let value): .real(value)
                case .string(let value): .text(value)
                case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                case .null: .null
                }
            }
        }
    }

    /// Keyword in context: one row per match in each matching paragraph in scope.
    static func exportHits(_ db: Database, filter: ArticleFilter, ids: String?, writer: RowWriter) throws -> Int {
        let plan = try SearchEngine.Plan(filter, db)
        let open = "\u{E000}"
        let close = "\u{E001}"
        let sql = """
            SELECT p.article_id, a.source, a.title, a.author, a.published, p.position, p.kind,
                   highlight(paragraphs_fts, 0, '\(open)', '\(close)')
            FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN articles a ON a.id = p.article_id
            WHERE paragraphs_fts MATCH :match AND p.kind IN (\(filter.kindList))
            \(ids == nil ? "" : "AND p.article_id IN (SELECT value FROM json_each(:ids))")
            ORDER BY p.article_id, p.position
            """
        var arguments: [String: (any DatabaseValueConvertible)?] = ["match": plan.any]
        if let ids { arguments["ids"] = ids }
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while !writer.failed, let row = try cursor.next() {
            let marked: String = row[7]
            let prefix: [Cell] = [
                Cell(row[0] as Int64?), Cell(row[1] as String?), Cell(row[2] as String?), Cell(row[3] as String?),
                Cell(row[4] as String?), Cell(row[5] as Int64?), Cell(row[6] as String?),
            ]
            for (before, match, after) in KeywordInContext.split(marked, open: open, close: close) {
                writer.write(prefix + [.text(before), .text(match), .text(after)])
            }
        }
        return writer.count
    }
}

/// Splits highlighted text into (before, match, after) windows, one per match.
enum KeywordInContext {
    static let context = 60

    static func split(_ marked: String, open: String, close: String) -> [(String, String, String)] {
        // Plain text and the match ranges in it, as Character offsets.
        var plain: [Character] = []
        var ranges: [Range<Int>] = []
        var start: Int?
        for character in marked {
            if String(character) == open {
                start = plain.count
                continue
            }
            if String(character) == close, let begin = start {
                // Adjacent highlighted tokens of one phrase are one match.
                if let last = ranges.last, plain[last.upperBound..<begin].allSatisfy({ !$0.isLetter && !$0.isNumber }),
                    begin - last.upperBound <= 2
                {
                    ranges[ranges.count - 1] = last.lowerBound..<plain.count
                } else {
                    ranges.append(begin..<plain.count)
                }
                start = nil
                continue
            }
            plain.append(character)
        }
        return ranges.map { range in
            let before = String(plain[max(0, range.lowerBound - context)..<range.lowerBound])
            let after = String(plain[range.upperBound..<min(plain.count, range.upperBound + context)])
            return (before, String(plain[range]), after)
        }
    }
}
