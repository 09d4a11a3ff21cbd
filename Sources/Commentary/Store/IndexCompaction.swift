import Foundation
import GRDB

/// The paragraph index kept in few segments. FTS5 adds a segment for every batch an import
/// commits, and merges them only rarely (automerge is off, so that appends do not pay for
/// rewriting old segments). Search reads the paragraph index once per article on its page, and
/// each such read opens every segment: after an import that built most of the index, merging it
/// into one segment halves the work of a search of common words; after an append, a bounded
/// incremental merge keeps the segments appends leave few.
extension Archive {
    /// The number of articles stored, read before an import to tell whether the import builds
    /// most of the archive.
    func articleCount() throws(CommentaryError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    /// Merges every segment of the paragraph index into one (FTS5's `optimize`), in one
    /// transaction: a crash in the middle leaves the index as it was.
    func compactParagraphIndex() throws(CommentaryError) {
        try write { db in try db.execute(sql: "INSERT INTO paragraphs_fts(paragraphs_fts) VALUES('optimize')") }
    }

    /// FTS5's incremental merge, a bounded amount of work after an append: the small segments
    /// appends leave are folded together once four of them stand on one level (FTS5's default
    /// `usermerge`), so a search after many appends opens a few segments instead of sixteen or more.
    /// The large segment an import that built the archive left is rewritten only when merged small
    /// ones reach its level, as in any log-structured merge, not at each append. Each round writes
    /// at most `mergePages` pages and the rounds stop when one finds nothing to merge.
    /// https://sqlite.org/fts5.html#the_merge_command
    func mergeParagraphIndex(rounds: Int) throws(CommentaryError) {
        // A few segments cost a search little; merging them costs an append more in a large
        // archive than in a small one (measured: +11% for 1,000 articles into 100,000, none into
        // 10,000), so the work waits until the segments are many.
        guard try indexSegments("paragraphs_fts") >= Self.mergeFrom else { return }
        try write { db in
            for _ in 0..<rounds {
                let before = db.totalChangesCount
                try db.execute(sql: "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('merge', \(Self.mergePages))")
                // FTS5's own test of a merge that did nothing: fewer than two rows changed.
                if db.totalChangesCount - before < 2 { break }
            }
        }
    }

    /// Pages a round of merging writes at most.
    static let mergePages = 64
    /// The segments of the paragraph index from which an append merges them.
    static let mergeFrom = 8

    /// The number of segments of an FTS5 index, from its structure record.
    func indexSegments(_ table: String) throws(CommentaryError) -> Int {
        try read { db in
            guard let record = try Data.fetchOne(db, sql: "SELECT block FROM \(table)_data WHERE id = 10") else { return 0 }
            return Self.segmentCount(structure: [UInt8](record))
        }
    }

    /// FTS5's structure record: a 4-byte cookie, then the number of levels and the number of
    /// segments as SQLite varints.
    static func segmentCount(structure bytes: [UInt8]) -> Int {
        var offset = 4
        func varint() -> Int {
            var value = 0
            for index in 0..<9 {
                guard offset < bytes.count else { return value }
                let byte = bytes[offset]
                offset += 1
                if index == 8 { return value << 8 | Int(byte) }
                value = value << 7 | Int(byte & 0x7F)
                if byte & 0x80 == 0 { return value }
            }
            return value
        }
        _ = varint()
        return varint()
    }
}
