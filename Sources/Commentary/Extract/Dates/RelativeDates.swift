/// Dates relative to the reference date: `last year`, `this month`, `last Wednesday`, `on Friday`
/// (by the sentence's tense), `yesterday`, `two years ago`.
extension DateExtractor.Matcher {
    /// last year, this month, last Wednesday, on Friday, yesterday, two years ago.
    static let relativeTriggers = WordSet(relativeStarts + Lexicon.weekdayNames.map { $0.lowercased() })

    static let relativeInitials = ASCIISet("ltnpysmwfdLTNPYSMWFD")

    mutating func relative(_ i: Int) -> Int? {
        // Every trigger starts with one of these letters.
        guard let first = tokens[i].firstByte, Self.relativeInitials.contains(first), lower(i, isIn: Self.relativeTriggers)
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
            if let weekday = DateExtractor.weekdays[next], i + 1 < tokens.count, tokens[i + 1].isCapitalized {
                let value = reference.flatMap { ref -> SimpleDate? in
                    guard ref.date.day != nil else { return nil }
                    return shift(
                        ref.date, to: weekday, forward: offset == 0 ? tense(around: i) == .future : offset > 0, strict: offset != 0)
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
        if let weekday = DateExtractor.weekdays[word], tokens[i].isCapitalized,
            openingDay || i > 0 && ["on", "since", "until", "by", "before", "after", "from", "till"].contains(lower(i - 1))
        {
            // "on Wednesday, May 24": the full date that follows is what counts.
            if i + 2 < tokens.count, tokens[i + 1].isPunctuation(","), month(at: i + 2) != nil || day(at: i + 2) != nil { return nil }
            let cue = i > 0 ? lower(i - 1) : ""
            let forward = cue != "since" && cue != "after" && tense(around: i) == .future
            let value = reference.flatMap { ref -> SimpleDate? in
                guard ref.date.day != nil else { return nil }
                return shift(ref.date, to: weekday, forward: forward, strict: false)
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
        if i + 1 < tokens.count, lower(i + 1, is: "ago"), i > 0, let count = Self.smallNumber(lower(i - 1)) {
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

    /// The `weekday` nearest `date`, after it (`forward`) or before it.
    /// `strict` excludes the date itself ("last Friday" on a Friday is a week before).
    func shift(_ date: SimpleDate, to weekday: Int, forward: Bool, strict: Bool) -> SimpleDate {
        let current = date.weekday
        if forward {
            var delta = (weekday - current + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return date.adding(days: delta)
        }
        var delta = (current - weekday + 7) % 7
        if delta == 0 && strict { delta = 7 }
        return date.adding(days: -delta)
    }
}
