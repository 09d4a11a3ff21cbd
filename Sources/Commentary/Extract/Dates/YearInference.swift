/// The year of a date written without one: stated right after it ("Aug. 4 last year"), else the
/// reference date's, moved by a year when the sentence's tense points across the new year.
extension DateExtractor.Matcher {
    /// "Aug. 4 last year": the year a phrase right after a date names, relative to the reference.
    func yearAfter(_ i: Int) -> Int? {
        guard let reference else { return nil }
        var k = i + 1
        while k < tokens.count, k <= i + 4, tokens[k].kind == .number || tokens[k].isPunctuation(".") || tokens[k].isPunctuation(",") {
            k += 1
        }
        guard k + 1 < tokens.count, lower(k + 1, is: "year") else { return nil }
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
        if tense == .past, later { year -= 1 }
        if tense == .future, earlier { year += 1 }
        guard let day else { return SimpleDate(year: year, month: month) }
        guard (1...DateArithmetic.daysIn(month: month, year: year)).contains(day) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
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
}
