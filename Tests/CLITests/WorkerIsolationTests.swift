import Foundation
import Testing

/// The child processes of `pid`, from /proc.
func children(of pid: Int32) -> [Int32] {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    return tasks.flatMap { task -> [Int32] in
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

/// A folder of `count` seed-layout articles plus one more, `a00005x-held.txt`, for the hooks to
/// catch: it sorts among the others, so units are queued behind it when its worker fails.
func corpusWithHeldFile(_ count: Int) throws -> URL {
    let folder = try corpus(count)
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    try (text + "\nThe held article reached Kazan on Friday.\n").write(
        to: folder.appending(path: "a00005x-held.txt"), atomically: false, encoding: .utf8)
    return folder
}

@Suite("One bad input never costs the batch", .serialized)
struct WorkerIsolationTests {
    @Test func aWorkerThatTrapsCostsOnlyItsInput() throws {
        let folder = try corpusWithHeldFile(30)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "a.sqlite").path
        let result = try run(
            ["import", "--db", database, folder.path], in: directory,
            environment: ["COMMENTARY_TEST_WORKER_TRAP": "-held.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a00005x-held.txt: extraction crashed (signal"))
        #expect(result.stderr.contains("test trap"))
        #expect(result.stderr.contains("imported 30, duplicates 0, updated 0, failed 1"))
        #expect(try articleCount(database) == 30)
        let rerun = try run(["import", "--db", database, folder.path], in: directory)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("imported 1, duplicates 30, updated 0, failed 0"))
    }

    @Test func anInputThatTakesTooLongIsStoppedAndTheBatchGoesOn() throws {
        let folder = try corpusWithHeldFile(20)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "a.sqlite").path
        let result = try run(
            ["import", "--timeout", "1", "--db", database, folder.path], in: directory,
            environment: ["COMMENTARY_TEST_WORKER_HANG": "-held.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a00005x-held.txt: took longer than 1 s (--timeout)"))
        #expect(try articleCount(database) == 20)
    }

    @Test func aWorkerKilledMidImportCostsOnlyItsInput() throws {
        let folder = try corpusWithHeldFile(200)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "a.sqlite").path
        let process = Process()
        process.executableURL = binary()
        process.arguments = ["import", "--jobs", "2", "--db", database, folder.path]
        var environment = ProcessInfo.processInfo.environment
        environment["COMMENTARY_TEST_WORKER_HANG"] = "-held.txt"
        let pidFile = directory.appending(path: "hanging.pid").path
        environment["COMMENTARY_TEST_WORKER_HANG_PID"] = pidFile
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // The worker holding held.txt hangs until it is killed; the other goes on with the rest.
        var killed: Int32?
        for _ in 0..<6000 where killed == nil {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let pid = Int32(text),
                children(of: process.processIdentifier).contains(pid)
            {
                kill(pid, SIGKILL)
                killed = pid
            }
            usleep(5000)
        }
        #expect(killed != nil)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("a00005x-held.txt: extraction crashed (signal 9)"))
        #expect(stderr.contains("imported 200, duplicates 0, updated 0, failed 1"))
        #expect(try articleCount(database) == 200)
        #expect(try sqlite(URL(fileURLWithPath: database), "PRAGMA integrity_check") == "ok")
        let rerun = try run(["import", "--db", database, folder.path], in: directory)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("imported 1, duplicates 200, updated 0, failed 0"))
    }

    @Test func theInputsThatCrashedExtractionImport() throws {
        // A title cue with no name after it, and a title as the text's last word, took the whole
        // process (and the batch) down.
        let directory = scratch()
        let feed = directory.appending(path: "feed.jsonl")
        try Data(
            """
            {"id":"x","text":"He was named Secretary of State."}
            {"id":"y","text":"Talks resumed under the new Foreign Minister"}
            {"id":"z","text":"Ships left Odesa on Tuesday, officials in Kyiv said."}

            """.utf8
        ).write(to: feed)
        let database = directory.appending(path: "a.sqlite").path
        let result = try run(["import", "--db", database, feed.path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try articleCount(database) == 3)
    }
}

@Suite("Ctrl-C during an import", .serialized)
struct InterruptedImportTests {
    @Test func batchesAReaderSawCommittedSurviveAKill() throws {
        // Readers see each batch as it commits, and what they saw is on disk: a descriptor of the
        // archive closed by the importer once dropped SQLite's locks, so another process's reader
        // deleted the live write-ahead log and later batches went to an unlinked file.
        let folder = try corpus(600)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "a.sqlite").path
        let process = Process()
        process.executableURL = binary()
        process.arguments = ["import", "--quiet", "--batch-size", "25", "--db", database, folder.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = 0
        var reads = 0
        while process.isRunning && seen < 100 {
            seen = (try? sqlite(URL(fileURLWithPath: database), "SELECT count(*) FROM articles")).flatMap { Int($0) } ?? 0
            reads += 1
            usleep(2000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(reads > 1)
        #expect(seen >= 100)
        #expect(try articleCount(database) >= seen)
        #expect(try sqlite(URL(fileURLWithPath: database), "PRAGMA integrity_check") == "ok")
    }

    @Test func ctrlCStoresWhatWasReadSaysSoAndARerunCompletes() throws {
        let folder = try corpus(800)
        let directory = folder.deletingLastPathComponent()
        let database = directory.appending(path: "a.sqlite").path
        let process = Process()
        process.executableURL = binary()
        process.arguments = ["import", "--batch-size", "50", "--db", database, folder.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Interrupt once the first batch is committed.
        var stored = 0
        for _ in 0..<4000 where stored == 0 && process.isRunning {
            stored = (try? sqlite(URL(fileURLWithPath: database), "SELECT count(*) FROM articles")).flatMap { Int($0) } ?? 0
            usleep(2000)
        }
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(stderr.contains("run the same command again to import the rest"))
        let count = try articleCount(database)
        #expect(count > 0 && count < 800)
        #expect(stderr.contains("interrupted: \(count) articles of this run were stored"))
        #expect(try sqlite(URL(fileURLWithPath: database), "PRAGMA integrity_check") == "ok")
        let rerun = try run(["import", "--db", database, folder.path], in: directory)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("imported \(800 - count), duplicates \(count)"))
    }
}
