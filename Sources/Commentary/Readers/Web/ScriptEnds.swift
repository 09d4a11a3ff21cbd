/// Keeps a script's text inside the script where a browser does: an `</script>` written inside
/// a script that opens an HTML comment and writes a `<script>` tag does not end it.
///
/// Scripts of the 2000s and 2010s hide their text from old browsers in `<!-- … -->`, and many
/// write further scripts into the page (`document.write('<script src=…></script>')`) or carry
/// them in strings (a video's embed code in a page's state). The HTML standard's tokenizer reads
/// such a script in its "escaped" states: after `<!--`, a `<script` opens a double-escaped
/// stretch in which `</script>` does not end the script; only `-->` leaves it.
/// libxml2 ends the script at the first `</script`, and the rest of the script (a page's
/// whole store of state, in JSON) became text of the page, read into the story. Each
/// `</script` that does not end its script is written `<\/script`, which libxml2 reads on past.
/// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escaped-state
///
/// One pass over the bytes; a page with no such script (nearly every page) is returned as nil.
enum ScriptEnds {
    /// The page with each `</script` inside a script's double-escaped stretch written `<\/script`,
    /// or nil when there is none.
    static func mended(_ html: [UInt8]) -> [UInt8]? {
        html.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var inner: [Int] = []
            var index = 0
            while let open = ASCIIMatch.next(UInt8(ascii: "<"), in: bytes, from: index) {
                index = open
                if starts(bytes, at: index, with: "<!--") {
                    // A comment of the page: a script written inside it is no script.
                    index = end(of: "-->", in: bytes, from: index + 4)
                } else if isTag(bytes, at: index + 1, named: "script") {
                    index = scriptText(bytes, from: tagEnd(bytes, from: index), inner: &inner)
                } else {
                    index += 1
                }
            }
            guard !inner.isEmpty else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + inner.count)
            var from = 0
            for position in inner {
                output.append(contentsOf: bytes[from...position])
                output.append(UInt8(ascii: "\\"))
                from = position + 1
            }
            output.append(contentsOf: bytes[from...])
            return output
        }
    }

    /// Reads a script's text from `start` (past its start tag) as the standard's tokenizer does,
    /// noting where each `</script` that does not end it opens (its `<`); returns where the
    /// script's end tag starts, or the end of the bytes.
    static func scriptText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, inner: inout [Int]) -> Int {
        enum State { case data, escaped, doubleEscaped }
        var state = State.data
        var index = start
        while index < bytes.count {
            if state == .data {
                // Only a `<` can change anything here.
                guard let open = ASCIIMatch.next(UInt8(ascii: "<"), in: bytes, from: index) else { return bytes.count }
                index = open
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if isTag(bytes, at: index + 1, named: "/script") {
                    guard state == .doubleEscaped else { return index }
                    inner.append(index)
                    state = .escaped
                    index += 8
                    continue
                }
                if state == .data, starts(bytes, at: index, with: "<!--") {
                    state = .escaped
                    index += 4
                    continue
                }
                if state == .escaped, isTag(bytes, at: index + 1, named: "script") {
                    state = .doubleEscaped
                    index += 7
                    continue
                }
            } else if byte == UInt8(ascii: "-"), state != .data, starts(bytes, at: index, with: "-->") {
                state = .data
                index += 3
                continue
            }
            index += 1
        }
        return index
    }

    /// Whether the tag name `name` (`script`, `/script`) stands at `index`, in any case, followed
    /// by a blank, `/` or `>` (not `<scripts>`, not `<scriptx`).
    static func isTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, named name: StaticString) -> Bool {
        let letters = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        guard index + letters.count < bytes.count else { return false }
        for (offset, letter) in letters.enumerated() where bytes[index + offset] | 0x20 != letter | 0x20 {
            return false
        }
        let next = bytes[index + letters.count]
        return EarlyEnd.isBlank(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">")
    }

    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with text: StaticString) -> Bool {
        let letters = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard index + letters.count <= bytes.count else { return false }
        return letters.enumerated().allSatisfy { bytes[index + $0.offset] == $0.element }
    }

    /// Past the first `text` from `start`, or the end of the bytes.
    static func end(of text: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ASCIIMatch.firstOffset(of: text, inBytes: bytes, from: start, ignoringCase: false).map { $0 + text.utf8CodeUnitCount }
            ?? bytes.count
    }

    /// Past the `>` that ends the start tag opening at `start`, a `>` inside a quoted attribute
    /// value (a quote right after `=`, blanks between) aside.
    static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quote: UInt8?
        var afterEquals = false
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if afterEquals, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            if quote == nil, !EarlyEnd.isBlank(byte) { afterEquals = byte == UInt8(ascii: "=") }
            index += 1
        }
        return bytes.count
    }
}
