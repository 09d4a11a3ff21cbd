import Foundation
import Testing

@testable import Commentary

/// Normalizes `text` as a plain-text article; nil when it holds no article text (a refusal, not a trap).
func normalizedText(_ text: String, published: String? = nil) -> Article? {
    var raw = RawArticle(source: "odd.txt", rawText: text, text: text)
    raw.metadata.published = published
    return try? ArticleNormalizer().normalize(raw)
}

/// The code points `start..<start + length` of a paragraph, or nil when the span leaves it.
func slice(_ paragraph: String, _ span: TextSpan) -> String? {
    let scalars = Array(paragraph.unicodeScalars)
    guard span.start >= 0, span.length >= 0, span.start + span.length <= scalars.count else { return nil }
    return String(String.UnicodeScalarView(scalars[span.start..<(span.start + span.length)]))
}

/// Every mention and date inside its paragraph, its surface the paragraph's code points there.
func expectSpansInside(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    for mention in article.mentions {
        let paragraph =
            article.paragraphs.indices.contains(mention.span.paragraphIndex) ? article.paragraphs[mention.span.paragraphIndex].text : ""
        #expect(slice(paragraph, mention.span) == mention.surface, "mention \(mention)", sourceLocation: sourceLocation)
    }
    for date in article.dates {
        let paragraph =
            article.paragraphs.indices.contains(date.span.paragraphIndex) ? article.paragraphs[date.span.paragraphIndex].text : ""
        #expect(slice(paragraph, date.span) == date.surface, "date \(date)", sourceLocation: sourceLocation)
    }
}

/// SplitMix64: the same seed gives the same inputs on every run and every machine.
typealias SeededGenerator = SplitMix64

/// Texts made of the words extraction reacts to (titles, names, cue words, date parts, credits,
/// labels) mixed with punctuation and with Unicode that tends to break index arithmetic: combining
/// marks with nothing to combine with, emoji sequences, other scripts, odd spaces and line ends.
enum OddText {
    static let titles: [String] = Gazetteer.shared.titles.map { $0.joined(separator: " ") }
    static let names: [String] = {
        var names: [String] = []
        var index = 0
        Gazetteer.forEachRecord(in: GazetteerData.entries) { name, _, aliases in
            // A sample of the gazetteer keeps the pool small; every kind is in it.
            if index % 97 == 0 { names.append(name) }
            if index % 389 == 0 { names += aliases }
            index += 1
        }
        return names
    }()
    static let cues = [
        "Summit", "Forum", "Ministry", "of", "for", "and", "on", "the", "The", "Bank", "Square", "River", "Initiative",
        "Third", "15th", "BRICS", "NEW", "YORK", "Sino-Russian", "China-Russia", "Chinese", "Russian", "bin", "al-Falih",
        "d'Estaing", "da", "Mishustin's", "Xi", "Xi’s", "Lula", "U.S.", "St.", "Mr.", "Dr", "Jr", "said", "will", "was",
        "met", "opens", "January", "May", "may", "Mar.", "Sept", "Dec.", "Monday", "Friday", "last", "this", "next",
        "year", "month", "days", "ago", "two", "a", "in", "since", "between", "to", "until", "mid", "mid-2024",
        "2023", "1999", "24", "5", "31", "24th", "1st", "5-7", "05-07", "2019-2021", "2023-05-24", "2023-05", "19-Oct-2023",
        "2024/06/01", "3,000", "2.5", "9:30", "%", "yesterday", "tomorrow's", "Editor's note:", "Editor’s Note –",
        "By", "BY", "Updated", "Published:", "Source:", "Photo:", "Photo by", "/CFP", "(Xinhua/Li Ming)", "[Photo/Xinhua]",
        "via", "(Reuters)", "File photo/", "— AP", "The views don't necessarily reflect those of", "is a", "(end)",
        "If you want to contribute", "Read more", "|", "FY2027", "COP28", "II",
    ]
    static let marks = [
        ".", ",", "!", "?", ":", ";", "—", "–", "-", "(", ")", "[", "]", "/", "\"", "“", "”", "'", "’", "‘", "&", "*",
        "...", "…", "%", "#", "@",
    ]
    static let oddScalars: [String] = [
        "\u{301}", "\u{308}\u{301}", "e\u{301}", "\u{200D}", "\u{FE0F}", "👍🏽", "👨‍👩‍👧", "🇨🇳", "🏳️‍🌈", "😀", "中国", "北京", "한국", "\u{1100}\u{1161}",
        "Москва", "Ленин", "العربية", "\u{600}1", "हिन्दी", "ไทย", "İstanbul", "ǅ", "ß", "ﬁ", "\u{212A}", "\u{00A0}", "\u{2007}",
        "\u{202F}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{85}", "\t", "\u{0B}", "\u{0C}", "\r", "\r\n", "\n", "\u{E000}", "\u{10FFFD}",
        "\u{600}", "\u{110BD}", "\u{E0100}", "\u{1F3FB}", "\u{FFFD}", "Ω", "Ａ", "１２", "٣", "Ⅻ", "½", "ǈǉ", "ÀÉÎ", "A\u{30A}", "\u{1E9E}",
    ]

