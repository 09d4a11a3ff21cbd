/// What a date is made of, read off the tokens: months, days, years, the cue words before a bare
/// month or year, range joiners.
extension DateExtractor.Matcher {
    static let monthInitials = ASCIISet("JFMASONDjfmasond")

    func month(at i: Int) -> (month: Int, end: Int)? {
        // Month names and their abbreviations: 3 to 9 letters, opening with one of these.
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized, let first = tokens[i].firstByte,
            Self.monthInitials.contains(first), (3...9).contains(tokens[i].utf8Count)
        else { return nil }
        if let month = tokens.withBytes(i, { DateExtractor.months[lowercasingBytes: $0] }) { return (month, i + 1) }
        if tokens[i].utf8Count <= 4, let month = tokens.withBytes(i, { DateExtractor.monthAbbreviations[lowercasingBytes: $0] }) {
            if i + 1 < tokens.count, tokens[i + 1].isPunctuation("."), !tokens[i + 1].spaceBefore { return (month, i + 2) }
            if day(at: i + 1) != nil || year(at: i + 1) != nil { return (month, i + 1) }
        }
        return nil
    }

    func day(at i: Int) -> Int? {
        guard i < tokens.count, let first = tokens[i].firstByte, first >= 0x30, first <= 0x39 else { return nil }
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
        // Four ASCII digits (Int reads no other digits).
        guard i < tokens.count, tokens[i].kind == .number, !tokens[i].hasCapitalOrNonASCII, tokens[i].utf8Count == 4,
            let value = tokens.withBytes(i, ASCIIMatch.fourDigits),
            (1000...2999).contains(value)
        else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isPunctuation("%") { return nil }
        return value
    }

    func isCue(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        if lower(i, isIn: DateExtractor.cues) { return true }
        // "… 2019 and 2021", "March and April": a range continues after a match.
        return
            (lower(i, is: "and") || lower(i, is: "to") || lower(i, is: "or") || tokens[i].isPunctuation("-")
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
            matches.append(
                DateExtractor.Match(start: start, end: start + 4, value: SimpleDate(year: value), precision: .year, resolution: .absolute))
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
            || lower(i, is: "to") || lower(i, is: "through") || lower(i, is: "and") || lower(i, is: "until")
    }

    /// `[word] of this|last|next year` after a month.
    func relativeYear(at i: Int) -> (offset: Int, end: Int)? {
        guard i + 3 <= tokens.count, lower(i, is: "of") || lower(i, is: "this") else { return nil }
        let start = lower(i, is: "of") ? i + 1 : i
        guard start + 1 < tokens.count, lower(start + 1, is: "year") else { return nil }
        switch lower(start) {
        case "this": return (0, start + 2)
        case "last", "previous": return (-1, start + 2)
        case "next", "the following": return (1, start + 2)
        default: return nil
        }
    }

    /// A year after a day: "…, 2024" or "… 2024"; else nil and `end` unchanged.
    func trailingYear(at end: Int) -> (Int?, Int) {
        if end + 1 < tokens.count, tokens[end].isPunctuation(","), let year = self.year(at: end + 1) { return (year, end + 2) }
        if let year = self.year(at: end) { return (year, end + 1) }
        return (nil, end)
    }
}
