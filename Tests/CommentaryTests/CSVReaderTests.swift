import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("CSV and TSV")
struct CSVReaderTests {
    /// Every record the scanner finds in `text`, fed `chunk` bytes at a time.
    static func scan(_ text: String, delimiter: Character = ",", chunk: Int = 1 << 20, limit: Int = 1 << 20) -> [CSVRecordScanner.Event] {
        var scanner = CSVRecordScanner(delimiter: delimiter.asciiValue ?? 0, limit: limit)
        var events: [CSVRecordScanner.Event] = []
        let bytes = Data(text.utf8)
        var start = 0
        while start < bytes.count {
            scanner.feed(bytes[start..<min(start + chunk, bytes.count)]) { events.append($0) }
            start += chunk
        }
        scanner.finish { events.append($0) }
        return events
    }

    /// Excel in much of Europe writes CSV with semicolons; some exports use tabs. The header row
    /// decides, read whole however the file arrives in chunks.
    @Test(
        arguments: [
            (
                "id;title;text\nc1;\"Say \"\"hi\"\"; go\";One, two, three\n",
                [["id", "title", "text"], ["c1", "Say \"hi\"; go", "One, two, three"]]
            ),
            ("\u{FEFF}ID;Title;Body\r\n1;A;B\r\n", [["ID", "Title", "Body"], ["1", "A", "B"]]),
            ("id\ttitle\ttext\n1\tA, B\tC; D\n", [["id", "title", "text"], ["1", "A, B", "C; D"]]),
            ("\"a;b\",text\n1,2\n", [["a;b", "text"], ["1", "2"]]),
            ("title,text\nA;B,C\n", [["title", "text"], ["A;B", "C"]]),
            ("text\nOne; two\n", [["text"], ["One; two"]]),
        ] as [(String, [[String]])])
    func theHeaderRowDecidesTheDelimiter(_ text: String, _ expected: [[String]]) {
        for chunk in [1 << 20, 1] {
            var scanner = CSVRecordScanner(delimiter: UInt8(ascii: ","), limit: 1 << 20, detectingDelimiter: true)
            var records: [[String]] = []
            let bytes = Data(text.utf8)
            var start = 0
            while start < bytes.count {
                scanner.feed(bytes[start..<min(start + chunk, bytes.count)]) {
                    if case .record(let fields, _) = $0 { records.append(fields) }
                }
                start += chunk
            }
            scanner.finish { if case .record(let fields, _) = $0 { records.append(fields) } }
            #expect(records == expected, "chunk \(chunk)")
        }
    }

    @Test(
        arguments: [
            ("a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
            ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
            ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
            ("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", [["a", "b"], ["x, y", "say \"hi\""]]),
            ("a,b\n\"line one\nline two\",z\n", [["a", "b"], ["line one\nline two", "z"]]),
            ("a,b\n\"crlf\r\ninside\",z\r\n", [["a", "b"], ["crlf\r\ninside", "z"]]),
            ("\u{FEFF}a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
            ("a,b\n\n1,2\n\n", [["a", "b"], ["1", "2"]]),
            ("a,b\n,\n", [["a", "b"], ["", ""]]),
            ("a,b\nsay \"hi\",2\n", [["a", "b"], ["say \"hi\"", "2"]]),
        ] as [(String, [[String]])])
    func recordsFollowRFC4180(_ text: String, _ expected: [[String]]) {
        // Whole, and one byte at a time: a record split across chunks reads the same.
        for chunk in [1 << 20, 1] {
            let records = Self.scan(text, chunk: chunk).compactMap { event -> [String]? in
                if case .record(let fields, _) = event { return fields }
                return nil
            }
            #expect(records == expected, "chunk \(chunk)")
        }
    }

    @Test func aRecordIsNumberedByTheLineItStartsOn() {
        let events = Self.scan("a,b\n\"one\ntwo\nthree\",x\nlast,y\n")
        #expect(events == [.record(["a", "b"], line: 1), .record(["one\ntwo\nthree", "x"], line: 2), .record(["last", "y"], line: 5)])
    }

    @Test(arguments: [1, 2, 3, 1 << 20])
    func aCarriageReturnAloneEndsALine(chunk: Int) {
        // Excel's "CSV (Macintosh)": the whole file was one header row ("no rows under the header
        // row"). CRLF and LF files read as before, a chunk's end between CR and LF or not.
        let expected: [CSVRecordScanner.Event] = [
            .record(["id", "text"], line: 1), .record(["c1", "One\ntwo"], line: 2), .record(["c2", "Three"], line: 4),
        ]
        #expect(Self.scan("id,text\rc1,\"One\rtwo\"\rc2,Three\r", chunk: chunk) == expected)
        #expect(Self.scan("id,text\nc1,\"One\ntwo\"\nc2,Three", chunk: chunk) == expected)
        #expect(
            Self.scan("id,text\r\nc1,\"One\ntwo\"\r\nc2,Three\r\n", chunk: chunk) == expected)
    }

    @Test func tabsPartTSVFields() {
        let events = Self.scan("title\ttext\nA, with comma\t\"quoted\ttab\"\n", delimiter: "\t")
        #expect(events.last == .record(["A, with comma", "quoted\ttab"], line: 2))
    }

    @Test func malformedRowsAreReportedAndTheNextOnesRead() {
        let events = Self.scan("a,b\n\"x\"y,1\n2,3\n\"never closed,4\n")
        #expect(events.count == 4)
        #expect(
            events[1] == .malformed(line: 2, reason: "text after a closing quote (a quote inside a quoted field is written twice: \"\")"))
        #expect(events[2] == .record(["2", "3"], line: 3))
        guard case .malformed(4, let reason) = events[3] else {
            Issue.record("\(events[3])")
            return
        }
        #expect(reason.contains("not closed"))
    }

