import Foundation
import GRDB
import GRDBSQLite

/// The tables `export` writes, each with its columns in order.
public enum ExportTable: String, CaseIterable, Sendable {
    case articles, paragraphs, captions, entities, mentions, dates, hits

    public var columns: [String] {
        switch self {
        case .hits:
            ["article_id", "source", "outlet", "published", "kind", "paragraph_position", "offset", "left", "match", "right"]
        default: ExportQuery.of(self)?.columns.map(\.name) ?? []
        }
    }
}

/// A table's SELECT: each column named beside the SQL that fills it, so the header and the row can
/// never drift apart; then the tables it reads, the column an article filter restricts, the order.
struct ExportQuery {
    var columns: [(name: String, sql: String)]
    var from: String
    /// The article id an article filter restricts.
    var articleColumn: String
    var groupBy: String?
    var orderBy: String

    /// The SELECT, with `WHERE articleColumn IN` the `:ids` argument when `restricted`.
    func sql(restricted: Bool) -> String {
        var sql = "SELECT " + columns.map(\.sql).joined(separator: ", ") + "\nFROM " + from
        if restricted { sql += "\nWHERE \(articleColumn) IN (SELECT value FROM json_each(:ids))" }
        if let groupBy { sql += "\nGROUP BY " + groupBy }
        return sql + "\nORDER BY " + orderBy
    }

    /// The query of every table but `hits`, whose rows are built from highlighted text.
    static func of(_ table: ExportTable) -> ExportQuery? {
        switch table {
        case .articles:
            ExportQuery(
                columns: [
                    ("id", "a.id"), ("source", "a.source"), ("title", "a.title"), ("author", "a.author"),
                    ("author_description", "a.author_description"), ("outlet", "a.outlet"), ("published", "a.published"),
                    ("url", "a.url"), ("language", "a.language"),
                    ("paragraphs", "(SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id)"),
                    (
                        "words",
                        """
                        (SELECT sum(length(trim(p.text)) - length(replace(trim(p.text), ' ', '')) + 1) FROM paragraphs p \
                        WHERE p.article_id = a.id AND p.kind IN ('title', 'body') AND p.text != '')
                        """
                    ),
                    ("imported_at", "a.imported_at"), ("published_time", "a.published_time"), ("updated_at", "a.updated_at"),
                    ("content_hash", "a.content_hash"), ("extractor_version", "a.extractor_version"),
                ],
                from: "articles a", articleColumn: "a.id", orderBy: "a.id")
        case .paragraphs:
            ExportQuery(
                columns: [
                    ("article_id", "p.article_id"), ("source", "a.source"), ("position", "p.position"), ("kind", "p.kind"),
                    ("text", "p.text"),
                ],
                from: "paragraphs p JOIN articles a ON a.id = p.article_id", articleColumn: "p.article_id",
                orderBy: "p.article_id, p.position")
        case .captions:
            ExportQuery(
                columns: [
                    ("article_id", "c.article_id"), ("source", "a.source"), ("position", "p.position"), ("text", "c.text"),
                    ("credit", "c.credit"), ("date", "c.date"),
                ],
                from: "captions c JOIN paragraphs p ON p.id = c.paragraph_id JOIN articles a ON a.id = c.article_id",
                articleColumn: "c.article_id", orderBy: "c.article_id, p.position")
        case .entities:
            ExportQuery(
                columns: [
                    ("id", "e.id"), ("name", "e.name"), ("kind", "e.kind"), ("articles", "count(DISTINCT p.article_id)"),
                    ("mentions", "count(*)"),
                ],
                from: "mentions m JOIN entities e ON e.id = m.entity_id JOIN paragraphs p ON p.id = m.paragraph_id",
                articleColumn: "p.article_id", groupBy: "e.id", orderBy: "count(*) DESC, e.name")
        case .mentions:
            ExportQuery(
                columns: [
                    ("article_id", "p.article_id"), ("source", "a.source"), ("paragraph_position", "p.position"),
                    ("entity", "e.name"), ("kind", "e.kind"), ("surface", "m.surface"), ("start", "m.start"),
                    ("length", "m.length"),
                ],
                from: """
                    mentions m JOIN paragraphs p ON p.id = m.paragraph_id JOIN entities e ON e.id = m.entity_id \
                    JOIN articles a ON a.id = p.article_id
                    """,
                articleColumn: "p.article_id", orderBy: "p.article_id, p.position, m.start")
        case .dates:
            ExportQuery(
                columns: [
                    ("article_id", "p.article_id"), ("source", "a.source"), ("paragraph_position", "p.position"),
                    ("surface", "d.surface"), ("value", "d.value"), ("precision", "d.precision"),
                    ("resolution", "d.resolution"), ("anchor", "d.anchor"), ("start", "d.start"), ("length", "d.length"),
                ],
                from: "dates d JOIN paragraphs p ON p.id = d.paragraph_id JOIN articles a ON a.id = p.article_id",
                articleColumn: "p.article_id", orderBy: "p.article_id, p.position, d.start")
        case .hits: nil
        }
    }
}

