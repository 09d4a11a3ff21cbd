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

    @Test func aFileNameStartingWithTwoDashesIsNamedToo() throws {
        let result = try run(["import", "--notes.txt"], in: scratch())
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "unknown option '--notes.txt'; to name a file starting with '-', write ./--notes.txt or put -- before it"))
    }

    @Test func shortFlagsStillWork() throws {
        let directory = scratch()
        let result = try run(["import", "-qv", seed], in: directory)
        #expect(result.status == 0)
        let help = try run(["import", "-h"], in: directory)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
    }

    // MARK: - Control characters on the terminal

    @Test func controlCharactersAreEscapedInTablesAndMessagesAndKeptInData() throws {
        let directory = scratch()
        let record = """
            {"id": "x", "title": "Kazan \\u001b[2J\\u001b]0;owned\\u0007 talks", "author": "Li\\u001b[31m Ming", "text": "The China-Russia Business Forum met in Kazan \\u001b[8m where the delegations signed agreements."}
            """
        try record.write(to: directory.appending(path: "feed.json"), atomically: false, encoding: .utf8)
        #expect(try run(["import", "--quiet", "feed.json"], in: directory).status == 0)

        let table = try run(["search", "Kazan", "--format", "table", "--color", "always"], in: directory)
        #expect(table.status == 0)
        #expect(table.stdout.contains("Kazan \\x1b[2J\\x1b]0;owned\\x07 talks"))
        #expect(table.stdout.contains("Li\\x1b[31m Ming"))
        let body = try run(["search", "Business", "--format", "table", "--color", "never"], in: directory)
        #expect(body.stdout.contains("Kazan \\x1b[8m where"))
        #expect(!body.stdout.contains("\u{1B}"))
        // The only escape sequences left are the highlighting's own.
        let sequences = table.stdout.components(separatedBy: "\u{1B}").dropFirst().map { String($0.prefix(6)) }
        #expect(!sequences.isEmpty)
        #expect(sequences.allSatisfy { $0.hasPrefix("[1;33m") || $0.hasPrefix("[0m") || $0.hasPrefix("[1m") || $0.hasPrefix("[2m") })

        let show = try run(["show", "1", "--format", "table"], in: directory)
        #expect(show.status == 0)
        #expect(!show.stdout.contains("\u{1B}"))
        #expect(!show.stdout.contains("\u{07}"))
        #expect(show.stdout.contains("title: Kazan \\x1b[2J\\x1b]0;owned\\x07 talks"))

        let entities = try run(["stats", "--format", "table"], in: directory)
        #expect(!entities.stdout.contains("\u{1B}"))

        // Data formats keep the text as stored.
        let csv = try run(["search", "Kazan", "--format", "csv"], in: directory)
        #expect(csv.stdout.contains("Kazan \u{1B}[2J\u{1B}]0;owned\u{07} talks"))
        let json = try run(["show", "1", "--format", "json"], in: directory)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(object?.first?["title"] as? String == "Kazan \u{1B}[2J\u{1B}]0;owned\u{07} talks")

        // A file name in a message.
        try Data().write(to: directory.appending(path: "bad\u{1B}[31mname.txt"))
        let failed = try run(["import", "bad\u{1B}[31mname.txt"], in: directory)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad\\x1b[31mname.txt"))
        #expect(!failed.stderr.contains("\u{1B}"))
    }

    // MARK: - show streams

    /// An article of 300,000 paragraphs, written straight into an archive's tables.
    func hugeArticle() throws -> URL {
        let directory = scratch()
        #expect(try run(["import", "--quiet", seed], in: directory).status == 0)
        let database = directory.appending(path: "commentary.sqlite")
        _ = try sqlite(
            database,
            """
            WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 300100)
            INSERT INTO paragraphs(article_id, position, kind, text)
            SELECT 1, i, 'body', 'Paragraph ' || i || ': the delegation met in Kazan and discussed trade and transport links.' FROM n;
            """)
        return directory
    }

    /// Peak resident memory of a run of the binary, in kilobytes, from /usr/bin/time.
    func peakMemory(_ arguments: [String], in directory: URL) throws -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", binary().path] + arguments
        process.currentDirectoryURL = directory
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")),
        arguments: ["table", "json", "csv"])
    func showStreamsAHugeArticleInBoundedMemory(_ format: String) throws {
        let directory = try hugeArticle()
        let peak = try #require(try peakMemory(["show", "1", "--format", format], in: directory))
        // Held whole, the article took 150 MB (table, csv) to 530 MB (json) here; streamed, under 50 MB.
        #expect(peak < 120_000, "peak \(peak) kB")
        let head = try run(["show", "1", "--format", format], in: directory)
        #expect(head.status == 0)
        #expect(head.stdout.contains("Paragraph 300100: the delegation"))
    }

    // MARK: - Names that are not UTF-8

    @Test func aFileNameThatIsNotUTF8IsImportedByNameAndFoundAgain() throws {
        let directory = scratch()
        // The shell hands the name's bytes over as they are (Process takes only Strings).
        let script = """
            cp "$SEED" "$(printf 'caf\\351.txt')" && "$BINARY" import -v "$(printf 'caf\\351.txt')" && "$BINARY" show "$(printf 'caf\\351.txt')" --format csv
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = ["SEED": seed, "BINARY": binary().path, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let result = CLIRun(
            status: 0, stdout: stdout, stderr: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(result.stderr.contains("imported caf\\xe9.txt (id 1)"))
        #expect(result.stdout.hasPrefix("position,kind,text"))
        let search = try run(["search", "Mishustin", "--format", "csv"], in: directory)
        #expect(search.stdout.contains(",caf\\xe9.txt,"))
    }
}
