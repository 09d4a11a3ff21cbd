import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("count: attention per bucket")
struct AttentionCountTests {
    @Test func periodsRunWithoutGaps() {
        #expect(Bucketing.month.periods(from: "2023-11", through: "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"])
        #expect(Bucketing.quarter.periods(from: "2023-Q4", through: "2024-Q2") == ["2023-Q4", "2024-Q1", "2024-Q2"])
        #expect(Bucketing.year.periods(from: "2021", through: "2023") == ["2021", "2022", "2023"])
        #expect(Bucketing.quarter.period("2024-05-31") == "2024-Q2")
        #expect(Bucketing.month.period("2024") == nil)
    }

    /// Outlets and authors are buckets as `--outlet` and `--author` match them: one outlet however
    /// its case is spelled, and an article by two authors in the bucket of each.
    @Test func outletsAreFoldedAndEachListedAuthorIsABucket() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        let ids = try archive.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id LIMIT 3") }
        try archive.write { db in
            try db.execute(
                sql: "UPDATE articles SET outlet = 'Harbour Times', author = 'Ana Costa; Jonas Berg' WHERE id = ?", arguments: [ids[0]])
            try db.execute(sql: "UPDATE articles SET outlet = 'HARBOUR TIMES', author = 'Ana Costa' WHERE id = ?", arguments: [ids[1]])
            try db.execute(sql: "UPDATE articles SET outlet = 'Harbour Times', author = 'jonas berg' WHERE id = ?", arguments: [ids[2]])
        }
        var options = CountOptions()
        options.queries = ["the"]
        options.bucketing = .outlet
        let outlets = try AttentionCount.count(archive, options)
        #expect(outlets.first { $0.bucket == "Harbour Times" }?.total == 3)
        #expect(!outlets.contains { $0.bucket == "HARBOUR TIMES" })
        let articles = try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
        #expect(outlets.map(\.total).reduce(0, +) == articles)
        options.bucketing = .author
        for paragraphs in [false, true] {
            options.paragraphs = paragraphs
            let authors = try AttentionCount.count(archive, options)
            let expected = paragraphs ? try paragraphsIn(archive, ids) : [2, 2]
            #expect(authors.first { $0.bucket == "Ana Costa" }?.total == expected[0], "paragraphs: \(paragraphs)")
            #expect(authors.first { $0.bucket == "Jonas Berg" }?.total == expected[1], "paragraphs: \(paragraphs)")
            #expect(!authors.contains { $0.bucket == "jonas berg" || $0.bucket == "Ana Costa; Jonas Berg" })
        }
        // The codebook's buckets are the same.
        let book = try Codebook(parsing: "any: the\n", name: "book.yaml", csv: false)
        let coded = try DictionaryCoding.code(archive, codebook: book, filter: ArticleFilter(), by: .author, presence: true)
        #expect(coded.first { $0.bucket == "Jonas Berg" }?.articles == 2)
        #expect(coded.first { $0.bucket == "Ana Costa" }?.articles == 2)
    }

    /// Paragraphs in the default scope of Ana Costa's articles (the first two) and Jonas Berg's
    /// (the first and third).
    func paragraphsIn(_ archive: Archive, _ ids: [Int64]) throws -> [Int] {
        try archive.read { db in
            func count(_ articles: [Int64]) throws -> Int {
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM paragraphs WHERE kind IN ('title','body','caption','editor_note')
                        AND article_id IN (SELECT value FROM json_each(?))
                        """, arguments: ["[\(articles.map(String.init).joined(separator: ","))]"]) ?? 0
            }
            return [try count([ids[0], ids[1]]), try count([ids[0], ids[2]])]
        }
    }

    /// `article_dates` (migration 0010) holds what grouping `articles` by date gives, through
    /// imports, changed dates, undated articles and deletions; `check` finds it out of step.
    @Test func theDatesTableFollowsEveryWrite() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        func expectInStep(_ comment: Comment) throws {
            try archive.read { db in
                let table = try Row.fetchAll(db, sql: "SELECT published, articles FROM article_dates ORDER BY 1").map {
                    "\($0[0] as String) \($0[1] as Int)"
                }
                let grouped = try Row.fetchAll(
                    db, sql: "SELECT coalesce(published, ''), count(*) FROM articles GROUP BY 1 ORDER BY 1"
                ).map { "\($0[0] as String) \($0[1] as Int)" }
                #expect(table == grouped, comment)
            }
            #expect(try ArchiveCheck.run(archive, quick: false).problems == [], comment)
        }
        try expectInStep("after the import")
        let ids = try archive.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id") }
        try archive.write { db in
            try db.execute(sql: "UPDATE articles SET published = '1999-12-31' WHERE id IN (?, ?)", arguments: [ids[0], ids[1]])
            try db.execute(sql: "UPDATE articles SET published = NULL WHERE id = ?", arguments: [ids[2]])
            try db.execute(sql: "UPDATE articles SET title = 'retitled' WHERE id = ?", arguments: [ids[3]])
        }
        try expectInStep("after dates changed")
        try Deletion.plan(archive, references: [String(ids[0]), String(ids[2])], filter: nil).apply(archive)
        try expectInStep("after deletions")
        var options = CountOptions()
        options.queries = ["China"]
        options.bucketing = .month
        let undated = try AttentionCount.count(archive, options).first { $0.bucket == nil }
        let expected = try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE published IS NULL") }
        #expect(undated?.total == expected)
        try archive.write { db in try db.execute(sql: "UPDATE article_dates SET articles = articles + 1 WHERE published = '1999-12-31'") }
        let problems = try ArchiveCheck.run(archive, quick: false).problems
        let expectedProblem = "1999-12-31: 2 in article_dates, 1 articles"
        #expect(problems.contains { $0.contains("article_dates") && $0.contains(expectedProblem) }, "\(problems)")
    }

    @Test func labelsArePaddedAsISODates() {
        #expect(Period(.month, index: 7 * 12 + 0).label == "0007-01")
        #expect(Period(.quarter, index: 2023 * 4 + 3).label == "2023-Q4")
        #expect(Period(.year, index: 12_345).label == "12345")
        #expect(Period.padded(-5, 4) == "-005")
    }

    /// Against SQL written apart from the library: articles with a paragraph in scope holding
    /// the word, per year of publication.
    @Test func yearlyCountsMatchSQL() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var options = CountOptions()
        options.queries = ["China", "climate"]
        options.bucketing = .year
        let rows = try AttentionCount.count(archive, options)
        try archive.read { db in
            for query in options.queries {
                let expected = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(a.published, 1, 4) AS year, count(*) AS total,
                          sum(a.id IN (SELECT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                                       WHERE paragraphs_fts MATCH ? AND p.kind IN ('title','body','caption','editor_note')))
                        FROM articles a GROUP BY 1
                        """, arguments: [query])
                let mine = rows.filter { $0.query == query }
                for row in expected {
                    let year: String? = row[0]
                    let found = try #require(mine.first { $0.bucket == year })
                    #expect(found.total == row[1] as Int)
                    #expect(found.matches == row[2] as Int)
                }
                // Years without articles still have their row, at 0.
                #expect(mine.count >= expected.count)
                #expect(mine.last?.bucket == nil)
            }
        }
    }

    @Test(arguments: ["China Russia", "China", "\"climate finance\"", "trade -Russia", "summit OR forum"])
    func paragraphCountsAreThoseSearchParagraphsLists(_ query: String) throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var options = CountOptions()
        options.queries = [query]
        options.bucketing = .outlet
        options.paragraphs = true
        options.filter.outlet = "CGTN"
        let rows = try AttentionCount.count(archive, options)
        var search = SearchOptions()
        search.filter.query = query
        search.filter.outlet = "CGTN"
        search.paragraphs = true
        search.limit = Int.max
        let listed = try SearchEngine.search(archive, search)
        #expect(listed.total > 0)
        #expect(rows.map(\.matches).reduce(0, +) == listed.total)
        let paragraphs = try archive.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id
                    WHERE kind IN ('title','body','caption','editor_note') AND a.outlet LIKE '%CGTN%'
                    """)
        }
        #expect(rows.map(\.total).reduce(0, +) == paragraphs)
    }

    /// A paragraph is counted for a query it matches by itself: "Mishustin visit" counts the
    /// paragraphs holding both words, not those of a matching article holding one of them; the
    /// paragraphs `search --paragraphs` lists and `code` counts are the same.
    @Test(arguments: ["Mishustin visit", "China Russia cooperation", "visit OR trip Mishustin", "Mishustin visit -Erdogan"])
    func aParagraphCountsForAQueryItMatchesByItself(_ query: String) throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        let parsed = try SearchQuery(parsing: query)
        let expression = parsed.clauseExpressions.map { "(\($0))" }.joined(separator: " AND ")
        // Written apart from the library: every clause in the paragraph, no excluded word in its article.
        let scope = "p.kind IN ('title','body','caption','editor_note')"
        let withoutExcluded = parsed.excludedExpression.map {
            """
             AND p.article_id NOT IN (SELECT q.article_id FROM paragraphs_fts JOIN paragraphs q ON q.id = paragraphs_fts.rowid
             WHERE paragraphs_fts MATCH '\($0)' AND q.kind IN ('title','body','caption','editor_note'))
            """
        }
        let expected = try archive.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                    WHERE paragraphs_fts MATCH ? AND \(scope)\(withoutExcluded ?? "")
                    """, arguments: [expression]) ?? 0
        }
        #expect(expected > 0)
        var options = CountOptions()
        options.queries = [query]
        options.bucketing = .year
        options.paragraphs = true
        #expect(try AttentionCount.count(archive, options).map(\.matches).reduce(0, +) == expected)
        var search = SearchOptions()
        search.filter.query = query
        search.paragraphs = true
        search.limit = Int.max
        #expect(try SearchEngine.search(archive, search).total == expected)
        let book = try Codebook(parsing: "c: '\(query)'\n", name: "book.yaml", csv: false)
        let coded = try DictionaryCoding.code(archive, codebook: book, filter: ArticleFilter(), by: .year, presence: false)
        #expect(coded.map { $0.counts[0] }.reduce(0, +) == expected)
    }

    @Test func theChartIsWellFormedWithALegend() throws {
        let chart = SVGChart(
            kind: .line, title: "Share <of> articles", xLabel: "month", yLabel: "share (%)", labels: ["2023-01", "2023-02", "2023-03"],
            series: [("China & Russia", [10, nil, 30]), ("trade", [0, 5, 2.5])])
        let svg = chart.render()
        #expect(svg.contains("China &amp; Russia"))
        #expect(svg.contains("Share &lt;of&gt; articles"))
        // The gap breaks the first line: two lone points, and the second series' line.
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(SVGChart.niceScale(30) == (30, 10))
        #expect(SVGChart.niceScale(0.7) == (0.8, 0.2))
    }
}
