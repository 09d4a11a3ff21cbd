import Foundation
import Testing

@testable import Commentary

/// The reader's words of a text and its names of elements, worked out on bytes and scalars for
/// speed, say what the plain definitions say.
@Suite("Reader: words and element names")
struct ReaderWordsTests {
    /// The plain definition: the lower-cased text split at every character that is neither a
    /// letter nor a number.
    static func plainWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    @Test(arguments: [
        "The China-Russia Business Forum met in Kazan, 2023.",
        "Über „Wörter“ — ÆØÅ straße; ΣΟΦΊΑ's İstanbul",
        "Cafe\u{301} de\u{301}ja\u{300} vu: marks that follow their letter",
        "\u{301}a mark that opens the text, and\n\u{301}one after a line break",
        "Ⅻ chapters, ٣ Arabic digits, ½ a page, 3rd place",
        "한국어 문장, 日本語の文、中文句子。",
        "क्षत्रिय हिन्दी: vowel signs stay in their word",
        "emoji 👍🏻 between words, a family 👨‍👩‍👧 and flags 🇫🇷🇩🇪",
        "joiners: a\u{200D}b c\u{200C}d, soft\u{AD}hyphen, zero\u{200B}width",
        "ǅemal ﬁne ﬂight ᾈ Ꭰ",
        "",
        "   ,;: — ",
    ])
    func wordRunsAreThoseOfSplittingAtNonLetters(text: String) {
        #expect(HTMLArticleReader.lowercaseWords(text) == Self.plainWords(text))
    }

    @Test func wordRunsAgreeOnMixedScripts() {
        // Pieces of many scripts and marks, put together in every order of three.
        let pieces = ["e\u{301}", "A", " ", "🏻", "क्ष", "\u{1100}\u{1161}", "\r\n", "٣", "ß", "İ", "Σ", "-", "ـ", "ि", "\u{345}", "\u{AD}"]
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let text = first + second + third
                    #expect(HTMLArticleReader.lowercaseWords(text) == Self.plainWords(text), "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func knownElementNamesAreTheirBytes() {
        let names: [String] = ["p", "div", "h1", "h6", "blockquote", "figcaption", "annotation-xml", "noscript", "svg", "path"]
        for name in names {
            let bytes = Array(name.utf8) + [0]
            let known = bytes.withUnsafeBufferPointer { ElementNames.known($0.baseAddress!) }
            #expect(known == name)
        }
    }

    @Test func otherElementNamesAreNotFound() {
        // A custom element, a name in capitals, one longer than sixteen bytes, one never seen.
        for name in ["my-widget", "DIV", "averyveryverylongelementname", "pp", "h7", "divx"] {
            let bytes = Array(name.utf8) + [0]
            let known = bytes.withUnsafeBufferPointer { ElementNames.known($0.baseAddress!) }
            #expect(known == nil, "\(name)")
        }
    }

    @Test func anElementsNameIsReadWhateverItsCase() throws {
        // libxml2 gives HTML names in lower case; the reader's own spelling of any other.
        let html = """
            <html><body><article><P>The China-Russia Business Forum met in Kazan, where the delegations \
            signed agreements on trade, energy and transport.</P><my-card>A custom element's own words \
            in a paragraph long enough to be the story's, with its commas, and its end.</my-card></article></body></html>
            """
        let body = try WebPageTests.bodyParagraphs(html)
        #expect(body.first?.hasPrefix("The China-Russia Business Forum met in Kazan") == true)
        #expect(body.contains { $0.hasPrefix("A custom element's own words") })
    }

