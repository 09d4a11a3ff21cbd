/// Finds the dates a text mentions and resolves them: absolute (`May 24, 2023`, `24 May 2023`,
/// `2023-05-24`, `19-Oct-2023`), partial (`May 23`, `in March`, `Aug. 11`) with the year taken from
/// the reference date, relative (`March of this year`, `last year`, `last Wednesday`, `on Friday`
/// by the sentence's tense) and ranges (both ends). Month names count only when capitalized and
/// bare months and years only after a cue word, so "may", "a march" and "3,000" are never dates.
///
/// The work is done by `Matcher` (`DateMatcher.swift`), which tries the patterns at each token in
/// order: absolute dates (`AbsoluteDates.swift`), bare years after a cue, relative dates
/// (`RelativeDates.swift`); a date without its year takes it from the reference date and the
/// sentence's tense (`YearInference.swift`, `Tense.swift`). Dates written with Chinese, Japanese
/// and Korean units (`2023年3月28日`) are read off the code points after (`CJKDates.swift`).
public enum DateExtractor {
    /// Month names, lower case, with their month.
    static let months = WordTable(Lexicon.monthNames.enumerated().map { ($1.lowercased(), $0 + 1) })
    static let monthAbbreviations = WordTable(Lexicon.monthAbbreviations.map { ($0.lowercased(), $1) })
    /// Weekday names, lower case, with their weekday (Sunday 0).
    static let weekdays = WordTable(Lexicon.weekdayNames.enumerated().map { ($1.lowercased(), $0) })
    /// Words after which a bare month or year is a date: "in March", "since 2019".
    static let cues: WordSet = [
        "in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after", "early",
        "late", "mid", "last", "this", "next", "between", "around", "circa", "of", "on", "starting", "beginning",
        "ending", "as", "spring", "summer", "autumn", "fall", "winter", "year", "end", "start", "middle",
    ]
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
                let surface = paragraph.codePoints.string(match.start, match.end)
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
        let matches = scan(CodePoints(text), reference: nil).filter { $0.resolution == .absolute }
        return (matches.first(where: { $0.precision == .day }) ?? matches.first(where: { $0.precision == .month }))?.value?.iso
    }

    /// The first date stated with its year and day in a text, as an ISO day.
    static func firstAbsoluteDay(in text: String) -> String? {
        scan(CodePoints(text), reference: nil).first { $0.resolution == .absolute && $0.precision == .day }?.value?.iso
    }

    /// A string that is a date and little else (`19-Oct-2023`, `09:05, 19-Oct-2023`,
    /// `Wednesday, May 24, 2023`), as an ISO day.
    public static func parseStandalone(_ text: String) -> String? {
        let codePoints = CodePoints(text)
        let matches = scan(codePoints, reference: nil)
        guard let first = matches.first(where: { $0.resolution == .absolute && $0.precision == .day }) else { return nil }
        // Whatever is left must be small: times, weekdays, zone names, punctuation.
        let leftover = codePoints.count - (first.end - first.start)
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

    static func scan(_ codePoints: CodePoints, reference: ReferenceDate?) -> [Match] {
        let tokens = codePoints.tokenize()
        var matcher = Matcher(tokens: tokens, reference: reference)
        return matcher.run()
    }
}
