import Foundation
import Testing

@testable import Commentary

/// Imports `paths` and returns the summary and every failure message.
func importCollecting(_ directory: URL, _ paths: [String], options: ImportOptions = ImportOptions()) throws -> (ImportSummary, [String]) {
    let archive = try Archive.open(path: directory.appending(path: "p.sqlite").path, mode: .create)
    let failures = ResultSlots<String>(count: 64)
    let counter = Counter()
    let summary = try Importer(archive: archive, options: options).run(
        paths: paths, standardInput: { nil },
        report: { event in
            if case .failed(let error) = event { failures[counter.next()] = error.description }
        })
    return (summary, failures.values)
}

/// `data` gzip-compressed by the gzip command, at `path`.
func gzipFile(_ data: Data, at path: URL) throws {
    let plain = path.deletingPathExtension()
    try data.write(to: plain)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-f", plain.path]
    try gzip.run()
    gzip.waitUntilExit()
}

@Suite("Pathological input: bounded memory, named failures")
struct PathologicalInputTests {
    /// The line splitter keeps at most the limit of an unfinished line: a longer line is refused
    /// once, as soon as it passes the limit, and the lines after it are read.
    @Test func aLineLongerThanTheLimitIsRefusedOnceAndNotKept() {
        var splitter = LineSplitter(limit: 1000)
        var events: [String] = []
        func handle(_ event: LineSplitter.Event) {
            switch event {
            case .line(let line): events.append("line \(line.count)")
            case .tooLong: events.append("too long")
            case .skippedLineEnded: events.append("skipped")
            }
        }
        splitter.feed(Data("short\n".utf8) + Data(repeating: 0x61, count: 600), handle)
        #expect(events == ["line 5"])
        splitter.feed(Data(repeating: 0x61, count: 600), handle)
        #expect(events == ["line 5", "too long"])
        for _ in 0..<50 { splitter.feed(Data(repeating: 0x61, count: 10_000), handle) }
        splitter.feed(Data(repeating: 0x61, count: 10) + Data("\nnext".utf8), handle)
        splitter.finish(handle)
        #expect(events == ["line 5", "too long", "skipped", "line 4"])
    }

    @Test func linesCutAcrossChunksAreWhole() {
        var splitter = LineSplitter(limit: 1000)
        var lines: [String] = []
        let text = "first line\nsecond line\r\n\nlast"
        for byte in Data(text.utf8) {
            splitter.feed(Data([byte])) { if case .line(let line) = $0 { lines.append(String(decoding: line, as: UTF8.self)) } }
        }
        splitter.finish { if case .line(let line) = $0 { lines.append(String(decoding: line, as: UTF8.self)) } }
        #expect(lines == ["first line", "second line\r", "", "last"])
    }

