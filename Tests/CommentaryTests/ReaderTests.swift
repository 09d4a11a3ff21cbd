import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("HTML pages")
struct HTMLReaderTests {
    static let page = """
        <!DOCTYPE html><html lang="en"><head>
        <title>Ports and patience | Example News</title>
        <meta property="og:title" content="Ports and patience | Example News">
        <meta property="og:site_name" content="Example News">
        <meta property="og:url" content="https://example.com/ports">
        <meta name="author" content="Lena Ortiz">
        <meta property="article:published_time" content="2024-01-10T23:30:00+08:00">
        <style>.x { color: red }</style><script>var tracking = "Beijing";</script>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World Menu</a></nav></header>
        <div class="cookie-banner">We use cookies. Accept all cookies?</div>
        <article>
          <h1>Ports and patience</h1>
          <p>Shipping through the Suez Canal recovered in December &amp; January, traders in Rotterdam said on Tuesday.</p>
          <figure><img src="a.jpg"><figcaption>Container ships near Port Said, Egypt, Jan. 8, 2024. /Xinhua</figcaption></figure>
          <p>Editor&rsquo;s note: Lena Ortiz is a trade analyst. The article reflects the author&rsquo;s opinions and not necessarily the views of Example News.</p>
          <aside class="related"><ul><li><a href="/1">Related story about Moscow</a></li></ul></aside>
          <p>The European Union and China both depend on the route&#8212;a fact no summit can change.</p>
        </article>
        <footer>Copyright Example News. Contact London office.</footer>
        <noscript>Enable JavaScript in Paris</noscript>
        </body></html>
        """

