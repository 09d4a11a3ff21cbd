import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("DOCX")
struct DOCXReaderTests {
    /// Written by scripts/fixtures/make_docx.py from our own text.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: repositoryRoot.appending(path: "Tests/Fixtures/docx/\(name)"))
    }

    @Test func paragraphsHeadingsAndCaptionsAreRead() throws {
        let paragraphs = try DOCXReader.read(try Self.fixture("essay.docx"), location: "essay.docx", limit: 1 << 20)
        #expect(
            paragraphs.filter { !$0.text.isEmpty } == [
                .init(role: .title, text: "Water before walls: the Mekong's quiet data war"),
                .init(role: .body, text: "By Lina Saelee"),
                .init(
                    role: .body,
                    text:
                        "When the river fell to a record low in Vientiane last October, officials in Phnom Penh asked for the dam release figures & got none."
                ),
                .init(role: .caption, text: "Fishermen near Tonle Sap check their nets at dawn, Oct. 12, 2023. /Xinhua"),
                .init(role: .heading, text: "What the numbers hide"),
                // A tab is a space; deleted text is left out.
                .init(role: .body, text: "The Mekong River Commission publishes flows weekly but not upstream storage."),
                // A text box once, not again from its fallback copy.
                .init(role: .body, text: "Data shared late is data shared too late."),
                .init(role: .body, text: "Lao dams planned by 2030: 11 on the main stream, according to the commission."),
                .init(role: .body, text: "Lina Saelee is a researcher on water governance in Bangkok."),
            ])
    }

    @Test func aDocumentIsOneArticleWithItsTitleCaptionAndByline() throws {
        let directory = temporaryDirectory()
        let path = directory.appending(path: "essay.docx")
        try Self.fixture("essay.docx").write(to: path)
        let (archive, summary) = try importInto(directory, [path.path])
        #expect(summary.imported == 1)
        let article = try archive.read { db in try Row.fetchOne(db, sql: "SELECT title, author, input_format FROM articles") }
        #expect(article?["title"] == "Water before walls: the Mekong's quiet data war")
        #expect(article?["author"] == "Lina Saelee")
        #expect(article?["input_format"] == "docx")
        let caption = try archive.read { db in try Row.fetchOne(db, sql: "SELECT text, credit FROM captions") }
        #expect(caption?["credit"] == "Xinhua")
        let reprocessed = try Reprocessor.run(archive, filter: ArticleFilter(), onlyStale: false) { _ in }
        #expect(reprocessed.reprocessed == 1)
        #expect(reprocessed.failed == 0)
    }

    @Test func withoutATitleStyleTheFirstHeadingIsTheHeadline() throws {
        let html = try DOCXReader.html(try Self.fixture("headed.docx"), location: "headed.docx", limit: 1 << 20)
        let raw = try HTMLArticleReader.read(html, source: "headed.docx", fragment: true).get()
        #expect(raw.metadata.title == "Ports and patience in Mombasa")
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n".utf8), "it is a PDF"), (Array("{\\rtf1\\ansi ".utf8), "it is RTF"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "old Word .doc"), (Array("plain words".utf8), "not a zip file"),
    ])
    func aFileThatIsNoDocumentSaysWhatItIs(_ bytes: [UInt8], _ hint: String) {
        #expect(throws: CommentaryError.self) { try DOCXReader.html(Data(bytes), location: "x.docx", limit: 1 << 20) }
        do {
            _ = try DOCXReader.html(Data(bytes), location: "x.docx", limit: 1 << 20)
        } catch {
            #expect(error.description.contains(hint), "\(error)")
        }
    }

    @Test func aDamagedDocumentIsRefusedNeverTrusted() throws {
        let good = [UInt8](try Self.fixture("essay.docx"))
        // Every cut, and every byte of the last 200 (the central directory) flipped: an error or
        // the document, never a trap.
        for length in 0..<good.count {
            _ = try? DOCXReader.read(Data(good[0..<length]), location: "cut.docx", limit: 1 << 20)
        }
        for index in max(0, good.count - 200)..<good.count {
            var damaged = good
            damaged[index] ^= 0xFF
            _ = try? DOCXReader.read(Data(damaged), location: "flipped.docx", limit: 1 << 20)
        }
        // A byte of the compressed document changed fails its checksum or its inflation.
        let name = Array("word/document.xml".utf8)
        let local = try #require((0..<good.count).first { good[$0...].starts(with: name) })
        var corrupted = good
        corrupted[local + name.count + 20] ^= 0x55
        #expect(throws: CommentaryError.self) { try DOCXReader.read(Data(corrupted), location: "c.docx", limit: 1 << 20) }
        // A member larger than the limit is refused once inflated past it.
        #expect(throws: CommentaryError.self) { try DOCXReader.read(Data(good), location: "big.docx", limit: 100) }
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n".utf8) + [0, 1, 2], "it is a PDF"), ([0x50, 0x4B, 0x03, 0x04, 0, 0], "--input-format docx"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "save it as DOCX"),
    ])
    func aBinaryFileReadAsTextSaysWhatItIs(_ bytes: [UInt8], _ hint: String) {
        guard case .failure(let error) = TextDecoding.decode(Data(bytes), location: "x.txt") else {
            Issue.record("decoded")
            return
        }
        #expect(error.description.contains("binary file"))
        #expect(error.description.contains(hint))
    }

    @Test func aZipWithoutAWordDocumentIsNamedAsSuch() throws {
        // A stored, empty zip: just the end of its central directory.
        let empty: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
        do {
            _ = try DOCXReader.read(Data(empty), location: "e.docx", limit: 1 << 20)
            Issue.record("read")
        } catch {
            #expect(error.description.contains("no word/document.xml"))
        }
    }

    @Test(arguments: [
        ("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", "a & b <c> \"d\" 'e'"), ("&#233;t&#xE9;", "été"),
        ("&unknown; & &#xFFFFFFFF;", "&unknown; & &#xFFFFFFFF;"),
    ])
    func entitiesAreDecoded(_ given: String, _ expected: String) {
        #expect(XMLTags.decode(Array(given.utf8)[...]) == expected)
    }
}
