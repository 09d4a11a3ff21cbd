import GRDB
import Testing

@testable import Commentary

/// `commentary_exact`, the auxiliary function that ranks a whole query as an exact phrase first,
/// checked against FTS5's own phrase match on the same rows.
@Suite("Exact phrase function")
struct ExactPhraseTests {
    /// An in-memory table of two columns, its rows `(a, b)`, with the function registered.
    func table(_ rows: [(String, String)]) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try ExactPhrase.register(db) }
        let queue = try DatabaseQueue(configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(a, b)")
            for (a, b) in rows { try db.execute(sql: "INSERT INTO t(a, b) VALUES (?, ?)", arguments: [a, b]) }
        }
        return queue
    }

    /// Rows the function calls exact for `words` ANDed as separate phrases, under `filter`.
    func exact(_ db: Database, _ words: [String], filter: String = "") throws -> Set<Int64> {
        let match = filter + "(" + words.map { "(\"\($0)\")" }.joined(separator: " AND ") + ")"
        return Set(
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM t WHERE t MATCH ? AND \(ExactPhrase.call("t", phrases: words.count)) = 1",
                arguments: [match]))
    }

    /// Rows FTS5 itself finds holding `words` as one phrase.
    func phrase(_ db: Database, _ words: [String], filter: String = "") throws -> Set<Int64> {
        let match = filter + "\"" + words.joined(separator: " ") + "\""
        return Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?", arguments: [match]))
    }

    @Test(arguments: [
        // (text, query words, exact?)
        ("officials met at the china russia business forum today", ["china russia", "business", "forum"], true),
        ("the forum on business between china and russia", ["china russia", "business", "forum"], false),
        ("business forum business china russia", ["china russia", "business", "forum"], false),
        ("china russia china russia business forum", ["china russia", "business", "forum"], true),
        ("cooperation cooperation energy", ["cooperation", "energy"], true),
        ("energy cooperation", ["cooperation", "energy"], false),
        ("again again", ["again", "again"], true),
        ("again once", ["again", "again"], false),
        ("ends with mishustin \u{E000} millet starts", ["mishustin", "millet"], false),
    ])
    func decidesAsFTS5sPhraseMatch(text: String, words: [String], expected: Bool) throws {
        let queue = try table([(text, "")])
        try queue.read { db in
            let byFunction = try exact(db, words)
            #expect(byFunction == (expected ? [1] : []))
            let byFTS5 = try phrase(db, words)
            #expect(byFTS5 == (expected ? [1] : []))
        }
    }

    @Test func aPhraseNeverJoinsTwoColumnsAndFollowsTheColumnFilter() throws {
        let queue = try table([("talks with the china", "russia business forum"), ("nothing here", "china russia business forum")])
        try queue.read { db in
            let words = ["china russia", "business", "forum"]
            let anywhere = try exact(db, words)
            #expect(anywhere == [2])
            let inA = try exact(db, words, filter: "{a} : ")
            #expect(inA == [])
            let inB = try exact(db, words, filter: "{b} : ")
            #expect(inB == [2])
        }
    }

    @Test func excludedPhrasesAfterTheClausesDoNotCount() throws {
        let queue = try table([("china russia forum", ""), ("china russia forum ukraine", "")])
        try queue.read { db in
            let sql = "SELECT rowid FROM t WHERE t MATCH ? AND \(ExactPhrase.call("t", phrases: 2)) = 1"
            let rows = try Int64.fetchAll(db, sql: sql, arguments: ["((\"china russia\") AND (\"forum\")) NOT (\"ukraine\")"])
            #expect(rows == [1])
        }
    }

    /// Random rows over a small vocabulary, random queries: the function and FTS5's phrase
    /// match agree on every one.
    @Test func agreesWithFTS5OnRandomText() throws {
        let vocabulary = ["china", "russia", "business", "forum", "energy", "the", "of"]
        var generator = SplitMix64(seed: 7)
        var rows: [(String, String)] = []
        for _ in 0..<300 {
            func words(_ count: Int) -> String {
                (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }.joined(separator: " ")
            }
            rows.append((words(Int(generator.next() % 12)), words(Int(generator.next() % 6))))
        }
        let queue = try table(rows)
        try queue.read { db in
            for _ in 0..<200 {
                let length = 2 + Int(generator.next() % 3)
                let words = (0..<length).map { _ in vocabulary[Int(generator.next() % 5)] }
                let (found, expected) = (try exact(db, words), try phrase(db, words))
                #expect(found == expected, "\(words)")
                let (inA, expectedInA) = (try exact(db, words, filter: "{a} : "), try phrase(db, words, filter: "{a} : "))
                #expect(inA == expectedInA, "\(words)")
            }
        }
    }
}
