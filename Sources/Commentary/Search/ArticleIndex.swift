import Foundation
import GRDB

/// The article-level full-text index `articles_fts` (migration 0008): one row per article, one
/// column per paragraph kind, each kind's paragraphs joined in order with `separator`, so a
/// phrase matches only within one paragraph.
///
/// ```swift
/// ArticleIndex.columnFilter(ParagraphKind.defaultScope)  // "{title body caption editor_note}"
/// ```
///
/// Searches match and rank articles here (`ORDER BY rank LIMIT` inside SQLite); `paragraphs_fts`
/// still gives snippets, `search --paragraphs` and exports. See https://sqlite.org/fts5.html.
enum ArticleIndex {
    static let table = "articles_fts"
    /// The view of each article's paragraphs as the index's columns: its external content.
    static let content = "articles_fts_text"

    /// The columns, in the table's order.
    static let columns: [ParagraphKind] = [.title, .body, .caption, .editorNote, .metadata, .trailer]

    /// A token of its own between two paragraphs of one column (unicode61 indexes a private-use
    /// character as a token). `SearchQuery` never emits it, so no phrase spans two paragraphs.
    static let separator: Unicode.Scalar = "\u{E000}"
    /// What joins two paragraphs: the same string as the view's `' ' || char(57344) || ' '`.
    static let joiner = " \(separator) "

    /// Relevance weight of a paragraph kind: titles count most, captions a little more than body.
    static func weight(_ kind: ParagraphKind) -> Double {
        switch kind {
        case .title: 2.0
        case .caption: 1.2
        case .editorNote: 0.9
        case .body, .metadata, .trailer: 1.0
        }
    }

    /// The rank function stored with the table (migration 0008): bm25 with the kind weights as
    /// column weights, so `ORDER BY rank` ranks as search does, in sqlite3 and Datasette too.
    static var rankFunction: String {
        "bm25(" + columns.map { String(weight($0)) }.joined(separator: ", ") + ")"
    }

    /// The kind weights over paragraphs `p`, for ranking paragraphs of `paragraphs_fts`.
    static var kindWeightSQL: String {
        "CASE p.kind "
            + columns.filter { weight($0) != 1.0 }.map { "WHEN '\($0.rawValue)' THEN \(weight($0))" }.joined(separator: " ")
            + " ELSE 1.0 END"
    }

    /// An FTS5 column filter limiting an expression to the kinds in `scope`; empty when the scope
    /// is every column. https://sqlite.org/fts5.html#fts5_column_filters
    static func columnFilter(_ scope: [ParagraphKind]) -> String {
        let names = columns.filter(scope.contains)
        guard names.count < columns.count else { return "" }
        return "{" + names.map(\.rawValue).joined(separator: " ") + "} : "
    }

    /// Each column's text for paragraphs in article order, nil for a kind the article lacks.
    static func texts(_ paragraphs: [(kind: ParagraphKind, text: String)]) -> [String?] {
        columns.map { kind in
            let texts = paragraphs.filter { $0.kind == kind }.map(\.text)
            return texts.isEmpty ? nil : texts.joined(separator: joiner)
        }
    }

    static var columnList: String { columns.map(\.rawValue).joined(separator: ", ") }

    static var insertSQL: String {
        "INSERT INTO \(table)(rowid, \(columnList)) VALUES (?, \(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// Takes an article out of the index, as the view gives its text: run before its paragraphs go.
    static var deleteSQL: String {
        "INSERT INTO \(table)(\(table), rowid, \(columnList)) SELECT 'delete', id, \(columnList) FROM \(content) WHERE id = ?"
    }

    /// Whether the archive has the index: a read command does not migrate an older archive.
    /// Asked of `sqlite_master` directly: GRDB's `tableExists` first reads the whole schema of
    /// every attached database, 2 million instructions of a 50-million search.
    static func exists(_ db: Database) -> Bool {
        let statement = try? db.cachedStatement(sql: "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?")
        return statement.flatMap { try? Int.fetchOne($0, arguments: [table]) } != nil
    }
}
