import Foundation
import Testing

@testable import Commentary

@Suite("Section labels, outlets from hosts, author lists")
struct KickerAndRecordFieldTests {
    @Test(arguments: ["Opinion", "COMMENTARY", "Op-Ed:", "Analysis", "Editorial", "Viewpoint"])
    func aKickerAboveTheHeadlineIsNoTitle(_ label: String) throws {
        let text = """
            \(label)
            Ports and power on the Arabian Sea
            The new port at Gwadar opened on Monday, officials said. Traders in Karachi expect shipping costs to fall.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "k.txt", rawText: text, text: text))
        #expect(article.title == "Ports and power on the Arabian Sea")
        #expect(article.paragraphs.first?.kind == .metadata)
        #expect(article.paragraphs.dropFirst().first?.kind == .title)
    }

    @Test func aShortFirstLineThatIsNoLabelIsStillTheTitle() throws {
        let text = "Opinion polls and the vote\nThe new poll was published on Monday, officials said."
        let article = try ArticleNormalizer().normalize(RawArticle(source: "t.txt", rawText: text, text: text))
        #expect(article.title == "Opinion polls and the vote")
    }

    func record(_ json: String) throws -> RawArticle {
        try JSONArticleReader.readLine(Substring(json), file: "feed.jsonl", number: 1, location: "feed.jsonl:1").get()
    }

    @Test(arguments: [
        ("https://www.globaltimes.cn/page/202405/1302210.shtml", "Global Times"),
        ("https://www.scmp.com/comment/opinion/article/3262", "South China Morning Post"),
    ])
    func aRecordsURLHostNamesAKnownOutlet(_ url: String, _ outlet: String) throws {
        let raw = try record(#"{"id": "a", "url": "\#(url)", "text": "Ships left Odesa on Tuesday under the corridor deal."}"#)
        #expect(raw.metadata.outlet == outlet)
    }

    @Test func anUnknownHostLeavesTheOutletToTheText() throws {
        let raw = try record(#"{"id": "a", "url": "https://example-daily.test/x", "text": "Ships left Odesa on Tuesday."}"#)
        #expect(raw.metadata.outlet == nil)
    }

    @Test func mediaCloudsMediaNameIsTheOutlet() throws {
        let raw = try record(#"{"id": "a", "media_name": "Daily Nation", "text": "Traders in Nairobi expect costs to fall."}"#)
        #expect(raw.metadata.outlet == "Daily Nation")
    }

    @Test(arguments: [
        ("Amina Yusuf, Daniel Okoro", "Amina Yusuf; Daniel Okoro"),
        ("Amina Yusuf and Daniel Okoro", "Amina Yusuf; Daniel Okoro"),
        ("Amina Yusuf, Daniel Okoro & Li Ming", "Amina Yusuf; Daniel Okoro; Li Ming"),
        ("Yusuf, Amina", "Yusuf, Amina"),
        ("Amina Yusuf", "Amina Yusuf"),
        ("the editorial board, Daily Nation", "the editorial board, Daily Nation"),
        // A list's own separator, one left at its end; names with their small words.
        ("Jane Doe; John Roe; ", "Jane Doe; John Roe"),
        ("Ursula von der Leyen and Li Ming", "Ursula von der Leyen; Li Ming"),
        ("Jean-Luc de la Fontaine, Amina Yusuf", "Jean-Luc de la Fontaine; Amina Yusuf"),
    ])
    func severalAuthorsInOneStringAreSplitLikeAList(_ given: String, _ stored: String) throws {
        let raw = try record(#"{"id": "a", "author": "\#(given)", "text": "Traders in Nairobi expect costs to fall."}"#)
        #expect(raw.metadata.author == stored)
    }

    @Test(arguments: [
        "Editors used a <br> tag here in Sucre.\\n\\nThe <script> element runs code in Potosi.\\n\\nFinal para in Oruro.",
        "Editors used a <br> tag here in Sucre.\\n\\nThe <title> element matters in Potosi.\\n\\nFinal para in Oruro.",
        "Editors used a <br> tag here in Sucre. The <script> element runs code in Potosi. Final para in Oruro.",
    ])
    func proseThatNamesATagIsNoHTML(_ text: String) throws {
        // Read as HTML, the text after "<script>" went into the element and the body was lost
        // (exit 0, the title alone stored); "<title>" moved its paragraph first.
        let raw = try record(#"{"id": "t", "title": "Tag talk", "text": "\#(text)"}"#)
        let body = try ArticleNormalizer().normalize(raw).paragraphs.filter { $0.kind == .body }.map(\.text)
        #expect(body.joined(separator: " ") == text.replacingOccurrences(of: "\\n\\n", with: " "))
    }

    @Test func scrapersFieldNamesForTitleAuthorAndDateAreRead() throws {
        // NewsAPI's `publishedAt`, RSS's `pubDate`, schema.org's `headline`, a `byline`: the
        // articles came in untitled, anonymous and undated, with no word said.
        let raw = try record(
            #"{"id": "n", "headline": "Ports and power", "byline": "By Amina Yusuf", "publishedAt": "2024-03-05T10:00:00Z", "content": "Traders in Karachi expect costs to fall."}"#
        )
        #expect(raw.metadata.title == "Ports and power")
        #expect(raw.metadata.author == "Amina Yusuf")
        #expect(raw.metadata.published == "2024-03-05")
        // A CSV's header in any case: "pubDate" and "datePublished" as a spreadsheet writes them.
        for header in ["pubDate", "datePublished", "PublishedAt"] {
            let csv = "id,title,\(header),text\nc1,Ports,\"Tue, 05 Mar 2024 10:00:00 GMT\",Traders in Karachi expect costs to fall.\n"
            let outcome = CSVArticleReader.readDocument(csv, format: .csv, file: "feed.csv", place: "feed.csv", limit: .max)
            #expect(outcome.articles.first?.metadata.published == "2024-03-05", "\(header)")
        }
    }

    @Test(arguments: [
        // Paragraphs opened and never closed, blank lines between them.
        "<p>The new port at Gwadar opened on Monday.\\n\\n<p>Traders in Karachi expect <b>costs</b> to fall.",
        // A page's data and its related links beside the story: markup, read as such.
        #"<p>The new port at Gwadar opened on Monday.</p><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Ports and power in the region\"}</script><p>Traders in Karachi expect <b>costs</b> to fall.</p>"#,
    ])
    func htmlInATextFieldIsReadForItsParagraphs(_ text: String) throws {
        let raw = try record(#"{"id": "h", "title": "Ports and power", "text": "\#(text)"}"#)
        let body = try ArticleNormalizer().normalize(raw).paragraphs.filter { $0.kind == .body }.map(\.text)
        #expect(body == ["The new port at Gwadar opened on Monday.", "Traders in Karachi expect costs to fall."])
    }

    @Test func htmlOnOneLineInATextFieldIsReadAsHTML() throws {
        let raw = try record(
            #"{"id": "h", "title": "Ports and power", "text": "<p>The new port at Gwadar opened on Monday.</p><p>Traders in Karachi expect costs to fall.</p>"}"#
        )
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.title == "Ports and power")
        #expect(!article.paragraphs.contains { $0.text.contains("<p>") })
        #expect(
            article.paragraphs.filter { $0.kind == .body }.map(\.text) == [
                "The new port at Gwadar opened on Monday.", "Traders in Karachi expect costs to fall.",
            ])
    }
}
