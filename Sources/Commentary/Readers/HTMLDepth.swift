/// Flattens markup nested deeper than libxml2's HTML parser goes.
///
/// libxml2 stops building the tree 256 elements down (XML_PARSE_HUGE lifts the limit, and then a
/// page 100,000 deep makes a tree every recursive walk overflows the stack on), so a page nested
/// deeper lost all its text: "no article text found". Before parsing, elements opened more than
/// `limit` deep have their tags taken out and their text kept; a block element's tags (`<div>`,
/// `<p>`, `<li>`…) become `<br><br>`, so its paragraphs stay apart. The tree libxml2 builds is then
/// at most `limit` deep (plus the `<html>` and `<body>` it may add), and it still stops at 256 if
/// this count ever runs behind its own, so the reader's recursive walks stay bounded.
///
/// The same pass closes the `<div>`s a section's end tag leaves open. The HTML standard ends a
/// `<header>`, `<article>`, `<section>`, `<ul>` … at its end tag, closing whatever is still open
/// inside it; libxml2 lets an end tag close only elements of its own rank or lower, and ranks
/// `<div>` above them all, so after one `<div>` left open `</header>` is ignored and the rest of
/// the page, the story with it, is parsed into the header (or the footer, nav or aside), where it
/// reads as furniture. A `</div>` is written before such an end tag for each `<div>` still open
/// inside its element, when nothing libxml2 ranks higher (a table's parts) stands between: inside
/// a table the standard ignores the end tag too.
///
/// One pass over the bytes with a stack of open elements: O(n) time, memory proportional to the
/// page; a page that never goes deeper than `limit` and closes its sections is returned untouched.
enum HTMLDepth {
    /// Deepest element kept: well inside libxml2's 256, with room for the elements it implies.
    static let limit = 200

