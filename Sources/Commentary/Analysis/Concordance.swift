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
    /// `window` words either side. A word is a run of characters between white space, so a word is
    /// never cut; highlighted tokens with at most two non-word characters between them ("China-
    /// Russia") are one match. Offsets count Unicode code points from 0, as the archive's do.
    static func lines(_ marked: String, open: Unicode.Scalar, close: Unicode.Scalar, window: Int) -> [Line] {
        var plain: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == open {
                start = plain.count
            } else if scalar == close, let begin = start {
                if let last = ranges.last, begin - last.upperBound <= 2,
                    plain[last.upperBound..<begin].allSatisfy({ !isWordCharacter($0) })
                {
                    ranges[ranges.count - 1] = last.lowerBound..<plain.count
                } else {
                    ranges.append(begin..<plain.count)
                }
                start = nil
            } else {
                plain.append(scalar)
            }
        }
        return ranges.map { range in
            // Left: back over `window` words from the match, to the start of the farthest one.
            var lower = range.lowerBound
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
            words = 0
            while upper < plain.count {
                var index = upper
                while index < plain.count && isSpace(plain[index]) { index += 1 }
                guard index < plain.count, words < window else { break }
                while index < plain.count && !isSpace(plain[index]) { index += 1 }
                upper = index
                words += 1
            }
            func text(_ range: Range<Int>) -> String {
                var string = String.UnicodeScalarView()
                string.append(contentsOf: plain[range])
                return String(string)
            }
            return Line(
                offset: range.lowerBound,
                left: text(lower..<range.lowerBound).trimmingCharacters(in: .whitespacesAndNewlines),
                match: text(range),
                right: text(range.upperBound..<upper).trimmingCharacters(in: .whitespacesAndNewlines))
        }
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
