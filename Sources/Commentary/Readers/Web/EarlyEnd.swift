/// Takes out an `</html>` end tag that markup follows.
///
/// libxml2's HTML parser stops at `</html>`: whatever comes after it is dropped, so a page that
/// closes `</head></html>` before its `<body>` (a template's slip) read as an empty page and was
/// refused. Browsers ignore that end tag and read on (the HTML standard's "after after body"
/// mode puts the rest into the body), and so does the reader once the tag is gone: libxml2 closes
/// the document at the end of the bytes anyway.
/// https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-body-insertion-mode
///
/// One pass over the bytes; a page whose `</html>` ends it (the usual case) is returned untouched.
enum EarlyEnd {
    /// The page without its `</html>` end tags when a start tag follows the first of them, or nil
    /// when nothing does.
    static func removed(_ html: [UInt8]) -> [UInt8]? {
        html.withUnsafeBufferPointer { bytes -> [UInt8]? in
            let ends = endTags(bytes)
            guard let first = ends.first, startTag(in: bytes, from: first.upperBound) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var from = 0
            for end in ends {
                output.append(contentsOf: bytes[from..<end.lowerBound])
                from = end.upperBound
            }
            output.append(contentsOf: bytes[from...])
            return output
        }
    }

    /// The ranges of `</html>` (any case, blanks before the `>`).
    static func endTags(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        let name = Array("html".utf8)
        while let open = ASCIIMatch.next(UInt8(ascii: "<"), in: bytes, from: index), open + 7 <= bytes.count {
            index = open
            guard bytes[index + 1] == UInt8(ascii: "/") else {
                index += 1
                continue
            }
            var cursor = index + 2
            var matched = true
            for letter in name {
                guard cursor < bytes.count, bytes[cursor] | 0x20 == letter else {
                    matched = false
                    break
                }
                cursor += 1
            }
            while matched, cursor < bytes.count, isBlank(bytes[cursor]) { cursor += 1 }
            if matched, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") {
                ranges.append(index..<(cursor + 1))
                index = cursor + 1
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// HTML's blanks: space, tab, line feed, form feed, carriage return.
    static func isBlank(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: true
        default: false
        }
    }

    /// Whether a start tag (`<` and a letter) stands anywhere from `start` on.
    static func startTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while let open = ASCIIMatch.next(UInt8(ascii: "<"), in: bytes, from: index), open + 1 < bytes.count {
            let letter = bytes[open + 1] | 0x20
            if letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") { return true }
            index = open + 1
        }
        return false
    }
}
