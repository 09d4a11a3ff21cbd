import Testing

@testable import Commentary

/// Pages laid out the way news sites were in the 2000s: tables of cells, `<font>`, paragraphs
/// set apart by line breaks, quotation marks written as Windows-1252 numbers. Each page is our
/// own, written to reproduce what a page of that time did to the reader.
@Suite("Web pages of tables and line breaks")
struct OldLayoutTests {
    static let story = WebPageTests.story

    static func tablePage(_ cells: String) -> String {
        """
        <html><head><title>Harbour wall approved</title></head><body>
        <table width="100%"><tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
        <tr><td><table><tr>\(cells)</tr></table></td></tr></table>
        </body></html>
        """
    }

    @Test func numbersOfWindowsQuotationMarksAndDashesAreThoseCharacters() throws {
        let html = Self.tablePage(
            """
            <td><p>The harbour authority approved Monday&#146;s plan &#151; the breakwater &#8212; after eleven years of dispute between the cooperative and the port.</p>
            <p>&#147;It shelters the basin,&#148; the engineer said, &#x93;and the boats&#x94; in winter&#133; Costs &#128;4m, &#153; noted.</p></td>
            """)
        let body = try WebPageTests.bodyParagraphs(html)
        #expect(
            body == [
                "The harbour authority approved Monday’s plan — the breakwater — after eleven years of dispute between the cooperative and the port.",
                "“It shelters the basin,” the engineer said, “and the boats” in winter… Costs €4m, ™ noted.",
            ])
    }

    @Test(arguments: [
        ("&#146;", "’"), ("&#x92;", "’"), ("&#X92;", "’"), ("&#0146;", "’"), ("&#146", "’"),
        ("&#129;", "&#129;"), ("&#160;", "&#160;"), ("&#;", "&#;"), ("&#x;", "&#x;"), ("&#1461234567;", "&#1461234567;"),
    ])
    func windowsReferences(reference: String, read: String) {
        let mended = WindowsReferences.mended(Array("a\(reference)b".utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect((mended ?? "a\(reference)b") == "a\(read)b")
    }
}
