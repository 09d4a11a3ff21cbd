/// A word, number or punctuation mark in a paragraph, located by Unicode code point offsets. A
/// plain value: its text stays in the paragraph (`Tokens.text(_:)`), so a token costs no String
/// of its own and a copy of it no reference counting.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    var kind: Kind
    /// Offset of the first code point in the paragraph.
    var start: Int
    /// Offset just past the last code point.
    var end: Int
    /// Where the token's text is in the paragraph's UTF-8: the first byte and just past the last.
    var utf8Start: Int
    var utf8End: Int
    /// The first code point.
    var first: Unicode.Scalar
    /// Whether whitespace separates this token from the one before.
    var spaceBefore: Bool
    /// Whether a hyphen joins parts of the token: "China-Russia", "19-Oct-2023", "mid-2024".
    var hasHyphen = false

    /// Whether the first code point is an upper-case letter.
    var isCapitalized = false
    /// Whether any code point is an ASCII capital or outside ASCII: lower-casing may change the text.
    var hasCapitalOrNonASCII = false
    /// Whether the text ends with 's or ’s (after at least one code point).
    var endsPossessive = false

    var length: Int { end - start }
    var utf8Count: Int { utf8End - utf8Start }

    /// The text's first UTF-8 byte (optional as `utf8.first` is; a token is never empty).
    var firstByte: UInt8? {
        let value = first.value
        let lead = value < 0x80 ? value : value < 0x800 ? 0xC0 | value >> 6 : value < 0x10000 ? 0xE0 | value >> 12 : 0xF0 | value >> 18
        return UInt8(truncatingIfNeeded: lead)
    }

    /// A punctuation token is one code point: it is `mark` when that code point is.
    func isPunctuation(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

    /// A punctuation token that is one of the characters of `marks`.
    func isPunctuation(in marks: String) -> Bool {
        guard kind == .punctuation else { return false }
        return marks.unicodeScalars.contains(first)
    }
}

/// A paragraph's tokens with the text they are read from.
struct Tokens: RandomAccessCollection, Sendable {
    let items: [Token]
    /// The paragraph's text.
    let text: String

    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    subscript(_ index: Int) -> Token { items[index] }

    /// Token `index`'s UTF-8 bytes, in place.
    @inline(__always)
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let token = items[index]
        return ASCIIMatch.withBytes(text) { body(UnsafeBufferPointer(rebasing: $0[token.utf8Start..<token.utf8End])) }
    }

    /// Token `index`'s text, made when a rule asks for it.
    func text(_ index: Int) -> String { withBytes(index) { String(decoding: $0, as: UTF8.self) } }

    /// Whether token `index`'s text is `word` (ASCII), read in place.
    func text(_ index: Int, is word: StaticString) -> Bool { withBytes(index) { ASCIIMatch.equals($0, word) } }

    /// Whether token `index`'s text is one of `words`, read in place.
    func text(_ index: Int, isIn words: WordSet) -> Bool { withBytes(index) { words.contains(bytes: $0) } }

    /// Whether token `index`'s text in lower case is one of `words`, read in place.
    func text(_ index: Int, lowercasedIsIn words: WordSet) -> Bool { withBytes(index) { words.contains(lowercasingBytes: $0) } }

    /// Two letters or more, all of them capitals.
    func isAllCaps(_ index: Int) -> Bool {
        // ASCII text on its bytes: a byte is a code point.
        let ascii = withBytes(index) { bytes -> Bool? in
            guard ASCIIMatch.isASCII(bytes) else { return nil }
            var letters = 0
            for byte in bytes where Tokenizer.isLetter(Unicode.Scalar(byte)) {
                guard Tokenizer.isUppercase(Unicode.Scalar(byte)) else { return false }
                letters += 1
            }
            return letters >= 2
        }
        if let ascii { return ascii }
        var letters = 0
        for scalar in text(index).unicodeScalars where Tokenizer.isLetter(scalar) {
            guard Tokenizer.isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
    }
}

