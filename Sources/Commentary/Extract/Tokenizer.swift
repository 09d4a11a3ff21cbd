/// A word, number or punctuation mark in a paragraph, located by Unicode code point offsets.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    var kind: Kind
    /// Offset of the first code point in the paragraph.
    var start: Int
    /// Offset just past the last code point.
    var end: Int
    var text: String
    /// Whether whitespace separates this token from the one before.
    var spaceBefore: Bool

    var length: Int { end - start }
    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}

/// Splits paragraph text into tokens. Words keep internal apostrophes (`Mishustin's`), hyphens
/// (`China-Russia`, `19-Oct-2023`) and abbreviation periods (`U.S.`); numbers keep their
/// separators (`3,000`, `2.5`) and ordinal suffixes (`24th`).
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var spaceBefore = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                var sawLetter = scalar.properties.isAlphabetic
                var sawAbbreviationDot = false
                index += 1
                scan: while index < count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        sawLetter = sawLetter || current.properties.isAlphabetic
                        index += 1
                        continue
                    }
                    let next: Unicode.Scalar? = index + 1 < count ? scalars[index + 1] : nil
                    let nextIsWord = next.map(isWordScalar) ?? false
                    if current == ".", sawAbbreviationDot, !nextIsWord, index - start <= 6 {
                        index += 1   // "U.S." keeps its final period
                        break
                    }
                    guard let next, nextIsWord else { break }
                    let previous = scalars[index - 1]
                    switch current {
                    case "'", "’", "-", "‐", "‑":
                        index += 1
                    case "." where previous.properties.isUppercase && next.properties.isUppercase && index - start <= 3:
                        sawAbbreviationDot = true
                        index += 1
                    case "." where !sawLetter && isDigit(previous) && isDigit(next):
                        index += 1
                    case "," where !sawLetter && isDigit(previous) && index + 3 < count + 0
                        && (1...3).allSatisfy({ index + $0 < count && isDigit(scalars[index + $0]) })
                        && (index + 4 >= count || !isDigit(scalars[index + 4])):
                        index += 1
                    default:
                        break scan
                    }
                }
                let text = String(String.UnicodeScalarView(scalars[start..<index]))
                tokens.append(Token(kind: sawLetter ? .word : .number, start: start, end: index, text: text, spaceBefore: spaceBefore))
            } else {
                index += 1
                tokens.append(Token(kind: .punctuation, start: start, end: index, text: String(scalar), spaceBefore: spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
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