    /// The page with its excess depth flattened and its sections' open `<div>`s closed, or nil when
    /// nothing is deeper than `limit` and no section end tag leaves a `<div>` open.
    static func prepared(_ html: [UInt8], limit: Int = limit) -> [UInt8]? {
        html.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var scanner = Scanner(html: bytes, limit: limit, emit: false)
            guard scanner.run() || scanner.closedDivs > 0 else { return nil }
            var writer = Scanner(html: bytes, limit: limit, emit: true)
            _ = writer.run()
            return writer.output
        }
    }

    /// End tags that close whatever is open inside their element, in the HTML standard and not in
    /// libxml2 when a `<div>` is (its rank for `<div>` is above theirs).
    static let sectionElements: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "section", "summary", "ul",
    ]
    /// Elements libxml2 ranks above `<div>` for closing, and the table parts it ranks above all
    /// these: an end tag never closes them from inside.
    static let tableElements: Set<String> = ["td", "th", "tr", "thead", "tbody", "tfoot", "table", "caption"]

    static let voidElements: Set<String> = Set(
        [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
            "basefont", "frame", "keygen", "isindex",
        ])
    /// Elements whose content is raw text, up to their own end tag.
    static let rawTextElements: Set<String> = Set(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"])
    static let blockElements: Set<String> = Set(
        [
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        ])

    /// Whether opening `next` closes the open `current` on its own (`<p>` ends at the next block,
    /// `<li>` at the next `<li>`), as browsers and libxml2 read it.
    static func closes(_ next: String, _ current: String) -> Bool {
        switch current {
        case "p": blockElements.contains(next)
        case "li": next == "li"
        case "dt", "dd": next == "dt" || next == "dd"
        case "option": next == "option" || next == "optgroup"
        case "tr": next == "tr"
        case "td", "th": next == "td" || next == "th" || next == "tr"
        default: false
        }
    }

    /// An ASCII letter, either case.
    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Where `</name` starts in `html` after `start`, case aside (`name` in lower case): where a
    /// script's or a style's text ends.
    static func endTag<Name: RandomAccessCollection<UInt8>>(_ name: Name, in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int?
    where Name.Index == Int {
        var position = start
        while let open = ASCIIMatch.next(UInt8(ascii: "<"), in: html, from: position), open + name.count + 2 <= html.count {
            position = open + 1
            guard html[open + 1] == UInt8(ascii: "/") else { continue }
            if (0..<name.count).allSatisfy({ html[open + 2 + $0] | 0x20 == name[name.startIndex + $0] }) { return open }
        }
        return nil
    }

    /// Reads through a buffer pointer: a page of millions of tags costs no reference counting.
    struct Scanner {
        let html: UnsafeBufferPointer<UInt8>
        let limit: Int
        let emit: Bool
        var output: [UInt8] = []
        /// Open elements: name, and whether its tags were taken out.
        var open: [(name: String, dropped: Bool)] = []
        /// Where the output stood after the last paragraph break written.
        var lastBreak = -1
        var index = 0
        /// The `</div>`s written (or, scanning, to write) before section end tags.
        var closedDivs = 0

        init(html: UnsafeBufferPointer<UInt8>, limit: Int, emit: Bool) {
            self.html = html
            self.limit = limit
            self.emit = emit
            if emit { output.reserveCapacity(html.count + html.count / 8) }
        }

        /// Scans the page; true when some element stood deeper than the limit.
        mutating func run() -> Bool {
            var deeper = false
            var copied = 0
            func copy(upTo end: Int, from start: inout Int) {
                if emit && end > start { output.append(contentsOf: html[start..<end]) }
                start = end
            }
            while let open = nextTagStart() {
                let tagStart = open
                let kind = html[open + 1]
                if kind == UInt8(ascii: "!") || kind == UInt8(ascii: "?") {
                    // A comment, doctype or processing instruction: passed over as it is.
                    let end =
                        starts(open, "<!--") ? ScriptEnds.end(of: "-->", in: html, from: open + 4) : tagEnd(from: open)
                    index = end
                    continue
                }
                let isEnd = kind == UInt8(ascii: "/")
                let nameStart = isEnd ? open + 2 : open + 1
                let name = tagName(from: nameStart)
                let end = tagEnd(from: nameStart)
                index = end
                guard !name.isEmpty else { continue }
                if isEnd {
                    // The nearest open element of that name, looked for a little way down only:
                    // a stray end tag must not cost a walk of the whole stack.
                    var candidate = self.open.count - 1
                    while candidate >= 0 && candidate >= self.open.count - 64 && self.open[candidate].name != name { candidate -= 1 }
                    guard candidate >= 0 && candidate >= self.open.count - 64 else { continue }
                    let found = candidate
                    // A section's end tag with `<div>`s open inside it and no table between: as
                    // many `</div>` before it, so that libxml2 closes the section here too.
                    if HTMLDepth.sectionElements.contains(name), found < self.open.count - 1,
                        !self.open[(found + 1)...].contains(where: { HTMLDepth.tableElements.contains($0.name) })
                    {
                        let divs = self.open[(found + 1)...].count(where: { $0.name == "div" && !$0.dropped })
                        if divs > 0 {
                            closedDivs += divs
                            copy(upTo: tagStart, from: &copied)
                            if emit { for _ in 0..<divs { output.append(contentsOf: Self.divEnd) } }
                        }
                    }
                    let dropped = self.open[found].dropped
                    self.open.removeSubrange(found...)
                    if dropped {
                        copy(upTo: tagStart, from: &copied)
                        if HTMLDepth.blockElements.contains(name) { paragraphBreak() }
                        copied = end
                    }
                    continue
                }
                let selfClosing = end >= 2 && html[end - 2] == UInt8(ascii: "/")
                if HTMLDepth.voidElements.contains(name) || selfClosing { continue }
                while let top = self.open.last, HTMLDepth.closes(name, top.name) { self.open.removeLast() }
                if HTMLDepth.rawTextElements.contains(name) {
                    // Its content is text, not markup, up to its own end tag; never taken out.
                    self.open.append((name, false))
                    if let close = findEndTag(name, from: end) { index = close }
                    continue
                }
                let drop = self.open.count >= limit
                self.open.append((name, drop))
                if drop {
                    deeper = true
                    copy(upTo: tagStart, from: &copied)
                    if HTMLDepth.blockElements.contains(name) { paragraphBreak() }
                    copied = end
                }
            }
            copy(upTo: html.count, from: &copied)
            return deeper
        }

        static let breaks = Array("<br><br>".utf8)
        static let divEnd = Array("</div>".utf8)

        /// A dropped block's edge: a blank line between its text and what stands around it, once
        /// for a run of them (a page 100,000 deep would otherwise become 200,000 breaks).
        mutating func paragraphBreak() {
            guard emit, output.count != lastBreak else { return }
            output.append(contentsOf: Self.breaks)
            lastBreak = output.count
        }

        /// The next `<` that opens a tag, comment or declaration.
        mutating func nextTagStart() -> Int? {
            while let open = ASCIIMatch.next(UInt8(ascii: "<"), in: html, from: index), open < html.count - 1 {
                index = open
                let next = html[index + 1]
                if isLetter(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                    || (next == UInt8(ascii: "/") && index + 2 < html.count && isLetter(html[index + 2]))
                {
                    return index
                }
                index += 1
            }
            index = html.count
            return nil
        }

        func isLetter(_ byte: UInt8) -> Bool { HTMLDepth.isLetter(byte) }

        /// The tag's name in lower case (a String of up to 15 bytes needs no allocation).
        func tagName(from start: Int) -> String {
            var end = start
            // Letters and digits, and the `-`, `_`, `:` and `.` libxml2 reads in a name too: a custom
            // element (`</header-bar>`) is not the element its name begins with.
            scan: while end < html.count {
                switch html[end] {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
                    end += 1
                default: break scan
                }
            }
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for offset in 0..<(end - start) {
                    let byte = html[start + offset]
                    buffer[offset] = isLetter(byte) ? byte | 0x20 : byte
                }
                return end - start
            }
        }

        /// Just past the `>` that ends a tag, quoted attribute values passed over. A quote opens a
        /// value only after an `=` (spaces between): elsewhere it is part of an attribute's name, as
        /// browsers and libxml2 read `class="a" "=""` (a template's slip), and `>` still ends the tag.
        func tagEnd(from start: Int) -> Int {
            var quote: UInt8?
            var afterEquals = false
            var position = start
            while position < html.count {
                if let open = quote {
                    // A value (a JSON state, an inline image) runs to its closing quote.
                    guard let close = ASCIIMatch.next(open, in: html, from: position) else { return html.count }
                    quote = nil
                    afterEquals = false
                    position = close + 1
                    continue
                }
                let byte = html[position]
                if afterEquals && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return position + 1
                }
                switch byte {
                case UInt8(ascii: "=") where quote == nil: afterEquals = true
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): break
                default: afterEquals = false
                }
                position += 1
            }
            return html.count
        }

        func starts(_ position: Int, _ text: StaticString) -> Bool {
            ScriptEnds.starts(html, at: position, with: text)
        }

        /// Where `</name` starts after `start`, case aside (`name` is lower case).
        func findEndTag(_ text: String, from start: Int) -> Int? {
            var text = text
            return text.withUTF8 { HTMLDepth.endTag($0, in: html, from: start) }
        }
    }
}