    static func piece(_ random: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1: return titles.randomElement(using: &random) ?? ""
        case 2, 3: return names.randomElement(using: &random) ?? ""
        case 4, 5, 6: return cues.randomElement(using: &random) ?? ""
        case 7: return marks.randomElement(using: &random) ?? ""
        case 8: return oddScalars.randomElement(using: &random) ?? ""
        default:
            // A few scalars from anywhere in Unicode (surrogates are not scalars).
            var text = ""
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let value = UInt32.random(in: 1...0x10FFFF, using: &random)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
            return text
        }
    }

    static func paragraph(_ random: inout SeededGenerator, pieces: ClosedRange<Int> = 0...24) -> String {
        var text = ""
        for index in 0..<Int.random(in: pieces, using: &random) {
            if index > 0 { text += Int.random(in: 0..<5, using: &random) == 0 ? "" : " " }
            text += piece(&random)
        }
        return text
    }

    /// One to six paragraphs; with `short`, paragraphs of one to three pieces, so cue words and
    /// lone marks often open or close a paragraph or the text.
    static func text(_ random: inout SeededGenerator, short: Bool = false) -> String {
        var text = ""
        for index in 0..<Int.random(in: 1...6, using: &random) {
            if index > 0 { text += ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n"].randomElement(using: &random) ?? "\n" }
            text += paragraph(&random, pieces: short ? 1...3 : 0...24)
        }
        return text
    }
}

/// The text's code points that are not white space, in order.
/// The scalars that show: a paragraph made only of the others (format characters, joiners,
/// controls, white space) is not kept, so they are left out on both sides of the comparison.
func visibleScalars(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { VisibleText.contains(String($0)) }
}

