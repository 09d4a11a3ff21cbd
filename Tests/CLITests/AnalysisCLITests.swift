import Foundation
import Testing

/// The analysis commands end to end, their numbers checked against SQL run by sqlite3 over the
/// same archive.
@Suite("count, code, collocates, list and the concordance, against SQL")
struct AnalysisCLITests {
    /// Articles with a paragraph in the default scope matching `match` (an FTS5 expression).
    static func matching(_ match: String) -> String {
        """
        SELECT DISTINCT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
        WHERE paragraphs_fts MATCH '\(match)' AND p.kind IN ('title','body','caption','editor_note')
        """
    }

    @Test func countPerMonthMatchesSQL() throws {
        let (directory, database) = try archiveOfSamples()
        let result = try run(["count", "China", "climate", "--by", "month", "--format", "csv"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        var mine: [String: String] = [:]
        for line in result.stdout.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            mine[fields[0] + "|" + fields[1]] = fields[2] + "|" + fields[3]
        }
        for query in ["china", "climate"] {
            let expected = try sqlite(
                URL(fileURLWithPath: database),
                """
                SELECT coalesce(substr(published, 1, 7), '') || '|' || '\(query)' || ',' || sum(id IN (\(Self.matching(query)))) || '|' || count(*)
                FROM articles GROUP BY substr(published, 1, 7);
                """)
            for line in expected.split(separator: "\n") {
                let parts = line.split(separator: ",")
                let key = parts[0].replacingOccurrences(of: "|china", with: "|China")
                #expect(mine[String(key)] == String(parts[1]), "\(key)")
            }
        }
        // Months between the first and the last with no article at all are rows of zeros.
        #expect(mine.values.contains("0|0"))
    }

    @Test func countHonoursFiltersAndScope() throws {
        let (directory, database) = try archiveOfSamples()
        let result = try run(
            ["count", "Russia", "--by", "outlet", "--outlet", "CGTN", "--in", "body", "--paragraphs", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = jsonRows(result)
        #expect(rows.count == 1)
        let expected = try sqlite(
            URL(fileURLWithPath: database),
            """
            SELECT count(*) FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN articles a ON a.id = p.article_id
            WHERE paragraphs_fts MATCH 'russia' AND p.kind = 'body' AND a.outlet LIKE '%CGTN%';
            """)
        #expect(rows.first?["matches"] as? Int == Int(expected))
        let total = try sqlite(
            URL(fileURLWithPath: database),
            "SELECT count(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id WHERE p.kind = 'body' AND a.outlet LIKE '%CGTN%';")
        #expect(rows.first?["total"] as? Int == Int(total))
    }

    @Test func countWritesAChart() throws {
        let (directory, _) = try archiveOfSamples()
        let result = try run(["count", "China", "trade", "--by", "outlet", "--plot", "chart.svg", "--format", "csv"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: directory.appending(path: "chart.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains(">China<") && svg.contains(">trade<") && svg.contains(">CGTN<"))
        let again = try run(["count", "China", "--plot", "chart.svg"], in: directory)
        #expect(again.status != 0)
        #expect(again.stderr.contains("chart.svg"))
    }

    @Test func codeCountsParagraphsPerCategory() throws {
        let (directory, database) = try archiveOfSamples()
        try "category,query\ntrade,tariff*\ntrade,export\nrussia,Russia\n".write(
            to: directory.appending(path: "book.csv"), atomically: true, encoding: .utf8)
        let result = try run(["code", "--dictionary", "book.csv", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = jsonRows(result)
        #expect(rows.count == Int(try sqlite(URL(fileURLWithPath: database), "SELECT count(*) FROM articles;")))
        let expected = try sqlite(
            URL(fileURLWithPath: database),
            """
            SELECT p.article_id || ':' || count(*) FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
            WHERE paragraphs_fts MATCH 'russia' AND p.kind IN ('title','body','caption','editor_note') GROUP BY p.article_id;
            """)
        let russia = Dictionary(uniqueKeysWithValues: rows.map { ($0["article_id"] as? Int ?? 0, $0["russia"] as? Int ?? -1) })
        for line in expected.split(separator: "\n") {
            let parts = line.split(separator: ":").compactMap { Int($0) }
            #expect(russia[parts[0]] == parts[1])
        }
        #expect(russia.values.filter { $0 > 0 }.count == expected.split(separator: "\n").count)
        #expect(rows.allSatisfy { ($0["trade"] as? Int ?? -1) >= 0 })

        let presence = try run(["code", "--dictionary", "book.csv", "--presence", "--by", "year", "--format", "json"], in: directory)
        let years = jsonRows(presence)
        #expect(years.map { $0["russia"] as? Int ?? 0 }.reduce(0, +) == expected.split(separator: "\n").count)

        let long = try run(["code", "--dictionary", "book.csv", "--format", "jsonl"], in: directory)
        #expect(long.stdout.split(separator: "\n").count == rows.count * 2)
    }

    @Test func aBadDictionaryLineIsNamed() throws {
        let (directory, _) = try archiveOfSamples()
        try "trade:\n  - tariff\nclimate\n".write(to: directory.appending(path: "book.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["code", "--dictionary", "book.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("book.yaml:3:"))
    }

    @Test func theConcordanceCutsWordsNotCharactersAndSorts() throws {
        let (directory, _) = try archiveOfSamples()
        let result = try run(["export", "hits", "--query", "China", "--window", "3", "--sort", "right", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = jsonRows(result)
        #expect(rows.count > 10)
        for row in rows {
            // What the match's own run holds besides it ("China's", "pro-China") is no word of the window.
            var left = (row["left"] as? String ?? "").split(separator: " ")
            var right = (row["right"] as? String ?? "").split(separator: " ")
            if let last = left.last?.unicodeScalars.last, !CharacterSet.alphanumerics.contains(last) { left.removeLast() }
            if let first = right.first?.unicodeScalars.first, !CharacterSet.alphanumerics.contains(first) { right.removeFirst() }
            #expect(left.count <= 3 && right.count <= 3, "\(row)")
        }
        let firstWords = rows.map { row in
            (row["right"] as? String ?? "").split(separator: " ").map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            }.first { !$0.isEmpty } ?? ""
        }
        #expect(firstWords == firstWords.sorted())
        // The offset is where the match stands in its paragraph's stored text.
        let paragraphs = jsonRows(try run(["export", "paragraphs", "--format", "json"], in: directory))
        for row in rows.prefix(20) {
            let text =
                paragraphs.first {
                    $0["article_id"] as? Int == row["article_id"] as? Int && $0["position"] as? Int == row["paragraph_position"] as? Int
                }?["text"] as? String ?? ""
            let scalars = Array(text.unicodeScalars)
            let offset = row["offset"] as? Int ?? -1
            let match = row["match"] as? String ?? ""
            #expect(String(String.UnicodeScalarView(scalars[offset..<offset + match.unicodeScalars.count])) == match)
        }
        let refused = try run(["export", "articles", "--window", "3"], in: directory)
        #expect(refused.status == 2)
    }

    @Test func collocateFrequenciesAreTheIndexCounts() throws {
        let (directory, database) = try archiveOfSamples()
        let result = try run(["collocates", "trade", "--stopwords", "en", "--top", "5", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = jsonRows(result)
        #expect(rows.count == 5)
        for row in rows {
            let word = row["word"] as? String ?? ""
            let count = try sqlite(
                URL(fileURLWithPath: database),
                """
                CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'paragraphs_fts', 'row'); SELECT cnt FROM temp.v WHERE term = '\(word)';
                """)
            #expect(row["frequency"] as? Int == Int(count), "\(word)")
            #expect((row["log_dice"] as? Double ?? 99) <= 14)
        }
        let scores = rows.map { $0["log_dice"] as? Double ?? 0 }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func listMatchesSQLAndSamplesReproducibly() throws {
        let (directory, database) = try archiveOfSamples()
        let listed = jsonRows(try run(["list", "--outlet", "china daily", "--all", "--format", "json"], in: directory))
        let expected = try sqlite(URL(fileURLWithPath: database), "SELECT id FROM articles WHERE outlet LIKE '%china daily%' ORDER BY id;")
        #expect(listed.map { String($0["article_id"] as? Int ?? 0) }.joined(separator: "\n") == expected)
        let first = try run(["list", "--sample", "5", "--seed", "11", "--format", "csv"], in: directory)
        let second = try run(["list", "--sample", "5", "--seed", "11", "--format", "csv"], in: directory)
        let other = try run(["list", "--sample", "5", "--seed", "12", "--format", "csv"], in: directory)
        #expect(first.status == 0 && first.stdout == second.stdout)
        #expect(first.stdout != other.stdout)
        #expect(first.stdout.split(separator: "\r\n").count == 6)
        let page = try run(["list", "--limit", "2", "--format", "csv"], in: directory)
        #expect(page.stderr.contains("2 of 18 articles written"))
        #expect(try run(["list", "--seed", "3"], in: directory).status == 2)
    }
}

@Suite("The analysis commands keep the command-line contract")
struct AnalysisContractTests {
    @Test(arguments: [
        ["count", "China"], ["code", "--dictionary", "book.yaml"], ["collocates", "China"], ["list"],
    ])
    func aMissingArchiveIsExitThreeAndStaysMissing(_ arguments: [String]) throws {
        let directory = scratch()
        try "trade: tariff\n".write(to: directory.appending(path: "book.yaml"), atomically: true, encoding: .utf8)
        let result = try run(arguments + ["--db", "missing.sqlite"], in: directory)
        #expect(result.status == 3, "\(arguments): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appending(path: "missing.sqlite").path))
    }

    @Test(arguments: [
        ["count"], ["count", "China", "--force"], ["count", "AND"], ["collocates"], ["collocates", "China", "--window", "0"],
        ["collocates", "China", "--stopwords", "fr"], ["list", "--sample", "0"], ["list", "--all", "--limit", "3"],
        ["code", "--dictionary", "no-such-file.yaml"],
    ])
    func badUsageIsExitTwo(_ arguments: [String]) throws {
        let (directory, _) = try archiveOfSamples()
        let result = try run(arguments, in: directory)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }
}
