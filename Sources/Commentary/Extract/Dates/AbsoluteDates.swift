/// Patterns of dates written out: `May 24, 2023`, `24 May 2023`, `2023-05-24`, `19-Oct-2023`,
/// `2024/06/01`, ranges (`June 5-7, 2024`, `5 to 7 June`), months (`March 2023`, `in March`).
extension DateExtractor.Matcher {
    /// `2024/06/01`: year, month and day parted by slashes, with no spaces.
    mutating func slashedDate(_ i: Int) -> Int? {
        guard i + 4 < tokens.count, tokens[i + 1].isPunctuation("/"), let y = year(at: i), tokens[i + 3].isPunctuation("/"),
            (i + 1...i + 4).allSatisfy({ !tokens[$0].spaceBefore }), tokens.text(i + 2).count <= 2, tokens.text(i + 4).count <= 2,
            let m = Int(tokens.text(i + 2)), let d = Int(tokens.text(i + 4)), (1...12).contains(m), let date = validDay(y, m, d)
        else { return nil }
        add(i, i + 5, date, .absolute, precision: .day)
        return i + 5
    }

    /// `15/11/2023` and `11/15/2023`: day and month in figures before the year, in the order a
    /// number over 12 shows; `3/4/2023`, either way a date, is none (no reader could say which).
    mutating func dayMonthSlashed(_ i: Int) -> Int? {
        guard i + 4 < tokens.count, tokens[i + 1].isPunctuation("/"), tokens[i + 3].isPunctuation("/"),
            (i + 1...i + 4).allSatisfy({ !tokens[$0].spaceBefore }), tokens.text(i).count <= 2, tokens.text(i + 2).count <= 2,
            tokens.text(i + 4).count == 4, let a = Int(tokens.text(i)), let b = Int(tokens.text(i + 2)), let y = year(at: i + 4)
        else { return nil }
        let (d, m) = a > 12 ? (a, b) : b > 12 ? (b, a) : (0, 0)
        guard (1...12).contains(m), let date = validDay(y, m, d) else { return nil }
        add(i, i + 5, date, .absolute, precision: .day)
        return i + 5
    }

    /// `31.12.2022`: day, month and year parted by full stops, as much of Europe writes them, when
    /// the day is over 12; `03.05.2023` is a date only where a page's own line says whose.
    mutating func dottedDate(_ i: Int) -> Int? {
        guard tokens[i].kind == .number else { return nil }
        let parts = tokens.text(i).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), (1000...2999).contains(y), (1...12).contains(m), d > 12,
            let date = validDay(y, m, d)
        else { return nil }
        add(i, i + 1, date, .absolute, precision: .day)
        return i + 1
    }

    /// One token holding a whole date or range: `2023-05-24`, `2023-05`, `19-Oct-2023`, `2019-2021`.
    mutating func compactToken(_ i: Int) -> Int? {
        guard tokens[i].hasHyphen, let first = tokens[i].firstByte, first >= 0x30, first <= 0x39 else { return nil }
        let text = tokens.text(i)
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
            let m = DateExtractor.months[parts[1].lowercased()] ?? DateExtractor.monthAbbreviations[parts[1].lowercased()],
            let date = validDay(y, m, d)
        {
            add(i, i + 1, date, .absolute, precision: .day)
            return i + 1
        }
        if parts.count == 2, parts[0].count == 4, parts[1].count == 4, let a = numbers[0], let b = numbers[1],
            (1800...2200).contains(a), (1800...2200).contains(b), a < b
        {
            // Both ends of a year range: two mentions in one token.
            let start = tokens[i].start
            matches.append(
                DateExtractor.Match(start: start, end: start + 4, value: SimpleDate(year: a), precision: .year, resolution: .absolute))
            matches.append(
                DateExtractor.Match(start: start + 5, end: start + 9, value: SimpleDate(year: b), precision: .year, resolution: .absolute))
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
                matches.append(DateExtractor.Match(start: spanStart, end: spanEnd, value: value, precision: .day, resolution: resolution))
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
                matches.append(DateExtractor.Match(start: start, end: stop, value: value, precision: .day, resolution: resolution))
            }
            return end
        }
        // Month Year, Month of Year
        if let y = year(at: after) {
            add(i, after + 1, SimpleDate(year: y, month: month), .absolute, precision: .month)
            return after + 1
        }
        if after + 1 < tokens.count, lower(after, is: "of"), let y = year(at: after + 1) {
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
        if after + 1 < tokens.count, lower(after + 1, is: "year"), ["last", "this", "next"].contains(lower(after)) {
            let offset = lower(after, is: "last") ? -1 : lower(after, is: "next") ? 1 : 0
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
            i > 0 && lower(i - 1, is: "the") && after < tokens.count && tokens[after].kind == .word
            && !tokens[after].isCapitalized
        let bareMonthCue = beforeNoun || isCue(i - 1) || (i > 0 && (lower(i - 1).hasSuffix("-mid") || lower(i - 1, is: "mid")))
        if bareMonthCue && lower(i) != "may"
            || (lower(i, is: "may") && i > 0
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
        let parts = tokens.text(i).split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.count <= 2 }), let a = Int(parts[0]), let b = Int(parts[1]),
            (1...31).contains(a), (1...31).contains(b), a < b
        else { return nil }
        return (a, b, parts[0].unicodeScalars.count)
    }

    /// `5 to 7 June 2024`, `10–12 May`, `between 5 and 7 June`: two days of one month, each a
    /// mention, the year stated once after them or inferred for both; none when a stated year has
    /// no such day (`30 to 31 April 2024`), as `monthFirst` reads its ranges.
    mutating func dayRange(_ i: Int, day first: Int) -> Int? {
        guard i + 3 < tokens.count,
            tokens[i + 1].isPunctuation(in: "-\u{2013}\u{2014}") || lower(i + 1, is: "to") || lower(i + 1, is: "and"),
            let second = day(at: i + 2), second > first, let (month, afterMonth) = month(at: i + 3)
        else { return nil }
        let (year, end) = trailingYear(at: afterMonth)
        let (start, startResolution) = resolveDay(month, first, year: year, at: i)
        let (last, lastResolution) = resolveDay(month, second, year: year, at: i)
        if year != nil, start == nil || last == nil { return nil }
        add(i, i + 1, start, startResolution, precision: .day)
        add(i + 2, end, last, lastResolution, precision: .day)
        return end
    }

    /// `24 May 2023`, `24th of May`.
    mutating func dayFirst(_ i: Int, day: Int) -> Int? {
        var after = i + 1
        if after < tokens.count, lower(after, is: "of") { after += 1 }
        guard let (month, afterMonth) = month(at: after) else { return nil }
        var end = afterMonth
        let year: Int?
        (year, end) = trailingYear(at: end)
        let value = year.flatMap { validDay($0, month, day) } ?? (year == nil ? inferYear(month: month, day: day, at: i) : nil)
        if year != nil && value == nil { return nil }
        add(i, end, value, year == nil ? .inferredYear : .absolute, precision: .day)
        return end
    }
}
