import Foundation
import Testing

/// End-to-end: the built `commentary` binary, its stdout, stderr and exit status.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seed = repository.appending(path: "Samples/mishustin-visit-commentary.txt").path

func binary() -> URL {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    while directory.path != "/" {
        let candidate = directory.appending(path: "commentary")
        if FileManager.default.isExecutableFile(atPath: candidate.path), !candidate.hasDirectoryPath { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    return repository.appending(path: ".build/debug/commentary")
}

@discardableResult
/// Runs `commentary` in `directory`, its standard input `stdin` or the file at `stdinPath`.
func run(
    _ arguments: [String], in directory: URL, stdin: String? = nil, stdinPath: String? = nil, environment: [String: String] = [:]
) throws -> CLIRun {
    let process = Process()
    process.executableURL = binary()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "COMMENTARY_DB")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    return try collect(process, stdin: stdin, stdinPath: stdinPath)
}

/// Runs `process` with pipes for its three streams and returns what it wrote and its status.
/// With `stdinPath`, standard input is that file (a device or FIFO is read as it is).
func collect(_ process: Process, stdin: String? = nil, stdinPath: String? = nil) throws -> CLIRun {
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let stdinPath {
        process.standardInput = FileHandle(forReadingAtPath: stdinPath)
    } else {
        process.standardInput = input
    }
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRun(
        status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
        stderr: String(decoding: stderrData, as: UTF8.self))
}

/// One folder for the whole test run, removed when the run's process exits, so repeated runs
/// leave nothing behind in the system's temporary folder.
let cliRunFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appending(path: "commentary-cli-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: cliRunFolder) }
    return url
}()

/// A fresh scratch folder per test, inside the run's folder.
func scratch() -> URL {
    let url = cliRunFolder.appending(path: UUID().uuidString)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite("commentary end to end")
struct CLITests {
    @Test func importSearchExportTheSeed() throws {
        let directory = scratch()
        let imported = try run(["import", seed], in: directory)
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("imported 1, duplicates 0, updated 0, failed 0, paragraphs 11"))
        #expect(imported.stdout.isEmpty)

        let search = try run(["search", "China-Russia Business Forum"], in: directory)
        #expect(search.status == 0)
        let hits = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]]
        #expect(hits?.count == 1)
        #expect((hits?.first?["snippet"] as? String)?.contains("[China-Russia Business Forum]") == true)
        #expect(hits?.first?["author"] as? String == "Imran Khalid")

        let export = try run(["export", "paragraphs"], in: directory)
        #expect(export.status == 0)
        let lines = export.stdout.split(separator: "\r\n")
        #expect(lines.first == "article_id,source,position,kind,text")
        #expect(lines.count == 12)

        let again = try run(["import", seed], in: directory)
        #expect(again.stderr.contains("imported 0, duplicates 1"))
        let stats = try run(["stats", "--format", "json"], in: directory)
        #expect(stats.stdout.contains("\"articles\":1"))
    }

    @Test func zeroHitsIsSuccessWithAnEmptyArray() throws {
        let directory = scratch()
        try run(["import", seed], in: directory)
        let search = try run(["search", "nonexistentword"], in: directory)
        #expect(search.status == 0)
        #expect(search.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test(arguments: [
        ["search", ""], ["search", "OR", "*"], ["search", "--limit", "-1", "x"], ["export", "nosuchtable"], ["frobnicate"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let directory = scratch()
        try run(["import", seed], in: directory)
        let result = try run(arguments, in: directory)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingArchiveExitsThreeAndIsNotCreated() throws {
        let directory = scratch()
        let result = try run(["search", "China"], in: directory)
        #expect(result.status == 3)
        #expect(result.stderr.contains("commentary.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: directory.appending(path: "commentary.sqlite").path))
    }

    @Test func dbOptionAndEnvironmentChooseTheArchive() throws {
        let directory = scratch()
        try run(["import", "--db", "a.sqlite", seed], in: directory)
        #expect(try run(["search", "--db", "a.sqlite", "Mishustin"], in: directory).status == 0)
        #expect(try run(["search", "Mishustin"], in: directory, environment: ["COMMENTARY_DB": "a.sqlite"]).status == 0)
        #expect(try run(["search", "Mishustin"], in: directory).status == 3)
    }

    @Test func badInputExitsOneAndTheRestIsImported() throws {
        let directory = scratch()
        try Data().write(to: directory.appending(path: "empty.txt"))
        let result = try run(["import", "empty.txt", "missing.txt", seed], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt: empty file"))
        #expect(result.stderr.contains("missing.txt: no such file or directory"))
        #expect(result.stderr.contains("imported 1"))
    }

    @Test func aDirectoryWalkFollowsLinksToFilesReportsDanglingOnesAndDoesNotLoop() throws {
        let directory = scratch()
        let batch = directory.appending(path: "batch")
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: seed, toPath: batch.appending(path: "seed.txt").path)
        try FileManager.default.createSymbolicLink(atPath: batch.appending(path: "gone.txt").path, withDestinationPath: "/nonexistent/x")
        // Not an article format: never read, so never reported.
        try FileManager.default.createSymbolicLink(atPath: batch.appending(path: "gone.png").path, withDestinationPath: "/nonexistent/y")
        // A link to a file is read; a link back to a directory is not followed.
        try FileManager.default.createSymbolicLink(atPath: batch.appending(path: "linked.txt").path, withDestinationPath: seed)
        try FileManager.default.createSymbolicLink(atPath: batch.appending(path: "loop").path, withDestinationPath: batch.path)
        let result = try run(["import", "batch"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("batch/gone.txt: cannot be read (No such file or directory)"))
        #expect(result.stderr.contains("imported 1, duplicates 1, updated 0, failed 1"))
    }

    @Test func standardInputGetsAHashSource() throws {
        let directory = scratch()
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let result = try run(["import", "-"], in: directory, stdin: text)
        #expect(result.status == 0)
        let show = try run(["export", "articles", "--format", "jsonl"], in: directory)
        #expect(show.stdout.contains("\"source\":\"stdin#"))
    }

    @Test func jsonLinesWithWindowsLineEndingsArriveWholeOnStandardInput() throws {
        let directory = scratch()
        let lines = [
            #"{"title": "One", "text": "Premier Li Qiang met business leaders in Shanghai on Tuesday."}"#,
            #"{"title": "Two", "text": "The summit in Astana closed with a joint statement on trade."}"#,
        ]
        let result = try run(["import", "--input-format", "jsonl", "-"], in: directory, stdin: lines.joined(separator: "\r\n") + "\r\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("imported 2, duplicates 0, updated 0, failed 0"))
    }

    @Test func recordsPipedOneAfterAnotherAreKeptApart() throws {
        let directory = scratch()
        let first = #"{"title": "One", "text": "Premier Li Qiang met business leaders in Shanghai on Tuesday."}"#
        let second = #"{"title": "Two", "text": "The summit in Astana closed with a joint statement on trade."}"#
        for record in [first, second] {
            let result = try run(["import", "--input-format", "jsonl", "-"], in: directory, stdin: record + "\n")
            #expect(result.stderr.contains("imported 1, duplicates 0, updated 0"))
        }
        let again = try run(["import", "--input-format", "json", "-"], in: directory, stdin: first)
        #expect(again.stderr.contains("imported 0, duplicates 1, updated 0"))
        let sources = try run(["export", "articles", "--format", "jsonl"], in: directory).stdout
            .split(separator: "\n").filter { $0.contains(#""source":"stdin#"#) }
        #expect(sources.count == 2)
    }
}

@Suite("commentary commands")
struct CommandTests {
    func archive() throws -> URL {
        let directory = scratch()
        try run(["import", repository.appending(path: "Samples").path], in: directory)
        return directory
    }

    @Test func exportToAFileIsAtomicRefusesToOverwriteAndWritesAManifest() throws {
        let directory = try archive()
        let first = try run(["export", "captions", "--output", "captions.csv", "--manifest"], in: directory)
        #expect(first.status == 0)
        let csv = try String(contentsOf: directory.appending(path: "captions.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("article_id,source,position,text,credit,date\r\n"))
        let manifestData = try Data(contentsOf: directory.appending(path: "captions.csv.manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: manifestData) as? [String: Any]
        #expect(manifest?["rows"] as? Int == csv.components(separatedBy: "\r\n").count - 2)
        #expect(manifest?["table"] as? String == "captions")
        let newest = try FileManager.default.contentsOfDirectory(atPath: repository.appending(path: "Migrations").path)
            .filter { $0.hasSuffix(".sql") }.sorted().last.map { String($0.dropLast(4)) }
        #expect(manifest?["schema_version"] as? String == newest)

        let again = try run(["export", "captions", "--output", "captions.csv"], in: directory)
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try run(["export", "captions", "--output", "captions.csv", "--force"], in: directory).status == 0)

        let failed = try run(["export", "hits", "--output", "hits.csv"], in: directory)
        #expect(failed.status == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("hits.csv") }
        #expect(leftovers.isEmpty)
        // Refused before a byte of output: no header row on standard output either.
        let refused = try run(["export", "hits"], in: directory)
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty, "\(refused.stdout)")
        #expect(refused.stderr.contains("needs --query"))
    }

    @Test func exportRefusesOptionsItWouldNotHonour() throws {
        let directory = try archive()
        // `--in` sets where --query looks; with no query it would select nothing, and the whole
        // paragraphs table came out, every kind, as if it had not been given.
        let scoped = try run(["export", "paragraphs", "--in", "body"], in: directory)
        #expect(scoped.status == 2)
        #expect(scoped.stdout.isEmpty)
        #expect(scoped.stderr.contains("--in"))
        #expect(try run(["export", "paragraphs", "--in", "body", "--query", "Mishustin"], in: directory).status == 0)
        // A byte-order mark, formula guards and the header row are CSV's and TSV's.
        for flag in ["--bom", "--excel-safe", "--no-header"] {
            let json = try run(["export", "articles", "--format", "json", flag], in: directory)
            #expect(json.status == 2, "\(flag)")
            #expect(json.stderr.contains(flag), "\(json.stderr)")
            #expect(try run(["export", "articles", "--format", "tsv", flag], in: directory).status == 0)
        }
    }

    @Test func aliasesAndReprocessReachStoredArticles() throws {
        let directory = try archive()
        let added = try run(["aliases", "add", "Kremlin leader", "Vladimir Putin", "--kind", "person"], in: directory)
        #expect(added.status == 0)
        let list = try run(["aliases", "list", "--format", "csv"], in: directory)
        #expect(list.stdout.contains("Kremlin leader,Vladimir Putin,person"))
        let reprocessed = try run(["reprocess"], in: directory)
        #expect(reprocessed.status == 0)
        #expect(reprocessed.stderr.contains("reprocessed 18"))
        #expect(try run(["aliases", "remove", "Kremlin leader"], in: directory).status == 0)
        #expect(try run(["aliases", "remove", "Kremlin leader"], in: directory).status == 2)
    }

    @Test func showEntitiesStatsAndDelete() throws {
        let directory = try archive()
        let shown = try run(["show", "\(repository.path)/Samples/mishustin-visit-commentary.txt", "--format", "json"], in: directory)
        #expect(shown.status == 0)
        let object = (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])?.first
        #expect(object?["author"] as? String == "Imran Khalid")
        #expect((object?["captions"] as? [Any])?.count == 2)

        let people = try run(["entities", "--kind", "person", "--format", "jsonl"], in: directory)
        #expect(people.stdout.contains("\"name\":\"Xi Jinping\""))
        let with = try run(["entities", "--with", "President Xi", "--limit", "500", "--format", "csv"], in: directory)
        #expect(with.stdout.contains("Mikhail Mishustin,person"))
        let months = try run(["entities", "--by", "month", "--format", "csv"], in: directory)
        #expect(months.status == 0)
        #expect(months.stdout.hasPrefix("month,name,kind,articles,mentions"))

        let before = try run(["stats", "--format", "json"], in: directory)
        #expect(before.stdout.contains("\"articles\":18"))
        let deleted = try run(["delete", "1", "no-such-source"], in: directory)
        #expect(deleted.status == 1)
        let after = try run(["stats", "--format", "json"], in: directory)
        #expect(after.stdout.contains("\"articles\":17"))
    }

    @Test func aDryRunImportSaysWhatTheImportWouldDo() throws {
        let directory = scratch()
        func write(_ name: String, _ body: String) throws {
            try "A title\n\(body)\n".write(to: directory.appending(path: name), atomically: true, encoding: .utf8)
        }
        try write("a.txt", "The harbour authority approved the breakwater on Monday after a long dispute.")
        try write("b.txt", "Grain prices rose again in the spring as the corridor closed for repairs.")
        #expect(try run(["import", "--quiet", "a.txt", "b.txt"], in: directory).status == 0)
        try write("b.txt", "Grain prices fell in the summer once the corridor reopened to ships.")
        try write("c.txt", "The harbour authority approved the breakwater on Monday after a long dispute.")
        try write("d.txt", "Rice exports rose in the first quarter, the ministry said on Friday.")
        try write("e.txt", "Rice exports rose in the first quarter, the ministry said on Friday.")
        let database = directory.appending(path: "commentary.sqlite")
        let before = try Data(contentsOf: database)
        let dry = try run(["import", "--dry-run", "a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], in: directory)
        #expect(dry.status == 0, "\(dry.stderr)")
        // a.txt as it was and c.txt (a's text) are duplicates; b.txt is changed; d.txt is new and
        // e.txt is d's text: a duplicate of it, as the import would find.
        #expect(dry.stderr.contains("checked 1, duplicates 3, updated 1,"), "\(dry.stderr)")
        #expect(dry.stderr.contains("c.txt") && dry.stderr.contains("same text as a.txt"), "\(dry.stderr)")
        #expect(try Data(contentsOf: database) == before)
        let real = try run(["import", "a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], in: directory)
        #expect(real.stderr.contains("imported 1, duplicates 3, updated 1,"), "\(real.stderr)")
    }

    @Test func showAndDeleteKnowASourceByAnySpellingOfItsPath() throws {
        let directory = scratch()
        let folder = directory.appending(path: "in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "A title\nThe harbour authority approved the breakwater on Monday after a long dispute.\n".write(
            to: folder.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        let records = [
            #"{"id": "r1", "title": "One", "text": "Grain prices rose again."}"#,
            #"{"id": "r2", "title": "Two", "text": "Rice exports fell."}"#,
        ]
        try records.joined(separator: "\n").write(to: folder.appending(path: "feed.jsonl"), atomically: true, encoding: .utf8)
        #expect(try run(["import", "--quiet", "in/a.txt", "in/feed.jsonl"], in: directory).status == 0)
        let database = directory.appending(path: "commentary.sqlite").path
        // The absolute path, and a path from another folder.
        let absolute = folder.appending(path: "a.txt").path
        let shown = try run(["show", absolute, "--db", database, "--format", "json"], in: directory)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("breakwater"))
        #expect(try run(["show", "a.txt", "--db", database], in: folder).status == 0)
        #expect(try run(["show", "feed.jsonl#r2", "--db", database], in: folder).stdout.contains("Rice exports"))
        // A file's records by its other spelling; nothing is deleted in a dry run.
        let planned = try run(["delete", folder.appending(path: "feed.jsonl").path, "--dry-run", "--db", database], in: directory)
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout.contains("in/feed.jsonl#r1") && planned.stdout.contains("in/feed.jsonl#r2"), "\(planned.stdout)")
        let deleted = try run(["delete", "a.txt", "--db", database], in: folder)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try run(["stats", "--format", "json"], in: directory).stdout.contains("\"articles\":2"))
    }

    @Test(arguments: [
        ["search", "nothingmatchesthis"], ["search", "China"], ["show", "1"], ["export", "dates", "--format", "json"],
        ["entities"], ["stats"], ["aliases", "list"], ["count", "China"], ["count", "nothingmatchesthis", "--by", "outlet"],
        ["list"], ["list", "--outlet", "nosuchoutlet"], ["collocates", "China"], ["collocates", "nothingmatchesthis"],
    ])
    func jsonOutputIsAlwaysAnArray(_ arguments: [String]) throws {
        let directory = try archive()
        let result = try run(arguments + (arguments.contains("--format") ? [] : ["--format", "json"]), in: directory)
        #expect(result.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [Any])
    }

    @Test func everyCommandHasHelpAndAnExample() throws {
        let directory = scratch()
        let readme = try String(contentsOf: repository.appending(path: "README.md"), encoding: .utf8)
        for command in [
            "import", "search", "show", "export", "entities", "stats", "aliases", "reprocess", "delete", "count", "code",
            "collocates", "list",
        ] {
            let help = try run([command, "--help"], in: directory)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Example"))
            #expect(readme.contains("`\(command)`"), "README has no entry for \(command)")
        }
    }
}

@Suite("Terminal output")
struct TerminalOutputTests {
    @Test func colorIsOnlyWhereAsked() throws {
        let directory = scratch()
        try run(["import", seed], in: directory)
        let plain = try run(["search", "--format", "table", "Mishustin"], in: directory)
        #expect(plain.stdout.contains("[Mishustin"))
        #expect(!plain.stdout.contains("\u{1B}["))
        let colored = try run(["search", "--format", "table", "--color", "always", "Mishustin"], in: directory)
        #expect(colored.stdout.contains("\u{1B}[1;33m"))
        let noColor = try run(
            ["search", "--format", "table", "--color", "auto", "Mishustin"], in: directory, environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        #expect(plain.stderr.contains("1 matching article"))
    }

    @Test func sqlShowsTheTranslatedQuery() throws {
        let result = try run(["search", "--sql", "China-Russia Business Forum"], in: scratch())
        #expect(result.status == 0)
        #expect(result.stdout.contains("MATCH \"china russia\""))
        // Matched and ranked in the article-level index, inside SQLite.
        #expect(result.stdout.contains("FROM articles_fts WHERE articles_fts MATCH ?"))
        #expect(result.stdout.contains("ORDER BY exact DESC, rank, m.article LIMIT ? OFFSET ?"))
        #expect(result.stdout.contains("'{title body caption editor_note} : ((\"china russia\") AND (\"business\") AND (\"forum\"))'"))
    }
}

@Suite("What the binary loads")
struct LoadedLibraryTests {
    /// libxml2 (and the ICU it links) is opened on the first HTML page, not at every start: a
    /// search or an export never pays for loading it.
    @Test func libxml2IsLoadedOnlyToReadHTML() throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The dynamic loader lists what the binary needs at start, without running it.
        let listing = try run(["--version"], in: directory, environment: ["LD_TRACE_LOADED_OBJECTS": "1"])
        #expect(listing.stdout.contains("libsqlite3"))
        #expect(!listing.stdout.contains("libxml2"))
        // Reading a page still finds it.
        let page = directory.appending(path: "page.html")
        try Data(
            """
            <html><head><title>Ports reopen after the storm</title></head><body><article>
            <h1>Ports reopen after the storm</h1>
            <p>The harbour authority said on Monday that all three container terminals had reopened after the storm.</p>
            <p>Shipping lines expect the backlog of vessels waiting at anchor to clear by the end of the week.</p>
            </article></body></html>
            """.utf8
        ).write(to: page)
        let imported = try run(["import", "--db", "a.sqlite", "page.html"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let found = try run(["search", "--db", "a.sqlite", "--format", "tsv", "container terminals"], in: directory)
        #expect(found.stdout.contains("Ports reopen after the storm"))
    }
}
