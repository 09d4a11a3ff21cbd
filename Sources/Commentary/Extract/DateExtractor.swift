/// Finds the dates a text mentions and resolves them: absolute (`May 24, 2023`, `24 May 2023`,
/// `2023-05-24`, `19-Oct-2023`), partial (`May 23`, `in March`, `Aug. 11`) with the year taken from
/// the reference date, relative (`March of this year`, `last year`, `last Wednesday`, `on Friday`
/// by the sentence's tense) and ranges (both ends). Month names count only when capitalized and
/// bare months and years only after a cue word, so "may", "a march" and "3,000" are never dates.
public enum DateExtractor {
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: WordTable<Int> = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    static let weekdays: WordTable<Int> = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
    /// Words after which a bare month or year is a date: "in March", "since 2019".
    static let cues: WordSet = [
        "in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after", "early",
        "late", "mid", "last", "this", "next", "between", "around", "circa", "of", "on", "starting", "beginning",
        "ending", "as", "spring", "summer", "autumn", "fall", "winter", "year", "end", "start", "middle",
    ]
    static let pastCues = [
        "was", "were", "had", "did", "ago", "earlier", "previously", "said", "held",
        "met", "signed", "visited", "attended", "announced", "took", "came", "went",
        "saw", "made", "became", "began", "launched", "concluded", "marked",
    ]
    static let futureCues = [
        "will", "shall", "upcoming", "scheduled", "planned", "due", "expected",
        "forthcoming", "tomorrow", "next", "soon", "'ll",
    ]
    /// Present-tense verbs of a timetable: with no tense cue, "the summit opens on Tuesday" is ahead.
    static let scheduleVerbs = [
        "opens", "open", "begins", "begin", "starts", "start", "kicks", "convenes", "convene", "meets", "meet", "hosts",
        "arrives", "travels", "heads", "go", "goes", "vote", "votes", "resumes", "resume", "closes", "ends", "takes",
    ]
    struct TenseCue {
        var future: Bool
        var strong: Bool
    }
    /// Every tense cue in one table: listed past and future cues are strong, timetable verbs weak.
    static let tenseCues = WordTable<TenseCue>(
        pastCues.map { ($0, TenseCue(future: false, strong: true)) } + futureCues.map { ($0, TenseCue(future: true, strong: true)) }
            + scheduleVerbs.map { ($0, TenseCue(future: true, strong: false)) })

    // MARK: - Public entry points

    /// Every date in the paragraphs in scope (all but trailers), resolved against `reference`.
    public static func extract(paragraphs: [Paragraph], captions: [Caption] = [], reference: ReferenceDate?) -> [DateMention] {
        extract(AnalyzedParagraph.analyze(paragraphs, captions: captions), reference: reference)
    }

    static func extract(_ analyzed: [AnalyzedParagraph], reference: ReferenceDate?) -> [DateMention] {
        var found: [DateMention] = []
        for paragraph in analyzed {
            var matcher = Matcher(tokens: paragraph.tokens, reference: reference)
            for match in matcher.run() {
                let surface = Tokenizer.makeString(paragraph.scalars, match.start, match.end)
                let resolved = match.value
                found.append(
                    DateMention(
                        span: TextSpan(paragraphIndex: paragraph.index, start: match.start, length: match.end - match.start),
                        surface: surface,
                        value: resolved?.iso,
                        precision: match.precision,
                        resolution: resolved == nil ? .unresolved : match.resolution,
                        anchor: resolved == nil || match.resolution == .absolute ? nil : reference?.anchor))
            }
        }
        return found
    }

    /// The first fully stated date (with its year) in a text, preferring day precision: what a
    /// caption "states".
    public static func firstAbsoluteDate(in text: String) -> String? {
        let matches = scan(Tokenizer.scalars(of: text), reference: nil).filter { $0.resolution == .absolute }
        return (matches.first(where: { $0.precision == .day }) ?? matches.first(where: { $0.precision == .month }))?.value?.iso
    }