    @Test func readsMetadataBodyAndCaptions() throws {
        let raw = try HTMLArticleReader.read(Self.page, source: "page.html").get()
        #expect(raw.metadata.title == "Ports and patience")
        #expect(raw.metadata.author == "Lena Ortiz")
        #expect(raw.metadata.outlet == "Example News")
        #expect(raw.metadata.url == "https://example.com/ports")
        #expect(raw.metadata.published == "2024-01-10")
        #expect(raw.metadata.publishedTime == "2024-01-10T23:30:00+08:00")
        #expect(raw.metadata.language == "en")
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.captions.map(\.credit) == ["Xinhua"])
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .caption, .editorNote, .body])
        #expect(article.paragraphs[1].text.contains("December & January"))
        #expect(article.paragraphs[4].text.contains("route—a fact"))
    }

    @Test func boilerplateIsNeverStored() throws {
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page, source: "page.html").get())
        let stored = article.paragraphs.map(\.text).joined(separator: "\n")
        for boilerplate in ["cookies", "Home", "World Menu", "Related story", "Copyright", "JavaScript", "tracking", "color"] {
            #expect(!stored.contains(boilerplate), "\(boilerplate) leaked into the stored text")
        }
        #expect(!article.mentions.contains { ["Moscow", "London", "Paris"].contains($0.name) })
    }

    @Test func pagesSetInDivsOrWithBlankLinesKeepTheirParagraphs() throws {
        let first = "Kenya's president has argued that the lender should ease terms for African borrowers."
        let second = "The World Bank and the African Development Bank have both offered support this year."
        let divs = """
            <html><head><meta property="og:title" content="Kenya's debt dilemma - Global Times"></head><body>
            <div class="top-nav"><a href="/">Home</a> | <a href="/op">Opinion</a></div>
            <div class="container"><div class="article-content">
              <div class="pic"><img src="k.jpg"><div class="pic-caption">President Ruto speaks in Nairobi, November 2, 2023. Photo: VCG</div></div>
              <div class="para">\(first)</div>
              <div class="para">\(second)</div>
            </div></div>
            <div class="footer">Copyright 2023. Follow us on Twitter</div></body></html>
            """
        let breaks = """
            <html><head><title>Kenya's debt dilemma</title></head><body>
            <div class="content">\(first)<br><br>\n<i>\(second)</i><br>Still the second.</div></body></html>
            """
        let fromDivs = try ArticleNormalizer().normalize(try HTMLArticleReader.read(divs, source: "divs.html").get())
        #expect(fromDivs.paragraphs.map(\.kind) == [.title, .caption, .body, .body])
        #expect(fromDivs.paragraphs.map(\.text).suffix(2) == [first, second])
        #expect(fromDivs.captions.map(\.credit) == ["VCG"])
        let fromBreaks = try ArticleNormalizer().normalize(try HTMLArticleReader.read(breaks, source: "breaks.html").get())
        #expect(fromBreaks.paragraphs.map(\.text) == ["Kenya's debt dilemma", first, second + " Still the second."])
    }

    @Test func theHeadlineBylineAndPageFurnitureAreToldApart() throws {
        let body = "The BRICS summit in Kazan opens on Tuesday, and leaders from Brazil, India and China will attend."
        let page = """
            <html><head><meta property="og:title" content="Why the Global South is watching Kazan | CGTN"></head><body>
            <header><h1 class="site">CGTN Opinions</h1></header>
            <article>
            <h2>Why the Global South is watching Kazan</h2>
            <div class="byline">By <a href="/a/olga">Olga Ivanova</a> | Updated 23:55, 21-Oct-2024</div>
            <p>\(body)</p>
            <p>Read more:</p>
            <p>Share this article: Facebook Twitter WeChat</p>
            </article></body></html>
            """
        let raw = try HTMLArticleReader.read(page, source: "kazan.html").get()
        #expect(raw.metadata.title == "Why the Global South is watching Kazan")
        #expect(raw.metadata.outlet == "CGTN")
        #expect(raw.metadata.author == "Olga Ivanova")
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.paragraphs.map(\.text) == ["Why the Global South is watching Kazan", body])
    }

    @Test func schemaOrgMetadataFillsInForMissingMetaTags() throws {
        let body = "The European Commission set provisional duties on electric cars made in China on Wednesday."
        let page = """
            <html lang="en-US"><head><title>Ignored title - Site</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Euractiv"},
              {"@type": ["NewsArticle"], "headline": "Europe should rethink EV tariffs", "datePublished": "2024-06-12T21:30:00+02:00",
               "author": [{"@type": "Person", "name": "Hans Müller"}, {"@type": "Person", "name": "Lea Roth"}],
               "publisher": {"@type": "Organization", "name": "Euractiv"}}]}</script>
            </head><body><div class="wrap"><div itemprop="articleBody"><p>\(body)</p></div>
            <div class="more"><p>Other stories from the site, which are long enough to look like text here.</p></div></div></body></html>
            """
        let raw = try HTMLArticleReader.read(page, source: "ev.html").get()
        #expect(raw.metadata.title == "Europe should rethink EV tariffs")
        #expect(raw.metadata.author == "Hans Müller; Lea Roth")
        #expect(raw.metadata.outlet == "Euractiv")
        #expect(raw.metadata.published == "2024-06-12")
        #expect(raw.metadata.language == "en")
        #expect(raw.blocks?.map(\.text) == ["Europe should rethink EV tariffs", body])
    }

    @Test func aPageWithoutArticleTextIsRefused() {
        let result = HTMLArticleReader.read("<html><body><nav><a href='/'>Home</a></nav></body></html>", source: "empty.html")
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description.contains("empty.html"))
    }
}

@Suite("JSON and JSON Lines")
struct JSONReaderTests {
    /// A scraper that cut its text inside an emoji leaves half of it escaped (`\ud83c`): the
    /// record is read, that half as U+FFFD, with a warning; a whole pair and an escaped
    /// backslash before a "u" are left alone.
    @Test func aLoneSurrogateEscapeIsReadAsAReplacementCharacter() throws {
        let line = #"{"id": "a", "text": "Fans cheered \ud83c at the port \ud83c\udf89 and \\ud800 is text; \udc00 ends it."}"#
        for format in [InputFormat.jsonl, .json] {
            let outcome = FormatDispatch.read(
                line, as: format, file: "feed", line: format == .jsonl ? 1 : nil, record: nil, location: "feed:1")
            #expect(outcome.failures.isEmpty, "\(outcome.failures)")
            #expect(outcome.articles.first?.text == "Fans cheered \u{FFFD} at the port 🎉 and \\ud800 is text; \u{FFFD} ends it.")
            #expect(outcome.warnings == ["feed:1: 2 lone surrogate escapes (half of a character, as in \\ud800) read as U+FFFD"])
        }
        #expect(JSONSurrogates.repaired(#"{"text": "plain \u00e9 \n"}"#).repaired == 0)
    }

