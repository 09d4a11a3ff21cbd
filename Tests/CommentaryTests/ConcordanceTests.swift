import Foundation
import Testing

@testable import Commentary

@Suite("Concordance (export hits)")
struct ConcordanceTests {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    func mark(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "\u{E000}").replacingOccurrences(of: "]", with: "\u{E001}")
    }

    @Test func contextCountsWordsAndNeverCutsOne() {
        let lines = Concordance.lines(
            mark("one two three-four five [six] seven, eight nine ten eleven"), open: Self.open, close: Self.close, window: 3)
        #expect(lines == [Concordance.Line(offset: 24, left: "two three-four five", match: "six", right: "seven, eight nine")])
    }

    /// The rest of the match's own run (a hyphen's other half, a comma) opens the right context or
    /// ends the left one, whole, and is not one of the window's words.
    @Test func theRestOfTheMatchsRunIsContextNotAWord() {
        let text = mark("Shipping firms say a [tariff]-heavy regime hurts. [Tariffs], they argue, raise prices in pro-[China] circles.")
        #expect(
            Concordance.lines(text, open: Self.open, close: Self.close, window: 3) == [
                Concordance.Line(offset: 21, left: "firms say a", match: "tariff", right: "-heavy regime hurts. Tariffs,"),
                Concordance.Line(offset: 48, left: "tariff-heavy regime hurts.", match: "Tariffs", right: ", they argue, raise"),
                Concordance.Line(offset: 89, left: "raise prices in pro-", match: "China", right: "circles."),
            ])
    }

    @Test func aWindowPastTheParagraphTakesWhatThereIs() {
        let lines = Concordance.lines(mark("[Tariffs] rose."), open: Self.open, close: Self.close, window: 10)
        #expect(lines == [Concordance.Line(offset: 0, left: "", match: "Tariffs", right: "rose.")])
    }

    /// Offsets count code points, as the archive's mention and date offsets do: "é" written as
    /// e + combining accent is two, an emoji one.
    @Test func offsetsCountCodePoints() {
        let text = "Caf\u{65}\u{301} 🎉 [forum] met"
        let lines = Concordance.lines(mark(text), open: Self.open, close: Self.close, window: 1)
        #expect(lines.map(\.offset) == [8])
        let plain = Array("Caf\u{65}\u{301} 🎉 forum met".unicodeScalars)
        #expect(String(String.UnicodeScalarView(plain[8..<13])) == "forum")
    }

    @Test func aPhraseHighlightedWordByWordIsOneMatch() {
        let lines = Concordance.lines(
            mark("at the [China]-[Russia] [Business] [Forum] in May; [China] again"), open: Self.open, close: Self.close, window: 2)
        #expect(lines.map(\.match) == ["China-Russia Business Forum", "China"])
        #expect(lines[0].left == "at the")
        #expect(lines[1].left == "in May;")
    }

    @Test func aWordRepeatedOrSetAfterAPunctuationMarkIsAMatchOfItsOwn() {
        let lines = Concordance.lines(
            mark("[tariffs], [tariffs] and more [tariffs]; it was [very] [very] slow"), open: Self.open, close: Self.close,
            window: 1)
        #expect(lines.map(\.match) == ["tariffs", "tariffs", "tariffs", "very", "very"])
        #expect(lines.map(\.offset) == [0, 9, 26, 42, 47])
    }

    @Test func sortWordsFoldCaseAndDropEdgePunctuation() {
        #expect(Concordance.sortWords("\"Élan,\" said (the) minister.") == ["elan", "said", "the", "minister"])
    }
}