    /// A string that is a date and little else (`19-Oct-2023`, `09:05, 19-Oct-2023`,
    /// `Wednesday, May 24, 2023`), as an ISO day.
    public static func parseStandalone(_ text: String) -> String? {
        let scalars = Tokenizer.scalars(of: text)
        let matches = scan(scalars, reference: nil)
        guard let first = matches.first(where: { $0.resolution == .absolute && $0.precision == .day }) else { return nil }
        // Whatever is left must be small: times, weekdays, zone names, punctuation.
        let leftover = scalars.count - (first.end - first.start)
        guard leftover <= 24 else { return nil }
        return first.value?.iso
    }

    // MARK: - Matching

    struct Match {
        var start: Int
        var end: Int
        var value: SimpleDate?
        var precision: DatePrecision
        var resolution: DateResolution
    }

    static func scan(_ scalars: [Unicode.Scalar], reference: ReferenceDate?) -> [Match] {
        let tokens = Tokenizer.tokenize(scalars)
        var matcher = Matcher(tokens: tokens, reference: reference)
        return matcher.run()
    }

    struct Matcher {
        let tokens: [Token]
        let reference: ReferenceDate?
        var matches: [Match] = []
        /// Token index just past the last match, so "and"/"to" can continue a range.
        var lastEnd = -1

        init(tokens: [Token], reference: ReferenceDate?) {
            self.tokens = tokens
            self.reference = reference
        }

        /// Token `i` in lower case, made when a pattern asks: most tokens are passed over unread.
        @inline(__always)
        func lower(_ i: Int) -> String {
            tokens[i].hasCapitalOrNonASCII ? Self.asciiLowercased(tokens[i].text) : tokens[i].text
        }

        /// Whether token `i` in lower case is one of `words`, without making the lower-case text.
        @inline(__always)
        func lower(_ i: Int, isIn words: WordSet) -> Bool {
            tokens[i].hasCapitalOrNonASCII ? words.contains(lowercasing: tokens[i].text) : words.contains(tokens[i].text)
        }

        /// Lower case without an allocation for the common case, an ASCII word already in lower case.
        static func asciiLowercased(_ text: String) -> String {
            var hasUpper = false
            for byte in text.utf8 {
                if byte >= 0x80 { return text.lowercased() }
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
            }
            guard hasUpper else { return text }
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
            return matches
        }

        // MARK: Token helpers

        static let monthInitials = ASCIISet("JFMASONDjfmasond")

        func month(at i: Int) -> (month: Int, end: Int)? {
            // Month names and their abbreviations: 3 to 9 letters, opening with one of these.
            guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized, let first = tokens[i].text.utf8.first,
                Self.monthInitials.contains(first), (3...9).contains(tokens[i].text.utf8.count)
            else { return nil }
            let word = tokens[i].text
            if let month = months[lowercasing: word] { return (month, i + 1) }
            if word.utf8.count <= 4, let month = monthAbbreviations[lowercasing: word] {
                if i + 1 < tokens.count, tokens[i + 1].isPunctuation("."), !tokens[i + 1].spaceBefore { return (month, i + 2) }
                if day(at: i + 1) != nil || year(at: i + 1) != nil { return (month, i + 1) }
            }
            return nil
        }

        func day(at i: Int) -> Int? {
            guard i < tokens.count, let first = tokens[i].text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
            var text = lower(i)
            for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) && text.count > 2 {
                text.removeLast(2)
                break
            }
            guard (1...2).contains(text.count), text.allSatisfy(\.isNumber), let value = Int(text), (1...31).contains(value) else {
                return nil
            }
            // Not a time ("9:30"), a quantity ("5 percent") or a decimal.
            if i + 1 < tokens.count, tokens[i + 1].isPunctuation("%") { return nil }
            if i + 2 < tokens.count, tokens[i + 1].isPunctuation(":"), tokens[i + 2].kind == .number, !tokens[i + 2].spaceBefore {
                return nil
            }
            return value
        }

        func year(at i: Int) -> Int? {
            guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.count == 4, let value = Int(tokens[i].text),
                (1000...2999).contains(value)
            else { return nil }
            if i + 1 < tokens.count, tokens[i + 1].isPunctuation("%") { return nil }
            return value
        }

