import Foundation
import Testing

/// Writes `count` distinct articles in the seed's layout into a new folder.
func corpus(_ count: Int) throws -> URL {
    let directory = scratch().appending(path: "corpus")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body = lines[3]
    for index in 0..<count {
        lines[3] = body + " Delegation number \(index) met in Kazan on the \(index % 28 + 1)th."
        try lines.joined(separator: "\n").write(
            to: directory.appending(path: String(format: "a%05d.txt", index)),
            atomically: false, encoding: .utf8)
    }
    return directory
}

func sqlite(_ database: URL, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", database.path, sql]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

@Suite("Crash safety and concurrency", .serialized)
struct SafetyTests {
    @Test(arguments: [0.15, 0.4, 0.8])
    func killedImportLeavesAConsistentArchiveAndARerunCompletesIt(_ delay: Double) throws {
        let articles = 600
        let folder = try corpus(articles)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "commentary.sqlite")

        let process = Process()
        process.executableURL = binary()
        process.arguments = ["import", "--quiet", "--db", database.path, folder.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The kill must land mid-import for the test to mean anything.
        #expect(process.terminationReason == .uncaughtSignal)
        // Looked at before sqlite3 runs, which would create an empty file. A kill while the
        // archive is being created leaves none (it is built aside and renamed into place).
        let created = FileManager.default.fileExists(atPath: database.path)
        let stored = created ? (try? sqlite(database, "SELECT count(*) FROM articles")).flatMap { Int($0) } ?? 0 : 0
        #expect(stored < articles)

        if created {
            #expect(try sqlite(database, "PRAGMA integrity_check") == "ok")
            #expect(try sqlite(database, "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)") == "")
        }
        let rerun = try run(["import", "--db", database.path, folder.path], in: directory)
        #expect(rerun.status == 0)
        #expect(try sqlite(database, "SELECT count(*) FROM articles") == "\(articles)")
        #expect(try sqlite(database, "SELECT count(*) FROM article_sources") == "\(articles)")
        #expect(try sqlite(database, "SELECT count(*) FROM (SELECT content_hash FROM articles GROUP BY 1 HAVING count(*) > 1)") == "0")
        #expect(try sqlite(database, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite(database, "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)") == "")
    }

    /// A kill while the archive is being created leaves no archive, not a file with part of the
    /// schema that every later run refused as another program's database; the next import
    /// creates it and imports everything.
    @Test func killedCreationLeavesNoArchiveAndTheNextImportCreatesIt() throws {
        let folder = try corpus(20)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "commentary.sqlite")
        let killed = try run(
            ["import", "--quiet", "--db", database.path, folder.path], in: directory, environment: ["COMMENTARY_TEST_KILL_CREATING": "1"])
        #expect(killed.status != 0)
        #expect(!FileManager.default.fileExists(atPath: database.path))
        let rerun = try run(["import", "--db", database.path, folder.path], in: directory)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try sqlite(database, "SELECT count(*) FROM articles") == "20")
        #expect(!FileManager.default.fileExists(atPath: database.path + ".creating"))
    }

    @Test func searchAnswersWhileAnImportWrites() throws {
        let folder = try corpus(1500)
        let directory = folder.deletingLastPathComponent()
        try run(["import", seed], in: directory)

        let importer = Process()
        importer.executableURL = binary()
        importer.arguments = ["import", "--quiet", folder.path]
        importer.currentDirectoryURL = directory
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        var searches = 0
        while importer.isRunning && searches < 40 {
            let result = try run(["search", "--format", "json", "Mishustin"], in: directory)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(!result.stderr.contains("locked"))
            searches += 1
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(searches > 0)
    }
}
