import Foundation
import GRDB

/// One statement a search runs, built once: run as it is and shown as it is by `search --sql`,
/// as sqlite-utils runs exactly what its `search_sql()` returns.
///
/// ```swift
/// let statement = SearchStatement(purpose: "matching articles", sql: "SELECT …", arguments: ["…"])
/// let ids = try Int64.fetchAll(statement.prepared(db))
/// ```
struct SearchStatement: Sendable, Equatable {
    /// What the statement is for, a comment line in `--sql`.
    var purpose: String
    var sql: String
    var arguments: [DatabaseValue]
    /// Run once for each hit on the page with that hit's values, which `--sql` shows as `?`.
    var perHit = false

    /// The statement with its arguments bound, from the connection's cache.
    func prepared(_ db: Database) throws -> Statement {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(StatementArguments(arguments))
        return statement
    }

    /// The statement for `--sql`: its purpose, its arguments as SQL literals, the SQL.
    var lines: [String] {
        var lines = ["-- \(purpose):"]
        if !arguments.isEmpty {
            let shown = arguments.map { perHit && $0.isNull ? "?" : Self.literal($0) }
            lines.append("--   arguments: " + shown.joined(separator: ", "))
        }
        lines.append(sql + ";")
        return lines
    }

    static func literal(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let data): "X'" + data.map { String(format: "%02X", $0) }.joined() + "'"
        }
    }
}
