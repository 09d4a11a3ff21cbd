import Foundation
import GRDB
import Testing

@testable import Commentary

/// The article-level index `articles_fts` (migration 0008) and the search that ranks with it.
// Serialized: `sqlShowsExactlyWhatRuns` traces the shared archive's one connection, which the other
// tests (and its own other cases) would otherwise write into at the same time.
@Suite("Article-level search", .serialized)
struct ArticleSearchTests {
    static let archive: Archive? = try? importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path]).0

    /// Two paragraphs, the first ending in "Mishustin", the second starting with "millet".
    func adjacentParagraphs() throws -> Archive {
        let directory = temporaryDirectory()
        let text = """
            The talks in Moscow ended late on Tuesday with a handshake from Prime Minister Mishustin

            Millet exports were the first subject the delegations took up the next morning in the hall.
            """
        try text.write(to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        return try importInto(directory, [directory.appending(path: "a.txt").path]).0
    }

    func integrityCheck(_ archive: Archive) throws {
        try archive.write { db in try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)") }
    }

    @Test func aPhraseNeverSpansTwoParagraphs() throws {
        let archive = try adjacentParagraphs()
        var options = SearchOptions()
        options.filter.query = "Mishustin millet"
        #expect(try SearchEngine.search(archive, options).total == 1)
        options.filter.query = "\"Mishustin millet\""
        #expect(try SearchEngine.search(archive, options).total == 0)
        // Nor when the separator itself is typed between the words: it is no term of the query.
        options.filter.query = "\"Mishustin \u{E000} millet\""
        #expect(try SearchEngine.search(archive, options).total == 0)
        #expect(try SearchQuery(parsing: "Mishustin \u{E000} millet").clauseExpressions == ["\"mishustin\"", "\"millet\""])
    }

    @Test func theStoredRankIsTheKindWeights() throws {
        let archive = try #require(Self.archive)
        let stored = try archive.read { db in try String.fetchOne(db, sql: "SELECT v FROM articles_fts_config WHERE k = 'rank'") }
        #expect(stored == ArticleIndex.rankFunction)
        #expect(ArticleIndex.rankFunction == "bm25(2.0, 1.0, 1.2, 0.9, 1.0, 1.0)")
    }

    @Test func theIndexHoldsEachArticleOnceAndStaysInStepThroughUpdateDeleteAndReprocess() throws {
        let directory = temporaryDirectory()
        let file = directory.appending(path: "piece.txt")
        try "A piece about Beijing and Moscow\n\nand the trade they plan, long enough to count as text.".write(
            to: file, atomically: true, encoding: .utf8)
        let (archive, _) = try importInto(directory, [file.path, seedPath])
        try integrityCheck(archive)
        func rows() throws -> [Int64] {
            try archive.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM articles_fts ORDER BY rowid") }
        }
        let ids = try archive.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id") }
        #expect(try rows() == ids)

        try "Another version about Shanghai and Kazan\n\nlong enough to count as text, with new words.".write(
            to: file, atomically: true, encoding: .utf8)
        _ = try Importer(archive: archive, options: ImportOptions()).run(paths: [file.path], standardInput: { nil }, report: { _ in })
        try integrityCheck(archive)
        var options = SearchOptions()
        options.filter.query = "Kazan Shanghai"
        #expect(try SearchEngine.search(archive, options).total == 1)
        options.filter.query = "Moscow"
        #expect(try SearchEngine.search(archive, options).total == 0)

        _ = try Reprocessor.run(archive, filter: ArticleFilter(), onlyStale: false) { _ in }
        try integrityCheck(archive)
        #expect(try rows() == ids)

        try Deletion.plan(archive, references: [file.path], filter: nil).apply(archive)
        try integrityCheck(archive)
        #expect(try rows() == ids.filter { $0 != ids[0] })
        options.filter.query = "Kazan Shanghai"
        #expect(try SearchEngine.search(archive, options).total == 0)
        #expect(try ArchiveCheck.run(archive, quick: false).isSound)
    }

    /// A phrase's words ANDed and checked for adjacency find the paragraphs the phrase's own
    /// MATCH finds, in every article.
    @Test(arguments: [["china", "russia"], ["business", "forum"], ["prime", "minister", "mishustin"], ["the", "the"]])
    func adjacentWordsFindWhatThePhraseFinds(words: [String]) throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = "visit"
        let plan = try archive.read { db in try SearchEngine.Plan(options.filter, db) }
        let query = plan.articleQuery(options)
        try archive.read { db in
            let range = try #require(try Row.fetchOne(db, sql: "SELECT min(id), max(id) FROM paragraphs"))
            let all = (range[0] as Int64)...(range[1] as Int64)
            let phrase = "\"" + words.joined(separator: " ") + "\""
            let byPhrase = try Int64.fetchAll(query.withinStatement(phrase, purpose: "", range: all).prepared(db))
            let byWords = try Int64.fetchAll(query.adjacentWordsStatement(words, purpose: "", range: all).prepared(db))
            #expect(byWords == byPhrase)
            if words != ["the", "the"] { #expect(!byPhrase.isEmpty) }
        }
    }

    @Test func checkFindsAnIndexOutOfStep() throws {
        let archive = try adjacentParagraphs()
        try archive.write { db in
            try db.execute(sql: "INSERT INTO articles_fts(rowid, body) VALUES (999, 'nothing of the archive')")
        }
        let report = try ArchiveCheck.run(archive, quick: false)
        #expect(report.problems.contains { $0.contains("article-level search index") && $0.contains("rebuild") }, "\(report.problems)")
    }

    /// Queries the article index and the paragraph-level way must answer alike.
    static let queries: [(String, @Sendable (inout ArticleFilter) -> Void)] = [
        ("China-Russia Business Forum", { _ in }),
        ("\"Business Forum\"", { _ in }),
        ("China Russia", { _ in }),
        ("Mishustin OR Albanese", { _ in }),
        ("China -Russia", { _ in }),
        ("cooperat*", { _ in }),
        ("Sao Paulo", { _ in }),
        ("China NOT \"Business Forum\"", { _ in }),
        ("thouse_opinions", { $0.scope = ParagraphKind.allCases }),
        ("thouse_opinions", { _ in }),
        ("China", { $0.scope = [.title] }),
        ("visit", { $0.entity = "President Xi" }),
        ("China", { $0.author = "khalid" }),
        ("China", { $0.since = "2023-06-01" }),
    ]

    /// A read command does not migrate, so search asks whether the archive has the index.
    @Test func theArticleIndexIsFoundOnlyWhereItIs() throws {
        let archive = try #require(Self.archive)
        #expect(try archive.read { ArticleIndex.exists($0) })
        let other = try DatabaseQueue()
        try other.write { db in
            try db.execute(sql: "CREATE TABLE articles(id INTEGER PRIMARY KEY); CREATE VIEW articles_fts AS SELECT 1")
        }
        #expect(try other.read { ArticleIndex.exists($0) } == false)
    }

    @Test(arguments: queries.indices)
    func theArticleIndexFindsWhatParagraphsFind(_ index: Int) throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = Self.queries[index].0
        Self.queries[index].1(&options.filter)
        options.limit = 1_000
        try archive.read { db in
            let plan = try SearchEngine.Plan(options.filter, db)
            #expect(plan.usesArticleIndex(options))
            var paragraphLevel = plan
            paragraphLevel.articleIndexed = false
            let byArticle = try plan.articleQuery(options).run(db)
            let byParagraph = try SearchEngine.search(paragraphLevel: paragraphLevel, options, db)
            #expect(byArticle.total == byParagraph.total, "\(options.filter)")
            #expect(Set(byArticle.hits.map(\.articleID)) == Set(byParagraph.hits.map(\.articleID)))
            // matchingArticles, which export, delete, reprocess and the reports call, means the same.
            let selected = try plan.matchingArticles(db)
            #expect(selected == (try paragraphLevel.matchingArticles(db)))
            #expect(selected == Set(byArticle.hits.map(\.articleID)))
        }
    }

    @Test func aPrefixQueryReadsThePageAtOnceAndMarksItsSnippets() throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = "Mishus*"
        let plan = try archive.read { db in try SearchEngine.Plan(options.filter, db) }
        #expect(plan.articleQuery(options).readsPageAtOnce)
        let hit = try #require(try SearchEngine.search(archive, options).hits.first)
        #expect(hit.snippet.contains("[Mishustin"), "\(hit.snippet)")
    }

    /// A word is counted by a statement of its own; a phrase of several words by the page's
    /// window (`ArticleQuery.countsInPage`), with the count statement past the last page.
    @Test(arguments: ["China", "\"prime minister\" China"])
    func theTotalCountsEveryMatchBeyondThePage(query: String) throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = query
        let plan = try archive.read { db in try SearchEngine.Plan(options.filter, db) }
        #expect(plan.articleQuery(options).countsInPage == query.contains("\""))
        options.limit = 1_000
        let all = try SearchEngine.search(archive, options)
        #expect(all.total == all.hits.count && all.total >= 3)
        options.limit = 2
        options.offset = 1
        let page = try SearchEngine.search(archive, options)
        #expect(page.total == all.total)
        #expect(page.hits.map(\.articleID) == Array(all.hits.map(\.articleID)[1...2]))
        options.offset = all.total + 5
        #expect(try SearchEngine.search(archive, options).total == all.total)
        options.offset = 0
        options.limit = 0
        #expect(try SearchEngine.search(archive, options).total == all.total)
    }

    /// A word, and a phrase of several words (whose page statement also counts, over a subquery).
    @Test(arguments: ["China", "\"prime minister\""])
    func dateOrderIsNewestFirstAcrossPages(query: String) throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = query
        options.sort = .date
        options.limit = 1_000
        let all = try SearchEngine.search(archive, options)
        let dates = all.hits.map { $0.published ?? "" }
        #expect(dates == dates.sorted(by: >))
        #expect(Set(dates).count >= 3)
        options.limit = 3
        options.offset = 2
        #expect(try SearchEngine.search(archive, options).hits.map(\.articleID) == Array(all.hits.map(\.articleID)[2..<5]))
    }

    /// Every statement `--sql` prints is one the search runs, and every full-text statement the
    /// search runs is printed.
    @Test(arguments: [(false, "China Russia -Ukraine"), (true, "China OR Beijing visit -Ukraine"), (false, "Chin* Russia")])
    func sqlShowsExactlyWhatRuns(_ paragraphs: Bool, _ query: String) throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = query
        options.filter.since = "2000-01-01"
        options.paragraphs = paragraphs
        // A full page, so that the total is counted rather than read off the page.
        options.limit = 1
        let printed = Set(
            try SearchEngine.explain(options, archive: archive).filter { !$0.hasPrefix("--") }.map { String($0.dropLast()) })
        let recorder = StatementRecorder()
        let queue = try #require(archive.pool as? DatabaseQueue)
        try queue.inDatabase { db in
            db.trace { event in
                if case .statement(let statement) = event { recorder.append(statement.sql) }
            }
        }
        defer { try? queue.inDatabase { db in db.trace(options: [], nil) } }
        // Both ways of finding a clause's paragraphs on the page: its matches read whole, and
        // (as for a clause in more paragraphs than the limit) a look-up in each article.
        for limit in [nil, 0] {
            options.wordClauseLimit = limit
            let results = try SearchEngine.search(archive, options)
            #expect(results.total >= 2)
            // SQLite's own statements inside FTS5 are traced with a leading "--".
            let searching = recorder.all.filter { $0.contains("_fts") && !$0.contains("vocab") && !$0.hasPrefix("--") }
            #expect(searching.isSubset(of: printed), "run, never printed: \(searching.subtracting(printed))")
        }
        let ran = recorder.all
        #expect(printed.isSubset(of: ran), "printed, never run: \(printed.subtracting(ran))")
    }

    /// A clause's paragraphs read whole for the page, or looked up article by article, give the
    /// same hits: the same best paragraph and snippet for each article.
    @Test(arguments: ["China Russia", "Russia", "China OR Moscow visit", "\"Prime Minister\" China", "Russia -Ukraine", "econ* Russia"])
    func wordClausesReadWholeChooseTheSameParagraphs(_ query: String) throws {
        let archive = try #require(Self.archive)
        var options = SearchOptions()
        options.filter.query = query
        options.limit = 50
        let whole = try SearchEngine.search(archive, options)
        options.wordClauseLimit = 0
        let eachArticle = try SearchEngine.search(archive, options)
        #expect(!whole.hits.isEmpty)
        #expect(whole.total == eachArticle.total)
        #expect(whole.hits.map(\.articleID) == eachArticle.hits.map(\.articleID))
        #expect(whole.hits.map(\.paragraphPosition) == eachArticle.hits.map(\.paragraphPosition))
        #expect(whole.hits.map(\.snippet) == eachArticle.hits.map(\.snippet))
    }
}

final class StatementRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: Set<String> = []

    func append(_ sql: String) {
        lock.lock()
        statements.insert(sql)
        lock.unlock()
    }

    var all: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return statements
    }
}
