import Foundation
import GRDB

/// Filters shared by `search` and every `export` table: which articles, and which paragraph kinds.
public struct ArticleFilter: Sendable, Equatable {
    /// Plain query text (the search language); nil for no query.
    public var query: String?
    /// Raw FTS5 syntax instead of `query`'s language.
    public var rawFTS = false
    public var scope: [ParagraphKind] = ParagraphKind.defaultScope
    public var author: String?
    public var outlet: String?
    /// Publication date bounds, inclusive, ISO.
    public var since: String?
    public var until: String?
    /// An entity name, canonical or alias.
    public var entity: String?

    public init() {}

    /// Checks bounds are dates: `2023`, `2023-05` or `2023-05-24`.
    public static func normalizeDateBound(_ text: String, upper: Bool) throws(CommentaryError) -> String {
        guard let date = SimpleDate(iso: text.trimmingSpaces()) else {
            throw .usage("'\(text)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        // An upper bound of a month or year covers all of it.
        if upper {
            if date.day == nil, let month = date.month {
                return SimpleDate(year: date.year, month: month, day: DateArithmetic.daysIn(month: month, year: date.year)).iso
            }
            if date.month == nil { return "\(date.year)-12-31" }
        }
        return date.iso.count == 4 ? date.iso + "-01-01" : date.iso.count == 7 ? date.iso + "-01" : date.iso
    }

    /// SQL over `articles a` for the metadata and entity filters.
    func articleConditions() -> (sql: [String], arguments: [DatabaseValue]) {
        var sql: [String] = []
        var arguments: [DatabaseValue] = []
        // Names are matched folded, as search matches words: case, accents, apostrophes.
        if let author {
            sql.append("\(TextFold.function.name)(a.author) LIKE ? ESCAPE '\\'")
            arguments.append(("%" + Self.escapeLike(TextFold.name(author)) + "%").databaseValue)
        }
        if let outlet {
            sql.append("\(TextFold.function.name)(a.outlet) LIKE ? ESCAPE '\\'")
            arguments.append(("%" + Self.escapeLike(TextFold.name(outlet)) + "%").databaseValue)
        }
        if let since {
            sql.append("a.published >= ?")
            arguments.append(since.databaseValue)
        }
        if let until {
            sql.append("a.published <= ?")
            arguments.append(until.databaseValue)
        }
        return (sql, arguments)
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    var kindList: String { scope.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
}
