import Foundation
import Testing

/// Rows of a JSON array written to stdout.
func jsonRows(_ result: CLIRun) -> [[String: Any]] {
    (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
}

/// No silent wrong answers: every option honoured or refused, counts that mean what they say,
/// unknown names and mistyped commands answered with what was meant.
@Suite("No silent wrong answers")
struct SearchAnswersTests {
    static let filters: [[String]] = [
        ["--outlet", "Global Times"], ["--author", "Khalid"], ["--since", "2024-01"], ["--until", "2023-12"],
        ["--entity", "Vladimir Putin"], ["--query", "climate"], ["--kind", "person"],
    ]

    @Test(arguments: [["--by", "month"], ["--with", "China"]], filters)
    func entityReportsHonourEveryFilter(_ mode: [String], _ filter: [String]) throws {
        let (directory, _) = try archiveOfSamples()
        let all = try run(["entities", "--format", "csv", "--limit", "1000"] + mode, in: directory)
        let filtered = try run(["entities", "--format", "csv", "--limit", "1000"] + mode + filter, in: directory)
        #expect(all.status == 0)
        #expect(filtered.status == 0, "\(filtered.stderr)")
        #expect(filtered.stdout != all.stdout, "\(mode + filter) gave the unfiltered answer")
    }

    @Test(arguments: [["--by", "month"], ["--with", "China"], []])
    func entityReportsHonourTheQueryScopeAndRefuseItAlone(_ mode: [String]) throws {
        let (directory, _) = try archiveOfSamples()
        let body = try run(["entities", "--format", "csv", "--query", "Mishustin"] + mode, in: directory)
        let trailer = try run(["entities", "--format", "csv", "--query", "Mishustin", "--in", "trailer"] + mode, in: directory)
        #expect(body.status == 0 && trailer.status == 0)
        #expect(body.stdout != trailer.stdout)
        let alone = try run(["entities", "--in", "trailer"] + mode, in: directory)
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("--in"))
    }

    @Test(arguments: [
        ["entities", "--with", "China", "--name", "Russia"], ["entities", "--name", "Russia"],
        ["entities", "--same-paragraph"], ["entities", "--by", "month", "--same-paragraph"],
    ])
    func entityOptionsOfAnotherModeAreRefused(_ arguments: [String]) throws {
        let (directory, _) = try archiveOfSamples()
        let result = try run(arguments, in: directory)
        #expect(result.status == 2, "\(arguments) was accepted")
    }

    @Test func countingByMonthKeepsUndatedArticlesApart() throws {
        let (directory, _) = try archiveOfSamples()
        // The Black Sea grain piece has no publication date; its text mentions July 2022.
        let rows = jsonRows(try run(["entities", "--by", "month", "--name", "Erdogan", "--format", "json"], in: directory))
        #expect(rows.count == 1)
        #expect(rows.first?["month"] is NSNull)
        #expect(rows.first?["mentions"] as? Int == 5)
        let csv = try run(["entities", "--by", "month", "--format", "csv", "--limit", "100000"], in: directory)
        #expect(!csv.stdout.contains("2022-07"))
    }

    @Test func coOccurrenceGivesEachEntitysOwnArticleCount() throws {
        let (directory, _) = try archiveOfSamples()
        let own = Dictionary(
            jsonRows(try run(["entities", "--limit", "1000", "--format", "json"], in: directory)).compactMap { row in
                (row["name"] as? String).map { ($0, row["articles"] as? Int ?? -1) }
            }, uniquingKeysWith: { first, _ in first })
        let rows = jsonRows(try run(["entities", "--with", "Xi Jinping", "--limit", "1000", "--format", "json"], in: directory))
        #expect(!rows.isEmpty)
        for row in rows {
            let name = row["name"] as? String ?? ""
            #expect(row["articles"] as? Int == own[name], "\(name)")
            #expect((row["articles_together"] as? Int ?? .max) <= (row["articles"] as? Int ?? 0))
        }
        #expect(rows.contains { ($0["articles_together"] as? Int ?? 0) < ($0["articles"] as? Int ?? 0) })
    }

    @Test(arguments: [
        ["search", "visit", "--entity", "Xi Jinpin"], ["export", "articles", "--entity", "Xi Jinpin"],
        ["entities", "--entity", "Xi Jinpin"], ["entities", "--with", "Xi Jinpin"],
        ["entities", "--by", "month", "--name", "xi jinpin"], ["entities", "--by", "month", "--entity", "Xi Jinpin"],
        ["delete", "--entity", "Xi Jinpin", "--dry-run"], ["reprocess", "--entity", "Xi Jinpin"],
    ])
    func anUnknownEntityIsAUsageErrorThatSuggestsTheClosestName(_ arguments: [String]) throws {
        let (directory, database) = try archiveOfSamples()
        let result = try run(arguments, in: directory)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("no entity named"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'Xi Jinping'?"), "\(result.stderr)")
        #expect(try articleCount(database) == 18)
    }

    @Test(arguments: [["search", "visit"], ["export", "articles"], ["list"], ["entities"], ["count", "visit"]])
    func aSinceAfterTheUntilIsRefusedNotAnsweredWithNothing(_ command: [String]) throws {
        // No article can be published on or after June and on or before May: the reversed bounds
        // are a slip, not a question whose answer is "none".
        let (directory, _) = try archiveOfSamples()
        let reversed = try run(command + ["--since", "2023-06", "--until", "2023-05"], in: directory)
        #expect(reversed.status == 2, "\(command): \(reversed.stderr)")
        #expect(reversed.stderr.contains("--since 2023-06 is after --until 2023-05"), "\(reversed.stderr)")
        // The same month for both is a month, and a day's bounds may meet.
        #expect(try run(command + ["--since", "2023-05", "--until", "2023-05"], in: directory).status == 0)
        #expect(try run(command + ["--since", "2023-05-04", "--until", "2023-05-04"], in: directory).status == 0)
    }

    @Test func exportsHelpListsOnlyTheFormatsItWrites() throws {
        // A terminal table is no file format: export's help must not offer it.
        let help = try run(["help", "export"], in: scratch())
        #expect(help.stdout.contains("(values: csv, tsv, json, jsonl)"), "\(help.stdout)")
        let table = try run(["export", "articles", "--format", "table"], in: scratch())
        #expect(table.status == 2)
        #expect(table.stderr.contains("'csv', 'tsv', 'json' or 'jsonl'"), "\(table.stderr)")
    }

    @Test func aMistypedCommandSuggestsTheCommandMeant() throws {
        let result = try run(["serach", "China"], in: scratch())
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'serach'; did you mean 'search'?"), "\(result.stderr)")
        let unlike = try run(["zzzzzz"], in: scratch())
        #expect(unlike.status == 2)
        #expect(unlike.stderr.contains("unknown command 'zzzzzz'"))
        #expect(unlike.stderr.contains("import"))
        // A root option's value is no command.
        let completion = try run(["--generate-completion-script", "bash"], in: scratch())
        #expect(completion.status == 0, "\(completion.stderr)")
    }

    @Test func upperCaseNotExcludesAndAndIsNoWord() throws {
        let (directory, _) = try archiveOfSamples()
        let china = jsonRows(try run(["search", "China", "--all"], in: directory)).count
        let notRussia = jsonRows(try run(["search", "China NOT Russia", "--all"], in: directory))
        let minus = jsonRows(try run(["search", "China -Russia", "--all"], in: directory))
        #expect(!notRussia.isEmpty && notRussia.count < china)
        #expect(notRussia.map { $0["article_id"] as? Int } == minus.map { $0["article_id"] as? Int })
        let and = jsonRows(try run(["search", "China AND Russia", "--all"], in: directory))
        let plain = jsonRows(try run(["search", "China Russia", "--all"], in: directory))
        #expect(and.map { $0["article_id"] as? Int } == plain.map { $0["article_id"] as? Int })
    }

    @Test(arguments: [
        ("China or Russia", "'or' was read as a word"), ("China and Russia", "'and' was read as a word"),
        ("China not Russia", "'not' was read as a word"),
    ])
    func lowerCaseOperatorWordsGetANote(_ query: String, _ note: String) throws {
        let (directory, _) = try archiveOfSamples()
        let result = try run(["search", query], in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: \(note)"), "\(result.stderr)")
        #expect(!result.stdout.contains("note:"))
    }

    @Test func anExclusionAfterTheFirstWordIsPartOfTheQuery() throws {
        let (directory, _) = try archiveOfSamples()
        let split = try run(["search", "China", "-Russia", "--format", "json"], in: directory)
        let whole = try run(["search", "China -Russia", "--format", "json"], in: directory)
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stdout == whole.stdout)
        let later = try run(["search", "--limit", "50", "China", "-Russia", "-\"Xi Jinping\"", "--format", "json"], in: directory)
        #expect(later.status == 0, "\(later.stderr)")
        #expect(jsonRows(later).count < jsonRows(split).count)
        // A query that starts with an exclusion still says how to write it.
        let first = try run(["search", "-Russia", "China"], in: directory)
        #expect(first.status == 2)
        #expect(first.stderr.contains("--") && first.stderr.contains("'China -Russia'"), "\(first.stderr)")
        // A mistyped option after the query is still an error, never a query word.
        let typo = try run(["search", "China", "--limt", "5"], in: directory)
        #expect(typo.status == 2)
    }

    @Test func rowsLeftOutAreCountedOnStandardErrorInAScript() throws {
        let (directory, _) = try archiveOfSamples()
        let total = jsonRows(try run(["search", "China", "--limit", "1000"], in: directory)).count
        let cut = try run(["search", "China", "--limit", "3", "--format", "csv"], in: directory)
        #expect(cut.stdout.split(whereSeparator: \.isNewline).count == 4)
        #expect(cut.stderr.contains("3 of \(total) matching articles written; --limit N or --all for more"), "\(cut.stderr)")
        let all = try run(["search", "China", "--all", "--format", "csv"], in: directory)
        #expect(all.status == 0)
        #expect(all.stdout.split(whereSeparator: \.isNewline).count == total + 1)
        #expect(!all.stderr.contains("--all for more"))
        for conflicting in [["--limit", "5"], ["--offset", "1"]] {
            let refused = try run(["search", "China", "--all"] + conflicting, in: directory)
            #expect(refused.status == 2)
        }
    }
}

@Suite("CJK search end to end")
struct CJKEndToEndTests {
    @Test func anArchiveFromBeforeTheTrigramIndexIsScannedThenMigratedByAnImport() throws {
        let directory = scratch()
        let database = directory.appending(path: "commentary.sqlite")
        try "习近平会见俄罗斯总理\n\n国家主席习近平在北京会见俄罗斯总理。双方就中俄关系交换了意见。\n".write(
            to: directory.appending(path: "xi.txt"), atomically: true, encoding: .utf8)
        #expect(try run(["import", "--quiet", "xi.txt"], in: directory).status == 0)
        // As an archive of schema 0006 was: no trigram index.
        _ = try sqlite(
            database,
            "DROP TABLE paragraphs_cjk; DROP VIEW paragraphs_cjk_text; DELETE FROM grdb_migrations WHERE identifier LIKE '0007%';")
        for query in ["习近平", "中俄"] {
            let old = try run(["search", query, "--format", "csv"], in: directory)
            #expect(old.status == 0, "\(old.stderr)")
            #expect(old.stdout.contains("[\(query)]"), "\(query): \(old.stdout)")
        }
        #expect(try run(["import", "--quiet", seed], in: directory).status == 0)
        #expect(try sqlite(database, "SELECT count(*) FROM paragraphs_cjk_text") == "2")
        let searched = try run(["search", "习近平", "--format", "csv"], in: directory)
        #expect(searched.stdout.contains("[习近平]"))
        let check = try run(["check"], in: directory)
        #expect(check.status == 0, "\(check.stdout)")
        // A query of CJK terms only still gives the word index something to match.
        let hits = try run(["export", "hits", "--query", "习近平"], in: directory)
        #expect(hits.status == 0, "\(hits.stderr)")
    }

    @Test func eachMatchOfACJKTermIsAConcordanceLine() throws {
        let directory = scratch()
        try "习近平会见俄罗斯总理\n\n国家主席习近平在北京会见俄罗斯总理。Putin and Xi met again; 普京说，习近平也说。\n".write(
            to: directory.appending(path: "xi.txt"), atomically: true, encoding: .utf8)
        #expect(try run(["import", "--quiet", "xi.txt"], in: directory).status == 0)
        let hits = try run(["export", "hits", "--query", "习近平", "--format", "jsonl"], in: directory)
        #expect(hits.status == 0, "\(hits.stderr)")
        let lines = try hits.stdout.split(whereSeparator: \.isNewline).map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        // The title and the body: three matches, each a line, at its code-point offset.
        #expect(lines.map { $0["match"] as? String } == ["习近平", "习近平", "习近平"])
        #expect(lines.map { $0["offset"] as? Int } == [0, 4, 46])
        // A word and a CJK term in one query: the matches of both, in the text's order.
        let both = try run(["export", "hits", "--query", "Putin OR 普京", "--format", "jsonl"], in: directory)
        #expect(both.stdout.split(whereSeparator: \.isNewline).count == 2, "\(both.stdout)")
    }
}
