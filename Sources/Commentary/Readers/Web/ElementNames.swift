import CLibXML2

/// The names of the elements pages are made of, looked up by their bytes.
///
/// Every walk of the reader asks each element its name, many times per page; making a `String` of
/// libxml2's bytes each time (a check of the UTF-8 and a copy) cost more than the walks' own work.
/// The names libxml2's HTML parser gives (in lower case, interned) are read here into two words
/// and found in a small open-addressed table that hands back one `String` made once. A name not in
/// the table (a custom element's, one longer than sixteen bytes, one not in lower case) is made as
/// before, by the caller.
enum ElementNames {
    /// The name of `name`'s bytes when it is one of the known names, else nil.
    static func known(_ name: UnsafePointer<xmlChar>) -> String? {
        guard let key = Key(name) else { return nil }
        let table = Self.table
        var slot = key.slot
        while let entry = table.entries[slot] {
            if entry.key == key { return entry.name }
            slot = (slot + 1) & Table.mask
        }
        return nil
    }

    /// Up to sixteen bytes of a name, zero after its end; nil for a longer name or one with a
    /// byte outside lower-case ASCII letters, digits, `-` and `:`.
    struct Key: Equatable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ name: UnsafePointer<xmlChar>) {
            var index = 0
            while true {
                let byte = name[index]
                if byte == 0 { break }
                guard index < 16, Self.allowed(byte) else { return nil }
                if index < 8 {
                    low |= UInt64(byte) << (8 * UInt64(index))
                } else {
                    high |= UInt64(byte) << (8 * UInt64(index - 8))
                }
                index += 1
            }
            guard index > 0 else { return nil }
        }

        init?(_ name: String) {
            let bytes = Array(name.utf8) + [0]
            guard let key = bytes.withUnsafeBufferPointer({ Key($0.baseAddress!) }) else { return nil }
            self = key
        }

        static func allowed(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        }

        /// Where the key's probe starts: a multiplicative hash of both words.
        var slot: Int {
            let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed >> UInt64(64 - Table.bits))
        }
    }

    struct Table: Sendable {
        static let bits = 10
        static let mask = (1 << bits) - 1
        var entries: [(key: Key, name: String)?] = Array(repeating: nil, count: 1 << bits)

        init(_ names: Set<String>) {
            for name in names {
                guard let key = Key(name) else { continue }
                var slot = key.slot
                while entries[slot] != nil { slot = (slot + 1) & Self.mask }
                entries[slot] = (key, name)
            }
        }
    }

    /// The elements of HTML the reader's sets name, and the others common on pages (the document's,
    /// forms', SVG's and MathML's).
    static let table = Table(
        HTMLArticleReader.skippedElements.union(HTMLArticleReader.blockElements).union(HTMLArticleReader.unreadElements)
            .union(HTMLArticleReader.blockContainers).union(HTMLArticleReader.inlineElements).union(HTMLArticleReader.mathElements)
            .union([
                "html", "head", "body", "meta", "link", "title", "base", "source", "track", "param", "option", "optgroup",
                "legend", "output", "progress", "meter", "summary", "col", "colgroup", "th", "map", "area", "hgroup",
                "search", "slot", "portal", "amp-img", "path", "g", "use", "circle", "rect", "defs", "symbol", "polygon",
                "line", "desc", "clippath", "lineargradient", "radialgradient", "stop", "mask", "ellipse", "polyline",
                "image", "text", "tspan", "pattern", "filter", "foreignobject", "marquee", "frame", "frameset", "noframes",
                "xmp", "listing", "plaintext", "acronym", "dir", "basefont", "applet", "keygen", "h1",
            ]))
}
