import Foundation

/// Keyword in context (KWIC), as AntConc shows it: each match with whole words either side.
public enum Concordance {
    /// How `export hits` orders its lines. AntConc's KWIC sort: `right` by the first word after the
    /// match (then the second …), `left` by the last word before it (then the one before …),
    /// `match` by the matched text, `date` by publication date; ties in archive order.
    public enum Sort: String, Sendable, CaseIterable {
        case archive, left, right, match, date
    }

    public struct Options: Sendable, Equatable {
        /// Words of context either side of a match.
        public var window = 10
        public var sort = Sort.archive

        public init() {}
    }

    public static let defaultWindow = 10

    /// One match in a paragraph's text: the code-point offset of the match, and the context.
    struct Line: Equatable {
        var offset: Int
        var left: String
        var match: String
        var right: String
    }

    /// The matches marked in `marked` (`open` … `close` around each highlighted token), with
    /// `window` words either side (see `lines(_:matches:window:)`).
    static func lines(_ marked: String, open: Unicode.Scalar, close: Unicode.Scalar, window: Int) -> [Line] {
        let (plain, matches) = unmarked(marked, open: open, close: close)
        return lines(plain, matches: matches, window: window)
    }

    /// The text of `marked` without its marks, and the code-point ranges the marks held.
    static func unmarked(_ marked: String, open: Unicode.Scalar, close: Unicode.Scalar) -> (
        plain: [Unicode.Scalar], matches: [Range<Int>]
    ) {
        var plain: [Unicode.Scalar] = []
        var matches: [Range<Int>] = []
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == open {
                start = plain.count
            } else if scalar == close, let begin = start {
                matches.append(begin..<plain.count)
                start = nil
            } else {
                plain.append(scalar)
            }
        }
        return (plain, matches)
    }

    /// Where each of `terms` (folded as the index folds: case) occurs in `plain`: the matches of
    /// terms the full-text index cannot mark (CJK script, found as substrings).
    static func occurrences(of terms: [String], in plain: [Unicode.Scalar]) -> [Range<Int>] {
        let folded = plain.map(lowercased)
        var found: [Range<Int>] = []
        for term in terms {
            let needle = term.unicodeScalars.map(lowercased)
            guard !needle.isEmpty, needle.count <= folded.count else { continue }
            var index = 0
            while index + needle.count <= folded.count {
                if folded[index..<index + needle.count].elementsEqual(needle) {
                    found.append(index..<index + needle.count)
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// Each match of `plain` with `window` words either side (the matches `merged`). A word is a
    /// run of characters between white space, so a word is never cut. What the match's own run
    /// holds besides the match (`tariff|-heavy`, `Tariffs|,`) ends the left context or opens the
    /// right one, and is not one of the window's words. Offsets count Unicode code points from 0,
    /// as the archive's do.
    static func lines(_ plain: [Unicode.Scalar], matches: [Range<Int>], window: Int) -> [Line] {
        func text(_ range: Range<Int>) -> String { Concordance.text(plain, range) }
        return merged(plain, matches).map { range in
            // Left: back over the rest of the match's run, then over `window` words, to the start
            // of the farthest one.
            var lower = range.lowerBound
            while lower > 0 && !isSpace(plain[lower - 1]) { lower -= 1 }
            var words = 0
            while lower > 0 {
                var index = lower
                while index > 0 && isSpace(plain[index - 1]) { index -= 1 }
                guard index > 0, words < window else { break }
                while index > 0 && !isSpace(plain[index - 1]) { index -= 1 }
                lower = index
                words += 1
            }
            var upper = range.upperBound
            while upper < plain.count && !isSpace(plain[upper]) { upper += 1 }
            words = 0
            while upper < plain.count {
                var index = upper
                while index < plain.count && isSpace(plain[index]) { index += 1 }
                guard index < plain.count, words < window else { break }
                while index < plain.count && !isSpace(plain[index]) { index += 1 }
                upper = index
                words += 1
            }
            return Line(
                offset: range.lowerBound,
                left: text(lower..<range.lowerBound).trimmingSpacesAndNewlines(),
                match: text(range),
                right: text(range.upperBound..<upper).trimmingSpacesAndNewlines())
        }
    }

    /// The matches of a text as a reader counts them, in order: overlapping ones are one; so are
    /// matches of different words set side by side or joined by a hyphen, slash, apostrophe or
    /// ampersand ("China-Russia Business Forum" for a query of its words), but not a word
    /// repeated ("very very") nor words apart by a punctuation mark ("tariffs, tariffs").
    static func merged(_ plain: [Unicode.Scalar], _ matches: [Range<Int>]) -> [Range<Int>] {
        func folded(_ range: Range<Int>) -> String { TextFold.fold(text(plain, range)) }
        var ranges: [Range<Int>] = []
        var previous: Range<Int>?
        for match in matches.sorted(by: { $0.lowerBound < $1.lowerBound }) where !match.isEmpty {
            defer { previous = match }
            if let last = ranges.last, let before = previous {
                let gap = last.upperBound..<max(last.upperBound, match.lowerBound)
                if match.lowerBound <= last.upperBound
                    || (gap.count <= 3 && plain[gap].allSatisfy(isJoiner) && folded(before) != folded(match))
                {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, match.upperBound)
                    continue
                }
            }
            ranges.append(match)
        }
        return ranges
    }

    static func text(_ plain: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: plain[range])
        return String(string)
    }

    /// A letter in lower case where that is one code point (offsets stay the text's).
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    /// What may stand between two words of one match: white space, a hyphen or dash, a slash, an
    /// apostrophe, an ampersand.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || "-‐‑–—/'’&".unicodeScalars.contains(scalar)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The words of a context for sorting: folded (case, diacritics), punctuation at their edges
    /// dropped, empty ones left out.
    static func sortWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).compactMap { word in
            let trimmed = word.unicodeScalars.drop(while: { !isWordCharacter($0) })
            var scalars = String.UnicodeScalarView(trimmed)
            while let last = scalars.last, !isWordCharacter(last) { scalars.removeLast() }
            return scalars.isEmpty ? nil : TextFold.fold(String(scalars))
        }
    }
}