    @Test func scraperFieldNamesAreRead() throws {
        let line =
            #"{"title_page": "A title", "authors": ["Ana Lima", "Wei Zhang"], "source_domain": "example.org", "date_publish": "2024-02-05 10:00:00", "maintext": "Body text about Brazil and China that is long enough.", "url": "https://example.org/a"}"#
        let raw = try JSONArticleReader.readLine(Substring(line), file: "feed.jsonl", number: 3, location: "feed.jsonl:3").get()
        #expect(raw.source == "feed.jsonl#https://example.org/a")
        #expect(raw.metadata.title == "A title")
        #expect(raw.metadata.author == "Ana Lima; Wei Zhang")
        #expect(raw.metadata.outlet == "example.org")
        #expect(raw.metadata.published == "2024-02-05")
        #expect(raw.metadata.publishedTime == "2024-02-05 10:00:00")
    }

    @Test(arguments: [
        ("cgtn.com", "CGTN"), ("www.globaltimes.cn", "Global Times"), ("https://www.chinadaily.com.cn/opinion", "China Daily"),
        ("xinhuanet.com", "Xinhua"), ("english.news.cn", "Xinhua"), ("example.org", "example.org"), ("Global Times", "Global Times"),
    ])
    func anOutletGivenAsAHostIsNamed(_ given: String, _ outlet: String) {
        #expect(OutletName.fromHost(given) == outlet)
    }

    @Test(
        arguments: [
            ("23/05/2023", "2023-05-23"), ("23.05.2023 21:40", "2023-05-23"), ("5/23/2023", "2023-05-23"), ("05/06/2023", nil),
            ("31/02/2023", nil),
            // A sign is not a digit: Int("-023") is -23, which made the date "0-23-05-23" (found by
            // the FuzzNormalize fuzzer). A sign before the whole date is no part of it.
            ("23/05/-023", nil), ("23/05/+023", nil), ("+23/05/2023", "2023-05-23"), ("23/-5/2023", nil),
        ] as [(String, String?)])
    func numericPublicationDatesAreReadWhenOnlyOneOrderMakesADate(_ given: String, _ date: String?) {
        #expect(PublicationDate.parse(given).date == date)
    }

    /// A page's date line in German, French, Spanish, Portuguese or Italian, after its label.
    @Test(
        arguments: [
            ("Veröffentlicht am 3. März 2024", "2024-03-03"), ("Publié le 3 mars 2024", "2024-03-03"),
            ("3 de marzo de 2024", "2024-03-03"), ("Publicado 3 de março de 2024", "2024-03-03"), ("3 marzo 2024", "2024-03-03"),
            ("31 aprile 2024", nil), ("3 Mars", nil),
        ] as [(String, String?)])
    func aDateLineInAnotherLanguageIsRead(_ given: String, _ date: String?) {
        #expect(PublicationDate.parse(given).date == date)
    }

    @Test(arguments: [
        ("2023-05-23", true), ("2023-05", true), ("2023", true), ("+023-05-23", false), ("2023-+5-23", false),
        ("2023-05-+3", false), ("2023-02-29", false),
    ])
    func anISODateIsDigitsOnly(_ text: String, _ valid: Bool) {
        #expect((SimpleDate(iso: text) != nil) == valid)
    }

    /// WordPress's REST API gives the title as HTML (`title.rendered`, punctuation as entities)
    /// and the page's address as `link`; a feed may state its author with "By".
    @Test func aWordPressPostsTitleIsTextAndItsLinkTheURL() throws {
        let post = """
            [{"id": 4821, "link": "https://lagos.example/2024/03/06/naira/",
              "title": {"rendered": "Naira &#8211; the CBN&#8217;s bold move &amp; its critics"},
              "content": {"rendered": "<p>The central bank let the naira float again this week, its third attempt in a year.</p>"},
              "author": "By Alejandro Ruiz"}]
            """
        let article = try #require(JSONArticleReader.readDocument(post, file: "posts.json").articles.first)
        #expect(article.metadata.title == "Naira \u{2013} the CBN\u{2019}s bold move & its critics")
        #expect(article.metadata.url == "https://lagos.example/2024/03/06/naira/")
        #expect(article.metadata.author == "Alejandro Ruiz")
        // A title with an ampersand and no markup stays as written.
        let plain = #"{"title": "Science & Technology <3", "text": "The central bank let the naira float again this week."}"#
        #expect(JSONArticleReader.readDocument(plain, file: "a.json").articles.first?.metadata.title == "Science & Technology <3")
    }