/// Streams a table, or the keyword-in-context rows of a query, restricted by the shared filters.
public enum Exporter {
    /// Writes every row of `table` for the articles `filter` selects; returns the row count.
    /// `concordance` says how `hits` are cut and ordered; the other tables ignore it.
    @discardableResult
    public static func export(
        _ archive: Archive, table: ExportTable, filter: ArticleFilter, concordance: Concordance.Options = Concordance.Options(),
        writer: RowWriter
    ) throws(CommentaryError) -> Int {
        if table == .hits && filter.query == nil {
            throw .usage("'export hits' needs --query: the rows are the query's matches in context")
        }
        return try archive.read { db in
            do {
                return try export(db, table: table, filter: filter, concordance: concordance, writer: writer)
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

    static func export(
        _ db: Database, table: ExportTable, filter: ArticleFilter, concordance: Concordance.Options = Concordance.Options(),
        writer: RowWriter
    ) throws -> Int {
        let selected = try SearchEngine.matchingArticles(db, filter)
        let ids = selected.map { IDList.json($0.sorted()) }
        guard let query = ExportQuery.of(table) else {
            return try exportHits(db, filter: filter, ids: ids, options: concordance, writer: writer)
        }
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        if let ids { arguments["ids"] = ids }
        try stream(db, sql: query.sql(restricted: ids != nil), arguments: StatementArguments(arguments), into: writer)
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

    /// Keyword in context: one row per match in each matching paragraph in scope, `options.window`
    /// words either side. In archive order the rows stream; any other order holds them to sort.
    /// The index marks the matches of words; a CJK term's (a substring, `SearchQuery.Term.isCJK`)
    /// are found in the text of the paragraphs the trigram index gives, and those rows are held too.
    static func exportHits(_ db: Database, filter: ArticleFilter, ids: String?, options: Concordance.Options, writer: RowWriter) throws
        -> Int
    {
        let plan = try SearchEngine.Plan(filter, db)
        let open: Unicode.Scalar = "\u{E000}"
        let close: Unicode.Scalar = "\u{E001}"
        let columns = "p.article_id, a.source, a.outlet, a.published, p.kind, p.position"
        let restricted = ids == nil ? "" : "AND p.article_id IN (SELECT value FROM json_each(:ids))"
        struct Held {
            var prefix: [Cell]
            var published: String?
            var line: Concordance.Line
            var key: [String]
        }
        var held: [Held] = []
        func add(_ prefix: [Cell], published: String?, _ lines: [Concordance.Line]) {
            for line in lines {
                let cells = prefix + [.integer(Int64(line.offset)), .text(line.left), .text(line.match), .text(line.right)]
                switch options.sort {
                case .archive: writer.write(cells)
                case .left:
                    held.append(Held(prefix: cells, published: published, line: line, key: Concordance.sortWords(line.left).reversed()))
                case .right: held.append(Held(prefix: cells, published: published, line: line, key: Concordance.sortWords(line.right)))
                case .match:
                    held.append(
                        Held(
                            prefix: cells, published: published, line: line,
                            key: Concordance.sortWords(line.match) + [""] + Concordance.sortWords(line.right)))
                case .date: held.append(Held(prefix: cells, published: published, line: line, key: []))
                }
            }
        }
        func prefix(_ row: Row) -> [Cell] {
            [
                Cell(row[0] as Int64?), Cell(row[1] as String?), Cell(row[2] as String?), Cell(row[3] as String?),
                Cell(row[4] as String?), Cell(row[5] as Int64?),
            ]
        }
        // Each paragraph holding a CJK term, with its text marked by the index where it also
        // matches the query's words.
        struct Found {
            var prefix: [Cell]
            var published: String?
            var marked: String
        }
        var found: [[Int64]: Found] = [:]
        let cjkTerms = plan.cjkTerms
        for term in cjkTerms {
            var arguments: [String: (any DatabaseValueConvertible)?] = ["pattern": term.likePattern]
            if let ids { arguments["ids"] = ids }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(columns), p.text FROM paragraphs p JOIN articles a ON a.id = p.article_id
                    WHERE p.kind IN (\(filter.kindList)) AND p.id IN (\(term.cjkLookup(indexed: plan.cjkIndexed).replacingOccurrences(of: "?", with: ":pattern")))
                    \(restricted)
                    """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                found[[row[0], row[5]]] = Found(prefix: prefix(row), published: row[3], marked: row[6])
            }
        }
        if !plan.any.isEmpty {
            var arguments: [String: (any DatabaseValueConvertible)?] = ["match": plan.any]
            if let ids { arguments["ids"] = ids }
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(columns), highlight(paragraphs_fts, 0, '\(open)', '\(close)')
                    FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN articles a ON a.id = p.article_id
                    WHERE paragraphs_fts MATCH :match AND p.kind IN (\(filter.kindList)) \(restricted)
                    ORDER BY p.article_id, p.position
                    """, arguments: StatementArguments(arguments))
            while !writer.failed, let row = try cursor.next() {
                if cjkTerms.isEmpty {
                    add(prefix(row), published: row[3], Concordance.lines(row[6], open: open, close: close, window: options.window))
                } else {
                    found[[row[0], row[5]]] = Found(prefix: prefix(row), published: row[3], marked: row[6])
                }
            }
        }
        let tokens = cjkTerms.flatMap(\.tokens)
        for key in found.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) where !writer.failed {
            guard let paragraph = found[key] else { continue }
            let (plain, matches) = Concordance.unmarked(paragraph.marked, open: open, close: close)
            let all = matches + Concordance.occurrences(of: tokens, in: plain)
            add(paragraph.prefix, published: paragraph.published, Concordance.lines(plain, matches: all, window: options.window))
        }
        if options.sort == .date {
            // Undated last; the sort is stable, so ties keep archive order.
            held = held.enumerated().sorted { a, b in
                switch (a.element.published, b.element.published) {
                case (let x?, let y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a.offset < b.offset
                }
            }.map(\.element)
        } else if options.sort != .archive {
            held = held.enumerated().sorted { a, b in
                a.element.key != b.element.key ? a.element.key.lexicographicallyPrecedes(b.element.key) : a.offset < b.offset
            }.map(\.element)
        }
        for row in held where !writer.failed { writer.write(row.prefix) }
        return writer.count
    }
}
