/// Takes out of a page, before libxml2 parses it, what the reader never reads: the attributes of
/// start tags it never asks for (`data-…`, event handlers, `aria-…` but `aria-hidden`, an image's
/// sources and sizes, an SVG path's drawing and styling), and the text of style sheets.
///
/// Parsing is a third of the time a large news page takes, and half of that is attributes: libxml2
/// 2.9 reads each value a character at a time and makes two nodes of it. A page of 2023 holds two
/// thousand of them, `data-` and SVG's `d` the largest, and the reader looks at none of those
/// (`HTMLArticleReader.attribute` checks, in debug builds, that no one asks for them). Style sheets
/// are a fifth of such a page's bytes, parsed into text no walk reads; their elements stay, empty.
///
/// The pass reads the markup as libxml2 does, and only where it is sure to: a start tag is
/// rewritten when each attribute is a plain name with a quoted or unquoted value, set apart by
/// blanks; `<script>` and `<style>` are passed over to their end tags (scripts kept whole: the
/// reader reads their JSON-LD, their streamed parts and, last of all, their data), comments to
/// `-->`. At the first tag it cannot read so (an unclosed quote, a stray character), it stops and
/// leaves the rest of the page as it is: past a slip libxml2 recovers in its own way, and what
/// looks like a tag may be text inside a value. One pass, O(n); nil when nothing is taken out.
enum UnreadMarkup {
    /// The page without the unread attributes and style sheets' text, or nil when it has none (or
    /// cannot be read far enough to take any out).
    static func removed(_ html: [UInt8]) -> [UInt8]? {
        html.withUnsafeBufferPointer { bytes -> [UInt8]? in
            // A NUL ends a value for libxml2 where it does not here: such a page is left alone.
            guard ASCIIMatch.next(0, in: bytes, from: 0) == nil else { return nil }
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            func takeOut(_ range: Range<Int>) {
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<range.lowerBound])
                copied = range.upperBound
            }
            scan: while let open = ASCIIMatch.next(UInt8(ascii: "<"), in: bytes, from: index), open + 1 < bytes.count {
                let next = bytes[open + 1]
                switch next {
                case UInt8(ascii: "!"):
                    guard ScriptEnds.starts(bytes, at: open, with: "<!--") else {
                        // A doctype, to its `>`; anything else (`<![if !IE]>`, `<![CDATA[`) is read
                        // otherwise: stop.
                        guard startsWith(bytes, open..<bytes.count, "<!doctype"),
                            let end = ASCIIMatch.next(UInt8(ascii: ">"), in: bytes, from: open)
                        else { break scan }
                        index = end + 1
                        continue
                    }
                    // `<!-->` and `<!--->` end where the parsers disagree: stop.
                    let body = open + 4
                    guard body + 1 < bytes.count, bytes[body] != UInt8(ascii: ">"),
                        !(bytes[body] == UInt8(ascii: "-") && bytes[body + 1] == UInt8(ascii: ">"))
                    else { break scan }
                    index = ScriptEnds.end(of: "-->", in: bytes, from: body)
                case UInt8(ascii: "?"), UInt8(ascii: "/"):
                    // A processing instruction or an end tag: to its `>`, as libxml2 reads them. (`</`
                    // and no name is text after it.)
                    guard next == UInt8(ascii: "?") || (open + 2 < bytes.count && isLetter(bytes[open + 2])) else {
                        index = open + 2
                        continue
                    }
                    guard let end = ASCIIMatch.next(UInt8(ascii: ">"), in: bytes, from: open + 1) else { break scan }
                    index = end + 1
                case _ where isLetter(next):
                    guard let tag = StartTag(bytes, at: open) else { break scan }
                    for attribute in tag.unread { takeOut(attribute) }
                    index = tag.end
                    if tag.holdsRawText {
                        // Its text runs to its own end tag, as libxml2 reads a script or a style;
                        // a style sheet's is taken out.
                        let name = tag.isStyle ? Self.style : Self.script
                        guard let close = HTMLDepth.endTag(name, in: bytes, from: tag.end) else { break scan }
                        if tag.isStyle, close > tag.end { takeOut(tag.end..<close) }
                        index = close
                    }
                default:
                    index = open + 1
                }
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }

    /// A start tag read attribute by attribute; nil when it is not plainly written.
    struct StartTag {
        /// The attributes to take out, each with the blanks before it.
        var unread: [Range<Int>] = []
        /// Past the tag's `>`.
        var end = 0
        var holdsRawText = false
        var isStyle = false

