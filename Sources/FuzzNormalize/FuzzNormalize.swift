import Commentary
import Foundation
import FuzzSupport

/// Normalizing and extraction on arbitrary text, the articles checked against the archive's rules
/// (`ArticleChecks`). The first byte picks the shape a reader would hand over:
///
/// - `0` (or any byte ≡ 0 mod 3): plain text, as a `.txt` file gives it.
/// - `1`: blocks, one per line, as the HTML and JSON readers give them; a line opening with a byte
///   0x01…0x06 carries that paragraph kind as its hint (title, metadata, caption, editor's note,
///   body, trailer).
/// - `2`: metadata first: five lines give title, author, outlet, a publication date (read as the
///   readers read one) and a URL; the rest is the text.
enum Normalizing {
    static let normalizer = ArticleNormalizer()

    static func test(_ bytes: UnsafeRawBufferPointer) {
        guard let mode = bytes.first else { return }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        var raw = RawArticle(source: "fuzz", rawText: text, text: text)
        switch mode % 3 {
        case 1:
            raw.blocks = text.split(separator: "\n", omittingEmptySubsequences: false).map(block)
        case 2:
            var lines = text.split(separator: "\n", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            while lines.count < 6 { lines.append("") }
            let published = PublicationDate.parse(lines[3])
            raw.metadata = ArticleMetadata(
                title: lines[0], author: lines[1], outlet: lines[2], published: published.date,
                publishedTime: published.timestamp, url: lines[4])
            raw.text = lines[5]
        default:
            break
        }
        guard let article = try? normalizer.normalize(raw) else { return }
        ArticleChecks.verify(article)
    }

    /// A line as a block; a leading byte 0x01…0x06 is its kind hint.
    static func block(_ line: Substring) -> RawBlock {
        guard let first = line.unicodeScalars.first, (1...6).contains(first.value) else { return RawBlock(text: String(line)) }
        return RawBlock(text: String(line.unicodeScalars.dropFirst()), hint: ParagraphKind.allCases[Int(first.value) - 1])
    }
}

@main
enum FuzzNormalize {
    static func main() { FuzzHarness.run(Normalizing.test) }
}