    @Test func aRowLongerThanTheLimitIsPassedOverToTheEndOfItsLine() {
        let events = Self.scan("a,b\n\(String(repeating: "x", count: 100)),1\nok,2\n", chunk: 7, limit: 50)
        #expect(events == [.record(["a", "b"], line: 1), .tooLong(line: 2), .record(["ok", "2"], line: 3)])
    }

    // MARK: - Import

    static let header = "URL,Title,Text,Date,Authors\n"
    static let rows = [
        "https://example.org/kenya?utm_source=x,Kenya,\"Kenya's geothermal plants near Naivasha grew again.\n\nOfficials in Nairobi said so on Monday.\",2024-01-05,\"Amina Yusuf, Daniel Okoro\"\n",
        ",Chile,\"Chile's lithium policy changed in Santiago, where the senate voted on Tuesday.\",2023-05-03,\n",
        "https://example.org/brazil,Brazil,Brazil's soybean farmers in Mato Grosso sold more to China than ever before.,,\n",
    ]

    func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appending(path: name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func eachRowIsAnArticleWithTheFieldsJSONNames() throws {
        let directory = temporaryDirectory()
        let path = try write(Self.header + Self.rows.joined(), to: "rows.csv", in: directory)
        let (archive, summary) = try importInto(directory, [path])
        #expect(summary.imported == 3)
        #expect(summary.failed == 0)
        let rows = try archive.read { db in
            try Row.fetchAll(db, sql: "SELECT source, title, author, published, url, input_format FROM articles ORDER BY id")
        }
        #expect(rows.map { $0["title"] as String? } == ["Kenya", "Chile", "Brazil"])
        #expect(rows[0]["source"] == path + "#https://example.org/kenya")
        #expect(rows[0]["author"] == "Amina Yusuf; Daniel Okoro")
        #expect(rows[0]["published"] == "2024-01-05")
        #expect(rows[0]["input_format"] == "csv")
        #expect((rows[1]["source"] as String?)?.hasPrefix(path + "#") == true)
        let paragraphs = try archive.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM paragraphs WHERE article_id = 1 AND kind = 'body' ORDER BY position")
        }
        #expect(paragraphs == ["Kenya's geothermal plants near Naivasha grew again.", "Officials in Nairobi said so on Monday."])
        // Reprocessing reads each stored row the same way.
        let reprocessed = try Reprocessor.run(archive, filter: ArticleFilter(), onlyStale: false) { _ in }
        #expect(reprocessed.reprocessed == 3)
        #expect(reprocessed.failed == 0)
    }

    @Test func aRowAddedAtTheTopUpdatesNoNeighbour() throws {
        let directory = temporaryDirectory()
        let path = try write(Self.header + Self.rows.joined(), to: "rows.csv", in: directory)
        let (archive, _) = try importInto(directory, [path])
        let newcomer = "https://example.org/peru,Peru,Peru's copper mines in Arequipa face water limits.,,\n"
        _ = try write(Self.header + newcomer + Self.rows.joined(), to: "rows.csv", in: directory)
        let second = try Importer(archive: archive, options: ImportOptions()).run(paths: [path], standardInput: { nil }, report: { _ in })
        #expect(second.imported == 1)
        #expect(second.duplicates == 3)
        #expect(second.updated == 0)
    }

