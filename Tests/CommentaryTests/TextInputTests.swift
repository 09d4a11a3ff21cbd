import Foundation
import Testing

@testable import Commentary

/// What bytes become text: NUL characters never stored, UTF-16 found without its byte-order
/// mark, text with nothing visible refused.
@Suite("Text input: NUL, UTF-16, invisible text")
struct TextInputTests {
    static let sentence = "The China-Russia Business Forum met in Kazan, where the delegations signed agreements.\n"

    @Test func nulCharactersAfterTheFirst8KBAreDroppedWithAWarning() throws {
        var data = Data(String(repeating: Self.sentence, count: 120).utf8)
        #expect(data.count > 8192)
        data.insert(0, at: 9000)
        data.append(contentsOf: [0, 0])
        let decoded = try TextDecoding.decode(data, location: "late.txt").get()
        #expect(!decoded.text.utf8.contains(0))
        #expect(decoded.text.utf8.count == data.count - 3)
        #expect(decoded.warnings == ["late.txt: contained 3 NUL characters; dropped"])
        // Each finding is a warning of its own, one line each.
        data.append(0xFF)
        let both = try TextDecoding.decode(data, location: "late.txt").get()
        #expect(
            both.warnings == [
                "late.txt: invalid UTF-8 and no charset declared; read as windows-1252, a guess from its text",
                "late.txt: contained 3 NUL characters; dropped",
            ])
    }

    @Test func aBinaryFileIsStillRefused() {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        data.append(contentsOf: (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        guard case .failure(let error) = TextDecoding.decode(data, location: "image.txt") else {
            Issue.record("a PNG was read as text")
            return
        }
        #expect(error.description.contains("binary file"))
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithoutAByteOrderMarkIsDecoded(_ encoding: String.Encoding) throws {
        let text = "Erdoğan and Mishustin — " + Self.sentence + Self.sentence
        let data = try #require(text.data(using: encoding))
        #expect(data.prefix(2) != Data([0xFF, 0xFE]) && data.prefix(2) != Data([0xFE, 0xFF]))
        let decoded = try TextDecoding.decode(data, location: "utf16.txt").get()
        #expect(decoded.text == text)
        #expect(decoded.warnings.isEmpty)
    }

    /// Pages saved in a single-byte encoding say so in a `<meta>` element; their bytes are not UTF-8.
    @Test(arguments: [
        ("<meta charset=\"ISO-8859-1\">", String.Encoding.isoLatin1, "Die Stra\u{DF}e nach M\u{FC}nchen wird ver\u{F6}ffentlicht."),
        (
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", .windowsCP1252,
            "\u{201E}Gr\u{FC}\u{DF}e\u{201C} \u{2013} 5 \u{20AC}"
        ),
        ("<meta charset='windows-1250'>", .windowsCP1250, "Zg\u{F3}da na umow\u{119} handlow\u{105} mi\u{119}dzy UE a Londynem"),
    ])
    func aPageInTheSingleByteEncodingItDeclaresIsDecodedByIt(_ meta: String, _ encoding: String.Encoding, _ text: String) throws {
        let page = "<html><head>\(meta)<title>t</title></head><body><p>\(text)</p></body></html>"
        let data = try #require(page.data(using: encoding))
        let decoded = try TextDecoding.decode(data, location: "page.html").get()
        #expect(decoded.text == page)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func aDeclaredEncodingDoesNotOverrideValidUTF8() throws {
        // Many pages declare Latin-1 and are in fact UTF-8: bytes that are valid UTF-8 are read as such.
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>M\u{FC}nchen \u{2013} Stra\u{DF}e</p></body></html>"
        let decoded = try TextDecoding.decode(Data(page.utf8), location: "page.html").get()
        #expect(decoded.text == page)
    }

    @Test func theCleanerDropsNUL() {
        #expect(TextCleaner.clean("abc\u{0}defghijklmnop\u{0}") == "abcdefghijklmnop")
        #expect(TextCleaner.clean("\u{0}") == "")
    }

    @Test func aJSONRecordsEscapedNULIsDroppedWithAWarning() throws {
        let directory = temporaryDirectory()
        let file = directory.appending(path: "feed.json")
        try
            #"{"id": "a1", "title": "Kazan\u0000 forum", "text": "The China-Russia Business Forum\u0000 met in Kazan, where the delegations signed agreements."}"#
            .write(to: file, atomically: false, encoding: .utf8)
        let archive = try Archive.open(path: directory.appending(path: "test.sqlite").path, mode: .create)
        let warnings = WarningLog()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [file.path], standardInput: { nil },
            report: { event in if case .warning(let message) = event { warnings.append(message) } })
        #expect(summary.imported == 1)
        #expect(warnings.messages == ["\(file.path)#a1: contained 2 NUL characters; dropped"])
        let stored = try archive.read { db in
            try String.fetchAll(
                db, sql: "SELECT title FROM articles UNION ALL SELECT text FROM paragraphs UNION ALL SELECT raw_text FROM articles")
        }
        #expect(stored.first == "Kazan forum")
        #expect(stored.allSatisfy { !$0.utf8.contains(0) })
    }

    /// A first line that ends a sentence with a full-width stop (`。`, `．`) is prose, not a
    /// headline: a Chinese or Japanese story's opening paragraph stays in the body.
    @Test(arguments: [
        "港口管理局周一批准了新的防波堤，结束了渔业合作社与港口业主之间长达十一年的争议。", "港湾局は月曜日に新しい防波堤を承認した。",
    ])
    func aFirstLineEndingWithAFullWidthStopIsBody(_ line: String) throws {
        let text = line + "\n\n工程将于四月开工，在秋季大风之前完工。"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "story.txt", rawText: text, text: text))
        #expect(article.paragraphs.first?.kind == .body)
        #expect(article.title == nil)
    }

    @Test func textWithNothingVisibleIsRefused() throws {
        let invisible = String(repeating: "\u{200B}\u{200D}\u{2060}\u{FEFF}\u{200E}\n", count: 50)
        let raw = RawArticle(source: "blank.txt", rawText: invisible, text: invisible)
        #expect(
            throws: CommentaryError.input(
                location: "blank.txt", reason: "no visible text (only spaces, zero-width, formatting or control characters)")
        ) {
            try ArticleNormalizer().normalize(raw)
        }
    }
}

/// Warnings an import reports, collected from its callback.
final class WarningLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    func append(_ message: String) { lock.withLock { collected.append(message) } }
    var messages: [String] { lock.withLock { collected } }
}
