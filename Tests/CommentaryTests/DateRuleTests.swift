import Testing

@testable import Commentary

/// The date rules of Extract/Dates/, each with its table of cases.
@Suite("Date rules")
struct DateRuleTests {
    let reference = ReferenceDate(date: SimpleDate(year: 2023, month: 5, day: 24), anchor: .published)

    func values(_ text: String, reference: ReferenceDate?) -> [String?] {
        DateExtractor.extract(paragraphs: [Paragraph(kind: .body, text: text)], reference: reference).map(\.value)
    }

    // Each table is one file of Extract/Dates/; the reference date is Wednesday, May 24, 2023.

    /// AbsoluteDates.swift: dates written out, with or without their year.
    @Test(arguments: [
        ("The talks ended on May 24, 2023.", ["2023-05-24"]),
        ("It opened on 24 May 2023 in Beijing.", ["2023-05-24"]),
        ("The file is dated 2023-05-24.", ["2023-05-24"]),
        ("Updated 09:05, 19-Oct-2023", ["2023-10-19"]),
        ("The deal was signed on 9 Sept 2023 and reviewed in Sept 2024.", ["2023-09-09", "2024-09"]),
        ("The report of 2024/06/01 was cited.", ["2024-06-01"]),
        ("Reforms began in 2019.", ["2019"]),
        ("The visit in March was a success.", ["2023-03"]),
        ("He attended the forum on May 23 in Shanghai.", ["2023-05-23"]),
        // Day and month in figures, in the order a number over 12 shows.
        ("The first deadline was 31.12.2022, the next 1.3.2024.", ["2022-12-31"]),
        ("The second, set on 15/11/2023, passed.", ["2023-11-15"]),
        ("A third, announced on 11/15/2023, was ignored.", ["2023-11-15"]),
        ("The ballot of 3/4/2023 was annulled.", []),
        ("A score of 14/15/2023 is no date.", []),
    ])
    func absoluteDates(_ text: String, _ expected: [String]) {
        #expect(values(text, reference: reference) == expected.map { Optional($0) })
    }

    /// AbsoluteDates.swift: ranges, both ends a mention.
    @Test(arguments: [
        ("The expo runs from June 5 to 7, 2024.", ["2024-06-05", "2024-06-07"]),
        ("The games run June 5-7, 2024.", ["2024-06-05", "2024-06-07"]),
        ("The armies fought from May to September 1939.", ["1939-05", "1939-09"]),
        ("The fair runs 5-7 June 2024.", ["2024-06-05", "2024-06-07"]),
        ("Output grew from 2019-2021.", ["2019", "2021"]),
        ("The fair runs 5 to 7 June 2024.", ["2024-06-05", "2024-06-07"]),
        ("The summit runs 10\u{2013}12 June in Geneva.", ["2023-06-10", "2023-06-12"]),
        ("Talks are set for between 5 and 7 June.", ["2023-06-05", "2023-06-07"]),
        ("The fair ran 30 to 31 April 2024.", ["2024-04"]),
    ])
    func ranges(_ text: String, _ expected: [String]) {
        #expect(values(text, reference: reference) == expected.map { Optional($0) })
    }

    /// CJKDates.swift: dates written with the Chinese, Japanese and Korean units (年 月 日, 년 월 일),
    /// in ASCII or full-width digits; a month and day alone take the reference's year.
    @Test(arguments: [
        ("港口管理局于2023年3月28日批准了新的防波堤。", ["2023-03-28"]),
        ("北京时间2023年05月24日 11:21 发布", ["2023-05-24"]),
        ("该计划于2019年启动，2021年6月完成。", ["2019", "2021-06"]),
        ("会议将于３月２８日在上海举行。", ["2023-03-28"]),
        ("港湾局は２０２３年３月２８日に承認した。", ["2023-03-28"]),
        ("항만청은 2023년 3월 28일에 승인했다.", ["2023-03-28"]),
        ("五年来，约有3000名渔民受益。", []),
        ("合同为期5年，第2月起付款。", []),
        ("令和5年3月28日に承認された。", ["2023-03-28"]),
        ("平成30年4月1日から施行。", ["2018-04-01"]),
        ("民国112年3月28日公布。", ["2023-03-28"]),
        ("自23年3月28日起生效。", [nil]),
        ("The talks ended on May 24, 2023, and resumed 2024年1月5日.", ["2023-05-24", "2024-01-05"]),
    ])
    func cjkDates(_ text: String, _ expected: [String?]) {
        #expect(values(text, reference: reference) == expected)
    }

    /// A header's date line in Chinese is a date and little else, as a page's published date.
    @Test func aChineseDateLineIsAStandaloneDate() {
        #expect(DateExtractor.parseStandalone("2005年03月21日 11:21") == "2005-03-21")
        #expect(DateExtractor.parseStandalone("2005年3月11日12:12") == "2005-03-11")
    }

