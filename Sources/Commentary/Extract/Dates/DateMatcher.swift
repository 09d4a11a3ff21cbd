extension DateExtractor {
    /// Matches dates in one paragraph's tokens: `run` tries the patterns at each token, in order
    /// (`matchAt`), and goes on past each match.
    struct Matcher {
        let tokens: Tokens
        let reference: ReferenceDate?
        var matches: [Match] = []
        /// Token index just past the last match, so "and"/"to" can continue a range.
        var lastEnd = -1

        init(tokens: Tokens, reference: ReferenceDate?) {
            self.tokens = tokens
            self.reference = reference
        }

        /// Token `i` in lower case, made when a pattern asks: most tokens are passed over unread.
        @inline(__always)
        func lower(_ i: Int) -> String {
            tokens[i].hasCapitalOrNonASCII ? Self.asciiLowercased(tokens.text(i)) : tokens.text(i)
        }

        /// Whether token `i` in lower case is `word` (lower-case ASCII), on its bytes when it has no
        /// capital and is ASCII.
        @inline(__always)
        func lower(_ i: Int, is word: StaticString) -> Bool {
            guard !tokens[i].hasCapitalOrNonASCII else { return lower(i) == "\(word)" }
            return tokens.withBytes(i) { ASCIIMatch.equals($0, word) }
        }

        /// Whether token `i` in lower case is one of `words`, without making the lower-case text.
        @inline(__always)
        func lower(_ i: Int, isIn words: WordSet) -> Bool {
            tokens[i].hasCapitalOrNonASCII ? tokens.text(i, lowercasedIsIn: words) : tokens.text(i, isIn: words)
        }

        /// Lower case without an allocation for the common case, an ASCII word already in lower case.
        static func asciiLowercased(_ text: some StringProtocol) -> String {
            var hasUpper = false
            for byte in text.utf8 {
                if byte >= 0x80 { return text.lowercased() }
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
            }
            guard hasUpper else { return String(text) }
            return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                var count = 0
                for byte in text.utf8 {
                    buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }

        mutating func run() -> [Match] {
            var i = 0
            while i < tokens.count {
                if let next = matchAt(i) {
                    lastEnd = next
                    i = next
                } else {
                    i += 1
                }
            }
            cjkDates()
            return matches
        }

        mutating func add(_ start: Int, _ end: Int, _ value: SimpleDate?, _ resolution: DateResolution, precision: DatePrecision) {
            matches.append(
                DateExtractor.Match(
                    start: tokens[start].start, end: tokens[end - 1].end, value: value,
                    precision: precision, resolution: resolution))
        }

        // MARK: Patterns

        /// Tries every pattern at token `i`; returns the index past the match.
        /// Lower-case words that can start a date: everything else lower-case is passed over at once.
        static let relativeStarts = [
            "last", "this", "next", "previous", "yesterday", "tomorrow", "yesterday's", "tomorrow's", "yesterday’s", "tomorrow’s",
            "year", "years", "month", "months", "day", "days",
        ]
        static let lowercaseStarts = WordSet(relativeStarts)

        /// Whether a lower-case word may open a date: one of `lowercaseStarts`, checked by first
        /// letter before any hashing.
        func mayStartDate(_ i: Int, _ first: UInt8) -> Bool {
            // The text is read only for these initials.
            switch first {
            case UInt8(ascii: "l"), UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "y"):
                return tokens.text(i, isIn: Self.lowercaseStarts)
            case UInt8(ascii: "m"):
                return (5...6).contains(tokens[i].utf8Count)
                    && tokens.withBytes(i) { ASCIIMatch.equals($0, "month") || ASCIIMatch.equals($0, "months") }
            case UInt8(ascii: "d"):
                return (3...4).contains(tokens[i].utf8Count)
                    && tokens.withBytes(i) { ASCIIMatch.equals($0, "day") || ASCIIMatch.equals($0, "days") }
            default:
                return false
            }
        }

        mutating func matchAt(_ i: Int) -> Int? {
            // Read in place: a copy of the token (its text retained and released) for every token
            // of the article cost more than the test.
            let kind = tokens[i].kind
            if kind == .word, !tokens[i].hasHyphen, let first = tokens[i].firstByte, first >= 0x61, first <= 0x7A,
                !mayStartDate(i, first)
            {
                return nil
            }
            if let end = compactToken(i) { return end }
            if kind == .word, let (month, afterMonth) = month(at: i) { return monthFirst(i, month: month, after: afterMonth) }
            if let day = day(at: i), let end = dayFirst(i, day: day) ?? dayRange(i, day: day) { return end }
            if let end = slashedDate(i) ?? dayMonthSlashed(i) ?? dottedDate(i) { return end }
            if let year = year(at: i),
                isCue(i - 1) || (i > 1 && lower(i - 1, is: "the") && lower(i - 2, is: "in")) || weakCue(i)
                    || modifierYear(i)
            {
                // "the 1990s" is a word token and never reaches here.
                add(i, i + 1, SimpleDate(year: year), .absolute, precision: .year)
                return i + 1
            }
            if kind == .word, let end = prefixedYear(i) { return end }
            if kind == .word { return relative(i) }
            return nil
        }
    }
}
