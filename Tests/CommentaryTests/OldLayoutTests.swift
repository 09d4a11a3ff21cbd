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

    @Test func paragraphsSetApartByLineBreaksOutweighAParagraphBesideThem() throws {
        // The story as the text of one cell, a line break after each paragraph; in the next cell, the
        // paper's one paragraph about itself. The story scored as one paragraph, and less.
        let about = """
            Coast Daily, founded in 1921, is the paper of record for the harbour towns, the islands, \
            the fishing fleet and the ferries, the marinas and the boatyards, the sailing clubs and \
            the coastal farms, and every reader who loves them.
            """
        let html = Self.tablePage(
            """
            <td><table><tr><td><font color="red">BY STAFF REPORTER</font><br>\(Self.story.joined(separator: "<br>\n"))</td></tr></table></td>
            <td><div class="box"><p>\(about)</p></div></td>
            """)
        let body = try WebPageTests.bodyParagraphs(html)
        // (The byline's short line runs on into the first paragraph, one line break apart.)
        #expect(body.count == 4)
        #expect(body.first?.hasSuffix(Self.story[0]) == true)
        #expect(Array(body.dropFirst()) == Array(Self.story.dropFirst()))
    }

    @Test func cellsOfALineNamedForTheArticleGiveWayToTheStory() throws {
        // The publisher's lines each in a cell named `ArticleText` (in a `<font>`, as an old editor
        // set them), as is the cell of the story before them, whose paragraphs sit deeper, in the `<font>`s
        // wrapped round them: a line's cell outscored the story's.
        let lines = ["Anna Berg, publisher, Tom Hale", "A publication of the Harbour Group.", "Pick up a printed copy in town."]
        let html = Self.tablePage(
            """
            <td class="ArticleText"><font face="arial" size="2"><h3>Harbour wall approved</h3>
            <font size="3">\(Self.story.map { "<p>\($0)" }.joined(separator: "\n"))</font></font></td>
            <td><table>\(lines.map { "<tr><td class=\"ArticleText\"><font face=\"Arial\" size=\"2\">\($0)<br></font></td></tr>" }.joined())</table></td>
            """)
        let body = try WebPageTests.bodyParagraphs(html)
        #expect(body == Self.story)
    }

    @Test func aLegalLineInACellNamedForTextIsNoStory() throws {
        // A short wire story in elements of the site's own (`<story><bodytext>`), and under it the
        // site's legal line in a cell whose style is named `StandardTextSmall`: the name made the
        // line of © outscore the story, which was lost.
        let story = [
            "Two of three embassies in the capital have been cleared after suspicious package incidents.",
            "A third package, at the consulate, was still being investigated on Tuesday night.",
            "A police spokesman said white powder found in two packages had been classed as harmless.",
            "He said such incidents occurred from time to time and the checks were standard procedure.",
        ]
        let html = """
            <html><head><title>Embassies cleared</title></head><body>
            <table width="100%"><tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr></table>
            <div class="NewsStoriesDetail"><story><bodytext>\(story.map { "<p>\($0)</p>" }.joined())</bodytext></story>
            <p>Brought to you by the wire service</p></div>
            <table border="0" align="center"><tr><td align="center"><div id="adSpot-footerboard"></div></td></tr>
            <tr><td class="StandardTextSmall" align="center">Copyright © 2008. Coast Daily Digital<br/><font color="white">531.0059 ms - 16/01/2008&nbsp;12:33:19 AM</font></td></tr></table>
            </body></html>
            """
        let body = try WebPageTests.bodyParagraphs(html)
        #expect(Array(body.prefix(4)) == story)
        #expect(!body.contains { $0.contains("Copyright") })
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
        // At the page's very end too.
        let atEnd = WindowsReferences.mended(Array("a\(reference)".utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect((atEnd ?? "a\(reference)") == "a\(read)")
    }

    @Test func aScriptThatWritesScriptsInsideACommentEndsWhereABrowserEndsIt() throws {
        // A page's state, set in a script hidden in `<!--`, carries a video's embed code with its
        // own `<script>…</script>`. libxml2 ended the script there, and the rest of the state, in
        // JSON, was read as the story's first paragraphs.
        let state =
            #"{"videos":[{"embed_code":"<div class=\"player\"></div><script>load('player.js');</script>","duration":212,"author_name":"Harbour Desk","title":"The wall in one minute"}]}"#
        let html = """
            <html><head><title>Harbour wall approved</title><script type="text/javascript"><!--
            window.STATE = \(state);
            //--></script></head><body><article>
            \(WebPageTests.storyParagraphs)</article></body></html>
            """
        #expect(try WebPageTests.bodyParagraphs(html) == Self.story)
    }

    @Test(
        arguments: [
            // Inside `<!--`, a `<script>` opens a stretch `</script>` does not end; `-->` does.
            (
                "<script><!-- document.write('<script src=a.js></script>'); --></script><p>x</p>",
                "<script><!-- document.write('<script src=a.js><\\/script>'); --></script><p>x</p>"
            ),
            // No comment, or no script written inside it: the first `</script>` ends the script.
            ("<script>var a = '<script></script>'; </script>", nil),
            ("<script><!-- var a = 1; --></script><script><!-- </script>", nil),
            // A script inside a comment of the page is no script; nor is `<scripts>`.
            ("<!-- <script><!-- <script></script> --> <p>x</p>", nil),
            ("<scripts><!-- <script></script> --></scripts>", nil),
            // An attribute's quoted `>` does not end the start tag.
            (
                #"<script data-x="a>b"><!-- '<SCRIPT>x</SCRIPT>' --></script>"#,
                #"<script data-x="a>b"><!-- '<SCRIPT>x<\/SCRIPT>' --></script>"#
            ),
        ] as [(String, String?)])
    func scriptEnds(page: String, mended: String?) {
        #expect(ScriptEnds.mended(Array(page.utf8)).map { String(decoding: $0, as: UTF8.self) } == mended)
    }

    // MARK: - Pages saved broken: what the parser leaves where nothing is read

    static let storyCells = """
        <table width="100%"><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr>
        <tr><td><h1>Harbour wall approved</h1>\(WebPageTests.storyParagraphs)</td></tr></table>
        """

    @Test func aPageAfterAnElementNoHeadHoldsIsReadAsItsBody() throws {
        // No `<body>` tag, and an element of the site's own (`<mbox>`) right after the head's
        // `<meta>`: a browser shows it and the page after it; the parser kept them in the head.
        let html = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
            <title>Harbour wall approved</title><meta name="robots" content="all">
            <mbox><tr><td><form action="/search"><input name="q"></form></td></tr>
            \(Self.storyCells)
            </body></html>
            """
        #expect(try WebPageTests.bodyParagraphs(html) == Self.story)
    }

    @Test func aPageInsideATitleNeverClosedIsRead() throws {
        // The capture lost the title's end inside an ad script: the parser nests the whole page in
        // the `<title>`. The title keeps its own words.
        let html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
            <title>Harbour wall approved'?' + OAS_query + '"><\\/SCRIPT>');
            //-->
            </SCRIPT>
            <script>function OAS_AD(pos) { }</script>
            <div class="page">\(Self.storyCells)</div>
            </body></html>
            """
        let raw = try HTMLArticleReader.read(html, source: "page.html").get()
        #expect(try WebPageTests.bodyParagraphs(html) == Self.story)
        #expect(raw.metadata.title?.hasPrefix("Harbour wall approved") == true)
        #expect(raw.metadata.title?.contains("Engineers") == false)
    }

    @Test func aSecondRootAfterOneClosedOnItselfIsRead() throws {
        // The capture cut the page's start: `<html` runs into a logo's `<img>` and closes itself.
        // A browser reads the rest as the page; the parser made it a second root.
        let html = """
            <!DOCTYPE html><html xmogo.jpg" alt="Coast Daily" width="145" height="62" border="0" /></a></td>
            <td valign="top">\(Self.storyCells)</td>
            </body></html>
            """
        #expect(try WebPageTests.bodyParagraphs(html) == Self.story)
    }
}
