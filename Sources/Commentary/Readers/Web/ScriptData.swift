import CLibXML2

/// The story a page keeps only in its scripts' data: an application that draws the page in the
/// browser (React, Next.js, Nuxt) ships the article's markup as a string in the state it hands its
/// scripts (`{"detail":{"contentHtml":"<p>…</p>"}}`), and the markup itself shows a spinner. The
/// reader looks there only for a page it would otherwise refuse.
enum ScriptData {
    /// A string must hold this many characters of text outside its tags to be a story.
    static let storyText = 500
    /// Script text looked through, at most, per page.
    static let scannedBytes = 8 << 20

    /// The longest piece of markup with paragraphs (two `<p>` or two `<br>` or more) among the
    /// string literals of the page's scripts, when it holds a story's length of text.
    static func storyMarkup(under root: xmlNodePtr) -> String? {
        var best: (markup: String, text: Int)?
        var budget = scannedBytes
        // A literal that is itself data (a framework's payload of JSON in a string) is looked into,
        // two levels deep; one that is markup is a candidate.
        func consider(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) {
            for literal in stringLiterals(in: bytes, longerThan: storyText) {
                if isData(literal) {
                    guard depth < 2 else { continue }
                    var nested = literal
                    nested.withUTF8 { consider($0, depth: depth + 1) }
                } else if holdsParagraphs(literal) {
                    let length = textLength(literal)
                    if length >= storyText, length > best?.text ?? 0 { best = (literal, length) }
                }
            }
        }
        func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child, budget > 0 {
                child = current.pointee.next
                guard current.pointee.type == XML_ELEMENT_NODE else { continue }
                guard HTMLArticleReader.name(current) == "script" else {
                    visit(current)
                    continue
                }
                var content = current.pointee.children
                while let piece = content {
                    content = piece.pointee.next
                    guard let text = piece.pointee.content else { continue }
                    // At most what is left of the budget: a longer script is read only so far.
                    var count = 0
                    while count < budget, text[count] != 0 { count += 1 }
                    let bytes = UnsafeBufferPointer(start: text, count: count)
                    budget -= count
                    consider(bytes, depth: 0)
                }
            }
        }
        visit(root)
        return best?.markup
    }

    /// Whether a string is data, not markup: JSON's keys and values (`":"`, `":{`, `":[`) more than
    /// a few times.
    static func isData(_ text: String) -> Bool {
        var pairs = 0
        ASCIIMatch.withBytes(text) { bytes in
            var index = 0
            while index + 2 < bytes.count, pairs <= 3 {
                if bytes[index] == UInt8(ascii: "\""), bytes[index + 1] == UInt8(ascii: ":") {
                    let next = bytes[index + 2]
                    if next == UInt8(ascii: "\"") || next == UInt8(ascii: "{") || next == UInt8(ascii: "[") { pairs += 1 }
                }
                index += 1
            }
        }
        return pairs > 3
    }

    /// Whether markup sets its text in paragraphs: two `<p` or two `<br` or more, in any case.
    static func holdsParagraphs(_ markup: String) -> Bool {
        var paragraphs = 0
        var breaks = 0
        ASCIIMatch.withBytes(markup) { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    let next = ASCIIMatch.lower(bytes[index + 1])
                    let after = ASCIIMatch.lower(bytes[index + 2])
                    if next == UInt8(ascii: "p"), after == UInt8(ascii: ">") || after == 0x20 || (0x09...0x0D).contains(after) {
                        paragraphs += 1
                    }
                    if next == UInt8(ascii: "b"), after == UInt8(ascii: "r") { breaks += 1 }
                }
                index += 1
            }
        }
        return paragraphs >= 2 || breaks >= 2
    }

    /// Characters of a piece of markup outside its tags, white space left out.
    static func textLength(_ markup: String) -> Int {
        var length = 0
        var insideTag = false
        for byte in markup.utf8 {
            switch byte {
            case UInt8(ascii: "<"): insideTag = true
            case UInt8(ascii: ">"): insideTag = false
            case 0x20, 0x09, 0x0A, 0x0D: break
            case 0x80...0xBF: break
            default: if !insideTag { length += 1 }
            }
        }
        return length
    }

    /// The double-quoted string literals (JSON's and JavaScript's) of a script longer than
    /// `minimum` bytes as written, decoded: `\"`, `\\`, `\/`, `\n`, `\uXXXX` (surrogate pairs
    /// joined), `\xHH`; any other escaped character stands for itself.
    static func stringLiterals(in bytes: UnsafeBufferPointer<UInt8>, longerThan minimum: Int) -> [String] {
        var literals: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            // Find the closing quote, counting escapes, before decoding anything.
            var end = index + 1
            var escaped = false
            while end < bytes.count {
                let byte = bytes[end]
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") || byte == 0x0A {
                    break
                }
                end += 1
            }
            if end - index - 1 > minimum, end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                literals.append(decode(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])))
            }
            index = end + 1
        }
        return literals
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var plain: [UInt8] = []
        func flush() {
            if !plain.isEmpty { scalars.append(contentsOf: String(decoding: plain, as: UTF8.self).unicodeScalars) }
            plain.removeAll(keepingCapacity: true)
        }
        func hex(_ start: Int, _ count: Int) -> UInt32? {
            guard start + count <= bytes.count else { return nil }
            var value: UInt32 = 0
            for offset in 0..<count {
                guard let digit = Character(UnicodeScalar(bytes[start + offset])).hexDigitValue else { return nil }
                value = value * 16 + UInt32(digit)
            }
            return value
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                plain.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "n"): plain.append(0x0A)
            case UInt8(ascii: "t"): plain.append(0x09)
            case UInt8(ascii: "r"): plain.append(0x0D)
            case UInt8(ascii: "b"), UInt8(ascii: "f"): plain.append(0x20)
            case UInt8(ascii: "u"), UInt8(ascii: "x"):
                let count = escape == UInt8(ascii: "u") ? 4 : 2
                guard var value = hex(index, count) else {
                    plain.append(escape)
                    continue
                }
                index += count
                // A high surrogate and its low one make one character.
                if (0xD800..<0xDC00).contains(value), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hex(index + 2, 4), (0xDC00..<0xE000).contains(low)
                {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                flush()
                scalars.append(UnicodeScalar(value) ?? "\u{FFFD}")
            default: plain.append(escape)
            }
        }
        flush()
        return String(scalars)
    }
}
