import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("Record identity")
struct RecordIdentityTests {
    @Test(
        arguments: [
            ("HTTPS://News.Example.COM/a/b/", "https://news.example.com/a/b"),
            ("https://example.com:443/a?utm_source=x&utm_medium=y&id=3#top", "https://example.com/a?id=3"),
            ("http://example.com:80/?fbclid=abc", "http://example.com"),
            ("https://example.com/a?gclid=1&page=2&mc_cid=9", "https://example.com/a?page=2"),
            ("https://example.com:8443/A/B", "https://example.com:8443/A/B"),
            ("  https://example.com/x  ", "https://example.com/x"),
        ])
    func aURLIsNormalizedAsAName(_ given: String, _ expected: String) {
        #expect(RecordIdentity.normalizedURL(given) == expected)
    }

    @Test(arguments: ["example.com/a", "not a url", "", "://x"])
    func textThatIsNoAbsoluteURLNamesNothing(_ given: String) {
        #expect(RecordIdentity.normalizedURL(given) == nil)
    }

    @Test func aRecordIsNamedByItsIDElseItsURLElseItsText() throws {
        func source(_ line: String, number: Int) throws -> RawArticle {
            try JSONArticleReader.readLine(Substring(line), file: "f.jsonl", number: number, location: "f.jsonl:\(number)").get()
        }
        let byID = try source(#"{"id": "x7", "url": "https://e.org/a", "text": "Some text."}"#, number: 4)
        #expect(byID.source == "f.jsonl#x7")
        #expect(byID.positionalSource == nil)
        let byURL = try source(#"{"url": "HTTPS://E.org/a/?utm_campaign=z", "text": "Some text."}"#, number: 4)
        #expect(byURL.source == "f.jsonl#https://e.org/a")
        #expect(byURL.positionalSource == "f.jsonl#4")
        let byText = try source(#"{"text": "Some text."}"#, number: 4)
        #expect(byText.namedByText)
        let article = try ArticleNormalizer().normalize(byText)
        #expect(article.contentHash.count == 64)
    }

    static let records = [
        #"{"url": "https://example.org/kenya?utm_source=feed", "title": "Kenya", "text": "Kenya's geothermal plants in Naivasha grew again this year, officials in Nairobi said."}"#,
        #"{"title": "Chile", "text": "Chile's lithium policy changed in Santiago, where the senate voted on Tuesday."}"#,
        #"{"url": "https://example.org/brazil", "title": "Brazil", "text": "Brazil's soybean farmers in Mato Grosso sold more to China than ever before."}"#,
    ]
    static let newcomer =
        #"{"url": "https://example.org/peru", "title": "Peru", "text": "Peru's copper mines in Arequipa face water limits, the ministry in Lima said."}"#

    /// Each stored article's title by its text: what a neighbour's text taking an id would change.
    static func titlesByText(_ archive: Archive) throws -> [String: String] {
        try archive.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, title FROM articles ORDER BY id")
            var titles: [String: String] = [:]
            for row in rows {
                let id: Int64 = row["id"]
                let body = try String.fetchOne(
                    db, sql: "SELECT text FROM paragraphs WHERE article_id = ? AND kind = 'body' ORDER BY position LIMIT 1",
                    arguments: [id])
                titles[row["title"] ?? ""] = body
            }
            return titles
        }
    }

    /// Writes the feed again with a new record at the top and imports it: one article imported,
    /// the others found unchanged, none given a neighbour's text.
    static func prependAndImportAgain(_ feed: URL, _ archive: Archive, before: [String: String]) throws {
        try ([newcomer] + records).joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let second = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [feed.path], standardInput: { nil }, report: { _ in })
        #expect(second.imported == 1)
        #expect(second.updated == 0)
        #expect(second.duplicates == 3)
        #expect(second.failed == 0)
        var after = try titlesByText(archive)
        after["Peru"] = nil
        #expect(after == before)
    }

    @Test func aRecordPrependedToAFeedUpdatesNoNeighbour() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        try Self.records.joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let (archive, first) = try importInto(directory, [feed.path])
        #expect(first.imported == 3)
        let before = try Self.titlesByText(archive)
        let ids = try archive.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id") }

        try Self.prependAndImportAgain(feed, archive, before: before)
        let kept = try archive.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
        }
        #expect(kept == ids)
    }

    @Test func aRecordWhoseTextChangedUnderItsURLIsUpdatedInPlace() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        try Self.records.joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let (archive, _) = try importInto(directory, [feed.path])
        let edited = Self.records[2].replacingOccurrences(of: "than ever before", with: "than in any year before")
        try [Self.newcomer, Self.records[0], Self.records[1], edited].joined(separator: "\n").write(
            to: feed, atomically: true, encoding: .utf8)
        let second = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [feed.path], standardInput: { nil }, report: { _ in })
        #expect(second.updated == 1)
        #expect(second.imported == 1)
        let brazil = try archive.read { db in
            try Row.fetchOne(db, sql: "SELECT id, source FROM articles WHERE title = 'Brazil'")
        }
        #expect(brazil?["id"] == 3 as Int64)
        #expect(brazil?["source"] == feed.path + "#https://example.org/brazil")
    }

    @Test func anArchiveThatNamedRecordsByPositionKeepsWorking() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        try Self.records.joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let (archive, _) = try importInto(directory, [feed.path])
        // What versions up to 0.2 stored: each record without an id named by its line, and no
        // resolved path.
        try archive.write { db in
            for (line, title) in ["Kenya", "Chile", "Brazil"].enumerated() {
                let old = try String.fetchOne(db, sql: "SELECT source FROM articles WHERE title = ?", arguments: [title]) ?? ""
                try db.execute(
                    sql: "UPDATE article_sources SET source = ?, resolved = NULL WHERE source = ?",
                    arguments: ["\(feed.path)#\(line + 1)", old])
                try db.execute(sql: "UPDATE articles SET source = ? WHERE source = ?", arguments: ["\(feed.path)#\(line + 1)", old])
            }
        }
        let before = try Self.titlesByText(archive)

        try Self.prependAndImportAgain(feed, archive, before: before)
        let (articles, positional) = try archive.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
                try String.fetchAll(db, sql: "SELECT source FROM article_sources WHERE source GLOB '*#[0-9]'")
            )
        }
        #expect(articles == 4)
        // Each position was renamed to the record's own name as its text was found.
        #expect(positional.isEmpty)
    }

    @Test func twoRecordsWithOneURLAndDifferentTextsAreNotBothStoredUnderIt() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        try [
            #"{"url": "https://example.org/a", "text": "The first record, about Kenya and its bonds, long enough to be text."}"#,
            #"{"url": "https://example.org/a/?utm_source=x", "text": "The second record, about Chile and lithium, long enough to be text."}"#,
        ].joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let (_, summary) = try importInto(directory, [feed.path])
        #expect(summary.imported == 1)
        #expect(summary.failed == 1)
    }
}
