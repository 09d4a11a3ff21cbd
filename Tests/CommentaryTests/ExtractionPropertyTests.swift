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
}
