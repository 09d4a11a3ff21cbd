import GRDB

/// A source as a person names it on the command line: as it was imported (`in/feed.jsonl#r2`),
/// standardized (`./in/a.txt`), or by any other spelling of the same file's path (absolute, from
/// another folder, through a link), which the archive knows by its resolved path (migration 0009),
/// as an import does.
enum SourceReference {
    /// The `article_id` and `source` of the sources `reference` names exactly.
    static func exact(_ db: Database, _ reference: String) throws -> [Row] {
        let standardized = SourcePath.standardize(reference)
        let rows = try Row.fetchAll(
            db, sql: "SELECT article_id, source FROM article_sources WHERE source IN (?, ?)", arguments: [reference, standardized])
        guard rows.isEmpty, let resolved = resolvedForm(reference) else { return rows }
        return try Row.fetchAll(db, sql: "SELECT article_id, source FROM article_sources WHERE resolved = ?", arguments: [resolved])
    }

    /// The `article_id` and `source` of every record of the file `reference` names (`FILE#…`).
    static func records(_ db: Database, _ reference: String) throws -> [Row] {
        let standardized = SourcePath.standardize(reference)
        let rows = try Row.fetchAll(
            db, sql: "SELECT article_id, source FROM article_sources WHERE substr(source, 1, ?) = ? ORDER BY source",
            arguments: [standardized.count + 1, standardized + "#"])
        guard rows.isEmpty, let file = SourcePath.resolved(reference) else { return rows }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT article_id, source FROM article_sources WHERE resolved IS NOT NULL AND substr(resolved, 1, ?) = ?
                ORDER BY source
                """,
            arguments: [file.count + 1, file + "#"])
    }

    /// The resolved form of `reference`: its file's resolved path, with a record's key after `#`
    /// when the file is the part before it. Nil when no file is there.
    static func resolvedForm(_ reference: String) -> String? {
        if let file = SourcePath.resolved(reference) { return file }
        guard let mark = reference.lastIndex(of: "#"), let file = SourcePath.resolved(String(reference[..<mark])) else {
            return nil
        }
        return file + reference[mark...]
    }
}
