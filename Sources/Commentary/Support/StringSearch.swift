import Foundation

// Searching text for text, on the UTF-8 bytes.
//
// With Foundation imported, `text.contains("…")` and `text.range(of: "…")` resolve to Foundation's
// generic `range(of:options:range:locale:)`, which on Linux copies the text into an NSString and
// compares UTF-16 code units one call at a time: the normalizer and the web reader ask such
// questions of every line of every page. These overloads take a `String` (or a `Substring`)
// argument, so the compiler prefers them to Foundation's generic ones wherever the module asks; the
// answer is the same (the tests compare them): Foundation's search without options is literal,
// code unit by code unit with no canonical equivalence, so UTF-8 bytes match where UTF-16 units
// do; a match may not end before a mark on its last character ("cafe" is not in "café" written
// with a combining accent); an empty needle is found nowhere. Other options (case folding,
// anchoring, regular expressions) still go to Foundation.

extension StringProtocol {
    /// Whether `other` occurs in the text, byte for byte.
    func contains(_ other: String) -> Bool { byteRange(of: other, backwards: false) != nil }

    func contains(_ other: Substring) -> Bool { byteRange(of: other, backwards: false) != nil }

    /// The first occurrence of `other`, byte for byte.
    func range(of other: String) -> Range<String.Index>? { range(of: other, options: []) }

    /// The first occurrence of `other` (the last with `.backwards`); other options are Foundation's.
    func range(of other: String, options: String.CompareOptions) -> Range<String.Index>? {
        guard options.isSubset(of: .backwards) else { return range(of: other, options: options, range: nil, locale: nil) }
        guard let found = byteRange(of: other, backwards: options.contains(.backwards)) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return start..<utf8.index(start, offsetBy: found.count)
    }

    /// `trimmingCharacters(in: .whitespaces)` (tabs and the space separators), without Foundation's
    /// copy for text that starts and ends with a visible ASCII character, as most text does.
    func trimmingSpaces() -> String { trimming(.spaces) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, likewise.
    func trimmingSpacesAndNewlines() -> String { trimming(.spacesAndNewlines) }

    /// Foundation's `trimmingCharacters(in: set.characters)`, decided on the bytes when both ends
    /// are ASCII.
    func trimming(_ set: TrimSet) -> String {
        let bounds: Range<Int>?? = utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            var lower = 0
            var upper = bytes.count
            while lower < upper, set.ascii.contains(bytes[lower]) { lower += 1 }
            while upper > lower, set.ascii.contains(bytes[upper - 1]) { upper -= 1 }
            // A non-ASCII character at either end may be in the set (a no-break space, a dash).
            if lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 { return nil }
            return lower..<upper
        }
        guard let bounds, let bounds else { return trimmingCharacters(in: set.characters) }
        if bounds.count == utf8.count, let whole = self as? String { return whole }
        let start = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return String(self[start..<utf8.index(start, offsetBy: bounds.count)])
    }

    /// The byte offsets of the first (or last) occurrence of `other` in the text that Foundation
    /// would find (`mayEndMatch`): its first byte looked for by memchr, or from the end; the rest
    /// compared by memcmp.
    private func byteRange(of other: some StringProtocol, backwards: Bool) -> Range<Int>? {
        ASCIIMatch.withBytes(self) { text -> Range<Int>? in
            ASCIIMatch.withBytes(other) { needle -> Range<Int>? in
                guard !needle.isEmpty, needle.count <= text.count, let textBase = text.baseAddress,
                    let needleBase = needle.baseAddress
                else { return nil }
                let last = text.count - needle.count
                func matches(at offset: Int) -> Bool {
                    memcmp(textBase + offset, needleBase, needle.count) == 0 && mayEndMatch(text, at: offset + needle.count)
                }
                if backwards {
                    for offset in stride(from: last, through: 0, by: -1) where text[offset] == needle[0] && matches(at: offset) {
                        return offset..<offset + needle.count
                    }
                    return nil
                }
                var position = 0
                while let found = ASCIIMatch.next(needle[0], in: text, from: position), found <= last {
                    if matches(at: found) { return found..<found + needle.count }
                    position = found + 1
                }
                return nil
            }
        }
    }

    /// Whether a match may end `end` bytes into the text: Foundation's rule, not before a mark that
    /// sits on the character before it (a combining accent, a vowel sign, an emoji's skin tone).
    /// (Before a zero-width joiner, between two flags or a carriage return and its line feed it
    /// may, where String's Characters would not part.)
    private func mayEndMatch(_ text: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end < text.count, text[end] >= 0x80 else { return true }
        var iterator = text[end...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let next) = decoder.decode(&iterator) else { return true }
        if (0x1F3FB...0x1F3FF).contains(next.value) { return false }
        switch next.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }
}

/// Characters trimmed from the ends of text, with the ASCII ones among them as a byte mask.
struct TrimSet: Sendable {
    let characters: CharacterSet
    let ascii: ASCIISet

    init(_ characters: CharacterSet) {
        self.characters = characters
        ascii = ASCIISet { characters.contains(Unicode.Scalar($0)) }
    }

    init(_ listed: String, _ more: CharacterSet = []) { self.init(CharacterSet(charactersIn: listed).union(more)) }

    static let spaces = TrimSet(.whitespaces)
    static let spacesAndNewlines = TrimSet(.whitespacesAndNewlines)
    static let punctuation = TrimSet(.punctuationCharacters)
    static let spacesAndPunctuation = TrimSet(CharacterSet.whitespaces.union(.punctuationCharacters))
    static let colons = TrimSet(":")
    static let periods = TrimSet(".")
    static let spacesAndPeriods = TrimSet(" .")
    static let spacesAndColons = TrimSet(" :")
    static let spacesPeriodsAndColons = TrimSet(" .:")
    /// Between a title and the site's name: "Title – The Site", "Title | Site".
    static let dashesAndBars = TrimSet(" -–—|")
    /// Between a date and what is beside it on its line.
    static let dateSeparators = TrimSet(" ,;|/–-·")
    /// After a label or a heading's words.
    static let labelMarks = TrimSet(":|–—-·", .whitespaces)
    static let labelMarksAndBullets = TrimSet(":|–—-·•", .whitespaces)
    static let headingMarks = TrimSet(" :|–—-", .whitespaces)
    /// Around a byline's words.
    static let wordMarks = TrimSet(".,:;", .whitespacesAndNewlines)
    /// Around a toggle's words: "[+ more]", "(less)", "Show more…".
    static let toggleMarks = TrimSet(".… +[]()", .whitespaces)
}

extension ASCIISet {
    /// The ASCII characters of Foundation's `.whitespaces` and `.whitespacesAndNewlines`.
    static let spaces = ASCIISet(" \t")
    static let spacesAndNewlines = ASCIISet(" \t\n\u{0B}\u{0C}\r")
}
