import Foundation
import Testing

/// Input and names (the data-safety issue, section 5): what a user types and what files hold.
@Suite("Input and names")
struct InputTests {
    // MARK: - Numeric options

    @Test(arguments: [
        ["import", "--max-size", "9999999999999", "x.txt"],
        ["import", "--max-size", "0", "x.txt"],
        ["import", "--batch-size", "0", "x.txt"],
        ["import", "--batch-size", "99999999999", "x.txt"],
        ["search", "China", "--limit", "99999999999"],
        ["search", "China", "--offset", "99999999999999"],
        ["entities", "--limit", "0"],
        ["entities", "--limit", "99999999999"],
    ])
    func numericOptionsOutOfRangeAreUsageErrors(_ arguments: [String]) throws {
        let directory = scratch()
        try "Text.\n".write(to: directory.appending(path: "x.txt"), atomically: false, encoding: .utf8)
        let result = try run(arguments, in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("must be"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test(arguments: [
        (["search", "China", "--limit", "-1"], "--limit"),
        (["search", "China", "--offset", "-5"], "--offset"),
        (["import", "--max-size", "-1", "x.txt"], "--max-size"),
        (["entities", "--limit", "-3"], "--limit"),
    ])
    func negativeNumbersAreExplained(_ arguments: [String], _ option: String) throws {
        let result = try run(arguments, in: scratch())
        #expect(result.status == 2)
        #expect(result.stderr.contains(option))
        #expect(result.stderr.contains("must be"))
        #expect(!result.stderr.contains("Missing value"))
    }

    // MARK: - Query size

    @Test func repeatedWordsAnswerAsOneAndTooManyTermsAreRefused() throws {
        let directory = scratch()
        try run(["import", "--quiet", seed], in: directory)
        let once = try run(["search", "Mishustin", "--format", "csv"], in: directory)
        let repeated = try run(
            ["search", Array(repeating: "Mishustin", count: 1_000).joined(separator: " "), "--format", "csv"], in: directory)
        #expect(repeated.status == 0)
        #expect(repeated.stdout == once.stdout)
        let alternatives = try run(
            ["search", Array(repeating: "Mishustin", count: 1_000).joined(separator: " OR "), "--format", "csv"], in: directory)
        #expect(alternatives.stdout == once.stdout)

        let many = try run(["search", (0..<100).map { "word\($0)" }.joined(separator: " ")], in: directory)
        #expect(many.status == 2)
        #expect(many.stderr.contains("the query has 100 distinct words and phrases; at most 64 are allowed"))
        let raw = try run(["search", "--fts", Array(repeating: "mishustin", count: 10_000).joined(separator: " OR ")], in: directory)
        #expect(raw.status == 2)
        #expect(raw.stderr.contains("at most"))
    }

    // MARK: - Names starting with a dash

    @Test func aFileNameStartingWithADashIsAnUnknownOptionWithTheWayToWriteIt() throws {
        let directory = scratch()
        try "A title\n\nSome text about Kazan and the forum held there this spring.\n".write(
            to: directory.appending(path: "-dash.txt"), atomically: false, encoding: .utf8)
        let result = try run(["import", "-dash.txt"], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "unknown option '-dash.txt'; to name a file starting with '-', write ./-dash.txt or put -- before it"))
        #expect(!FileManager.default.fileExists(atPath: directory.appending(path: "commentary.sqlite").path))

        let written = try run(["import", "--", "-dash.txt"], in: directory)
        #expect(written.status == 0)
        #expect(written.stderr.contains("imported 1"))
        let dotted = try run(["import", "./-dash.txt"], in: directory)
        #expect(dotted.status == 0)
    }

    @Test func shortFlagsStillWork() throws {
        let directory = scratch()
        let result = try run(["import", "-qv", seed], in: directory)
        #expect(result.status == 0)
        let help = try run(["import", "-h"], in: directory)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
    }
}