    /// A JSON Lines record over --max-size is refused with its line number; the records around it
    /// are imported.
    @Test func anOverlongJSONLineIsRefusedWithItsLineAndTheRestImported() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        let long = #"{"id": "long", "text": ""# + String(repeating: "Trade talks went on in Kazan. ", count: 80_000) + #""}"#
        let lines = [
            #"{"id": "a", "text": "Delegates from Kenya met in Nairobi to talk about geothermal power."}"#, long,
            #"{"id": "b", "text": "Chile and Bolivia discussed lithium at a meeting in Santiago."}"#,
        ]
        try lines.joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.maxArticleBytes = 1 << 20
        let (summary, failures) = try importCollecting(directory, [feed.path], options: options)
        #expect(summary.imported == 2)
        #expect(failures == ["\(feed.path):2: record larger than --max-size (more than 1048576 bytes)"])
    }

    /// A gzip bomb inflates in chunks of bounded size, never at once.
    @Test func aGzipBombInflatesInBoundedChunks() throws {
        let directory = temporaryDirectory()
        let bomb = directory.appending(path: "bomb.jsonl.gz")
        try gzipFile(Data(repeating: 0, count: 48 << 20), at: bomb)
        let input = try ChunkedInput(path: bomb.path)
        var total = 0
        var largest = 0
        while let chunk = try input.next(path: bomb.path) {
            total += chunk.count
            largest = max(largest, chunk.count)
        }
        #expect(total == 48 << 20)
        #expect(largest <= ChunkedInput.chunkSize + (1 << 16))
        var options = ImportOptions()
        options.maxArticleBytes = 1 << 20
        let (summary, failures) = try importCollecting(directory, [bomb.path], options: options)
        #expect(summary.imported == 0)
        #expect(failures == ["\(bomb.path):1: record larger than --max-size (more than 1048576 bytes)"])
    }

    /// A FIFO, a link to a device and a socket-less special file in a folder are each named; the
    /// articles beside them are imported. Opening a FIFO with no writer would wait forever.
    @Test func specialFilesInAFolderAreNamedNotRead() throws {
        let directory = temporaryDirectory()
        let folder = directory.appending(path: "in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Kenya and Ethiopia signed a power deal in Nairobi on Monday, officials said.".write(
            to: folder.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        #expect(mkfifo(folder.appending(path: "pipe.txt").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "zero.jsonl").path, withDestinationPath: "/dev/zero")
        let (summary, failures) = try importCollecting(directory, [folder.path])
        #expect(summary.imported == 1)
        #expect(
            failures.sorted() == [
                "\(folder.path)/pipe.txt: not a regular file (a FIFO); only regular files are imported",
                "\(folder.path)/zero.jsonl: not a regular file (a character device); only regular files are imported",
            ])
    }

    /// Named on the command line, a FIFO or a device is refused before it is opened.
    @Test func aFIFOOrDeviceNamedAsAnInputIsRefused() throws {
        let directory = temporaryDirectory()
        let fifo = directory.appending(path: "feed.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let (summary, failures) = try importCollecting(directory, [fifo, "/dev/urandom"])
        #expect(summary.failed == 2)
        #expect(
            failures.sorted() == [
                "/dev/urandom: not a regular file (a character device); only regular files are imported",
                "\(fifo): not a regular file (a FIFO); only regular files are imported",
            ])
    }

    /// A file swapped for a FIFO between the walk and the read is refused at open, not waited on.
    @Test func openingAFIFOForReadingDoesNotWait() throws {
        let directory = temporaryDirectory()
        let fifo = directory.appending(path: "late.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: CommentaryError.self) { try WholeFile.read(fifo) }
        #expect(throws: CommentaryError.self) { try ChunkedInput(path: fifo) }
    }

    // MARK: - JSON documents record by record

    /// Scans `text` fed in pieces of `step` bytes; the events as strings.
    func scan(_ text: String, step: Int, limit: Int = 1 << 20, maxDepth: Int = 512) -> [String] {
        var scanner = JSONRecordScanner(listKeys: JSONArticleReader.listFields, limit: limit, maxDepth: maxDepth)
        var events: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        do {
            while start < bytes.count {
                let end = min(bytes.count, start + step)
                try scanner.feed(Data(bytes[start..<end])) { event in
                    switch event {
                    case .record(let data, let number): events.append("\(number): \(String(decoding: data, as: UTF8.self))")
                    case .tooLarge(let number): events.append("\(number): too large")
                    case .tooDeep(let number): events.append("\(number): too deep")
                    case .anotherValue: events.append("another value")
                    }
                }
                start = end
            }
            try scanner.finish()
        } catch {
            events.append("failed: \(error)")
        }
        return events
    }

    /// The scanner finds each record of an array or a wrapper's list, whatever the chunk size,
    /// with strings holding brackets, commas and escaped quotes.
    @Test(arguments: [1, 2, 3, 7, 64])
    func theRecordScannerFindsEachRecordInAnyChunking(step: Int) {
        let array = #"\#u{FEFF} [ {"text": "a [b], {c}", "n": [1, {"x": "\"]"}]} , 5,"s\\",{"t":"}"} ]"#
        #expect(
            scan(array, step: step) == [
                #"1: {"text": "a [b], {c}", "n": [1, {"x": "\"]"}]} "#, "2: 5", #"3: "s\\""#, #"4: {"t":"}"} "#,
            ])
        let wrapper =
            #"{"status": "ok", "data2": [9], "note": "articles", "articles": [{"text": "one"}, {"text": "two"}], "items": [{"text": "no"}]}"#
        #expect(scan(wrapper, step: step) == [#"1: {"text": "one"}"#, #"2: {"text": "two"}"#])
        #expect(scan(#"{"a": 1}"#, step: step) == [])
        #expect(scan(#"{"text": "one"} {"text": "two"}"#, step: step) == ["another value"])
        #expect(scan(#"[{"text": "one"}, {"text": "#, step: step) == [#"1: {"text": "one"}"#, "failed: truncated"])
        #expect(scan(#"[1]]"#, step: step) == ["1: 1", "failed: trailingData"])
    }

    /// For generated arrays of records (strings with brackets, quotes, escapes and any Unicode),
    /// fed in random chunks: the scanner hands over exactly the elements, each of which decodes to
    /// the record written; random bytes never trap it.
    @Test(arguments: 0..<100)
    func theRecordScannerAgreesWithTheDecoder(seed: Int) throws {
        var random = SeededGenerator(state: UInt64(seed) &+ 77)
        var records: [[String: Any]] = []
        for index in 0..<Int.random(in: 0...12, using: &random) {
            var text = OddText.paragraph(&random)
            text += ["[", "]", "{", "}", "\"", "\\", ",", ":", "\\\"", ""].randomElement(using: &random) ?? ""
            records.append(["id": "r\(index)", "text": text, "nested": [["a": [text]], []]])
        }
        let document = try JSONSerialization.data(withJSONObject: records, options: [.withoutEscapingSlashes])
        let expected = try records.map { try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
        var scanner = JSONRecordScanner(listKeys: JSONArticleReader.listFields, limit: 1 << 20)
        var found: [Data] = []
        var start = 0
        while start < document.count {
            let end = min(document.count, start + Int.random(in: 1...64, using: &random))
            try scanner.feed(document.subdata(in: start..<end)) { event in
                if case .record(let bytes, _) = event { found.append(bytes) }
            }
            start = end
        }
        try scanner.finish()
        let decoded = try found.map {
            try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: $0), options: [.sortedKeys])
        }
        #expect(decoded == expected)

        var noise = JSONRecordScanner(listKeys: JSONArticleReader.listFields, limit: 4096)
        let bytes = Data(
            (0..<2048).map { _ in
                [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: ",")]
                    .randomElement(using: &random) ?? 0
            })
        try? noise.feed(bytes) { _ in }
        try? noise.finish()
    }

    /// A record nested too deep or too long is reported and passed over, the others kept.
    @Test func deepOrLongRecordsArePassedOver() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(scan("[1, \(deep), 2]", step: 4096) == ["1: 1", "2: too deep", "3: 2"])
        #expect(scan("[1, \(deep), 2]", step: 4096, maxDepth: 200_000).count == 3)
        let long = "\"" + String(repeating: "x", count: 5000) + "\""
        #expect(scan("[1, \(long), 2]", step: 100, limit: 1000) == ["1: 1", "2: too large", "3: 2"])
    }

    /// A JSON array of many records is imported record by record, each named as before.
    @Test func aJSONArrayStreamsRecordByRecord() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.json")
        let records = (0..<1200).map { #"{"id": "r\#($0)", "text": "Record \#($0): delegates met in Nairobi on trade."}"# }
        try ("[" + records.joined(separator: ",\n") + ", 7]").write(to: feed, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.batchSize = 100
        let (summary, failures) = try importCollecting(directory, [feed.path], options: options)
        #expect(summary.imported == 1200)
        #expect(failures == ["\(feed.path) [record 1201]: expected a JSON object"])
    }

    /// A wrapper object larger than --max-size streams its list; nested too deep, a file is refused.
    @Test func aLargeWrapperObjectStreamsItsListAndDeepNestingIsRefused() throws {
        let directory = temporaryDirectory()
        let wrapper = directory.appending(path: "wrapper.json")
        let records = (0..<300).map { n in
            #"{"id": "w\#(n)", "text": "Record \#(n) on trade in Kenya. "# + String(repeating: "More words on it. ", count: 250) + #""}"#
        }
        try (#"{"status": "ok", "articles": ["# + records.joined(separator: ",") + "]}").write(
            to: wrapper, atomically: true, encoding: .utf8)
        let deep = directory.appending(path: "deep.json")
        try (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).write(
            to: deep, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.maxArticleBytes = 1 << 20
        let (summary, failures) = try importCollecting(directory, [wrapper.path, deep.path], options: options)
        #expect(summary.imported == 300)
        #expect(failures == ["\(deep.path) [record 1]: nested deeper than 512 levels of arrays and objects; not read"])
    }

    // MARK: - Long paragraphs

    /// A text of one endless line becomes paragraphs of at most 10,000 code points, cut at
    /// sentence ends, holding every visible code point of it.
    @Test func anEndlessLineIsCutIntoParagraphsAtSentenceEnds() throws {
        let sentence = "Prime Minister Li Qiang met President Xi Jinping in Beijing on May 24, 2023, to talk about trade. "
        let text = String(repeating: sentence, count: 3000)
        let article = try ArticleNormalizer().normalize(RawArticle(source: "long.txt", rawText: text, text: text))
        #expect(article.paragraphs.count > 20)
        #expect(article.paragraphs.allSatisfy { $0.text.unicodeScalars.count <= ParagraphSplitter.longestParagraph })
        #expect(article.paragraphs.allSatisfy { $0.text.hasSuffix("trade.") && $0.text.hasPrefix("Prime Minister") })
        #expect(visibleScalars(article.paragraphs.map(\.text).joined()) == visibleScalars(text))
        #expect(article.mentions.filter { $0.name == "Xi Jinping" }.count == 3000)
        expectSpansInside(article)
    }

    /// Without sentence ends the cut falls at white space, and without that at the limit.
    @Test func anEndlessLineWithoutSentencesIsCutAtSpacesThenAnywhere() {
        let words = String(repeating: "word ", count: 10_000)
        let pieces = ParagraphSplitter.pieces(Substring(words), limit: 1000)
        #expect(pieces.allSatisfy { $0.unicodeScalars.count <= 1000 && $0.unicodeScalars.count >= 500 && $0.hasSuffix("word") })
        #expect(pieces.joined(separator: " ") == words.trimmingCharacters(in: .whitespaces))
        let one = String(repeating: "é", count: 4500)
        #expect(ParagraphSplitter.pieces(Substring(one), limit: 1000).map(\.unicodeScalars.count) == [1000, 1000, 1000, 1000, 500])
    }

    /// A compressed text or JSON document is held to --max-size once inflated, not by its size on
    /// disk: a gzip bomb named .txt.gz was inflated whole.
    @Test func aCompressedDocumentIsHeldToTheLimitOnceInflated() throws {
        let directory = temporaryDirectory()
        let bomb = directory.appending(path: "bomb.txt.gz")
        try gzipFile(Data(repeating: 0x61, count: 24 << 20), at: bomb)
        var options = ImportOptions()
        options.maxArticleBytes = 1 << 20
        let (summary, failures) = try importCollecting(directory, [bomb.path], options: options)
        #expect(summary.imported == 0)
        #expect(failures == ["\(bomb.path): larger than --max-size once decompressed (more than 1048576 bytes)"])
    }

    /// A JSON line or a small JSON document nested 100,000 deep is refused with a message, never
    /// a trap: the decoder stops at 512 levels.
    @Test func deeplyNestedJSONLinesAndDocumentsAreRefused() throws {
        let directory = temporaryDirectory()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let lines = directory.appending(path: "deep.jsonl")
        try (#"{"id": "a", "text": "Kenya signed a power deal in Nairobi on Monday."}"# + "\n" + #"{"text": "#).write(
            to: lines, atomically: true, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: lines)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((deep + "}\n").utf8))
        try handle.close()
        let object = directory.appending(path: "deep.json")
        try (#"{"text": "# + deep + "}").write(to: object, atomically: true, encoding: .utf8)
        let (summary, failures) = try importCollecting(directory, [lines.path, object.path])
        #expect(summary.imported == 1)
        #expect(failures.count == 2)
        #expect(failures.contains { $0.hasPrefix("\(lines.path):2: malformed JSON line") })
        #expect(failures.contains { $0.hasPrefix("\(object.path): not valid JSON") })
    }
}
