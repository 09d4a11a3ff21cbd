import Foundation
import Testing

/// Runs `script` with /bin/sh, `$BIN` naming the binary, in `directory`: for the redirections a
/// user writes (`> /dev/full`, `>&-`, `2>&-`) that Process cannot set up.
@discardableResult
func shell(_ script: String, in directory: URL) throws -> CLIRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "COMMENTARY_DB")
    environment["BIN"] = binary().path
    process.environment = environment
    return try collect(process)
}

/// A folder with an archive holding every sample.
func archiveOfSamples() throws -> (directory: URL, database: String) {
    let directory = scratch()
    let database = directory.appending(path: "commentary.sqlite").path
    let imported = try run(["import", "--quiet", "--db", database, repository.appending(path: "Samples").path], in: directory)
    #expect(imported.status == 0, "\(imported.stderr)")
    return (directory, database)
}

func fileDigest(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

func articleCount(_ database: String) throws -> Int {
    Int(try sqlite(URL(fileURLWithPath: database), "SELECT count(*) FROM articles")) ?? -1
}

@Suite("Never destroy what the user owns: outputs")
struct OutputSafetyTests {
    @Test func forceNeverRemovesADirectory() throws {
        let (directory, database) = try archiveOfSamples()
        let thesis = directory.appending(path: "thesis")
        try FileManager.default.createDirectory(at: thesis.appending(path: "chapters"), withIntermediateDirectories: true)
        try Data("chapter one\n".utf8).write(to: thesis.appending(path: "chapters/one.txt"))
        let result = try run(["export", "articles", "--db", database, "--output", thesis.path, "--force"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a directory"))
        #expect(try String(contentsOf: thesis.appending(path: "chapters/one.txt"), encoding: .utf8) == "chapter one\n")
    }

    @Test(arguments: ["", "-wal", "-shm"])
    func forceNeverReplacesAFileOfTheArchive(_ suffix: String) throws {
        let (directory, database) = try archiveOfSamples()
        // The log and shared memory exist while another command has the archive open.
        if !FileManager.default.fileExists(atPath: database + suffix) {
            FileManager.default.createFile(atPath: database + suffix, contents: nil)
        }
        let before = try articleCount(database)
        let result = try run(["export", "articles", "--db", database, "--output", database + suffix, "--force"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a file of the archive being read"))
        #expect(try articleCount(database) == before)
        #expect(try sqlite(URL(fileURLWithPath: database), "PRAGMA integrity_check") == "ok")
    }

    @Test func aLinkToTheArchiveIsTheArchive() throws {
        let (directory, database) = try archiveOfSamples()
        let link = directory.appending(path: "looks-harmless.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: database)
        let result = try run(["export", "articles", "--db", database, "--output", link, "--force"], in: directory)
        #expect(result.status == 2)
        #expect(try articleCount(database) == 18)
    }

    @Test func forceNeverReplacesADeviceOrAFIFO() throws {
        let (directory, database) = try archiveOfSamples()
        let fifo = directory.appending(path: "pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for target in ["/dev/full", "/dev/null", fifo] {
            let result = try run(["export", "articles", "--db", database, "--output", target, "--force"], in: directory)
            #expect(result.status == 2, "\(target)")
            #expect(result.stderr.contains("--force replaces only a regular file"), "\(target)")
        }
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func forceReplacesARegularFileAndKeepsALinkToIt() throws {
        let (directory, database) = try archiveOfSamples()
        let file = directory.appending(path: "out.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: file))
        let link = directory.appending(path: "latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "out.csv")
        let refused = try run(["export", "articles", "--db", database, "--output", link], in: directory)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("add --force"))
        let result = try run(["export", "articles", "--db", database, "--output", link, "--force"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "out.csv")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("id,source,title"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".partial-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFullDiskOnStandardOutputIsAnError() throws {
        let (directory, database) = try archiveOfSamples()
        let result = try shell("\"$BIN\" export paragraphs --db '\(database)' > /dev/full", in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("writing to standard output failed: No space left on device"))
    }

    @Test func aClosedStandardOutputIsAnError() throws {
        let (directory, database) = try archiveOfSamples()
        let result = try shell("\"$BIN\" export paragraphs --db '\(database)' >&-", in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("writing to standard output failed"))
        let search = try shell("\"$BIN\" search China --db '\(database)' --format csv >&-", in: directory)
        #expect(search.status == 1)
    }

    @Test func aReaderThatStopsReadingIsNotAnError() throws {
        let (directory, database) = try archiveOfSamples()
        let result = try shell(
            "{ \"$BIN\" export paragraphs --db '\(database)'; echo $? > status; } | head -c 10 > /dev/null", in: directory)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("error"))
        #expect(try String(contentsOf: directory.appending(path: "status"), encoding: .utf8) == "0\n")
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func aClosedOrFullStandardErrorNeverStopsTheWork(_ redirection: String) throws {
        let directory = scratch()
        let database = directory.appending(path: "a.sqlite").path
        let samples = repository.appending(path: "Samples").path
        let result = try shell("\"$BIN\" import --verbose --db '\(database)' '\(samples)' \(redirection)", in: directory)
        #expect(result.status == 0)
        #expect(try articleCount(database) == 18)
        let failing = try shell("\"$BIN\" import --db '\(database)' /no/such/file \(redirection)", in: directory)
        #expect(failing.status == 1)
    }

    @Test func ctrlCDuringAnExportLeavesNoPartialFile() throws {
        let directory = scratch()
        let database = directory.appending(path: "a.sqlite").path
        _ = try run(["import", "--quiet", "--db", database, try corpus(600).path], in: directory)
        let output = directory.appending(path: "out.csv").path
        let process = Process()
        process.executableURL = binary()
        process.arguments = ["export", "hits", "--query", "the", "--db", database, "--output", output]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var partial: [String] = []
        while process.isRunning && partial.isEmpty {
            partial = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".partial-") }
            usleep(500)
        }
        // Held still while the interrupt is sent, so that it lands mid-export.
        kill(process.processIdentifier, SIGSTOP)
        #expect(!partial.isEmpty)
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        kill(process.processIdentifier, SIGCONT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGINT)
        #expect(!FileManager.default.fileExists(atPath: output))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".partial-") }
        #expect(left.isEmpty)
    }
}

@Suite("An archive that tells the truth", .serialized)
struct ArchiveTruthTests {
    @Test func reprocessReadsEachArticleInTheFormatItWasImportedAs() throws {
        let directory = scratch()
        let database = directory.appending(path: "a.sqlite").path
        let page = directory.appending(path: "page.txt")
        try Data(
            """
            <html><head><title>Ports and power</title><meta name="author" content="Amina Yusuf"></head>
            <body><article><h1>Ports and power</h1>
            <p>The new port at Gwadar opened on Monday, officials said.</p>
            <p>Traders in Karachi expect shipping costs to fall by a fifth.</p>
            </article></body></html>
            """.utf8
        ).write(to: page)
        let feed = directory.appending(path: "feed.txt")
        try Data(
            #"{"id":"r1","title":"Grain on the Black Sea","author":"Daniel Okoro","text":"Ships left Odesa on Tuesday.\n\nInsurers in London raised premiums."}"#
                .utf8
        )
        .write(to: feed)
        #expect(try run(["import", "--db", database, "--input-format", "html", page.path], in: directory).status == 0)
        #expect(try run(["import", "--db", database, "--input-format", "jsonl", feed.path], in: directory).status == 0)
        let piped = try run(
            ["import", "--db", database, "-", "--source", "notes.html", "--input-format", "text"], in: directory,
            stdin: "Notes on a visit\n\nThe delegation reached Kazan on Friday.\n")
        #expect(piped.status == 0)
        let query =
            "SELECT a.source, a.author, group_concat(p.kind || ':' || p.text, '|') FROM articles a JOIN paragraphs p ON p.article_id = a.id GROUP BY a.id ORDER BY a.id"
        let before = try sqlite(URL(fileURLWithPath: database), query)
        #expect(before.contains("Amina Yusuf"))
        #expect(before.contains("Daniel Okoro"))
        #expect(!before.contains("<p>"))
        let reprocessed = try run(["reprocess", "--db", database], in: directory)
        #expect(reprocessed.status == 0)
        #expect(reprocessed.stderr.contains("reprocessed 3, failed 0"))
        #expect(try sqlite(URL(fileURLWithPath: database), query) == before)
        #expect(
            try sqlite(URL(fileURLWithPath: database), "SELECT group_concat(input_format) FROM articles ORDER BY id") == "html,jsonl,text")
    }

    @Test func checkPassesASoundArchive() throws {
        let (directory, database) = try archiveOfSamples()
        for arguments in [["check"], ["check", "--quick"]] {
            let result = try run(arguments + ["--db", database], in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("is sound (18 articles"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func checkFindsBrokenInvariantsAndAStaleIndex() throws {
        let (directory, database) = try archiveOfSamples()
        _ = try sqlite(
            URL(fileURLWithPath: database),
            """
            UPDATE mentions SET start = start + 1 WHERE id = 3;
            DELETE FROM article_sources WHERE article_id = 2;
            UPDATE paragraphs SET text = text || ' zebra' WHERE id = 5;
            """)
        let result = try run(["check", "--db", database], in: directory)
        #expect(result.status == 3)
        #expect(result.stdout.contains("1 mention outside its paragraph or not matching its text: mention 3"))
        #expect(result.stdout.contains("1 article whose source is missing from article_sources: article 2"))
        #expect(result.stdout.contains("the full-text index does not match the paragraphs"))
        // The article-level index holds the same text, so it is as stale.
        #expect(result.stdout.contains("the article-level search index does not match the paragraphs"))
        #expect(result.stderr.contains("is damaged (4 problems above)"))
        #expect(result.stderr.contains(".recover"))
    }

    /// Overwrites one leaf page of `table` with random bytes; returns the page number.
    func damage(_ database: String, table: String) throws -> Int {
        let page =
            Int(try sqlite(URL(fileURLWithPath: database), "SELECT max(pageno) FROM dbstat WHERE name = '\(table)' AND pagetype = 'leaf'"))
            ?? 0
        #expect(page > 2)
        let handle = try #require(FileHandle(forUpdatingAtPath: database))
        try handle.seek(toOffset: UInt64((page - 1) * 4096))
        var generator = SystemRandomNumberGenerator()
        try handle.write(contentsOf: Data((0..<3000).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()
        return page
    }

    @Test func damageAnywhereIsFoundByCheckAndStopsRewritingCommands() throws {
        let (directory, database) = try archiveOfSamples()
        _ = try damage(database, table: "mentions")
        let before = try fileDigest(database)
        let check = try run(["check", "--db", database], in: directory)
        #expect(check.status == 3)
        #expect(try run(["check", "--quick", "--db", database], in: directory).status == 3)
        for command in [["delete", "1"], ["reprocess"]] {
            let result = try run(command + ["--db", database], in: directory)
            #expect(result.status == 3, "\(command)")
            #expect(result.stderr.contains("is damaged"), "\(command)")
            #expect(result.stderr.contains("nothing was changed"), "\(command)")
        }
        #expect(try fileDigest(database) == before)
    }

    @Test func anExportThatMeetsDamageSaysHowManyRowsItWrote() throws {
        let directory = scratch()
        let database = directory.appending(path: "a.sqlite").path
        _ = try run(["import", "--quiet", "--db", database, try corpus(60).path], in: directory)
        _ = try damage(database, table: "paragraphs")
        let result = try run(["export", "paragraphs", "--db", database], in: directory)
        #expect(result.status == 3)
        #expect(result.stderr.contains("rows were written before the damage was found"))
    }

    @Test func refusingANewerArchiveLeavesItByteIdentical() throws {
        let (directory, database) = try archiveOfSamples()
        _ = try sqlite(
            URL(fileURLWithPath: database), "INSERT INTO grdb_migrations VALUES ('9999_from_the_future'); PRAGMA wal_checkpoint(TRUNCATE);")
        let before = try fileDigest(database)
        for command in [["import", seed], ["search", "China"], ["delete", "1"], ["stats"], ["check"]] {
            let result = try run(command + ["--db", database], in: directory)
            #expect(result.status == 3, "\(command)")
            #expect(result.stderr.contains("newer version"), "\(command)")
        }
        #expect(try fileDigest(database) == before)
    }

    @Test func aFileWithOurIdButForeignTablesIsLeftByteIdentical() throws {
        let directory = scratch()
        let database = directory.appending(path: "notes.sqlite").path
        _ = try sqlite(
            URL(fileURLWithPath: database), "PRAGMA application_id = 1129139796; CREATE TABLE notes(x); INSERT INTO notes VALUES (1);")
        let before = try fileDigest(database)
        let result = try run(["import", "--db", database, seed], in: directory)
        #expect(result.status == 3)
        #expect(result.stderr.contains("not an archive's tables"))
        #expect(try fileDigest(database) == before)
        #expect(try sqlite(URL(fileURLWithPath: database), "PRAGMA journal_mode") == "delete")
    }

    @Test func afterEveryWritingCommandTheMainFileAloneIsComplete() throws {
        let (directory, database) = try archiveOfSamples()
        func copyAlone() throws -> String {
            let copy = scratch().appending(path: "copy.sqlite").path
            try FileManager.default.copyItem(atPath: database, toPath: copy)
            return copy
        }
        #expect(try articleCount(try copyAlone()) == 18)
        #expect(try run(["delete", "1", "--db", database], in: directory).status == 0)
        #expect(try articleCount(try copyAlone()) == 17)
        #expect(try run(["aliases", "add", "Moscow's premier", "Mikhail Mishustin", "--db", database], in: directory).status == 0)
        #expect(try sqlite(URL(fileURLWithPath: try copyAlone()), "SELECT count(*) FROM aliases") == "1")
    }
}

@Suite("Disks and neighbours", .serialized)
struct DiskTests {
    @Test func aReadOnlyArchiveIsSearchedAndRefusesWrites() throws {
        let (directory, database) = try archiveOfSamples()
        let shelf = scratch()
        let copy = shelf.appending(path: "archived.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        let binaryCopy = shelf.appending(path: "commentary").path
        try FileManager.default.copyItem(atPath: binary().path, toPath: binaryCopy)
        #expect(chmod(copy, 0o444) == 0)
        #expect(chmod(shelf.path, 0o555) == 0)
        defer { chmod(shelf.path, 0o755) }
        // As root every folder is writable: drop to an unprivileged user, as a reader of a shared
        // or mounted archive is.
        let prefix = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let search = try shell("\(prefix)'\(binaryCopy)' search 'China-Russia Business Forum' --db '\(copy)' --format csv", in: directory)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("mishustin-visit-commentary.txt"))
        let stats = try shell("\(prefix)'\(binaryCopy)' stats --db '\(copy)' --format json", in: directory)
        #expect(stats.status == 0, "\(stats.stderr)")
        let write = try shell("\(prefix)'\(binaryCopy)' import --db '\(copy)' '\(seed)'", in: directory)
        #expect(write.status == 3)
        #expect(write.stderr.contains("is read-only"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf.path).sorted() == ["archived.sqlite", "commentary"])
    }

    @Test func twoImportsCreatingOneArchiveBothSucceed() throws {
        let directory = scratch()
        let database = directory.appending(path: "new.sqlite").path
        let folder = try corpus(120)
        let processes = try [folder.path, repository.appending(path: "Samples").path].map { path in
            let process = Process()
            process.executableURL = binary()
            process.arguments = ["import", "--quiet", "--db", database, path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        #expect(try articleCount(database) == 120 + 18)
    }

    @Test(arguments: ["/dev/null", "fifo"])
    func anArchiveThatIsNotARegularFileIsRefused(_ name: String) throws {
        let directory = scratch()
        let path = name.hasPrefix("/") ? name : directory.appending(path: name).path
        if !name.hasPrefix("/") { #expect(mkfifo(path, 0o644) == 0) }
        for command in [["import", seed], ["search", "China"]] {
            let result = try run(command + ["--db", path], in: directory)
            #expect(result.status == 3)
            #expect(result.stderr.contains("not a regular file"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
}

@Suite("delete says what goes before it goes")
struct DeleteCommandTests {
    @Test func aDryRunListsWhatWouldGoAndChangesNothing() throws {
        let (directory, database) = try archiveOfSamples()
        let before = try fileDigest(database)
        let dry = try run(["delete", "--query", "Mishustin", "--dry-run", "--format", "csv", "--db", database], in: directory)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.hasPrefix("article_id,action,sources,title"))
        #expect(dry.stdout.contains("delete article"))
        #expect(dry.stderr.contains("(dry run: nothing changed)"))
        #expect(try fileDigest(database) == before)
        let real = try run(["delete", "--query", "Mishustin", "--db", database], in: directory)
        #expect(real.status == 0)
        let listed = dry.stdout.split(whereSeparator: \.isNewline).count - 1
        #expect(real.stderr.contains("deleted \(listed) articles"))
        #expect(try articleCount(database) == 18 - listed)
    }

    @Test func nothingNamedOrNamesAndFiltersTogetherAreUsageErrors() throws {
        let (directory, database) = try archiveOfSamples()
        #expect(try run(["delete", "--db", database], in: directory).status == 2)
        #expect(try run(["delete", "1", "--outlet", "CGTN", "--db", database], in: directory).status == 2)
        #expect(try articleCount(database) == 18)
    }
}

@Suite("reprocess --stale finds what an older extractor wrote")
struct StaleTests {
    @Test func statsCountsStaleArticlesAndReprocessStaleUpdatesThem() throws {
        let (directory, database) = try archiveOfSamples()
        _ = try sqlite(URL(fileURLWithPath: database), "UPDATE articles SET extractor_version = 1 WHERE id IN (2, 3)")
        let stats = try run(["stats", "--format", "json", "--db", database], in: directory)
        #expect(stats.stdout.contains("\"stale_articles\":2"))
        // The archive's version is the tool's, not the stale articles' (a text match would take
        // version 10 for 1).
        let rows = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [[String: Any]]
        let version = rows?.first?["extractor_version"] as? Int
        #expect(version != nil && version != 1)
        let stale = try run(["reprocess", "--stale", "--db", database], in: directory)
        #expect(stale.status == 0)
        #expect(stale.stderr.contains("reprocessed 2, failed 0"))
        #expect(try run(["stats", "--format", "json", "--db", database], in: directory).stdout.contains("\"stale_articles\":0"))
    }
}

@Suite("Every file a walk passes over is counted and named")
struct SkippedFileTests {
    func folder() throws -> URL {
        let directory = scratch()
        let docs = directory.appending(path: "docs")
        try FileManager.default.createDirectory(at: docs.appending(path: ".git"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: seed, toPath: docs.appending(path: "seed.txt").path)
        for name in ["a.pdf", "b.pdf", "c.odt", ".DS_Store"] { try Data("x".utf8).write(to: docs.appending(path: name)) }
        return directory
    }

    @Test func aFolderWithFilesImportDoesNotReadSaysSo() throws {
        let directory = try folder()
        let result = try run(["import", "--db", "a.sqlite", "docs"], in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.contains("imported 1,"))
        #expect(result.stderr.contains("skipped 3 files of types import does not read (.pdf ×2, .odt); -v lists them"))
        #expect(result.stderr.contains("skipped 2 hidden entries (names starting with .)"))
        let verbose = try run(["import", "-v", "--db", "b.sqlite", "docs"], in: directory)
        for line in ["skipped docs/a.pdf (.pdf is not a type import reads)", "skipped docs/c.odt", "skipped docs/.git (hidden)"] {
            #expect(verbose.stderr.contains(line), "\(line)")
        }
    }

    @Test(arguments: [("paper.pdf", "pdftotext"), ("essay.odt", "pandoc"), ("sheet.xlsx", "as CSV"), ("notes.rtf", "pandoc")])
    func aDocumentNamedOnTheCommandLineIsRefusedWithHowToConvertIt(_ name: String, _ hint: String) throws {
        let directory = scratch()
        try Data("url,title,text\n".utf8).write(to: directory.appending(path: name))
        let result = try run(["import", "--db", "a.sqlite", name], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(name): a "))
        #expect(result.stderr.contains(hint))
        #expect(result.stderr.contains("imported 0,"))
    }
}
