import GRDB
import GRDBSQLite

/// Every paragraph's article and kind by its id, read once for a command that runs many queries
/// (`code` runs one per category), so that FTS5's matches become articles by look-ups in memory
/// rather than by a join per query. The join read the index of kinds (migration 0011) once per
/// match: 92 ms for a common word at 100,000 articles, against 14 ms for the match itself.
///
/// Ids are dense (an import numbers paragraphs one after another), so the table is two arrays
/// indexed by id: 9 bytes a paragraph, 13 MB at 100,000 articles.
struct ParagraphDirectory {
    /// Each paragraph's article, 0 where no paragraph has that id.
    private var articles: [Int64]
    /// Each paragraph's kind as its index in `ParagraphKind.allCases`.
    private var kinds: [UInt8]

    /// Reads every paragraph of `db`, within the caller's transaction.
    init(_ db: Database) throws {
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM paragraphs") ?? 0
        articles = Array(repeating: 0, count: Int(last) + 1)
        kinds = Array(repeating: 0, count: Int(last) + 1)
        let codes = ParagraphKind.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }.joined(separator: " ")
        let statement = try db.makeStatement(
            sql: """
                SELECT id, article_id, CASE kind \(codes) ELSE 255 END FROM paragraphs\(try Self.byKinds(db))
                """)
        // Stepped by hand: a million rows through GRDB's row decoding cost more than the query.
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "reading paragraphs") }
            let id = Int(sqlite3_column_int64(handle, 0))
            guard id > 0, id < articles.count else { continue }
            articles[id] = sqlite3_column_int64(handle, 1)
            kinds[id] = UInt8(truncatingIfNeeded: sqlite3_column_int(handle, 2))
        }
    }

    /// The article of paragraph `id` when its kind is one of `scope` (indexes in
    /// `ParagraphKind.allCases`), else nil.
    func article(of id: Int64, in scope: [Bool]) -> Int64? {
        guard id > 0, id < articles.count, articles[Int(id)] != 0 else { return nil }
        let kind = Int(kinds[Int(id)])
        return kind < scope.count && scope[kind] ? articles[Int(id)] : nil
    }

    /// ` INDEXED BY` the index of each paragraph's article and kind (migration 0011) when the
    /// archive has it, else nothing. Named, since SQLite would read a paragraph by its rowid from
    /// the table, whose pages hold the text.
    static func byKinds(_ db: Database) throws -> String {
        let name = "paragraphs_kinds"
        let exists = try Bool.fetchOne(
            db, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?", arguments: [name])
        return exists == true ? " INDEXED BY \(name)" : ""
    }

    /// `scope` as the mask `article(of:in:)` takes.
    static func mask(_ scope: [ParagraphKind]) -> [Bool] {
        ParagraphKind.allCases.map(scope.contains)
    }
}