        func isCue(_ i: Int) -> Bool {
            guard i >= 0, i < tokens.count else { return false }
            if lower(i, isIn: cues) { return true }
            // "… 2019 and 2021", "March and April": a range continues after a match.
            return
                (lower(i) == "and" || lower(i) == "to" || lower(i) == "or" || tokens[i].isPunctuation("-")
                || tokens[i].isPunctuation("–")) && i == lastEnd
        }

        /// "a 2018 agreement", "the 2015 Declaration": a year between an article and the noun it names.
        func modifierYear(_ i: Int) -> Bool {
            guard i > 0, i + 1 < tokens.count, ["a", "an", "the", "its", "their", "his", "her", "this", "that"].contains(lower(i - 1)),
                tokens[i + 1].kind == .word, let value = year(at: i), (1800...2100).contains(value)
            else { return false }
            return true
        }

        /// "mid-2024", "early-2023": a year with a prefix in one token.
        mutating func prefixedYear(_ i: Int) -> Int? {
            guard tokens[i].hasHyphen else { return nil }
            let text = lower(i)
            for prefix in ["mid-", "early-", "late-", "pre-", "post-"] where text.hasPrefix(prefix) {
                let rest = text.dropFirst(prefix.count)
                guard rest.count == 4, let value = Int(rest), (1800...2100).contains(value),
                    prefix == "mid-" || prefix == "early-" || prefix == "late-"
                else { return nil }
                let start = tokens[i].start + prefix.count
                matches.append(Match(start: start, end: start + 4, value: SimpleDate(year: value), precision: .year, resolution: .absolute))
                return i + 1
            }
            return nil
        }

        /// "to 2043", "at least 2019": a year after a weak cue, when no noun follows ("up to 2000 people").
        func weakCue(_ i: Int) -> Bool {
            guard i > 0, ["to", "least", "until", "till", "and"].contains(lower(i - 1)) else { return false }
            guard i + 1 < tokens.count else { return true }
            let next = tokens[i + 1]
            return next.kind == .punctuation
                || [
                    "and", "or", "when", "as", "but", "while", "with", "after", "before", "in",
                    "on", "at", "for", "to", "the", "under", "amid", "if",
                ].contains(lower(i + 1))
        }

        func isRangeJoiner(_ i: Int) -> Bool {
            guard i < tokens.count else { return false }
            return tokens[i].isPunctuation("-") || tokens[i].isPunctuation("–") || tokens[i].isPunctuation("—")
                || lower(i) == "to" || lower(i) == "through" || lower(i) == "and" || lower(i) == "until"
        }

        /// `[word] of this|last|next year` after a month.
        func relativeYear(at i: Int) -> (offset: Int, end: Int)? {
            guard i + 3 <= tokens.count, lower(i) == "of" || lower(i) == "this" else { return nil }
            let start = lower(i) == "of" ? i + 1 : i
            guard start + 1 < tokens.count, lower(start + 1) == "year" else { return nil }
            switch lower(start) {
            case "this": return (0, start + 2)
            case "last", "previous": return (-1, start + 2)
            case "next", "the following": return (1, start + 2)
            default: return nil
            }
        }

        // MARK: Resolution

        /// The token indices of the sentence around token `i`.
        func sentence(around i: Int) -> ClosedRange<Int> {
            var from = i
            while from > 0, !endsSentence(from - 1) { from -= 1 }
            var to = i
            while to < tokens.count - 1, !endsSentence(to) { to += 1 }
            return from...to
        }

        /// `!`, `?`, or a period that is not an abbreviation's ("Dec. 28", "Mr. Lee", "U.S.").
        func endsSentence(_ k: Int) -> Bool {
            guard tokens[k].isPunctuation(in: ".!?") else { return false }
            guard tokens[k].isPunctuation("."), k > 0, !tokens[k].spaceBefore else { return true }
            if k + 1 < tokens.count, tokens[k + 1].kind == .number { return false }
            let before = tokens[k - 1].text
            return
                !(before.utf8.count == 1 || monthAbbreviations[lowercasing: before] != nil
                || EntityExtractor.abbreviatedTitles.contains(before))
        }