@Suite("Extraction on any text: properties")
struct ExtractionPropertyTests {
    /// For any text: no trap; every mention and date inside its paragraph with its surface the
    /// paragraph's code points at its offsets; the paragraphs, in order, hold the cleaned text.
    @Test(arguments: 0..<200)
    func anyTextGivesSpansInsideItsParagraphs(seed: Int) {
        var random = SeededGenerator(state: UInt64(seed))
        for round in 0..<6 {
            let text = OddText.text(&random, short: round % 2 == 1)
            let published = Bool.random(using: &random) ? "2023-05-24" : nil
            guard let article = normalizedText(text, published: published) else { continue }
            expectSpansInside(article)
            let paragraphs = article.paragraphs.map(\.text)
            #expect(
                visibleScalars(paragraphs.joined(separator: "\n")) == visibleScalars(TextCleaner.clean(text)),
                "paragraphs of \(text.debugDescription)")
            #expect(
                !paragraphs.contains {
                    $0.isEmpty || $0.unicodeScalars.first?.properties.isWhitespace == true
                        || $0.unicodeScalars.last?.properties.isWhitespace == true
                })
            for caption in article.captions {
                #expect(article.paragraphs[caption.paragraphIndex].kind == .caption)
            }
        }
    }

    /// The parsers every paragraph may meet, called on any paragraph directly.
    @Test(arguments: 0..<160)
    func theParagraphParsersTakeAnyText(seed: Int) {
        var random = SeededGenerator(state: UInt64(seed) &+ 1_000_003)
        for _ in 0..<6 {
            let paragraph = TextCleaner.clean(OddText.paragraph(&random))
            if let (text, credit) = CaptionParser.split(paragraph) {
                #expect(!text.isEmpty && !credit.isEmpty)
            }
            _ = EditorNoteParser.parse(paragraph)
            _ = MetadataLine.fields(paragraph)
            _ = DateExtractor.parseStandalone(paragraph)
            _ = DateExtractor.firstAbsoluteDate(in: paragraph)
            _ = ParagraphSplitter.kind(of: paragraph, isFirst: true)
            let dates = DateExtractor.extract(paragraphs: [Paragraph(kind: .body, text: paragraph)], reference: nil)
            for date in dates { #expect(slice(paragraph, date.span) == date.surface, "date \(date) in \(paragraph.debugDescription)") }
            let mentions = EntityExtractor().extract(paragraphs: [Paragraph(kind: .title, text: paragraph)])
            for mention in mentions {
                #expect(slice(paragraph, mention.span) == mention.surface, "mention \(mention) in \(paragraph.debugDescription)")
            }
        }
    }
}

@Suite("Extraction on odd input: regressions")
struct ExtractionRegressionTests {
    /// A title cue that opens a phrase and takes all of it ("Secretary of State" and nothing after)
    /// made an inverted range in `splitAfterTitle`.
    @Test(arguments: [
        "He was named Secretary of State.", "He was named Secretary of State", "Secretary of State",
        "She met the Secretary of State and left.", "Director-General of the",
    ])
    func aTitleCueWithNoNameAfterItDoesNotTrap(_ text: String) throws {
        let article = try #require(normalizedText(text))
        expectSpansInside(article)
        #expect(!article.mentions.contains { $0.kind == .person })
    }

    /// A phrase that is only a title at the very end of a paragraph ("… with the President") read
    /// the token past the last in `leadingTitle`: headlines and captions end so without a period.
    @Test(arguments: [
        "Interview with the President", "A statement from the Prime Minister",
        "The talks went well, said the Foreign Minister\n\nHe left on Monday with the Vice Premier",
        "President", "Prime Minister", "Dr.", "He thanked Dr",
    ])
    func aTitleAsTheLastTokenOfAParagraphDoesNotTrap(_ text: String) throws {
        let article = try #require(normalizedText(text))
        expectSpansInside(article)
    }

    /// A combining mark or joiner after a space is one Character with the space: trimming by
    /// Character dropped it from the stored paragraph, and a line of only that was taken as blank.
    @Test(arguments: [
        "Leaders met in Alborz \u{301}\nThe talks went on", "\u{200D} Talks in Beijing went on \u{200D}",
        "First line\n \u{308}\nLast line", "Caption text here. \u{FE0F}",
    ])
    func aCombiningMarkAtAParagraphEdgeIsKept(_ text: String) throws {
        let article = try #require(normalizedText(text))
        #expect(visibleScalars(article.paragraphs.map(\.text).joined(separator: "\n")) == visibleScalars(TextCleaner.clean(text)))
    }

    /// "June 05-07": the second day's span started after the first day's digits as `String(5)`
    /// counts them, one short of "05".
    @Test func aDayRangeInOneTokenWithLeadingZerosIsSpannedByItsDigits() throws {
        let article = try #require(normalizedText("The forum ran June 05-07, 2024 in Kazan.", published: "2024-05-01"))
        #expect(article.dates.map(\.surface) == ["June 05", "07, 2024"])
        #expect(article.dates.map(\.value) == ["2024-06-05", "2024-06-07"])
    }
}
