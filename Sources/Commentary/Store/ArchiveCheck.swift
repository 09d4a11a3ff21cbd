import Foundation
import GRDB

/// `commentary check`: whether an archive is sound, in three layers.
///
/// 1. SQLite's own check of every page, index and constraint (`PRAGMA integrity_check`, or
///    `quick_check`), and every foreign key (`PRAGMA foreign_key_check`).
/// 2. FTS5's check of the full-text index against the paragraphs it indexes
///    (`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)`, and the
///    same for `paragraphs_cjk` and `articles_fts`), which
///    SQLite runs only on a connection that may write: it runs inside a transaction that is rolled
///    back, and is skipped, with a note, on read-only storage.
/// 3. The archive's own invariants: every mention and date lies inside its paragraph and its
///    surface is the paragraph's text at its offsets; every article has its first source among its
///    sources; paragraphs are numbered 0, 1, 2 … in each article; a caption belongs to a caption
///    paragraph of its own article; the articles per date in `article_dates` are those of
///    `articles`.
///
/// See <https://www.sqlite.org/pragma.html#pragma_integrity_check> and
/// <https://www.sqlite.org/fts5.html#the_integrity_check_command>.
public enum ArchiveCheck {
    /// What a check found.
    public struct Report: Sendable, Equatable {
        /// One line per problem, most basic first; empty when the archive is sound.
        public var problems: [String] = []
        /// What could not be checked, and why.
        public var skipped: [String] = []
        /// Articles and paragraphs the invariants covered.
        public var articles = 0
        public var paragraphs = 0

        public var isSound: Bool { problems.isEmpty }
    }

    /// At most this many examples of one kind of problem are listed.
    static let examples = 5

    /// Checks the archive at `archive`'s path. `quick` runs SQLite's `quick_check`, checks the
    /// full-text index's structure without comparing it to the paragraphs, and skips the
    /// invariants that read every row.
    public static func run(_ archive: Archive, quick: Bool) throws(CommentaryError) -> Report {
        var report = Report()
        do {
            try archive.pool.read { db in
                let pragma = quick ? "quick_check" : "integrity_check"
                let lines = try String.fetchAll(db, sql: "PRAGMA \(pragma)(100)")
                    .flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.hasPrefix("***") }
                if lines != ["ok"] { report.problems += lines.map { "SQLite \(pragma): \($0)" } }
                let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                for (table, rows) in Dictionary(grouping: orphans, by: { $0[0] as String? ?? "?" }).sorted(by: { $0.key < $1.key }) {
                    let parents = Set(rows.map { $0[2] as String? ?? "?" }).sorted().joined(separator: ", ")
                    report.problems.append("\(rows.count) row(s) of \(table) point to missing rows of \(parents)")
                }
                report.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
                report.paragraphs = try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraphs") ?? 0
                if !quick { report.problems += try invariants(db) }
            }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode.primaryResultCode) {
            report.problems.append("SQLite could not read the file: \(error.message ?? "\(error.resultCode)")")
            return report
        } catch {
            throw Archive.archiveError(error, path: archive.path)
        }
        checkIndex(archive, quick: quick, into: &report)
        return report
    }

    /// The archive's own rules, each as a query that lists the rows breaking it.
    static func invariants(_ db: Database) throws -> [String] {
        var rules: [(String, String)] = [
            (
                "mention outside its paragraph or not matching its text",
                """
                SELECT 'mention ' || m.id || ' in paragraph ' || p.id FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id
                WHERE m.start + m.length > length(p.text) OR substr(p.text, m.start + 1, m.length) IS NOT m.surface
                """
            ),
            (
                "date outside its paragraph or not matching its text",
                """
                SELECT 'date ' || d.id || ' in paragraph ' || p.id FROM dates d JOIN paragraphs p ON p.id = d.paragraph_id
                WHERE d.start + d.length > length(p.text) OR substr(p.text, d.start + 1, d.length) IS NOT d.surface
                """
            ),
            (
                "article whose source is missing from article_sources",
                """
                SELECT 'article ' || a.id FROM articles a
                WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.source = a.source AND s.article_id = a.id)
                """
            ),
            (
                "article whose paragraphs are not numbered 0, 1, 2 …",
                """
                SELECT 'article ' || article_id FROM paragraphs GROUP BY article_id
                HAVING min(position) != 0 OR max(position) != count(*) - 1
                """
            ),
            (
                "caption not on a caption paragraph of its own article",
                """
                SELECT 'caption ' || c.id FROM captions c JOIN paragraphs p ON p.id = c.paragraph_id
                WHERE p.article_id != c.article_id OR p.kind != 'caption'
                """
            ),
        ]
        // Archives before migration 0010, read without being upgraded, have no table of dates.
        if try db.tableExists(BucketCounts.dates) {
            rules.append(
                (
                    "publication date whose count in article_dates differs from articles",
                    """
                    SELECT coalesce(nullif(coalesce(a.published, d.published), ''), 'undated') || ': '
                      || coalesce(d.articles, 0) || ' in article_dates, ' || coalesce(a.articles, 0) || ' articles'
                    FROM (SELECT coalesce(published, '') AS published, count(*) AS articles FROM articles GROUP BY 1) a
                    FULL JOIN article_dates d ON d.published = a.published
                    WHERE d.articles IS NOT a.articles
                    """
                ))
        }
        var problems: [String] = []
        for (rule, sql) in rules {
            let rows = try String.fetchAll(db, sql: sql + " LIMIT \(examples + 1)")
            guard !rows.isEmpty else { continue }
            let total = rows.count > examples ? try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql))") ?? rows.count : rows.count
            let shown = rows.prefix(examples).joined(separator: ", ")
            problems.append("\(total) \(rule): \(shown)\(total > examples ? ", …" : "")")
        }
        return problems
    }

    /// FTS5's integrity check, on a writable connection inside a transaction that is rolled back.
    static func checkIndex(_ archive: Archive, quick: Bool, into report: inout Report) {
        guard access(archive.path, W_OK) == 0 else {
            report.skipped.append("the full-text index (FTS5 checks it only with write access; the archive is read-only)")
            return
        }
        // The word index, the trigram index of CJK paragraphs (migration 0007) and the article-level
        // index search ranks with (migration 0008).
        for (table, what) in [
            ("paragraphs_fts", "full-text index"), ("paragraphs_cjk", "trigram index of CJK paragraphs"),
            (ArticleIndex.table, "article-level search index"),
        ] {
            do {
                var configuration = Configuration()
                configuration.busyMode = .timeout(30)
                let queue = try DatabaseQueue(path: archive.path, configuration: configuration)
                defer { try? queue.close() }
                try queue.inDatabase { db in
                    guard try db.tableExists(table) else { return }
                    try db.inTransaction {
                        try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('integrity-check', \(quick ? 0 : 1))")
                        return .rollback
                    }
                }
            } catch let error as DatabaseError {
                report.problems.append(
                    "the \(what) does not match the paragraphs (\(error.message ?? "\(error.resultCode)")); if the rest is sound, "
                        + "rebuild it: sqlite3 \(archive.path) \"INSERT INTO \(table)(\(table)) VALUES('rebuild')\"")
            } catch {
                report.problems.append("the \(what) could not be checked: \(error)")
            }
        }
    }
}
