/// A calendar date at day, month or year precision, without time zones: the date as written.
public struct SimpleDate: Sendable, Equatable, Hashable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: Int would take a sign ("+023").
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
            parts[0].count == 4, let year = Int(parts[0])
        else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), let month,
                (1...DateArithmetic.daysIn(month: month, year: year)).contains(day)
            else { return nil }
            self.day = day
        }
    }

    public var precision: DatePrecision { day != nil ? .day : month != nil ? .month : .year }

    public var iso: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let month, let day {
            _ = month
            text += day < 10 ? "-0\(day)" : "-\(day)"
        }
        return text
    }

    /// Days since 1970-01-01 of a day-precision date (first day of the month or year otherwise).
    var ordinal: Int { DateArithmetic.daysFromCivil(year, month ?? 1, day ?? 1) }

    init(ordinal: Int) {
        let (y, m, d) = DateArithmetic.civilFromDays(ordinal)
        self.init(year: y, month: m, day: d)
    }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }

    func adding(days: Int) -> SimpleDate { SimpleDate(ordinal: ordinal + days) }

    /// The month `months` after this date's month (before, when negative); nil without a month.
    func month(adding months: Int) -> SimpleDate? {
        guard let month else { return nil }
        let total = year * 12 + (month - 1) + months
        return SimpleDate(year: total / 12, month: total % 12 + 1)
    }

    public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// The date partial and relative dates are resolved against, and where it came from.
public struct ReferenceDate: Sendable, Equatable {
    public var date: SimpleDate
    public var anchor: DateAnchor

    public init(date: SimpleDate, anchor: DateAnchor) {
        self.date = date
        self.anchor = anchor
    }
}

/// Proleptic Gregorian arithmetic (Howard Hinnant's days-from-civil).
enum DateArithmetic {
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isValidISO(_ text: String) -> Bool { SimpleDate(iso: text) != nil }

    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
