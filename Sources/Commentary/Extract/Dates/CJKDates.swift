/// Dates written with the units of Chinese and Japanese (`2023年3月28日`, `2023年3月`, `2023年`,
/// `3月28日`) and of Korean (`2023년 3월 28일`), in ASCII or full-width digits. Those languages
/// write no space between words, so a date sits inside a longer token (`于2023年3月28日批准`):
/// these are read off the paragraph's code points, not its tokens.
extension DateExtractor.Matcher {
    /// The units after a year, a month and a day.
    static let yearUnits: Set<Unicode.Scalar> = ["年", "년"]
    static let monthUnits: Set<Unicode.Scalar> = ["月", "월"]
    static let dayUnits: Set<Unicode.Scalar> = ["日", "号", "號", "일"]

    /// Whether the text holds a year's or a month's unit, looked for on the bytes: most paragraphs
    /// hold some other character beyond ASCII (a curly quote, a dash) and none of these.
    static func mayHoldDate(_ text: String) -> Bool {
        ASCIIMatch.withBytes(text) { bytes in
            func holds(_ unit: StaticString) -> Bool {
                ASCIIMatch.firstOffset(of: unit, inBytes: bytes, ignoringCase: false) != nil
            }
            return !ASCIIMatch.isASCII(bytes) && (holds("年") || holds("년") || holds("月") || holds("월"))
        }
    }

    /// Every such date in the paragraph, added to `matches` in text order with the others.
    mutating func cjkDates() {
        guard Self.mayHoldDate(tokens.text) else { return }
        let scalars = Array(tokens.text.unicodeScalars)
        var found: [DateExtractor.Match] = []
        var index = 0
        while index < scalars.count {
            // A number that starts here (not the tail of a longer one).
            guard Self.digit(scalars[index]) != nil, index == 0 || Self.digit(scalars[index - 1]) == nil else {
                index += 1
                continue
            }
            if let match = cjkDate(scalars, at: index) {
                found.append(match)
                index = match.end
            } else {
                index += 1
            }
        }
        guard !found.isEmpty else { return }
        // Kept apart from what the tokens matched, in text order.
        let taken = matches
        matches += found.filter { match in !taken.contains { $0.start < match.end && match.start < $0.end } }
        matches.sort { $0.start < $1.start }
    }

    /// The date at `start`: a year with its unit, then perhaps a month and a day; or a month and a
    /// day, the year the reference's.
    func cjkDate(_ scalars: [Unicode.Scalar], at start: Int) -> DateExtractor.Match? {
        func number(at position: Int, digits: ClosedRange<Int>) -> (value: Int, end: Int)? {
            var value = 0
            var end = position
            while end < scalars.count, let digit = Self.digit(scalars[end]), end - position < digits.upperBound {
                value = value * 10 + digit
                end += 1
            }
            guard digits.contains(end - position), end == scalars.count || Self.digit(scalars[end]) == nil else { return nil }
            return (value, end)
        }
        /// The position past `units` after `position`, spaces allowed before it (Korean writes them).
        func unit(_ units: Set<Unicode.Scalar>, after position: Int) -> Int? {
            var next = position
            while next < scalars.count, scalars[next] == " " { next += 1 }
            return next < scalars.count && units.contains(scalars[next]) ? next + 1 : nil
        }
        func skipSpaces(_ position: Int) -> Int {
            var next = position
            while next < scalars.count, scalars[next] == " " { next += 1 }
            return next
        }
        func match(_ end: Int, _ value: SimpleDate?, _ precision: DatePrecision, _ resolution: DateResolution) -> DateExtractor.Match {
            DateExtractor.Match(start: start, end: end, value: value, precision: precision, resolution: resolution)
        }
        // The month and day after `position`, if stated.
        func monthAndDay(after position: Int) -> (month: Int, afterMonth: Int, day: Int?, end: Int)? {
            guard let (month, monthEnd) = number(at: skipSpaces(position), digits: 1...2), (1...12).contains(month),
                let afterMonth = unit(Self.monthUnits, after: monthEnd)
            else { return nil }
            if let (day, dayEnd) = number(at: skipSpaces(afterMonth), digits: 1...2), (1...31).contains(day),
                let afterDay = unit(Self.dayUnits, after: dayEnd)
            {
                return (month, afterMonth, day, afterDay)
            }
            return (month, afterMonth, nil, afterMonth)
        }
        // A year of an era (`令和5年`, `民国112年`): the era's first year plus the number, less one.
        // Another year not of four digits (`23年3月28日`) is a date whose year is not known.
        if let (count, yearEnd) = number(at: start, digits: 1...4), let afterYear = unit(Self.yearUnits, after: yearEnd),
            Self.era(before: start, in: scalars) != nil || yearEnd - start != 4
        {
            let year = Self.era(before: start, in: scalars).map { $0 + count - 1 }
            let stated = monthAndDay(after: afterYear)
            let end = stated?.end ?? afterYear
            let precision: DatePrecision = stated == nil ? .year : stated?.day == nil ? .month : .day
            let value: SimpleDate? = year.flatMap { year in
                guard let stated else { return SimpleDate(year: year) }
                guard let day = stated.day else { return SimpleDate(year: year, month: stated.month) }
                return validDay(year, stated.month, day)
            }
            // A count of years (`5年`) with no month after it is no date.
            guard year != nil || stated != nil else { return nil }
            return match(end, value, precision, .absolute)
        }
        if let (year, yearEnd) = number(at: start, digits: 4...4), (1000...2999).contains(year),
            let afterYear = unit(Self.yearUnits, after: yearEnd)
        {
            guard let stated = monthAndDay(after: afterYear) else {
                return match(afterYear, SimpleDate(year: year), .year, .absolute)
            }
            guard let day = stated.day else {
                return match(stated.afterMonth, SimpleDate(year: year, month: stated.month), .month, .absolute)
            }
            guard let date = validDay(year, stated.month, day) else { return nil }
            return match(stated.end, date, .day, .absolute)
        }
        // A month and a day: the year inferred, as for `May 23`.
        guard let stated = monthAndDay(after: start), let day = stated.day else { return nil }
        let token = tokens.items.lastIndex { $0.start <= start } ?? 0
        let (value, resolution) = resolveDay(stated.month, day, year: nil, at: token)
        return match(stated.end, value, .day, resolution)
    }

    /// The first year, in the common era, of the era named just before `position` (Japan's
    /// 令和 平成 昭和 大正, the Republic of China's 民国), or nil.
    static func era(before position: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard position >= 2 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(position - 2)..<position]))
        return eras[name]
    }

    static let eras: [String: Int] = ["令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "民国": 1912, "民國": 1912]

    /// The value of an ASCII or full-width digit.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }
}
