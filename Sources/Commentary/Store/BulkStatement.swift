import GRDB
import GRDBSQLite

/// A value bound to a bulk insert.
enum SQLValue {
    case integer(Int64)
    case text(String)
    case null

    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
}

/// An INSERT run many times in the import's hot loop, bound through SQLite's C API: the same
/// statement GRDB caches, without building StatementArguments for every row.
/// https://sqlite.org/c3ref/bind_blob.html
struct BulkStatement {
    let statement: Statement
    let connection: OpaquePointer?

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection
    }

    func execute(_ values: SQLValue...) throws {
        try execute(values)
    }

    func execute(_ values: [SQLValue]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        try bind(values[...], handle) {
            let code = sqlite3_step(handle)
            // No binding outlives the text it points into.
            sqlite3_clear_bindings(handle)
            guard code == SQLITE_DONE else { throw error(code) }
        }
    }

    /// Binds `values` from the first, then runs `step` while every text bound is still in reach:
    /// text is bound in place (SQLITE_STATIC), not copied, which matters for a long raw text.
    private func bind(_ values: ArraySlice<SQLValue>, _ handle: OpaquePointer?, then step: () throws -> Void) throws {
        guard let value = values.first else { return try step() }
        let index = Int32(values.startIndex + 1)
        switch value {
        case .integer(let number):
            let code = sqlite3_bind_int64(handle, index, number)
            guard code == SQLITE_OK else { throw error(code) }
            try bind(values.dropFirst(), handle, then: step)
        case .text(var string):
            try string.withUTF8 { bytes in
                let code = sqlite3_bind_text(
                    handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                    Int32(bytes.count), staticDestructor)
                guard code == SQLITE_OK else { throw error(code) }
                try bind(values.dropFirst(), handle, then: step)
            }
        case .null:
            let code = sqlite3_bind_null(handle, index)
            guard code == SQLITE_OK else { throw error(code) }
            try bind(values.dropFirst(), handle, then: step)
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: connection.map { String(cString: sqlite3_errmsg($0)) },
            sql: statement.sql)
    }
}

/// SQLITE_STATIC: SQLite reads the bytes in place; they must stay valid until the binding is cleared.
private let staticDestructor = unsafeBitCast(0, to: sqlite3_destructor_type.self)

/// Rows of one table inserted many to a statement, `INSERT … VALUES (…), (…), …`, in the order
/// appended: each statement SQLite runs allocates and frees a cursor for the table, each of its
/// indexes and each foreign key it checks, which for narrow rows such as mentions cost more than
/// writing the row. Call `finish()` for the last rows.
struct BulkInsert {
    /// Rows per statement: the statement's cost spread thin, its variables well under any limit.
    static let rowsPerStatement = 32

    /// A table's columns and its statements for 1 to `rowsPerStatement` rows, built once.
    struct Table: Sendable {
        let width: Int
        /// The statement for n rows at index n - 1.
        let sql: [String]

        init(_ name: String, columns: [String]) {
            let head = "INSERT INTO \(name)(\(columns.joined(separator: ", "))) VALUES "
            let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            width = columns.count
            sql = (1...BulkInsert.rowsPerStatement).map { rows in head + Array(repeating: row, count: rows).joined(separator: ", ") }
        }
    }

    private let db: Database
    private let table: Table
    private var values: [SQLValue] = []

    init(_ db: Database, into table: Table) {
        self.db = db
        self.table = table
        values.reserveCapacity(table.width * Self.rowsPerStatement)
    }

    /// Adds one row (one value per column); a full statement's worth is written at once.
    mutating func append(_ row: SQLValue...) throws {
        precondition(row.count == table.width, "a row of \(row.count) values for \(table.width) columns")
        values.append(contentsOf: row)
        if values.count == table.width * Self.rowsPerStatement { try finish() }
    }

    /// Writes the rows not written yet.
    mutating func finish() throws {
        guard !values.isEmpty else { return }
        try BulkStatement(db, sql: table.sql[values.count / table.width - 1]).execute(values)
        values.removeAll(keepingCapacity: true)
    }
}