    /// YearInference.swift and Tense.swift: a date without its year takes the reference's, moved by
    /// the sentence's tense across the new year, or the year stated after it.
    @Test(arguments: [
        ("The deal, signed Aug. 11, holds.", ["2022-08-11"]),
        ("The summit will open Aug. 11 in Astana.", ["2023-08-11"]),
        ("Beijing lifted its duties on Aug. 4 last year.", ["2022-08-04", "2022"]),
        ("On Dec. 28, the two ministries held a video call.", ["2022-12-28"]),
        ("Prices peaked on Oct. 31: a record.", ["2022-10-31"]),
        ("Negotiators met from Jan. 29 to Feb. 2, and a deal is expected in April.", ["2023-01-29", "2023-02-02", "2024-04"]),
        // "by August": a deadline ahead, unless a past verb near it says it passed.
        ("Millions face acute hunger by August, the agency warned.", ["2023-08"]),
        ("Prices had risen sharply by August, traders said.", ["2022-08"]),
        ("Unemployment climbed to 4.1 percent by August.", ["2022-08"]),
        // A future a past report gives ("said it would end … on Aug. 20") looks ahead; "would
        // have" looks back.
        ("The agency said Tuesday that it would end the flows early, on Aug. 20, because reservoirs are low.", ["2023-08-20"]),
        ("Officials said the flows would have ended on Aug. 20 in a normal year.", ["2022-08-20"]),
        // A habit, a refusal, a wish: no report of what is ahead.
        ("The company would not comment on Aug. 20, when the recall began.", ["2022-08-20"]),
        ("In the old days the ferry would leave on Aug. 20 and return in spring.", ["2023-08-20"]),
    ])
    func yearInference(_ text: String, _ expected: [String]) {
        #expect(values(text, reference: reference) == expected.map { Optional($0) })
    }

    /// RelativeDates.swift: dates counted from the reference.
    @Test(arguments: [
        ("A state visit in March of this year set the tone.", ["2023-03"]),
        ("Growth slowed last year.", ["2022"]),
        ("They met last Wednesday.", ["2023-05-17"]),
        ("They meet again tomorrow.", ["2023-05-25"]),
        ("Tomorrow's talks follow yesterday's vote.", ["2023-05-25", "2023-05-23"]),
        ("The summit opens on Friday in Kazan.", ["2023-05-26"]),
        ("The talks were held on Friday in Kazan.", ["2023-05-19"]),
        ("Three days ago the talks stalled; two months ago they began.", ["2023-05-21", "2023-03"]),
        ("Exports fell last month.", ["2023-04"]),
    ])
    func relativeDates(_ text: String, _ expected: [String]) {
        #expect(values(text, reference: reference) == expected.map { Optional($0) })
    }

    /// Tense.swift: the tense of the sentence around a word, by its cues, nearer cues weighing more.
    @Test(arguments: [
        ("The ministers met on Friday.", Tense.past),
        ("The ministers will meet on Friday.", Tense.future),
        ("The summit opens on Friday.", Tense.future),
        ("The ministers meet on Friday.", Tense.future),
        ("The ministers talk on Friday.", Tense.present),
        ("They signed the deal, which is expected to start on Friday.", Tense.future),
        // The clause a date stands in speaks for it, when it has a cue of its own.
        ("The summit, which opened in Jakarta on Friday, will not be remembered for its communiqué.", Tense.past),
        ("The ministers, who arrive on Friday, will sign the deal.", Tense.future),
        ("The rush, which began in January and runs until Friday, is expected to break records.", Tense.future),
        ("On Friday, the ministers will sign the deal that was drafted last year.", Tense.future),
    ])
    func tense(_ text: String, _ expected: Tense) throws {
        let tokens = Tokenizer.tokenize(text)
        let friday = try #require(tokens.indices.first { tokens.text($0) == "Friday" })
        #expect(DateExtractor.Matcher(tokens: tokens, reference: reference).tense(around: friday) == expected)
    }

    @Test(arguments: [
        "Leaders may meet again.",
        "Protesters began a march through the city.",
        "Exports rose 10 percent to 3,000 tonnes.",
        "About 2000 people attended in the 1990s.",
        "It lasted three years.",
        "It took three days to agree, and the days ahead matter more.",
        "Shares fell 2024/25 estimates, analysts said.",
    ])
    func ordinaryWordsAreNotDates(_ text: String) {
        #expect(values(text, reference: reference).isEmpty)
    }

    @Test func relativeDatesWithoutReferenceAreUnresolved() {
        let found = DateExtractor.extract(paragraphs: [Paragraph(kind: .body, text: "They met last year in March.")], reference: nil)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.value == nil && $0.resolution == .unresolved })
    }
}

/// Found by the FuzzNormalize target: a day 0 was taken as a date and stored as `…-00`.
@Suite("Day zero is no date")
struct DayZeroTests {
    @Test(arguments: [
        "It happened on 2020-10-00.", "Talks ended on Oct. 0, 2023, in Geneva.", "Updated 09:05, 0-Oct-2023\nThe talks ended.",
    ])
    func noDateOrPublicationDateHasDayZero(_ text: String) throws {
        let article = try ArticleNormalizer().normalize(RawArticle(source: "zero.txt", rawText: text, text: text))
        #expect(!(article.published ?? "").hasSuffix("-00"))
        #expect(article.dates.allSatisfy { !($0.value ?? "").hasSuffix("-00") }, "\(article.dates.map(\.value))")
    }
}
