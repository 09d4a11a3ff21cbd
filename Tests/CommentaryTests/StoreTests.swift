import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("The archive file")
struct ArchiveTests {
    @Test func migrationsApplyOnceAndOnlyOnce() throws {
        let path = temporaryDirectory().appending(path: "a.sqlite").path
        let archive = try Archive.open(path: path, mode: .create)
        let applied = try archive.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == EmbeddedMigrations.all.map(\.name))
        archive.close()
        let again = try Archive.open(path: path, mode: .write)
        let count = try again.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") }
        #expect(count == EmbeddedMigrations.all.count)
        let applicationID = try again.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(applicationID == Archive.applicationID)
    }

    @Test func anArchiveFromTheFirstMigrationIsUpgradedWithItsDataIntact() throws {
        let path = temporaryDirectory().appending(path: "old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: EmbeddedMigrations.all[0].name)
        let stored = try queue.write { db in
            // Today's store writes columns later migrations add: add them for the insert, then
            // take them away again, leaving the first migration's tables with an article in them.
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN input_format TEXT")
            try db.execute(sql: "ALTER TABLE article_sources ADD COLUMN resolved TEXT")
            try db.execute(sql: "CREATE VIEW paragraphs_cjk_text AS SELECT id, text FROM paragraphs WHERE 0")
            try db.execute(sql: "CREATE VIRTUAL TABLE paragraphs_cjk USING fts5(text, content='paragraphs_cjk_text', content_rowid='id')")
            try db.execute(sql: "CREATE VIRTUAL TABLE articles_fts USING fts5(\(ArticleIndex.columnList))")
            var store = ArticleStore(db)
            let outcome = try store.store(try normalizeSeed(), now: ArticleStore.timestamp())
            try store.writeIndex()
            try db.execute(sql: "ALTER TABLE articles DROP COLUMN input_format")
            try db.execute(sql: "ALTER TABLE article_sources DROP COLUMN resolved")
            try db.execute(sql: "DROP TABLE paragraphs_cjk")
            try db.execute(sql: "DROP VIEW paragraphs_cjk_text")
            try db.execute(sql: "DROP TABLE articles_fts")
            return outcome
        }
        try queue.close()
        guard case .imported(let id) = stored else {
            Issue.record("the seed was not stored: \(stored)")
            return
        }

        // The upgrade is announced, with the migrations it runs and the articles they cover.
        let events = StatementRecorder()
        let archive = try Archive.open(path: path, mode: .write) { events.append("\($0)") }
        defer { archive.close() }
        let applied = try archive.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == EmbeddedMigrations.all.map(\.name))
        #expect(events.all.contains { $0.hasPrefix("started") && $0.contains("0008_article_search_index") && $0.contains("articles: 1") })
        #expect(events.all.contains { $0.hasPrefix("finished") })
        try archive.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int64.fetchOne(db, sql: "SELECT id FROM articles") == id)
            // Its source, stored before files were resolved, is found by its name (0009).
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article_sources WHERE resolved IS NULL") == 1)
            #expect(try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'articles'") == id)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraphs WHERE article_id = ?", arguments: [id]) ?? 0 > 10)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0 > 10)
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'")
            #expect(indexes.contains("articles_filters"))
            #expect(!indexes.contains("dates_value"))
        }
        // The full-text index came through: the seed is found, and FTS5 agrees with its content.
        var options = SearchOptions()
        options.filter.query = "China-Russia Business Forum"
        #expect(try SearchEngine.search(archive, options).hits.map(\.articleID) == [id])
        try archive.write { db in try db.execute(sql: "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)") }
        try archive.write { db in try db.execute(sql: "INSERT INTO paragraphs_cjk(paragraphs_cjk, rank) VALUES('integrity-check', 1)") }
        // Migration 0008 built the article-level index from the stored paragraphs.
        try archive.write { db in try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)") }
        let found = try archive.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'mishustin'")
        }
        #expect(found == [id])
    }

    @Test func anArticleIDIsNeverGivenTwice() throws {
        let directory = temporaryDirectory()
        let (archive, _) = try importInto(directory, [seedPath, repositoryRoot.appending(path: "Samples/lula-g20-rio.txt").path])
        defer { archive.close() }
        let newest = try archive.pool.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM articles") } ?? 0
        try Deletion.plan(archive, references: ["\(newest)"], filter: nil).apply(archive)
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [repositoryRoot.appending(path: "Samples/cop28-climate-finance.txt").path], standardInput: { nil },
            report: { _ in })
        #expect(summary.imported == 1)
        let ids = try archive.pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id") }
        #expect(ids.count == 2)
        #expect(!ids.contains(newest))
        #expect(ids.last ?? 0 > newest)
    }

    @Test func closingFoldsTheLogIntoTheMainFile() throws {
        // A user who copies the .sqlite file alone copies every committed write.
        let directory = temporaryDirectory()
        let path = directory.appending(path: "a.sqlite").path
        let first = try Archive.open(path: path, mode: .create)
        _ = try Importer(archive: first, options: ImportOptions()).run(paths: [seedPath], standardInput: { nil }, report: { _ in })
        first.close()
        let second = try Archive.open(path: path, mode: .write)
        let other = repositoryRoot.appending(path: "Samples/lula-g20-rio.txt").path
        let summary = try Importer(archive: second, options: ImportOptions()).run(paths: [other], standardInput: { nil }, report: { _ in })
        #expect(summary.imported == 1)
        second.close()

        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(log == 0)
        let copy = temporaryDirectory().appending(path: "copy.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let reader = try Archive.open(path: copy, mode: .read)
        defer { reader.close() }
        #expect(try reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == 2)
    }

    @Test func aForeignFileIsRefusedAndLeftUntouched() throws {
        let path = temporaryDirectory().appending(path: "notes.sqlite").path
        let content = Data("These are my notes, not a database.\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        for mode in [Archive.Mode.read, .write, .create] {
            #expect(throws: CommentaryError.self) { try Archive.open(path: path, mode: mode) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func anotherSQLiteDatabaseIsRefusedAndLeftUntouched() throws {
        let path = temporaryDirectory().appending(path: "other.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(
            throws: CommentaryError.archive(
                path: path, reason: "is an SQLite database but not a commentary archive; pass --db with the archive's path")
        ) {
            try Archive.open(path: path, mode: .read)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func readingDoesNotCreateAMissingArchive() throws {
        let path = temporaryDirectory().appending(path: "missing.sqlite").path
        #expect(throws: CommentaryError.self) { try Archive.open(path: path, mode: .read) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aNewerSchemaIsRefused() throws {
        let path = temporaryDirectory().appending(path: "newer.sqlite").path
        let archive = try Archive.open(path: path, mode: .create)
        try archive.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        archive.close()
        #expect {
            try Archive.open(path: path, mode: .read)
        } throws: { error in
            guard let error = error as? CommentaryError, case .archive(_, let reason) = error else { return false }
            return reason.contains("newer version")
        }
    }
}

@Suite("Storing articles")
struct ArticleStoreTests {
    @Test func importingTwiceStoresOneArticle() throws {
        let directory = temporaryDirectory()
        let (archive, first) = try importInto(directory, [seedPath])
        #expect(first.imported == 1)
        let second = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [seedPath], standardInput: { nil }, report: { _ in })
        #expect(second.imported == 0)
        #expect(second.duplicates == 1)
        let count = try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") }
        #expect(count == 1)
        let integrity = try archive.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        try archive.write { db in try db.execute(sql: "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)") }
        try archive.write { db in try db.execute(sql: "INSERT INTO paragraphs_cjk(paragraphs_cjk, rank) VALUES('integrity-check', 1)") }
    }

    @Test func aChangedCopyOfASharedTextLeavesTheOtherCopiesAlone() throws {
        let directory = temporaryDirectory()
        let original = directory.appending(path: "original.txt")
        let copy = directory.appending(path: "copy.txt")
        let text = "A piece about Beijing and Moscow and the trade they plan, long enough to count as text."
        try text.write(to: original, atomically: true, encoding: .utf8)
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let (archive, first) = try importInto(directory, [original.path, copy.path])
        #expect(first.imported == 1 && first.duplicates == 1)
        func run(_ paths: [URL]) -> ImportSummary {
            (try? Importer(archive: archive, options: ImportOptions()))?.run(
                paths: paths.map(\.path), standardInput: { nil }, report: { _ in }) ?? ImportSummary()
        }
        func sources(_ word: String) throws -> [String] {
            var options = SearchOptions()
            options.filter.query = word
            return try SearchEngine.search(archive, options).hits.map(\.source).sorted()
        }

        // The copy changes: it becomes an article of its own; the original keeps the shared text.
        try (text + " Kazan joins later.").write(to: copy, atomically: true, encoding: .utf8)
        #expect(run([copy]).imported == 1)
        #expect(try sources("Kazan") == [copy.path])
        #expect(try sources("Beijing") == [copy.path, original.path])
        // Both again: nothing flips back and forth.
        let again = run([original, copy])
        #expect(again.duplicates == 2 && again.updated == 0 && again.imported == 0)

        // A first source that changes hands its stored text to the copies that still carry it.
        let third = directory.appending(path: "third.txt")
        try text.write(to: third, atomically: true, encoding: .utf8)
        #expect(run([third]).duplicates == 1)
        try (text + " Astana too.").write(to: original, atomically: true, encoding: .utf8)
        #expect(run([original]).imported == 1)
        #expect(try sources("Astana") == [original.path])
        #expect(try sources("Beijing") == [copy.path, original.path, third.path])
        let rows = try archive.read { db in
            try Row.fetchAll(
                db, sql: "SELECT a.source, count(s.source) AS n FROM articles a JOIN article_sources s ON s.article_id = a.id GROUP BY a.id"
            )
        }
        #expect(rows.count == 3 && rows.allSatisfy { $0["n"] == 1 })
        #expect(try archive.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }

    @Test func aChangedSourceIsUpdatedInPlace() throws {
        let directory = temporaryDirectory()
        let file = directory.appending(path: "piece.txt")
        try "First version of a piece about Beijing and Moscow, long enough to count as text.".write(
            to: file, atomically: true, encoding: .utf8)
        let (archive, _) = try importInto(directory, [file.path])
        let id = try archive.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM articles") }
        try "Second version of a piece about Shanghai and Kazan, long enough to count as text.".write(
            to: file, atomically: true, encoding: .utf8)
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [file.path], standardInput: { nil }, report: { _ in })
        #expect(summary.updated == 1)
        let rows = try archive.read { db in try Row.fetchAll(db, sql: "SELECT id, raw_text FROM articles") }
        #expect(rows.count == 1)
        #expect(rows.first?["id"] == id)
        var options = SearchOptions()
        options.filter.query = "Beijing"
        #expect(try SearchEngine.search(archive, options).total == 0)
        options.filter.query = "Kazan"
        #expect(try SearchEngine.search(archive, options).total == 1)
    }

    @Test func deleteRemovesEverythingDerived() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [seedPath])
        let plan = try Deletion.plan(archive, references: ["1"], filter: nil)
        #expect(plan.articles == 1 && plan.missing.isEmpty)
        try plan.apply(archive)
        let counts = try archive.read { db in
            try ["articles", "article_sources", "paragraphs", "captions", "mentions", "dates"].map { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
            } + [Int.fetchOne(db, sql: "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Mishustin'") ?? -1]
        }
        #expect(counts == [0, 0, 0, 0, 0, 0, 0])
    }

    @Test func deletingOneSourceOfASyndicatedTextKeepsTheOthers() throws {
        let directory = temporaryDirectory()
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        for name in ["wire.txt", "copy-a.txt", "copy-b.txt"] {
            try text.write(to: directory.appending(path: name), atomically: false, encoding: .utf8)
        }
        let (archive, summary) = try importInto(directory, [directory.path])
        #expect(summary.imported == 1 && summary.duplicates == 2)
        let first = directory.appending(path: "copy-a.txt").path
        let plan = try Deletion.plan(archive, references: [first], filter: nil)
        #expect(plan.articles == 0 && plan.sources == 1)
        try plan.apply(archive)
        let sources = try archive.pool.read { db in try String.fetchAll(db, sql: "SELECT source FROM article_sources ORDER BY source") }
        #expect(sources == [directory.appending(path: "copy-b.txt").path, directory.appending(path: "wire.txt").path])
        let stored = try archive.pool.read { db in try String.fetchOne(db, sql: "SELECT source FROM articles") }
        #expect(stored.map(sources.contains) == true)
        // The last sources take the article with them.
        try Deletion.plan(archive, references: sources, filter: nil).apply(archive)
        #expect(try archive.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == 0)
    }

    @Test func deletingAFileRemovesEveryRecordImportedFromIt() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        try """
        {"id": "a", "text": "Grain ships left Odesa on Tuesday under a new corridor agreement."}
        {"id": "b", "text": "Insurers in London raised premiums for Black Sea voyages this week."}

        """.write(to: feed, atomically: false, encoding: .utf8)
        let (archive, summary) = try importInto(directory, [feed.path, seedPath])
        #expect(summary.imported == 3)
        let plan = try Deletion.plan(archive, references: [feed.path], filter: nil)
        #expect(plan.items.map(\.sources) == [[feed.path + "#a"], [feed.path + "#b"]])
        try plan.apply(archive)
        #expect(try archive.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == 1)
    }

    @Test func aFilterSelectsWholeArticles() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var filter = ArticleFilter()
        filter.query = "Mishustin"
        let plan = try Deletion.plan(archive, references: [], filter: filter)
        let expected = try archive.pool.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                    WHERE paragraphs_fts MATCH 'mishustin' AND p.kind IN ('title', 'body', 'caption', 'editor_note') ORDER BY 1
                    """)
        }
        #expect(!expected.isEmpty)
        #expect(plan.items.map(\.articleID) == expected)
        #expect(plan.items.allSatisfy { $0.wholeArticle })
    }

    @Test func badInputIsReportedAndTheRestImported() throws {
        let directory = temporaryDirectory()
        try Data().write(to: directory.appending(path: "empty.txt"))
        try Data([0, 1, 2, 3]).write(to: directory.appending(path: "binary.txt"))
        try "{\"title\": \"ok\", \"text\": \"A record about Beijing that is long enough to be an article.\"}\n{broken\n".write(
            to: directory.appending(path: "feed.jsonl"), atomically: true, encoding: .utf8)
        let (_, summary) = try importInto(directory, [directory.path, seedPath])
        #expect(summary.imported == 2)
        #expect(summary.failed == 3)
    }
}

@Suite("Gold set")
struct GoldSetTests {
    @Test func extractionMeetsTheTargets() throws {
        let scorer = GoldScorer(root: repositoryRoot)
        let annotations = try ["gold", "gold_readers", "heldout"].flatMap { name in
            try GoldScorer.load(repositoryRoot.appending(path: "Tests/Gold/\(name).json"))
        }
        let report = scorer.score(annotations)
        #expect(report.articles.count >= 36)
        #expect(report.entities.f1 >= 0.90, "entity F1 \(report.entities.f1)")
        #expect(report.dates.f1 >= 0.92, "date F1 \(report.dates.f1)")
        #expect(report.captionsMatched == report.captionsExpected)
        #expect(report.fieldErrors.isEmpty, "\(report.fieldErrors)")
    }

    /// The ratchet: no article's entity or date F1 drops by more than half a point against
    /// Tests/Gold/baseline.json, no caption or field is lost, and the extraction's output changes
    /// only with a new extractorVersion (and a baseline recorded for it: make gold-baseline).
    @Test func noArticleFallsBelowItsBaselineAndChangedOutputBumpsTheVersion() throws {
        let scorer = GoldScorer(root: repositoryRoot)
        let annotations = try ["gold", "gold_readers", "heldout"].flatMap { name in
            try GoldScorer.load(repositoryRoot.appending(path: "Tests/Gold/\(name).json"))
        }
        let sealedURL = repositoryRoot.appending(path: "Tests/Gold/sealed.json")
        let sealedAnnotations = FileManager.default.fileExists(atPath: sealedURL.path) ? try GoldScorer.load(sealedURL) : nil
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let baseline = try decoder.decode(
            GoldBaseline.self, from: Data(contentsOf: repositoryRoot.appending(path: "Tests/Gold/baseline.json")))
        let regressions = baseline.regressions(
            scorer.score(annotations), digest: scorer.digest(annotations + (sealedAnnotations ?? [])),
            sealed: sealedAnnotations.map(scorer.score))
        #expect(regressions.isEmpty, "\(regressions.joined(separator: "\n"))")
    }

    @Test func theRatchetCatchesAHalfPointDropAndAnUnversionedChange() throws {
        let scorer = GoldScorer(root: repositoryRoot)
        let annotations = try GoldScorer.load(repositoryRoot.appending(path: "Tests/Gold/gold.json"))
        let report = scorer.score(annotations)
        let digest = scorer.digest(annotations)
        let baseline = GoldBaseline(report: report, digest: digest, sealed: nil)
        #expect(baseline.regressions(report, digest: digest, sealed: nil).isEmpty)
        // One article losing entities, as a broken rule would make it.
        var worse = report
        worse.articles[0].entities.falseNegatives += 3
        let found = baseline.regressions(worse, digest: digest, sealed: nil)
        #expect(found.count == 1 && found[0].contains("entity F1"))
        // The same scores from different output, at the same version.
        let unversioned = baseline.regressions(report, digest: String(repeating: "0", count: 64), sealed: nil)
        #expect(unversioned.count == 1 && unversioned[0].contains("did not"))
    }
}