    @Test func aStatedBodysLinesAreSplitAtEveryKindOfLineBreak() {
        // articleBody in plain text: lines apart by LF, CR LF, CR, a line or paragraph separator,
        // blank lines and blank space dropped; a mark after a break stays with its line.
        let body = "First line.\r\nSecond  line.\rThird line.\u{2028}Fourth line.\u{2029}\n\n  \nFifth\u{85}Sixth\n\u{301}seventh"
        let lines = HTMLArticleReader.linkedParagraphs(body, source: "page.html")
        #expect(lines == body.split(whereSeparator: \.isNewline).map { HTMLArticleReader.collapse(String($0)) }.filter { !$0.isEmpty })
        #expect(lines.prefix(4) == ["First line.", "Second line.", "Third line.", "Fourth line."])
        #expect(lines.count == 7)
    }
}

/// The attributes the reader never reads and the text of style sheets are taken out before parsing,
/// only where the markup is read as libxml2 reads it.
@Suite("Reader: unread markup")
struct UnreadMarkupTests {
    static func removed(_ html: String) -> String {
        UnreadMarkup.removed(Array(html.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    @Test func unreadAttributesGoTheReadOnesStay() {
        let html = """
            <div class="story" data-track='{"a":1}' id=main onclick="go()" aria-label="Story" aria-hidden="true">\
            <img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x" sizes="100vw" alt="A photo" title="Kazan" width=300 loading=lazy>\
            <svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><path d="M0 0L10 10" fill="red"/></svg>\
            <a href="/story" target="_blank" rel="author" style="color: red" itemprop="author" DATA-X="1">Name</a></div>
            """
        #expect(
            Self.removed(html) == """
                <div class="story" id=main aria-hidden="true"><img alt="A photo" title="Kazan">\
                <svg><path/></svg><a href="/story" rel="author" style="color: red" itemprop="author">Name</a></div>
                """)
    }

    @Test func scriptsAndCommentsAreLeftAsTheyAreStyleSheetsEmptied() {
        let html = """
            <script>var card = '<div data-id="7">';</script><STYLE>a[data-x="1"] { color: red }</style>\
            <!-- <div data-old="1"> --><p data-a="1">Text</p>
            """
        #expect(
            Self.removed(html) == """
                <script>var card = '<div data-id="7">';</script><STYLE></style>\
                <!-- <div data-old="1"> --><p>Text</p>
                """)
    }

    @Test func afterATagItCannotReadThePageIsLeftAsItIs() {
        // A value whose quote never closes where it should: what follows may be inside it.
        let html = """
            <p data-a="1">One</p><div id="rail_3</div><div data-advert="INLINE" data-b="2"></div><p data-c="3">Two</p>
            """
        #expect(
            Self.removed(html) == """
                <p>One</p><div id="rail_3</div><div data-advert="INLINE" data-b="2"></div><p data-c="3">Two</p>
                """)
        // Attributes with no blank between them, a name libxml2 reads otherwise, a conditional comment.
        for odd in ["<p class=\"a\"data-x=\"1\">", "<p @click=\"go\" data-x=\"1\">", "<![if !IE]><p data-x=\"1\">"] {
            #expect(UnreadMarkup.removed(Array(odd.utf8)) == nil, "\(odd)")
        }
    }

    @Test func aPageWithNothingToTakeOutIsNotCopied() {
        #expect(UnreadMarkup.removed(Array("<p class=\"a\">Text</p>".utf8)) == nil)
    }

    @Test func theStoryReadsTheSameWithTheAttributesItNeverReads() throws {
        // The same page with and without `data-` attributes, handlers and sources on every element.
        let plain = WebPageTests.storyAround("<figure><img alt=\"Kazan\"><figcaption>The forum in Kazan.</figcaption></figure>")
        let decorated = plain.replacingOccurrences(of: "<p>", with: "<p data-block=\"p\" onclick=\"x()\" aria-label=\"text\">")
            .replacingOccurrences(of: "<img ", with: "<img src=\"k.jpg\" srcset=\"k.jpg 2x\" data-lazy=\"1\" ")
        let page = { (body: String) in "<html><head><title>Forum</title></head><body><article>\(body)</article></body></html>" }
        #expect(try WebPageTests.bodyParagraphs(page(decorated)) == WebPageTests.bodyParagraphs(page(plain)))
    }
}