    /// A record's date as a Unix time is read; one that gives no day, or a year far ahead, is said
    /// in a warning naming the line, and the article stored undated.
    @Test func aRecordsDateIsReadOrItsLossSaid() throws {
        let lines = """
            {"id": "a", "text": "The summit in Dakar discussed climate finance.", "date": 1709251200}
            {"id": "b", "text": "The summit in Accra discussed climate finance.", "date": "1709251200000"}
            {"id": "c", "text": "The summit in Lagos discussed climate finance.", "date": "2024-02-30"}
            {"id": "d", "text": "The summit in Lusaka discussed climate finance.", "date": "2924-03-01"}
            {"id": "e", "text": "The summit in Lome discussed climate finance.", "date": "2024"}
            {"id": "f", "text": "The summit in Abuja discussed climate finance.", "date": "2024-05-02"}
            {"id": "g", "text": "The summit in Banjul discussed climate finance.", "date": ["2024-03-01T10:00:00"]}
            {"id": "h", "text": "The summit in Bamako discussed climate finance.", "date": 20230515}
            {"id": "i", "text": "The summit in Niamey discussed climate finance.", "date": 2024}
            """
        let outcome = JSONArticleReader.readLines(lines, file: "feed.jsonl", place: "feed.jsonl")
        #expect(
            outcome.articles.map(\.metadata.published) == [
                "2024-03-01", "2024-03-01", nil, nil, nil, "2024-05-02", "2024-03-01", "2023-05-15", nil,
            ])
        #expect(outcome.articles.first?.metadata.publishedTime == "2024-03-01T00:00:00Z")
        #expect(outcome.articles.map(\.metadata.publishedTime)[2...4] == ["2024-02-30", "2924-03-01", "2024"])
        #expect(outcome.warnings.count == 4)
        #expect(outcome.warnings.allSatisfy { $0.hasSuffix("stored undated") })
        #expect(outcome.warnings.first?.hasPrefix("feed.jsonl:3: its date '2024-02-30'") == true)
    }

    @Test func scraperShapesAreRead() throws {
        let body = "Kenya's president argued that lenders should ease terms for African borrowers this year."
        // A wrapper object with its records under "articles"; text as a list; HTML in the text field.
        let wrapper = """
            {"status": "ok", "articles": [
              {"title": "One", "text": ["\(body)", "A second paragraph about Nairobi and its bonds."], "publish_date": "2024-02-05T10:00:00+03:00"},
              {"title": "Two", "content": {"rendered": "<p>\(body) &amp; more.</p><p>Banks in Lagos agreed.</p><script>x()</script>"}}
            ]}
            """
        let outcome = JSONArticleReader.readDocument(wrapper, file: "feed.json")
        #expect(outcome.failures.isEmpty)
        // Neither an id nor a url: named by their text once normalized, never by position.
        #expect(outcome.articles.map(\.source) == ["feed.json", "feed.json"])
        #expect(outcome.articles.map(\.namedByText) == [true, true])
        #expect(outcome.articles.first?.text == body + "\nA second paragraph about Nairobi and its bonds.")
        #expect(outcome.articles.first?.metadata.published == "2024-02-05")
        #expect(outcome.articles.last?.text == body + " & more.\nBanks in Lagos agreed.")
        // JSON Lines saved as .json, with Windows line endings.
        let lines = "{\"id\": \"a\", \"text\": \"\(body)\"}\r\n{\"id\": \"b\", \"text\": \"Banks in Lagos agreed to lend.\"}\r\n"
        let fromLines = JSONArticleReader.readDocument(lines, file: "feed.json")
        #expect(fromLines.failures.isEmpty)
        #expect(fromLines.articles.map(\.source) == ["feed.json#a", "feed.json#b"])
    }

    @Test func twoRecordsUnderOneNameDoNotOverwriteEachOther() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        try [
            #"{"id": "2", "text": "The first record, about Kenya and its bonds, long enough to be text."}"#,
            #"{"id": "2", "text": "The second record, about Chile and lithium, long enough to be text."}"#,
        ].joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let (archive, summary) = try importInto(directory, [feed.path])
        #expect(summary.imported == 1)
        #expect(summary.updated == 0)
        #expect(summary.failed == 1)
        var options = SearchOptions()
        options.filter.query = "Kenya"
        #expect(try SearchEngine.search(archive, options).total == 1)
    }

    @Test func aTitleWrittenOverTwoLinesIsOneTitleParagraph() throws {
        let line =
            #"{"title": "Kazan summit:\n what  it means", "text": "The BRICS summit in Kazan opens on Tuesday.\nIt is the first since the bloc expanded."}"#
        let raw = try JSONArticleReader.readLine(Substring(line), file: "feed.jsonl", number: 1, location: "feed.jsonl:1").get()
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.title == "Kazan summit: what it means")
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .body])
        #expect(article.paragraphs[0].text == "Kazan summit: what it means")
    }

    @Test func anIDFieldNamesTheRecord() throws {
        let raw = try JSONArticleReader.readLine(
            #"{"id": 42, "text": "Some article text here."}"#, file: "f.jsonl", number: 1, location: "f.jsonl:1"
        ).get()
        #expect(raw.source == "f.jsonl#42")
    }

    @Test func malformedLinesAreReportedWithTheirLineAndTheRestImported() throws {
        let directory = temporaryDirectory()
        let feed = directory.appending(path: "feed.jsonl")
        let good = #"{"title": "T", "text": "An article about Kenya and geothermal power, long enough to be text."}"#
        let other = #"{"title": "U", "text": "An article about Chile and lithium, long enough to be text as well."}"#
        try [good, "{not json", "", other, #"{"title": "no text"}"#].joined(separator: "\n").write(
            to: feed, atomically: true, encoding: .utf8)
        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let failures = ResultSlots<String>(count: 10)
        let counter = Counter()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [feed.path], standardInput: { nil },
            report: { event in
                if case .failed(let error) = event { failures[counter.next()] = error.description }
            })
        #expect(summary.imported == 2)
        #expect(summary.failed == 2)
        let messages = failures.values
        #expect(messages.contains { $0.hasPrefix("\(feed.path):2: malformed JSON line") })
        #expect(messages.contains { $0.hasPrefix("\(feed.path):5: no article text") })
    }

    @Test func gzipCompressedJSONLinesStream() throws {
        let directory = temporaryDirectory()
        let lines = (0..<50).map { #"{"id": "r\#($0)", "text": "Record \#($0) about Singapore and trade corridors in Asia."}"# }
        let (archive, summary) = try importInto(directory, [try gzipped(lines, in: directory).path])
        #expect(summary.imported == 50)
        let source = try archive.read { db in try String.fetchOne(db, sql: "SELECT source FROM articles ORDER BY id LIMIT 1") }
        #expect(source?.hasSuffix("feed.jsonl.gz#r0") == true)
    }

    @Test func aCutOrDamagedGzipFileIsReportedOnceAndItsGoodLinesKept() throws {
        let directory = temporaryDirectory()
        // Distinct words per record, so the compressed file is long enough to cut in the middle.
        let lines = (0..<400).map { n in
            let words = (0..<30).map { String(UInt64(n * 31 + $0) &* 0x9E37_79B9_7F4A_7C15, radix: 36) }.joined(separator: " ")
            return #"{"id": "r\#(n)", "text": "Record \#(n) on trade in Asia: \#(words)."}"#
        }
        let whole = try Data(contentsOf: try gzipped(lines, in: directory))
        let cut = directory.appending(path: "cut.jsonl.gz")
        try whole.prefix(whole.count / 2).write(to: cut)
        let damaged = directory.appending(path: "damaged.jsonl.gz")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: damaged)

        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let failures = ResultSlots<String>(count: 10)
        let counter = Counter()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [cut.path, damaged.path], standardInput: { nil },
            report: { event in
                if case .failed(let error) = event { failures[counter.next()] = error.description }
            })
        #expect(summary.failed == 2)
        #expect(summary.imported > 100 && summary.imported < 400)
        let messages = failures.values
        #expect(messages.contains { $0.hasPrefix(cut.path) && $0.contains("gzip data ends early") })
        #expect(messages.contains { $0.hasPrefix(damaged.path) && $0.contains("not valid gzip data") })
    }
}

