import Foundation
import Testing

@testable import Commentary

/// Pages nested deeper than libxml2's parser goes (256 elements) are read whole, and a page
/// 100,000 deep neither crashes nor loses its text.
@Suite("HTML nested deep")
struct HTMLDepthTests {
    static func sentence(_ number: Int) -> String {
        "Paragraph \(number): the China-Russia Business Forum met in Kazan, where the delegations signed agreements."
    }

    static func page(depth: Int, open: String = "<div>", close: String = "</div>", every: Int) -> String {
        // In an <article>, so every paragraph is the article's, however deep it stands.
        var html = "<html><head><title>Deep page</title></head><body><article>"
        html.reserveCapacity(depth * (open.count + close.count) + 10_000)
        var paragraphs = 0
        for level in 0..<depth {
            html += open
            if level % every == every - 1 {
                html += "<p>\(sentence(paragraphs))</p>"
                paragraphs += 1
            }
        }
        html += String(repeating: close, count: depth) + "</article></body></html>"
        return html
    }

    func paragraphs(_ html: String) throws -> [String] {
        let raw = try HTMLArticleReader.read(html, source: "deep.html").get()
        return try ArticleNormalizer().normalize(raw).paragraphs.filter { $0.kind == .body }.map(\.text)
    }

    @Test(arguments: [300, 3_000, 100_000])
    func aDeepPageIsReadWhole(_ depth: Int) throws {
        let every = depth / 5
        let found = try paragraphs(Self.page(depth: depth, every: every))
        #expect(found == (0..<5).map(Self.sentence))
    }

    @Test func unclosedInlineTagsAHundredThousandDeepAreRead() throws {
        let html =
            "<html><body><article>" + String(repeating: "<b>", count: 100_000) + "<p>\(Self.sentence(0))</p><p>\(Self.sentence(1))</p>"
        #expect(try paragraphs(html) == [Self.sentence(0), Self.sentence(1)])
    }

    @Test func paragraphsDeepDownStayApart() throws {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 400) + "<p>\(Self.sentence(0))</p><p>\(Self.sentence(1))</p>"
            + "<div><p>\(Self.sentence(2))</p></div>" + String(repeating: "</div>", count: 400) + "</body></html>"
        #expect(try paragraphs(html) == [Self.sentence(0), Self.sentence(1), Self.sentence(2)])
    }

    @Test func ordinaryPagesAreLeftAlone() throws {
        let folder = repositoryRoot.appending(path: "Tests/Gold/html")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for page in pages {
            let bytes = Array(try Data(contentsOf: folder.appending(path: page)))
            #expect(HTMLDepth.prepared(bytes) == nil, "\(page)")
        }
        // Script text is never read as markup, nor taken out.
        let script =
            "<html><body>" + String(repeating: "<div>", count: 250) + "<script>if (a<b) { x = '<div>' }</script><p>\(Self.sentence(0))</p>"
        let flat = try #require(HTMLDepth.prepared(Array(script.utf8)))
        #expect(String(decoding: flat, as: UTF8.self).contains("<script>if (a<b) { x = '<div>' }</script>"))
    }

    /// A section's end tag closes the `<div>`s open inside it, as a browser does; inside a table's
    /// cell it is ignored, as the standard has it, and nothing is written.
    @Test func aSectionsEndTagClosesTheDivsLeftOpenInIt() throws {
        let page = "<header><div class=\"tags\"><div><a href=\"/t\">Ports</a></header><article><p>Text.</p></article>"
        let prepared = try #require(HTMLDepth.prepared(Array(page.utf8)))
        #expect(
            String(decoding: prepared, as: UTF8.self)
                == "<header><div class=\"tags\"><div><a href=\"/t\">Ports</a></div></div></header><article><p>Text.</p></article>")
        #expect(HTMLDepth.prepared(Array("<header><table><tr><td><div>Ports</header><p>Text.</p>".utf8)) == nil)
        #expect(HTMLDepth.prepared(Array("<header><div>Ports</div></header><p>Text.</p>".utf8)) == nil)
        // A quote inside a tag that opens no value (`class="list" "=""`, a template's slip) ends no
        // tag: the tags after it are read, and nothing is taken for a `<div>` left open.
        let slip = "<header><div class=\"a\"><ul class=\"list\" \"=\"\"><li>Home</li></ul></div><p>A 5\" screen</p></header><p>Text.</p>"
        #expect(HTMLDepth.prepared(Array(slip.utf8)) == nil)
        // A custom element is not the element its name begins with.
        #expect(HTMLDepth.prepared(Array("<header-bar><div class=\"x\">Menu</header-bar><p>Text.</p>".utf8)) == nil)
    }

    @Test func theTreesDepthIsMeasuredWithoutRecursion() throws {
        let libxml2 = try LibXML2.loaded.get()
        for depth in [0, 1, 150] {
            let html =
                "<html><body>" + String(repeating: "<div>", count: depth) + "text" + String(repeating: "</div>", count: depth)
                + "</body><!-- after --></html>"
            let bytes = Array(html.utf8)
            let document = try #require(
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.flatMap { base in
                        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            libxml2.readMemory($0, Int32(buffer.count), nil, "UTF-8", 0)
                        }
                    }
                })
            defer { libxml2.freeDoc(document) }
            let root = try #require(libxml2.rootElement(document))
            // html → body → the divs → the text node.
            #expect(HTMLArticleReader.treeDepth(root) == depth + 2)
        }
    }
}
