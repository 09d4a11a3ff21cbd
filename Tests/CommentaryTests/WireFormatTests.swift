import Foundation
import Testing

@testable import Commentary

@Suite("What crosses the pipe to a worker")
struct WireFormatTests {
    @Test func anArticleSurvivesTheRoundTrip() throws {
        var article = try normalizeSeed()
        article.inputFormat = .text
        article.publishedTime = "2023-05-25T09:05:00+08:00"
        #expect(!article.mentions.isEmpty && !article.dates.isEmpty && !article.captions.isEmpty)
        var parsed = Importer.Parsed()
        parsed.articles = [article, article]
        parsed.failures = [.input(location: "a.jsonl:3", reason: "no text"), .failure("x"), .archive(path: "p", reason: "r")]
        parsed.warnings = ["ünïcode ✓ warning"]
        var writer = WireWriter()
        writer.parsed(parsed)
        var reader = WireReader(writer.bytes)
        let back = try reader.parsed()
        #expect(reader.atEnd)
        #expect(back.articles == parsed.articles)
        #expect(back.failures == parsed.failures)
        #expect(back.warnings == parsed.warnings)
    }

    @Test func aUnitSurvivesTheRoundTrip() throws {
        var unit = Importer.Unit(
            location: "feed.jsonl:7", file: "feed.jsonl", text: "{\"id\": 1}", format: .jsonl, lineNumber: 7, recordNumber: 3,
            standardInput: false)
        unit.warnings = ["invalid UTF-8", "2 NUL characters dropped"]
        unit.unread = Importer.InputFile(path: "/tmp/a b.html", source: "a b.html", format: .html, size: 1234)
        var writer = WireWriter()
        writer.unit(unit)
        var reader = WireReader(writer.bytes)
        let back = try reader.unit()
        #expect(back.location == unit.location && back.file == unit.file && back.text == unit.text)
        #expect(back.format == unit.format && back.lineNumber == 7 && back.recordNumber == 3 && back.warnings == unit.warnings)
        #expect(back.unread?.path == "/tmp/a b.html" && back.unread?.size == 1234 && back.unread?.format == .html)
    }

    @Test(arguments: [0, 1, 127, 128, 300, 1 << 40, -1, Int.min, Int.max])
    func integersSurviveTheRoundTrip(_ value: Int) throws {
        var writer = WireWriter()
        writer.integer(value)
        var reader = WireReader(writer.bytes)
        #expect(try reader.integer() == value)
    }

    @Test func aTruncatedMessageIsAnErrorNotATrap() {
        var writer = WireWriter()
        writer.string("a long enough string")
        for cut in 0..<writer.bytes.count {
            var reader = WireReader(Array(writer.bytes.prefix(cut)))
            #expect(throws: WireError.self) { try reader.string() }
        }
    }
}