        init?(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int) {
            var index = open + 1
            while index < bytes.count, UnreadMarkup.isNameByte(bytes[index]) { index += 1 }
            let element = (open + 1)..<index
            isStyle = UnreadMarkup.named(bytes, element, "style")
            holdsRawText = isStyle || UnreadMarkup.named(bytes, element, "script")
            while true {
                let blanksStart = index
                while index < bytes.count, UnreadMarkup.isBlank(bytes[index]) { index += 1 }
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ">") {
                    end = index + 1
                    return
                }
                if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                    end = index + 2
                    return
                }
                // An attribute: blanks before it, a name libxml2 reads as one (a letter, `_` or `:`
                // first), then maybe `=` and a value.
                guard index > blanksStart, UnreadMarkup.startsName(bytes[index]) else { return nil }
                let nameStart = index
                while index < bytes.count, UnreadMarkup.isNameByte(bytes[index]) { index += 1 }
                let name = nameStart..<index
                var afterName = index
                while afterName < bytes.count, UnreadMarkup.isBlank(bytes[afterName]) { afterName += 1 }
                if afterName < bytes.count, bytes[afterName] == UInt8(ascii: "=") {
                    index = afterName + 1
                    while index < bytes.count, UnreadMarkup.isBlank(bytes[index]) { index += 1 }
                    guard index < bytes.count else { return nil }
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let close = ASCIIMatch.next(quote, in: bytes, from: index + 1) else { return nil }
                        index = close + 1
                    } else {
                        // Unquoted, to a blank or the tag's end; anything odd in it: not read here.
                        while index < bytes.count, !UnreadMarkup.isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                            switch bytes[index] {
                            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: "`"), 0:
                                return nil
                            default: index += 1
                            }
                        }
                    }
                    // After a value: a blank, or the tag's end.
                    guard index < bytes.count,
                        UnreadMarkup.isBlank(bytes[index]) || bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/")
                    else { return nil }
                } else {
                    index = name.upperBound
                    guard index < bytes.count,
                        UnreadMarkup.isBlank(bytes[index]) || bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/")
                    else { return nil }
                }
                if UnreadMarkup.isUnread(bytes, name) { unread.append(blanksStart..<index) }
            }
        }
    }

    /// Whether the reader never reads the attribute of this name (in any case).
    static func isUnread(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        // Only the names and prefixes of the name's first letter are compared: this runs on every
        // attribute of the page.
        let initial = Int(ASCIIMatch.lower(bytes[name.lowerBound])) - Int(UInt8(ascii: "a"))
        guard (0..<26).contains(initial) else { return false }
        let (names, prefixes) = byInitial[initial]
        return prefixes.contains { startsWith(bytes, name, $0) } && !named(bytes, name, "aria-hidden")
            || names.contains { named(bytes, name, $0) }
    }

    /// The unread names and prefixes by their first letter, a to z.
    static let byInitial: [(names: [StaticString], prefixes: [StaticString])] = (0..<26).map { letter in
        let initial = UInt8(ascii: "a") + UInt8(letter)
        return (unreadNames.filter { $0.utf8Start[0] == initial }, unreadPrefixes.filter { $0.utf8Start[0] == initial })
    }

    /// Whether the reader never reads the attribute of this name: the test `attribute` asks.
    static func isUnread(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { isUnread($0, 0..<$0.count) }
    }

    static let unreadPrefixes: [StaticString] = ["data-", "on", "aria-", "fill", "stroke", "xmlns", "xlink:"]
    static let unreadNames: [StaticString] = [
        "d", "srcset", "sizes", "src", "target", "width", "height", "viewbox", "media", "tabindex", "loading", "decoding",
        "crossorigin", "integrity", "focusable", "clip-rule", "points", "transform", "as", "referrerpolicy", "frameborder",
        "allow", "allowfullscreen",
    ]

    static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard name.count >= count else { return false }
        let expected = prefix.utf8Start
        for offset in 0..<count where ASCIIMatch.lower(bytes[name.lowerBound + offset]) != expected[offset] { return false }
        return true
    }

    static func named(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, _ expected: StaticString) -> Bool {
        name.count == expected.utf8CodeUnitCount && startsWith(bytes, name, expected)
    }

    static func isLetter(_ byte: UInt8) -> Bool { HTMLDepth.isLetter(byte) }

    static let script = Array("script".utf8)
    static let style = Array("style".utf8)

    static func startsName(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    /// A byte of a name as libxml2 reads one: letters, digits, `-`, `_`, `:` and `.`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// The blanks libxml2 skips between attributes: space, tab, line feed, carriage return.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