/// Splits paragraph text into tokens. Words keep internal apostrophes (`Mishustin's`), hyphens
/// (`China-Russia`, `19-Oct-2023`) and abbreviation periods (`U.S.`); numbers keep their
/// separators (`3,000`, `2.5`) and ordinal suffixes (`24th`).
enum Tokenizer {
    /// The tokens of a text.
    static func tokenize(_ text: String) -> Tokens { CodePoints(text).tokenize() }

    /// The tokens of decoded code points; each token's UTF-8 offsets are counted after.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens = scalars.withUnsafeBufferPointer { tokenize(ScalarSource(scalars: $0)) }
        var scalar = 0
        var byte = 0
        func advance(to offset: Int) {
            while scalar < offset {
                let value = scalars[scalar].value
                byte += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                scalar += 1
            }
        }
        for index in tokens.indices {
            advance(to: tokens[index].start)
            tokens[index].utf8Start = byte
            advance(to: tokens[index].end)
            tokens[index].utf8End = byte
        }
        return tokens
    }

    /// The tokens of a text of ASCII only, read on its bytes: each byte is a code point, so the
    /// offsets are the same, and no array of code points is made.
    static func tokenize(ascii text: String) -> [Token] {
        ASCIIMatch.withBytes(text) { tokenize(ASCIISource(bytes: $0)) }
    }

    /// The tokenizer proper, over code points from either source; specialized for each.
    @inline(__always)
    static func tokenize(_ scalars: some CodePointSource) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var spaceBefore = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.value == 0x20 || (scalar.value >= 0x80 || scalar.value < 0x20) && scalar.properties.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                var sawLetter = isLetter(scalar)
                var hasHyphen = false
                var sawAbbreviationDot = false
                var sawCapitalOrNonASCII = scalar.value >= 0x80 || isUppercase(scalar)
                index += 1
                scan: while index < count {
                    // Most of a word is ASCII letters and digits: a run of them in a tight loop.
                    while index < count {
                        let value = scalars[index].value
                        if (value | 0x20) &- 0x61 < 26 {
                            sawLetter = true
                            if value < 0x61 { sawCapitalOrNonASCII = true }
                        } else if value &- 0x30 >= 10 {
                            break
                        }
                        index += 1
                    }
                    guard index < count else { break }
                    let current = scalars[index]
                    if current.value &- 0x41 < 26 || current.value >= 0x80 { sawCapitalOrNonASCII = true }
                    if isWordScalar(current) {
                        if !sawLetter { sawLetter = isLetter(current) }
                        index += 1
                        continue
                    }
                    let next: Unicode.Scalar? = index + 1 < count ? scalars[index + 1] : nil
                    let nextIsWord = next.map(isWordScalar) ?? false
                    if current == ".", sawAbbreviationDot, !nextIsWord, index - start <= 6 {
                        index += 1  // "U.S." keeps its final period
                        break
                    }
                    guard let next, nextIsWord else { break }
                    let previous = scalars[index - 1]
                    switch current {
                    case "-", "‐", "‑":
                        hasHyphen = true
                        index += 1
                    case "'", "’":
                        index += 1
                    case "." where isUppercase(previous) && isUppercase(next) && index - start <= 3:
                        sawAbbreviationDot = true
                        index += 1
                    case "." where !sawLetter && isDigit(previous) && isDigit(next):
                        index += 1
                    case ","
                    where !sawLetter && isDigit(previous) && index + 3 < count + 0
                        && (1...3).allSatisfy({ index + $0 < count && isDigit(scalars[index + $0]) })
                        && (index + 4 >= count || !isDigit(scalars[index + 4])):
                        index += 1
                    default:
                        break scan
                    }
                }
                // A token opens with a word code point, so "'s" or "’s" at its end follows at least one.
                let endsPossessive =
                    index - start >= 3 && scalars[index - 1] == "s" && (scalars[index - 2] == "'" || scalars[index - 2] == "’")
                tokens.append(
                    Token(
                        kind: sawLetter ? .word : .number, start: start, end: index, utf8Start: start, utf8End: index,
                        first: scalar, spaceBefore: spaceBefore, hasHyphen: hasHyphen, isCapitalized: isUppercase(scalar),
                        hasCapitalOrNonASCII: sawCapitalOrNonASCII, endsPossessive: endsPossessive))
            } else {
                index += 1
                tokens.append(
                    Token(
                        kind: .punctuation, start: start, end: index, utf8Start: start, utf8End: index, first: scalar,
                        spaceBefore: spaceBefore, hasCapitalOrNonASCII: scalar.value >= 0x80))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// A String from a run of scalars, written as UTF-8 in one allocation.
    static func makeString(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { makeString($0, start, end) }
    }

    static func makeString(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        var byteCount = 0
        for index in start..<end {
            let value = scalars[index].value
            byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for index in start..<end {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[offset] = UInt8(truncatingIfNeeded: value)
                    offset += 1
                } else if value < 0x800 {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    offset += 2
                } else if value < 0x10000 {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    offset += 3
                } else {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    offset += 4
                }
            }
            return offset
        }
    }

    /// The text's code points, decoded in one pass (no counting pass first).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        Array(unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            var index = 0
            for scalar in text.unicodeScalars {
                buffer[index] = scalar
                index += 1
            }
            count = index
        }
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}