        func tense(around i: Int) -> Int {
            // Look across the sentence, back to the last sentence end and forward to the next. Listed
            // cues weigh twice what a lower-case word ending in "-ed" or a timetable verb weighs, and
            // a cue counts less the farther it stands from the date: in "met … from Jan. 29, … which
            // is expected to start in April" the verb next to the date decides.
            var past = 0.0
            var future = 0.0
            for k in sentence(around: i) {
                // Every cue is a lower-case word.
                guard tokens[k].kind == .word, !tokens[k].isCapitalized, let cue = DateExtractor.tenseCues[tokens[k].text] ?? pastForm(k)
                else { continue }
                let weight = (cue.strong ? 2 : 1) / (1 + Double(abs(k - i)) / 6)
                if cue.future { future += weight } else { past += weight }
            }
            if future > past { return 1 }
            if past > future { return -1 }
            return 0
        }

        /// A lower-case word ending in "-ed": a weak sign of the past.
        func pastForm(_ k: Int) -> DateExtractor.TenseCue? {
            let text = tokens[k].text
            return text.utf8.count >= 5 && text.hasSuffix("ed") ? DateExtractor.TenseCue(future: false, strong: false) : nil
        }

        /// "Aug. 4 last year": the year a phrase right after a date names, relative to the reference.
        func yearAfter(_ i: Int) -> Int? {
            guard let reference else { return nil }
            var k = i + 1
            while k < tokens.count, k <= i + 4, tokens[k].kind == .number || tokens[k].isPunctuation(".") || tokens[k].isPunctuation(",") {
                k += 1
            }
            guard k + 1 < tokens.count, lower(k + 1) == "year" else { return nil }
            switch lower(k) {
            case "last", "previous": return reference.date.year - 1
            case "this": return reference.date.year
            case "next": return reference.date.year + 1
            default: return nil
            }
        }

        func inferYear(month: Int, day: Int?, at i: Int) -> SimpleDate? {
            guard let reference else { return nil }
            if let stated = yearAfter(i) {
                guard let day else { return SimpleDate(year: stated, month: month) }
                return (1...DateArithmetic.daysIn(month: month, year: stated)).contains(day)
                    ? SimpleDate(year: stated, month: month, day: day) : nil
            }
            var year = reference.date.year
            let referenceMonth = reference.date.month ?? 1
            let tense = tense(around: i)
            // Month and day against the reference's: "Dec. 28" in a piece of Jan. 3 that looks back.
            let later = month > referenceMonth || month == referenceMonth && (day ?? 0) > (reference.date.day ?? 31)
            let earlier = month < referenceMonth || month == referenceMonth && (day ?? 32) < (reference.date.day ?? 0)
            if tense < 0, later { year -= 1 }
            if tense > 0, earlier { year += 1 }
            guard let day else { return SimpleDate(year: year, month: month) }
            guard (1...DateArithmetic.daysIn(month: month, year: year)).contains(day) else { return nil }
            return SimpleDate(year: year, month: month, day: day)
        }

        mutating func add(_ start: Int, _ end: Int, _ value: SimpleDate?, _ resolution: DateResolution, precision: DatePrecision) {
            matches.append(
                Match(
                    start: tokens[start].start, end: tokens[end - 1].end, value: value,
                    precision: precision, resolution: resolution))
        }

        /// A year after a day: "…, 2024" or "… 2024"; else nil and `end` unchanged.
        func trailingYear(at end: Int) -> (Int?, Int) {
            if end + 1 < tokens.count, tokens[end].isPunctuation(","), let year = self.year(at: end + 1) { return (year, end + 2) }
            if let year = self.year(at: end) { return (year, end + 1) }
            return (nil, end)
        }

        /// A day with its year stated (absolute) or taken from the reference date (inferred).
        func resolveDay(_ month: Int, _ day: Int, year: Int?, at i: Int) -> (SimpleDate?, DateResolution) {
            if let year { return (validDay(year, month, day), .absolute) }
            return (inferYear(month: month, day: day, at: i), .inferredYear)
        }

        func validDay(_ year: Int, _ month: Int, _ day: Int) -> SimpleDate? {
            guard (1...DateArithmetic.daysIn(month: month, year: year)).contains(day) else { return nil }
            return SimpleDate(year: year, month: month, day: day)
        }

        // MARK: Patterns

