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