/// Where the tokenizer reads code points: a text's bytes when it is ASCII, else its decoded code
/// points. Both give the same tokens.
protocol CodePointSource {
    var count: Int { get }
    subscript(_ index: Int) -> Unicode.Scalar { get }
}

/// The bytes of a text of ASCII only: each byte is a code point.
struct ASCIISource: CodePointSource {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }
    @inline(__always)
    subscript(_ index: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[index]) }
}

struct ScalarSource: CodePointSource {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    var count: Int { scalars.count }
    @inline(__always)
    subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }
}

/// A paragraph's text addressed by code point offsets, as tokens and spans count them. Most
/// paragraphs are ASCII only: they are kept as the String itself, where a byte is a code point,
/// instead of an array of four bytes per code point.
struct CodePoints: Sendable {
    let text: String
    /// Whether the text is ASCII only.
    private let isASCII: Bool
    /// The code points of any other text.
    private let scalars: [Unicode.Scalar]

    init(_ text: String) {
        self.text = text
        isASCII = ASCIIMatch.withBytes(text, ASCIIMatch.isASCII)
        scalars = isASCII ? [] : Tokenizer.scalars(of: text)
    }

    var count: Int { isASCII ? text.utf8.count : scalars.count }

    /// The code points `start..<end` as a String.
    func string(_ start: Int, _ end: Int) -> String {
        if isASCII {
            return ASCIIMatch.withBytes(text) { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        }
        return Tokenizer.makeString(scalars, start, end)
    }

    func tokenize() -> Tokens {
        Tokens(items: isASCII ? Tokenizer.tokenize(ascii: text) : Tokenizer.tokenize(scalars), text: text)
    }
}

/// A paragraph in extraction scope, as code points and tokens: made once per article and shared
/// by the date and entity extractors. A caption is analyzed without its credit.
struct AnalyzedParagraph: Sendable {
    let index: Int
    let kind: ParagraphKind
    let codePoints: CodePoints
    let tokens: Tokens

    /// Every paragraph but trailers.
    static func analyze(_ paragraphs: [Paragraph], captions: [Caption]) -> [AnalyzedParagraph] {
        paragraphs.indices.compactMap { analyze(paragraphs[$0], at: $0, captions: captions) }
    }

    /// The paragraph at `index` analyzed; nil for a trailer.
    static func analyze(_ paragraph: Paragraph, at index: Int, captions: [Caption]) -> AnalyzedParagraph? {
        guard paragraph.kind != .trailer else { return nil }
        var text = paragraph.text
        if paragraph.kind == .caption, let caption = captions.first(where: { $0.paragraphIndex == index }),
            paragraph.text.hasPrefix(caption.text)
        {
            text = caption.text
        }
        let codePoints = CodePoints(text)
        return AnalyzedParagraph(index: index, kind: paragraph.kind, codePoints: codePoints, tokens: codePoints.tokenize())
    }
}