        /// Tries every pattern at token `i`; returns the index past the match.
        /// Lower-case words that can start a date: everything else lower-case is passed over at once.
        static let lowercaseStarts: WordSet = [
            "last", "this", "next", "previous", "yesterday", "tomorrow", "yesterday's", "tomorrow's", "yesterday’s", "tomorrow’s",
            "year", "years", "month", "months", "day", "days",
        ]

        /// Whether a lower-case word may open a date: one of `lowercaseStarts`, checked by first
        /// letter before any hashing.
        static func mayStartDate(_ first: UInt8, _ word: String) -> Bool {
            switch first {
            case UInt8(ascii: "l"), UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "y"):
                return lowercaseStarts.contains(word)
            case UInt8(ascii: "m"):
                return (5...6).contains(word.utf8.count) && (word == "month" || word == "months")
            case UInt8(ascii: "d"):
                return (3...4).contains(word.utf8.count) && (word == "day" || word == "days")
            default:
                return false
            }
        }

        mutating func matchAt(_ i: Int) -> Int? {
            let token = tokens[i]
            if token.kind == .word, let first = token.text.utf8.first, first >= 0x61, first <= 0x7A,
                !token.hasHyphen, !Self.mayStartDate(first, token.text)
            {
                return nil
            }
            if let end = compactToken(i) { return end }
            if token.kind == .word, let (month, afterMonth) = month(at: i) { return monthFirst(i, month: month, after: afterMonth) }
            if let day = day(at: i), let end = dayFirst(i, day: day) { return end }
            if let end = slashedDate(i) { return end }
            if let year = year(at: i),
                isCue(i - 1) || (i > 1 && lower(i - 1) == "the" && lower(i - 2) == "in") || weakCue(i)
                    || modifierYear(i)
            {
                // "the 1990s" is a word token and never reaches here.
                add(i, i + 1, SimpleDate(year: year), .absolute, precision: .year)
                return i + 1
            }
            if token.kind == .word, let end = prefixedYear(i) { return end }
            if token.kind == .word { return relative(i) }
            return nil
        }

        /// `2024/06/01`: year, month and day parted by slashes, with no spaces.
        mutating func slashedDate(_ i: Int) -> Int? {
            guard i + 4 < tokens.count, tokens[i + 1].isPunctuation("/"), let y = year(at: i), tokens[i + 3].isPunctuation("/"),
                (i + 1...i + 4).allSatisfy({ !tokens[$0].spaceBefore }), tokens[i + 2].text.count <= 2, tokens[i + 4].text.count <= 2,
                let m = Int(tokens[i + 2].text), let d = Int(tokens[i + 4].text), (1...12).contains(m), let date = validDay(y, m, d)
            else { return nil }
            add(i, i + 5, date, .absolute, precision: .day)
            return i + 5
        }

        /// One token holding a whole date or range: `2023-05-24`, `2023-05`, `19-Oct-2023`, `2019-2021`.
        mutating func compactToken(_ i: Int) -> Int? {
            let text = tokens[i].text
            guard tokens[i].hasHyphen, let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let numbers = parts.map { Int($0) }
            if parts.count == 3, parts[0].count == 4, let y = numbers[0], let m = numbers[1], let d = numbers[2],
                parts[1].count == 2, parts[2].count == 2, (1...12).contains(m), let date = validDay(y, m, d)
            {
                add(i, i + 1, date, .absolute, precision: .day)
                return i + 1
            }
            if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = numbers[0], let m = numbers[1],
                (1...12).contains(m), (1000...2999).contains(y), isCue(i - 1)
            {
                add(i, i + 1, SimpleDate(year: y, month: m), .absolute, precision: .month)
                return i + 1
            }
            if parts.count == 3, let d = numbers[0], parts[0].count <= 2, let y = numbers[2], parts[2].count == 4,
                let m = months[parts[1].lowercased()] ?? monthAbbreviations[parts[1].lowercased()], let date = validDay(y, m, d)
            {
                add(i, i + 1, date, .absolute, precision: .day)
                return i + 1
            }
            if parts.count == 2, parts[0].count == 4, parts[1].count == 4, let a = numbers[0], let b = numbers[1],
                (1800...2200).contains(a), (1800...2200).contains(b), a < b
            {
                // Both ends of a year range: two mentions in one token.
                let start = tokens[i].start
                matches.append(Match(start: start, end: start + 4, value: SimpleDate(year: a), precision: .year, resolution: .absolute))
                matches.append(Match(start: start + 5, end: start + 9, value: SimpleDate(year: b), precision: .year, resolution: .absolute))
                return i + 1
            }
            if parts.count == 2, let a = numbers[0], let b = numbers[1], (1...31).contains(a), (1...31).contains(b), a < b,
                let (month, afterMonth) = month(at: i + 1)
            {
                // "5-7 June 2024"
                var end = afterMonth
                let year: Int?
                (year, end) = trailingYear(at: end)
                let start = tokens[i].start
                let firstEnd = start + parts[0].count
                for (offset, day) in [(0, a), (1, b)] {
                    let (value, resolution) = resolveDay(month, day, year: year, at: i)
                    let spanStart = offset == 0 ? start : firstEnd + 1
                    let spanEnd = offset == 0 ? firstEnd : tokens[end - 1].end
                    matches.append(Match(start: spanStart, end: spanEnd, value: value, precision: .day, resolution: resolution))
                }
                return end
            }
            return nil
        }

        /// `May 24, 2023`, `May 24`, `June 5-7, 2024`, `June 5 to July 2`, `March 2023`,
        /// `March of this year`, `in March`.
        mutating func monthFirst(_ i: Int, month: Int, after: Int) -> Int? {
            // Month Day
            if let firstDay = day(at: after) {
                var end = after + 1
                var secondDay: Int?
                var secondMonth = month
                var secondStart = end
                // Range: "5-7", "5 to 7", "5 to July 2"
                if isRangeJoiner(end) {
                    if let d = day(at: end + 1), year(at: end + 1) == nil {
                        secondDay = d
                        secondStart = end + 1
                        end += 2
                    } else if let (m2, afterM2) = self.month(at: end + 1), let d = day(at: afterM2) {
                        secondMonth = m2
                        secondDay = d
                        secondStart = end + 1
                        end = afterM2 + 1
                    }
                }
                let year: Int?
                (year, end) = trailingYear(at: end)
                let firstEnd = secondDay == nil ? end : after + 1

                let (firstValue, firstResolution) = resolveDay(month, firstDay, year: year, at: i)
                if year != nil && firstValue == nil { return nil }  // "February 30, 2023"
                add(i, firstEnd, firstValue, firstResolution, precision: .day)
                if let secondDay {
                    let (value, resolution) = resolveDay(secondMonth, secondDay, year: year, at: i)
                    add(secondStart, end, value, resolution, precision: .day)
                }
                return end
            }
            // "June 5-7, 2024": the days in one token.
            if let (a, b, firstDigits) = rangeInToken(after) {
                var end = after + 1
                let year: Int?
                (year, end) = trailingYear(at: end)
                let dayToken = tokens[after]
                // The first day's digits as written: "05" in "05-07" is two code points, not one.
                let firstDayEnd = dayToken.start + firstDigits
                for (offset, d) in [(0, a), (1, b)] {
                    let (value, resolution) = resolveDay(month, d, year: year, at: i)
                    let start = offset == 0 ? tokens[i].start : firstDayEnd + 1
                    let stop = offset == 0 ? firstDayEnd : tokens[end - 1].end
                    matches.append(Match(start: start, end: stop, value: value, precision: .day, resolution: resolution))
                }
                return end
            }
            // Month Year, Month of Year
            if let y = year(at: after) {
                add(i, after + 1, SimpleDate(year: y, month: month), .absolute, precision: .month)
                return after + 1
            }
            if after + 1 < tokens.count, lower(after) == "of", let y = year(at: after + 1) {
                add(i, after + 2, SimpleDate(year: y, month: month), .absolute, precision: .month)
                return after + 2
            }
            // March of this year
            if let (offset, end) = relativeYear(at: after) {
                let value = reference.map { SimpleDate(year: $0.date.year + offset, month: month) }
                add(i, end, value, .relative, precision: .month)
                return end
            }
            // June last year, March this year
            if after + 1 < tokens.count, lower(after + 1) == "year", ["last", "this", "next"].contains(lower(after)) {
                let offset = lower(after) == "last" ? -1 : lower(after) == "next" ? 1 : 0
                let value = reference.map { SimpleDate(year: $0.date.year + offset, month: month) }
                add(i, after + 2, value, .relative, precision: .month)
                return after + 2
            }
            // last March / this March / next March
            if i > 0, ["last", "this", "next"].contains(lower(i - 1)) {
                var value: SimpleDate?
                if let reference {
                    let refMonth = reference.date.month ?? 1
                    let year =
                        switch lower(i - 1) {
                        case "last": month < refMonth ? reference.date.year : reference.date.year - 1
                        case "next": month > refMonth ? reference.date.year : reference.date.year + 1
                        default: reference.date.year
                        }
                    value = SimpleDate(year: year, month: month)
                }
                add(i - 1, after, value, .relative, precision: .month)
                return after
            }
            // in March, since March, mid-March (a token of its own), early March
            // "the May deadline": a month before a noun.
            let beforeNoun =
                i > 0 && lower(i - 1) == "the" && after < tokens.count && tokens[after].kind == .word
                && !tokens[after].isCapitalized
            let bareMonthCue = beforeNoun || isCue(i - 1) || (i > 0 && (lower(i - 1).hasSuffix("-mid") || lower(i - 1) == "mid"))
            if bareMonthCue && lower(i) != "may"
                || (lower(i) == "may" && i > 0
                    && (beforeNoun
                        || [
                            "in", "since", "until", "by", "early", "late", "mid", "during", "and", "or", "to", "through", "from", "between",
                        ].contains(
                            lower(i - 1))))
            {
                // "between June and October 2022", "in April and October of last year": the year
                // stated after the second month holds for the first.
                if isRangeJoiner(after), let (_, afterSecond) = self.month(at: after + 1) {
                    if let year = self.year(at: afterSecond) {
                        add(i, after, SimpleDate(year: year, month: month), .absolute, precision: .month)
                        return after
                    }
                    if let (offset, _) = relativeYear(at: afterSecond) {
                        add(i, after, reference.map { SimpleDate(year: $0.date.year + offset, month: month) }, .relative, precision: .month)
                        return after
                    }
                }
                add(i, after, inferYear(month: month, day: nil, at: i), .inferredYear, precision: .month)
                return after
            }
            return nil
        }

        /// Two days in one token ("5-7"), and the length of the first day's digits.
        func rangeInToken(_ i: Int) -> (Int, Int, Int)? {
            guard i < tokens.count, tokens[i].kind == .number else { return nil }
            let parts = tokens[i].text.split(separator: "-")
            guard parts.count == 2, parts.allSatisfy({ $0.count <= 2 }), let a = Int(parts[0]), let b = Int(parts[1]),
                (1...31).contains(a), (1...31).contains(b), a < b
            else { return nil }
            return (a, b, parts[0].unicodeScalars.count)
        }

        /// `24 May 2023`, `24th of May`, `5 to 7 June`.
        mutating func dayFirst(_ i: Int, day: Int) -> Int? {
            var after = i + 1
            if after < tokens.count, lower(after) == "of" { after += 1 }
            guard let (month, afterMonth) = month(at: after) else { return nil }
            var end = afterMonth
            let year: Int?
            (year, end) = trailingYear(at: end)
            let value = year.flatMap { validDay($0, month, day) } ?? (year == nil ? inferYear(month: month, day: day, at: i) : nil)
            if year != nil && value == nil { return nil }
            add(i, end, value, year == nil ? .inferredYear : .absolute, precision: .day)
            return end
        }

        /// last year, this month, last Wednesday, on Friday, yesterday, two years ago.
        static let relativeTriggers: WordSet = [
            "last", "this", "next", "previous", "yesterday", "tomorrow", "yesterday's", "tomorrow's", "yesterday’s", "tomorrow’s",
            "year", "years", "month", "months", "day", "days",
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        ]

        static let relativeInitials = ASCIISet("ltnpysmwfdLTNPYSMWFD")

        mutating func relative(_ i: Int) -> Int? {
            // Every trigger starts with one of these letters.
            guard let first = tokens[i].text.utf8.first, Self.relativeInitials.contains(first), lower(i, isIn: Self.relativeTriggers)
            else { return nil }
            let word = lower(i)
            let next = i + 1 < tokens.count ? lower(i + 1) : ""
            if ["last", "this", "next", "previous"].contains(word) {
                let offset = word == "this" ? 0 : word == "next" ? 1 : -1
                if next == "year" {
                    let value = reference.map { SimpleDate(year: $0.date.year + offset) }
                    add(i, i + 2, value, .relative, precision: .year)
                    return i + 2
                }
                if next == "month" {
                    add(i, i + 2, reference?.date.month(adding: offset), .relative, precision: .month)
                    return i + 2
                }
                if let weekday = weekdays[next], i + 1 < tokens.count, tokens[i + 1].isCapitalized {
                    let value = reference.flatMap { ref -> SimpleDate? in
                        guard ref.date.day != nil else { return nil }
                        return shift(ref.date, to: weekday, direction: offset == 0 ? tense(around: i) : offset, strict: offset != 0)
                    }
                    add(i, i + 2, value, .relative, precision: .day)
                    return i + 2
                }
                return nil
            }
            // "on Friday", "since Monday", and a sentence that opens with the day: "Monday marked …".
            let openingDay =
                (i == 0 || tokens[i - 1].isPunctuation(in: ".!?"))
                && i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized
            if let weekday = weekdays[word], tokens[i].isCapitalized,
                openingDay || i > 0 && ["on", "since", "until", "by", "before", "after", "from", "till"].contains(lower(i - 1))
            {
                // "on Wednesday, May 24": the full date that follows is what counts.
                if i + 2 < tokens.count, tokens[i + 1].isPunctuation(","), month(at: i + 2) != nil || day(at: i + 2) != nil { return nil }
                let cue = i > 0 ? lower(i - 1) : ""
                let direction = cue == "since" || cue == "after" ? -1 : tense(around: i)
                let value = reference.flatMap { ref -> SimpleDate? in
                    guard ref.date.day != nil else { return nil }
                    return shift(ref.date, to: weekday, direction: direction > 0 ? 1 : -1, strict: false)
                }
                add(i, i + 1, value, .relative, precision: .day)
                return i + 1
            }
            if word.hasPrefix("yesterday") || word.hasPrefix("tomorrow") {
                let value = reference.flatMap { $0.date.day == nil ? nil : $0.date.adding(days: word.hasPrefix("tomorrow") ? 1 : -1) }
                add(i, i + 1, value, .relative, precision: .day)
                return i + 1
            }
            // "three days ago", "two months ago", "a year ago"
            if i + 1 < tokens.count, lower(i + 1) == "ago", i > 0, let count = Self.smallNumber(lower(i - 1)) {
                let value: SimpleDate?
                let precision: DatePrecision
                switch word {
                case "day", "days":
                    (value, precision) = (reference.flatMap { $0.date.day == nil ? nil : $0.date.adding(days: -count) }, .day)
                case "month", "months":
                    (value, precision) = (reference?.date.month(adding: -count), .month)
                case "year", "years":
                    (value, precision) = (reference.map { SimpleDate(year: $0.date.year - count) }, .year)
                default:
                    return nil
                }
                add(i - 1, i + 2, value, .relative, precision: precision)
                return i + 2
            }
            return nil
        }

        static func smallNumber(_ word: String) -> Int? {
            let words = [
                "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10,
            ]
            return words[word] ?? Int(word).flatMap { (1...100).contains($0) ? $0 : nil }
        }

        /// The `weekday` nearest `date` in `direction` (-1 before, +1 after, 0: past by default).
        /// `strict` excludes the date itself ("last Friday" on a Friday is a week before).
        func shift(_ date: SimpleDate, to weekday: Int, direction: Int, strict: Bool) -> SimpleDate {
            let current = date.weekday
            if direction > 0 {
                var delta = (weekday - current + 7) % 7
                if delta == 0 && strict { delta = 7 }
                return date.adding(days: delta)
            }
            var delta = (current - weekday + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return date.adding(days: -delta)
        }
    }
}
