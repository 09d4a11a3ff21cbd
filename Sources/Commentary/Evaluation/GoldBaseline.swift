import Foundation

/// The regression net under extraction: the per-article scores and a digest of everything the
/// extractor produced for the gold sets, recorded with the extractor version that produced them
/// (`Tests/Gold/baseline.json`, written by `make gold-baseline`).
///
/// A change passes only when no article's entity or date F1 drops by more than half a point, no
/// caption or field is lost, and the output is unchanged unless `extractorVersion` was bumped (and
/// the baseline recorded again), so `reprocess --stale` always finds what an older extractor wrote.
public struct GoldBaseline: Codable, Sendable, Equatable {
    public struct ArticleFigures: Codable, Sendable, Equatable {
        public var entitiesF1: Double
        public var datesF1: Double
        public var captions: Int
        public var fields: Int
    }

    public var extractorVersion: Int
    /// SHA-256 of the extraction of every gold article, in a canonical text form.
    public var digest: String
    /// Per article, for the sets whose articles may be looked at.
    public var articles: [String: ArticleFigures]
    /// Totals only, for the sealed set: its articles are not looked at one by one.
    public var sealedEntitiesF1: Double?
    public var sealedDatesF1: Double?

    /// Largest drop in an F1 that is not a regression: half a point.
    public static let tolerance = 0.005

    public init(report: GoldScorer.Report, digest: String, sealed: GoldScorer.Report?) {
        extractorVersion = ArticleNormalizer.extractorVersion
        self.digest = digest
        articles = Dictionary(
            uniqueKeysWithValues: report.articles.map { score in
                (
                    score.file,
                    ArticleFigures(
                        entitiesF1: Self.rounded(score.entities.f1), datesF1: Self.rounded(score.dates.f1),
                        captions: score.captionsMatched, fields: 4 - score.fieldErrors.count)
                )
            })
        sealedEntitiesF1 = sealed.map { Self.rounded($0.entities.f1) }
        sealedDatesF1 = sealed.map { Self.rounded($0.dates.f1) }
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// Every way `report` (and the digest of its output) falls short of this baseline; empty when
    /// it does not.
    public func regressions(_ report: GoldScorer.Report, digest: String, sealed: GoldScorer.Report?) -> [String] {
        var found: [String] = []
        for score in report.articles {
            guard let before = articles[score.file] else {
                found.append("\(score.file): not in the baseline; run 'make gold-baseline' to record it")
                continue
            }
            let entities = Self.rounded(score.entities.f1)
            let dates = Self.rounded(score.dates.f1)
            if entities < before.entitiesF1 - Self.tolerance {
                found.append("\(score.file): entity F1 \(percent(before.entitiesF1)) → \(percent(entities))")
            }
            if dates < before.datesF1 - Self.tolerance {
                found.append("\(score.file): date F1 \(percent(before.datesF1)) → \(percent(dates))")
            }
            if score.captionsMatched < before.captions {
                found.append("\(score.file): captions with credit \(before.captions) → \(score.captionsMatched)")
            }
            if 4 - score.fieldErrors.count < before.fields {
                found.append(
                    "\(score.file): fields right \(before.fields) → \(4 - score.fieldErrors.count) (\(score.fieldErrors.joined(separator: "; ")))"
                )
            }
        }
        if let sealed, let entities = sealedEntitiesF1, let dates = sealedDatesF1 {
            if Self.rounded(sealed.entities.f1) < entities - Self.tolerance {
                found.append("sealed set: entity F1 \(percent(entities)) → \(percent(sealed.entities.f1))")
            }
            if Self.rounded(sealed.dates.f1) < dates - Self.tolerance {
                found.append("sealed set: date F1 \(percent(dates)) → \(percent(sealed.dates.f1))")
            }
        }
        if ArticleNormalizer.extractorVersion != extractorVersion {
            found.append(
                "extractorVersion is \(ArticleNormalizer.extractorVersion) but the baseline was recorded at \(extractorVersion): run 'make gold-baseline'"
            )
        } else if digest != self.digest {
            found.append(
                "extraction output changed but extractorVersion (\(extractorVersion)) did not: bump it in ArticleNormalizer so 'reprocess --stale' finds stored articles, then run 'make gold-baseline'"
            )
        }
        return found
    }

    func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

extension GoldScorer {
    /// SHA-256 of what extraction makes of every annotated article: fields, paragraphs with their
    /// kinds, captions, mentions and dates, in order, one line each.
    public func digest(_ annotations: [Annotation]) -> String {
        var lines: [String] = []
        for annotation in annotations {
            lines.append("# \(annotation.file)")
            guard let article = try? read(annotation.file) else {
                lines.append("unreadable")
                continue
            }
            lines.append(
                [article.title, article.author, article.authorDescription, article.outlet, article.published, article.language]
                    .map { $0 ?? "-" }.joined(separator: " | "))
            for paragraph in article.paragraphs { lines.append("p \(paragraph.kind.rawValue) \(paragraph.text)") }
            for caption in article.captions {
                lines.append("c \(caption.paragraphIndex) \(caption.text) | \(caption.credit ?? "-") | \(caption.date ?? "-")")
            }
            for mention in article.mentions {
                lines.append(
                    "m \(mention.span.paragraphIndex) \(mention.span.start) \(mention.span.length) \(mention.kind.rawValue) \(mention.name) | \(mention.surface)"
                )
            }
            for date in article.dates {
                lines.append(
                    "d \(date.span.paragraphIndex) \(date.span.start) \(date.span.length) \(date.value ?? "-") \(date.precision.rawValue) \(date.resolution.rawValue) \(date.anchor?.rawValue ?? "-") | \(date.surface)"
                )
            }
        }
        return SHA256.hex(lines.joined(separator: "\n"))
    }
}
