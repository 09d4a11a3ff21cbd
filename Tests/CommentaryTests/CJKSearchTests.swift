import Foundation
import Testing

@testable import Commentary

/// Chinese, Japanese and Korean text, written without spaces, found through the trigram index.
@Suite("CJK search")
struct CJKSearchTests {
    static let articles = [
        "xi.txt": """
        习近平会见俄罗斯总理

        国家主席习近平在北京人民大会堂会见俄罗斯总理米舒斯京。双方就中俄关系交换了意见。

        Both sides met in Beijing, the Xinhua report said.
        """,
        "tokyo.txt": """
        東京で国際会議が開かれた

        日本の首相は東京で記者会見を開き、中国との関係について語った。
        """,
        "seoul.txt": """
        서울에서 열린 정상회의

        한국 대통령은 서울에서 중국 대표단을 만났다.
        """,
    ]

    func archive() throws -> Archive {
        let directory = temporaryDirectory()
        var paths: [String] = []
        for (name, text) in Self.articles {
            let url = directory.appending(path: name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let (archive, summary) = try importInto(directory, paths + [seedPath])
        #expect(summary.imported == 4)
        return archive
    }

    func sources(_ archive: Archive, _ query: String) throws -> [String] {
        var options = SearchOptions()
        options.filter.query = query
        return try SearchEngine.search(archive, options).hits.map { URL(fileURLWithPath: $0.source).lastPathComponent }.sorted()
    }

    @Test(arguments: [
        ("习近平", ["xi.txt"]), ("米舒斯京", ["xi.txt"]), ("中俄", ["xi.txt"]), ("東京", ["tokyo.txt"]),
        ("記者会見", ["tokyo.txt"]), ("대통령", ["seoul.txt"]), ("中国", ["tokyo.txt"]), ("习近平 Beijing", ["xi.txt"]),
        ("中国 OR 중국", ["seoul.txt", "tokyo.txt"]), ("\"习近平 北京\"", ["xi.txt"]), ("東京 -記者", []),
        ("Beijing -米舒斯京", ["mishustin-visit-commentary.txt"]),
    ])
    func cjkWordsAreFoundInsideRunsOfText(_ query: String, _ expected: [String]) throws {
        #expect(try sources(try archive(), query) == expected, "\(query)")
    }

    /// The store skips the index for text `CJKScript` says holds no CJK; the migration's view
    /// decides the rest. Both must name the same code points, edges included.
    @Test func theViewAndCJKScriptAgreeOnEveryRangeEdge() throws {
        let archive = try Archive.open(path: temporaryDirectory().appending(path: "a.sqlite").path, mode: .create)
        let definition = try archive.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'paragraphs_cjk_text'")
        }
        let condition = try #require(definition?.components(separatedBy: " WHERE ").last)
        var probes: [UInt32] = [0x41, 0xE9, 0x2019, 0xE000, 0xF8F0, 0x1F600, 0x8C48]
        for range in CJKScript.ranges { probes += [range.lowerBound - 1, range.lowerBound, range.upperBound, range.upperBound + 1] }
        for value in probes {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a " + String(Character(scalar)) + " b"
            let glob = try archive.read { db in
                try Bool.fetchOne(db, sql: "SELECT \(condition) FROM (SELECT ? AS text)", arguments: [text])
            }
            #expect(glob == CJKScript.contains(text), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func sqlShowsTheSubstringLookUp() throws {
        var options = SearchOptions()
        options.filter.query = "习近平 OR Xi -东京"
        let lines = try SearchEngine.explain(options)
        #expect(lines.contains { $0.contains("LIKE '%习近平%' OR MATCH \"xi\"") }, "\(lines)")
        #expect(lines.contains { $0.contains("holding LIKE '%东京%'") }, "\(lines)")
    }

    /// Listed by paragraph, a query of a CJK term and a word gives the paragraphs holding both: in
    /// xi.txt, the Chinese paragraph holds 习近平 and not Beijing, the English one Beijing alone.
    @Test func aParagraphHoldsEveryClauseWithCJKTermsAmongThem() throws {
        let archive = try archive()
        var options = SearchOptions()
        options.paragraphs = true
        options.filter.query = "习近平 Beijing"
        #expect(try SearchEngine.search(archive, options).total == 0)
        options.filter.query = "习近平 人民大会堂"
        #expect(try SearchEngine.search(archive, options).hits.map(\.paragraphPosition) == [1])
        options.filter.query = "习近平 OR Xinhua Beijing"
        #expect(try SearchEngine.search(archive, options).hits.map(\.paragraphPosition) == [2])
    }

    @Test func theSnippetMarksTheMatch() throws {
        var options = SearchOptions()
        options.filter.query = "习近平"
        let hit = try SearchEngine.search(try archive(), options).hits.first
        #expect(hit?.snippet.contains("[习近平]") == true, "\(hit?.snippet ?? "")")
    }

    @Test func theTrigramIndexHoldsOnlyCJKParagraphsAndStaysInStepThroughDeleteAndReprocess() throws {
        let archive = try archive()
        func indexed() throws -> Int {
            try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraphs_cjk_text") ?? -1 }
        }
        let before = try indexed()
        #expect(before >= 5)
        _ = try Reprocessor.run(archive, filter: ArticleFilter(), onlyStale: false) { _ in }
        #expect(try indexed() == before)
        let plan = try Deletion.plan(archive, references: ["1", "2", "3", "4"], filter: nil)
        try plan.apply(archive)
        #expect(try indexed() == 0)
        let report = try ArchiveCheck.run(archive, quick: false)
        #expect(report.isSound, "\(report.problems)")
        #expect(try sources(archive, "习近平").isEmpty)
    }
}
