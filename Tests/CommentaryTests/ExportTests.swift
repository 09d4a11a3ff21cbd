import Foundation
import Testing

@testable import Commentary

@Suite("Export formats")
struct RowWriterTests {
    static let tricky: [Cell] = [
        .text("quote \" inside"), .text("comma, here"), .text("line\nbreak"), .text("tab\there"),
        .text("Zürich — 中国"), .text("=SUM(A1)"), .text(""), .null, .integer(42), .real(2.5),
    ]
    static let columns = (0..<10).map { "c\($0)" }

    func python(_ script: String, _ input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    func written(_ format: OutputFormat, options: RowWriterOptions = RowWriterOptions()) -> String {
        let sink = OutputSink()
        let writer = RowWriter(format: format, columns: Self.columns, sink: sink, options: options)
        writer.write(Self.tricky)
        writer.write(Self.tricky)
        writer.finish()
        return sink.text
    }

    @Test func csvRoundTripsThroughPythonsReader() throws {
        let output = try python(
            """
            import csv, sys, json
            rows = list(csv.reader(sys.stdin.read().splitlines(True)))
            print(json.dumps(rows))
            """, written(.csv))
        let rows = try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
        #expect(rows.count == 3)
        #expect(rows[0] == Self.columns)
        #expect(rows[1] == ["quote \" inside", "comma, here", "line\nbreak", "tab\there", "Zürich — 中国", "=SUM(A1)", "", "", "42", "2.5"])
    }

    @Test func excelSafeAndBOM() {
        var options = RowWriterOptions()
        options.excelSafe = true
        options.byteOrderMark = true
        let output = written(.csv, options: options)
        #expect(output.hasPrefix("\u{FEFF}c0,"))
        #expect(output.contains(",'=SUM(A1),"))
    }

    @Test func jsonLinesKeepTypes() throws {
        let output = written(.jsonl)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(object?["c8"] as? Int == 42)
        #expect(object?["c7"] is NSNull)
        #expect(object?["c2"] as? String == "line\nbreak")
    }

    @Test func jsonIsAnArrayEvenWhenEmpty() throws {
        let sink = OutputSink()
        let writer = RowWriter(format: .json, columns: ["a"], sink: sink)
        writer.finish()
        #expect(sink.text.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let full = written(.json)
        #expect((try JSONSerialization.jsonObject(with: Data(full.utf8)) as? [Any])?.count == 2)
    }

    /// TSV as Excel writes it and pandas, R and Python's csv module read it by default: a field
    /// holding a tab, a line break or a quote is quoted. A field that begins with a quote ("We are
    /// open," she said) lost its quotes in those readers when fields went unquoted.
    @Test func tsvRoundTripsThroughPythonsReader() throws {
        let output = try python(
            """
            import csv, sys, json
            rows = list(csv.reader(sys.stdin.read().splitlines(True), delimiter="\\t"))
            print(json.dumps(rows))
            """, written(.tsv))
        let rows = try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
        #expect(rows.count == 3)
        #expect(rows[1] == ["quote \" inside", "comma, here", "line\nbreak", "tab\there", "Zürich — 中国", "=SUM(A1)", "", "", "42", "2.5"])
        let sink = OutputSink()
        let writer = RowWriter(format: .tsv, columns: ["text", "path"], sink: sink)
        writer.write([.text("\"We are open for business,\" said the mayor."), .text("C:\\data\\notes")])
        writer.finish()
        #expect(sink.text == "text\tpath\n\"\"\"We are open for business,\"\" said the mayor.\"\tC:\\data\\notes\n")
    }
}

@Suite("Export tables")
struct ExporterTests {
    @Test func paragraphRowsMatchTheArchive() throws {
        let (archive, summary) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        let sink = OutputSink()
        let writer = RowWriter(format: .csv, columns: ExportTable.paragraphs.columns, sink: sink)
        let rows = try Exporter.export(archive, table: .paragraphs, filter: ArticleFilter(), writer: writer)
        writer.finish()
        #expect(rows == summary.paragraphs)
    }

    @Test func aQueryFilterSelectsArticles() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var filter = ArticleFilter()
        filter.query = "Mishustin"
        let sink = OutputSink()
        let writer = RowWriter(format: .jsonl, columns: ExportTable.mentions.columns, sink: sink)
        try Exporter.export(archive, table: .mentions, filter: filter, writer: writer)
        writer.finish()
        let sources = Set(
            sink.text.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["source"] as? String
            })
        #expect(sources.count == 1)
        #expect(sources.first?.hasSuffix("mishustin-visit-commentary.txt") == true)
    }

    @Test func hitsGiveKeywordInContext() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [seedPath])
        var filter = ArticleFilter()
        filter.query = "China-Russia Business Forum"
        let sink = OutputSink()
        let writer = RowWriter(format: .jsonl, columns: ExportTable.hits.columns, sink: sink)
        let rows = try Exporter.export(archive, table: .hits, filter: filter, writer: writer)
        writer.finish()
        #expect(rows >= 1)
        #expect(sink.text.contains("\"match\":\"China-Russia Business Forum\""))
    }

    @Test func datesAndMentionsCarryOffsetsIntoTheirParagraph() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [seedPath])
        func rows(_ table: ExportTable) throws -> [[String: Any]] {
            let sink = OutputSink()
            let writer = RowWriter(format: .jsonl, columns: table.columns, sink: sink)
            _ = try Exporter.export(archive, table: table, filter: ArticleFilter(), writer: writer)
            writer.finish()
            return try sink.text.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
        let paragraphs = Dictionary(
            uniqueKeysWithValues: try rows(.paragraphs).map {
                ($0["position"] as? Int ?? -1, Array(($0["text"] as? String ?? "").unicodeScalars))
            })
        for table in [ExportTable.dates, .mentions] {
            let found = try rows(table)
            #expect(found.count >= 5)
            for row in found {
                let text = try #require(paragraphs[row["paragraph_position"] as? Int ?? -1])
                let start = try #require(row["start"] as? Int)
                let length = try #require(row["length"] as? Int)
                #expect(String(String.UnicodeScalarView(text[start..<start + length])) == row["surface"] as? String)
            }
        }
    }
}