/// `lines` as a gzip-compressed JSON Lines file, `feed.jsonl.gz` in `directory`, written by gzip itself.
func gzipped(_ lines: [String], in directory: URL) throws -> URL {
    let plain = directory.appending(path: "feed.jsonl")
    try lines.joined(separator: "\n").write(to: plain, atomically: true, encoding: .utf8)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", plain.path]
    try gzip.run()
    gzip.waitUntilExit()
    return directory.appending(path: "feed.jsonl.gz")
}

@Suite("Import edge cases")
struct ImportEdgeCaseTests {
    @Test func utf16WithAByteOrderMarkIsReadAsTheSameText() throws {
        let directory = temporaryDirectory()
        let text = "Kazakhstan hosts the summit\nPresident Tokayev welcomed leaders to Astana on July 4, 2024, for talks on trade.\n"
        try Data(text.utf8).write(to: directory.appending(path: "a.txt"))
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: directory.appending(path: "le.txt"))
        try (Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!).write(to: directory.appending(path: "be.txt"))
        let (_, summary) = try importInto(directory, ["a.txt", "le.txt", "be.txt"].map { directory.appending(path: $0).path })
        #expect(summary.imported == 1)
        #expect(summary.duplicates == 2)
        #expect(summary.failed == 0)
    }

    @Test func utf16SpreadsheetsAndFeedsAreReadAsTheSameRecords() throws {
        // Excel's "Unicode text" and Notepad's UTF-16: read as the whole text files were, but the
        // streamed inputs (CSV, TSV, JSON Lines) refused them ("no text column … ÿþi").
        let directory = temporaryDirectory()
        let csv = "id,title,author,text\r\nk1,Café talks,Zoë Ångström,Traders in Astana met on July 4 to talk about 𝔡ata and tariffs.\r\n"
        let tsv = csv.replacingOccurrences(of: ",", with: "\t").replacingOccurrences(of: "k1", with: "k2")
        let jsonl = #"{"id": "k3", "title": "Café talks", "text": "Traders in Almaty met to talk about 𝔡ata and tariffs."}"# + "\n"
        try Data(csv.utf8).write(to: directory.appending(path: "utf8.csv"))
        try (Data([0xFF, 0xFE]) + csv.data(using: .utf16LittleEndian)!).write(to: directory.appending(path: "le.csv"))
        try tsv.data(using: .utf16BigEndian)!.write(to: directory.appending(path: "be.tsv"))
        try (Data([0xFF, 0xFE]) + jsonl.data(using: .utf16LittleEndian)!).write(to: directory.appending(path: "le.jsonl"))
        let (archive, summary) = try importInto(
            directory, ["utf8.csv", "le.csv", "be.tsv", "le.jsonl"].map { directory.appending(path: $0).path })
        // The three spreadsheets' rows are one article (the same text), the feed's another.
        #expect(summary.failed == 0)
        #expect(summary.imported == 2)
        #expect(summary.duplicates == 2)
        let rows = try archive.read { db in try Row.fetchAll(db, sql: "SELECT title, author FROM articles ORDER BY id") }
        #expect(rows.map { $0["title"] as String } == ["Café talks", "Café talks"])
        #expect(rows.first?["author"] as String? == "Zoë Ångström")
    }

    @Test func aSpreadsheetsEmptyRowsAreNoFailuresAndARepeatedColumnIsSaid() throws {
        // Excel writes the rows a sheet once used as ",,,": each was a failed input (exit 1). A
        // header naming "text" twice kept the first column without a word.
        let directory = temporaryDirectory()
        let csv = """
            id,title,text,text\r
            r1,Ports,Traders in Karachi expect costs to fall.,An older draft of the story.\r
            ,,,\r
            , , ,\r
            """
        try Data(csv.utf8).write(to: directory.appending(path: "sheet.csv"))
        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let warnings = Counter()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [directory.appending(path: "sheet.csv").path], standardInput: { nil },
            report: { event in
                if case .warning(let message) = event, message.contains("'text' more than once") { _ = warnings.next() }
            })
        #expect(summary.imported == 1)
        #expect(summary.failed == 0)
        #expect(warnings.value == 1)
        let whole = CSVArticleReader.read(csv, format: .csv, file: "sheet.csv")
        #expect(whole.articles.count == 1)
        #expect(whole.failures.isEmpty)
        #expect(whole.warnings.contains { $0.contains("'text' more than once") })
    }

    @Test(arguments: ["sep=;\r\nid;title;text\r\n", "sep=,\nid,title,text\n", "\u{FEFF}sep=;\nid;title;text\n"])
    func excelsSeparatorLineIsNoHeaderRow(_ head: String) throws {
        // Excel reads "sep=;" as the delimiter's name and shows no such row; the file was refused
        // ("no text column in the header row … sep=").
        let delimiter = head.contains("sep=,") ? "," : ";"
        let csv = head + ["r1", "Ports", "Traders in Karachi expect costs to fall."].joined(separator: delimiter) + "\n"
        let directory = temporaryDirectory()
        try Data(csv.utf8).write(to: directory.appending(path: "sheet.csv"))
        let (_, summary) = try importInto(directory, [directory.appending(path: "sheet.csv").path])
        #expect(summary.imported == 1)
        #expect(summary.failed == 0)
        let whole = CSVArticleReader.read(csv, format: .csv, file: "sheet.csv")
        #expect(whole.articles.first?.metadata.title == "Ports")
    }

    @Test func utf16CutAnywhereByTheStreamsChunksIsTheSameText() {
        let text = "id,text\n1,Zoë 𝔡ata 中文 end\n"
        for bigEndian in [false, true] {
            let bytes = [UInt8](text.data(using: bigEndian ? .utf16BigEndian : .utf16LittleEndian)!)
            for cut in 1..<bytes.count {
                guard var transcoder = UTF16Transcoder(forOpening: Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])) else {
                    Issue.record("no transcoder")
                    return
                }
                var out = transcoder.convert(Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]), final: false)
                out += transcoder.convert(Data(bytes[..<cut]), final: false)
                out += transcoder.convert(Data(bytes[cut...]), final: false)
                out += transcoder.convert(Data(), final: true)
                #expect(String(decoding: out, as: UTF8.self) == text, "cut at \(cut)")
                #expect(!transcoder.replaced)
            }
        }
    }

    @Test func invalidUTF8IsDecodedWithAWarning() throws {
        let directory = temporaryDirectory()
        var bytes = Array("An article about Hanoi and its chip ambitions, long enough to be text. ".utf8)
        bytes += [0xFF, 0xFE]
        try Data(bytes).write(to: directory.appending(path: "bad.txt"))
        let archive = try Archive.open(path: directory.appending(path: "a.sqlite").path, mode: .create)
        let warned = Counter()
        let summary = try Importer(archive: archive, options: ImportOptions()).run(
            paths: [directory.appending(path: "bad.txt").path],
            standardInput: { nil },
            report: { event in
                if case .warning(let message) = event, message.contains("invalid UTF-8") { _ = warned.next() }
            })
        #expect(summary.imported == 1)
        #expect(warned.value == 1)
    }

    @Test func articlesOverTheSizeLimitAreRefused() throws {
        var options = ImportOptions()
        options.maxArticleBytes = 1000
        let (_, summary) = try importInto(temporaryDirectory(), [seedPath], options: options)
        #expect(summary.imported == 0)
        #expect(summary.failed == 1)
    }

    @Test func dryRunWritesNothing() throws {
        var options = ImportOptions()
        options.dryRun = true
        let summary = try Importer(archive: nil, options: options).run(paths: [seedPath], standardInput: { nil }, report: { _ in })
        #expect(summary.imported == 1)
    }

    @Test func theSameTextFromTwoFormatsIsStoredOnce() throws {
        let directory = temporaryDirectory()
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        let record = try JSONSerialization.data(withJSONObject: ["id": "seed", "text": text])
        try record.write(to: directory.appending(path: "copy.jsonl"))
        let (archive, summary) = try importInto(directory, [seedPath, directory.appending(path: "copy.jsonl").path])
        #expect(summary.imported == 1)
        #expect(summary.duplicates == 1)
        let sources = try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_sources") }
        #expect(sources == 2)
    }
}

/// A thread-safe counter for report callbacks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func next() -> Int {
        lock.withLock {
            defer { count += 1 }
            return count
        }
    }
    var value: Int { lock.withLock { count } }
}