    /// Imports `path` into a new archive; the summary and every failure's message.
    static func importReportingFailures(_ path: String, in directory: URL) throws -> (ImportSummary, Failures) {
        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let failures = Failures()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [path], standardInput: { nil },
            report: { if case .failed(let error) = $0 { failures.add(error.description) } })
        return (summary, failures)
    }

    @Test func aFileWithoutATextColumnIsRefusedNamingItsLine() throws {
        let directory = temporaryDirectory()
        let path = try write("title,author\nKenya,Amina Yusuf\n", to: "rows.csv", in: directory)
        let (summary, failures) = try Self.importReportingFailures(path, in: directory)
        #expect(summary.failed == 1)
        #expect(summary.imported == 0)
        #expect(failures.all.first?.contains("\(path):1") == true)
        #expect(failures.all.first?.contains("no text column") == true)
    }

    @Test func aMalformedRowIsReportedWithItsLineAndTheRestImported() throws {
        let directory = temporaryDirectory()
        let path = try write(
            Self.header + Self.rows[0] + "x,\"bad\"row,text,,\n" + "only,three,fields\n" + Self.rows[2], to: "rows.tsv.csv",
            in: directory)
        let (summary, failures) = try Self.importReportingFailures(path, in: directory)
        #expect(summary.imported == 2)
        #expect(summary.failed == 2)
        #expect(failures.all.contains { $0.contains("\(path):5") && $0.contains("malformed row") })
        #expect(failures.all.contains { $0.contains("\(path):6") && $0.contains("3 fields where the header row has 5") })
    }

    /// A spreadsheet saved as CSV on an older system, in windows-1252 or GBK with no way to say
    /// so: its rows are read in the encoding its bytes fit, with a warning naming it.
    @Test(arguments: [
        (
            "windows-1252",
            "7469746c652c746578740a22436166e92063756c74757265222c224c6520706f7274206120617070726f7576e9206c61206e6f7576656c6c6520646967756520617072e873206f6e7a6520616e6ee965732e220a",
            "Café culture", "Le port a approuvé la nouvelle digue après onze années."
        ),
        (
            "GBK",
            "7469746c652c746578740ab8dbbfdab7c0b2a8b5cc2cb8dbbfdab9dcc0edbed6d6dcd2bbc5fad7bcc1cbd0c2b5c4b7c0b2a8b5cca3acbde1caf8c1cbd3e6d2b5bacfd7f7c9e7d3ebb8dbbfdad2b5d6f7d6aebce4b3a4b4efcaaed2bbc4eab5c4d5f9d2e9a1a30a",
            "港口防波堤", "港口管理局周一批准了新的防波堤，结束了渔业合作社与港口业主之间长达十一年的争议。"
        ),
    ])
    func aCSVFileInALegacyEncodingIsReadInIt(_ encoding: String, _ hex: String, _ title: String, _ text: String) throws {
        let directory = temporaryDirectory()
        let path = directory.appending(path: "rows.csv").path
        try Data(LegacyEncodingTests.bytes(hex)).write(to: URL(fileURLWithPath: path))
        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let warnings = Failures()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [path], standardInput: { nil }, report: { if case .warning(let message) = $0 { warnings.add(message) } })
        #expect(summary.imported == 1)
        let stored = try archive.read { db in
            try Row.fetchOne(db, sql: "SELECT a.title, p.text FROM articles a JOIN paragraphs p ON p.article_id = a.id AND p.kind = 'body'")
        }
        #expect(stored?["title"] == title)
        #expect(stored?["text"] == text)
        #expect(warnings.all == ["\(path): invalid UTF-8 and no charset declared; read as \(encoding), a guess from its text"])
    }

    @Test func tsvFromStandardInputIsReadRowByRow() throws {
        let directory = temporaryDirectory()
        var options = ImportOptions()
        options.format = .tsv
        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let text =
            "title\ttext\nKenya\tKenya's geothermal plants near Naivasha grew again.\nChile\tChile's lithium policy changed in Santiago.\n"
        let summary = try Importer(archive: archive, options: options).run(
            paths: ["-"], standardInput: { Data(text.utf8) }, report: { _ in })
        #expect(summary.imported == 2)
        #expect(summary.failed == 0)
    }
}

/// Failure messages collected from the importer's report callback.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
