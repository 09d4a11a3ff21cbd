import Foundation
import GRDB
import Testing

@testable import Commentary

/// A full disk at any page of an import, made with `PRAGMA max_page_count` as SQLite's own I/O
/// error tests do: the archive stays sound, the run stops once with one error, and a re-run with
/// room completes the batch.
@Suite("A full disk during an import")
struct DiskFullTests {
    /// `count` distinct articles in the seed's layout, in a new folder.
    func articles(_ count: Int) throws -> URL {
        let directory = temporaryDirectory().appending(path: "corpus")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        for index in 0..<count {
            let article = text + "\nThe delegation numbered \(index) reached Kazan on the \(index % 28 + 1)th.\n"
            try article.write(to: directory.appending(path: String(format: "a%04d.txt", index)), atomically: false, encoding: .utf8)
        }
        return directory
    }

    @Test(arguments: [1, 8, 40, 120])
    func theImportStopsOnceAndARerunCompletesIt(_ room: Int) throws {
        let folder = try articles(150)
        let path = folder.deletingLastPathComponent().appending(path: "full.sqlite").path
        let archive = try Archive.open(path: path, mode: .create)
        let pages = try archive.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") } ?? 0
        try archive.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + room)") }
        var options = ImportOptions()
        options.batchSize = 20
        let events = EventLog()
        let summary = try Importer(archive: archive, options: options).run(
            paths: [folder.path], standardInput: { nil }, report: { events.append($0) })
        #expect(summary.stopped == .failure("\(path): the disk is full"))
        #expect(summary.imported < 150)
        #expect(summary.failed == 0)
        #expect(events.failures.isEmpty)
        archive.close()

        let again = try Archive.open(path: path, mode: .write)
        defer { again.close() }
        #expect(try again.pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try again.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == summary.imported)
        #expect(try ArchiveCheck.run(again, quick: false).problems.isEmpty)
        let rerun = try Importer(archive: again, options: options).run(paths: [folder.path], standardInput: { nil }, report: { _ in })
        #expect(rerun.stopped == nil)
        #expect(rerun.imported == 150 - summary.imported)
        #expect(rerun.duplicates == summary.imported)
        #expect(try again.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == 150)
    }
}

/// Collects import events from the importer's threads.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [ImportEvent] = []

    func append(_ event: ImportEvent) { lock.withLock { events.append(event) } }

    var failures: [CommentaryError] {
        lock.withLock { events.compactMap { if case .failed(let error) = $0 { error } else { nil } } }
    }
}
