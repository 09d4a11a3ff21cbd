import Foundation

/// Scores extraction against a hand-annotated gold set (`Tests/Gold/*.json`): per article and in
/// total, precision, recall and F1 of typed entities and of dates; captions by text and credit;
/// title, author, outlet and publication date by exact match after folding.
public struct GoldScorer {
    /// One annotated article.
    public struct Annotation: Decodable, Sendable {
        public var file: String
        public var title: String?
        public var author: String?
        public var outlet: String?
        public var published: String?
        public var captions: [GoldCaption]
        public var entities: [[String]]
        public var dates: [String]
    }

    public struct GoldCaption: Decodable, Sendable, Hashable {
        public var text: String
        public var credit: String?
    }

    /// Counts for precision and recall.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        public var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        public var f1: Double {
            let p = precision
            let r = recall
            return p + r == 0 ? (truePositives + falsePositives + falseNegatives == 0 ? 1 : 0) : 2 * p * r / (p + r)
        }

        mutating func add<T: Hashable>(expected: Set<T>, found: Set<T>) {
            truePositives += expected.intersection(found).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
        }

        static func += (lhs: inout Counts, rhs: Counts) {
            lhs.truePositives += rhs.truePositives
            lhs.falsePositives += rhs.falsePositives
            lhs.falseNegatives += rhs.falseNegatives
        }
    }

    public struct ArticleScore: Sendable {
        public var file: String
        public var entities = Counts()
        public var dates = Counts()
        public var captionsMatched = 0
        public var captionsExpected = 0
        /// Field mismatches: "author: expected X, found Y".
        public var fieldErrors: [String] = []
        public var missingEntities: [String] = []
        public var extraEntities: [String] = []
        public var missingDates: [String] = []
        public var extraDates: [String] = []
        public var captionErrors: [String] = []
        public var failure: String?
    }

    public struct Report: Sendable {
        public var articles: [ArticleScore] = []
        public var entities = Counts()
        public var dates = Counts()
        public var captionsMatched = 0
        public var captionsExpected = 0
        public var fieldsCorrect = 0
        public var fieldsTotal = 0
        /// Articles whose field is right, by field: title, author, outlet, published.
        public var fieldCorrect: [String: Int] = [:]

        /// "title 12/14, author 9/14, …": each field's count over the articles.
        public var fieldSummary: String {
            GoldScorer.fieldNames.map { "\($0) \(fieldCorrect[$0, default: 0])/\(articles.count)" }.joined(separator: ", ")
        }

        public var fieldErrors: [String] { articles.flatMap { score in score.fieldErrors.map { "\(score.file): \($0)" } } }
    }

    static let fieldNames = ["title", "author", "outlet", "published"]

    let root: URL
    let normalizer = ArticleNormalizer()

    /// `root` is the folder the annotations' `file` paths are relative to.
    public init(root: URL) {
        self.root = root
    }

    public static func load(_ url: URL) throws -> [Annotation] {
        try JSONDecoder().decode([Annotation].self, from: Data(contentsOf: url))
    }

    public func score(_ annotations: [Annotation]) -> Report {
        var report = Report()
        for annotation in annotations {
            let score = score(annotation)
            report.entities += score.entities
            report.dates += score.dates
            report.captionsMatched += score.captionsMatched
            report.captionsExpected += score.captionsExpected
            report.fieldsTotal += 4
            // (An article that could not be read has no field right.)
            report.fieldsCorrect += score.failure == nil ? 4 - score.fieldErrors.count : 0
            for field in Self.fieldNames where !score.fieldErrors.contains(where: { $0.hasPrefix(field + ":") || score.failure != nil }) {
                report.fieldCorrect[field, default: 0] += 1
            }
            report.articles.append(score)
        }
        return report
    }

    func score(_ annotation: Annotation) -> ArticleScore {
        var score = ArticleScore(file: annotation.file)
        let article: Article
        do {
            article = try read(annotation.file)
        } catch {
            score.failure = "\(error)"
            score.fieldErrors.append("could not be read: \(error)")
            return score
        }
        for (field, expected, found) in [
            ("title", annotation.title, article.title), ("author", annotation.author, article.author),
            ("outlet", annotation.outlet, article.outlet), ("published", annotation.published, article.published),
        ]
        where expected.map(Self.fold) != found.map(Self.fold) {
            score.fieldErrors.append("\(field): expected \(expected ?? "null"), found \(found ?? "null")")
        }

        let expectedCaptions = Set(annotation.captions.map { Self.fold($0.text) + " | " + Self.fold($0.credit ?? "") })
        let foundCaptions = Set(article.captions.map { Self.fold($0.text) + " | " + Self.fold($0.credit ?? "") })
        score.captionsExpected = expectedCaptions.count
        score.captionsMatched = expectedCaptions.intersection(foundCaptions).count
        score.captionErrors =
            expectedCaptions.subtracting(foundCaptions).sorted().map { "missing caption: \($0)" }
            + foundCaptions.subtracting(expectedCaptions).sorted().map { "extra caption: \($0)" }

        let expectedEntities = Set(
            annotation.entities.compactMap { pair -> String? in
                pair.count == 2 ? Self.canonical(pair[0]) + " (" + pair[1] + ")" : nil
            })
        let foundEntities = Set(article.mentions.map { Self.canonical($0.name) + " (" + $0.kind.rawValue + ")" })
        score.entities.add(expected: expectedEntities, found: foundEntities)
        score.missingEntities = expectedEntities.subtracting(foundEntities).sorted()
        score.extraEntities = foundEntities.subtracting(expectedEntities).sorted()

        let expectedDates = Set(annotation.dates)
        let foundDates = Set(article.dates.compactMap(\.value))
        score.dates.add(expected: expectedDates, found: foundDates)
        score.missingDates = expectedDates.subtracting(foundDates).sorted()
        score.extraDates = foundDates.subtracting(expectedDates).sorted()
        return score
    }

    /// Reads `path` (or `path#N` / `path#ID` for a JSON Lines record) with the importer's readers.
    func read(_ reference: String) throws -> Article {
        let parts = reference.split(separator: "#", maxSplits: 1).map(String.init)
        let path = parts[0]
        let data = try Data(contentsOf: root.appending(path: path))
        let text = String(decoding: data, as: UTF8.self)
        let format = InputFormat.forPath(path) ?? .text
        let raw: RawArticle
        switch format {
        case .text:
            raw = RawArticle(source: path, rawText: text, text: text)
        case .html:
            raw = try HTMLArticleReader.read(text, source: path).get()
        case .json:
            guard
                let first = JSONArticleReader.readDocument(text, file: path).articles.first(where: {
                    parts.count == 1 || $0.source == reference
                })
            else { throw CommentaryError.input(location: reference, reason: "no such record") }
            raw = first
        case .jsonl:
            var found: RawArticle?
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                if case .success(let record) = JSONArticleReader.readLine(
                    line, file: path, number: index + 1, location: "\(path):\(index + 1)"),
                    record.source == reference || reference == "\(path)#\(index + 1)"
                {
                    found = record
                }
            }
            guard let found else { throw CommentaryError.input(location: reference, reason: "no such record") }
            raw = found
        case .csv, .tsv, .docx:
            throw CommentaryError.input(location: reference, reason: "the gold sets hold no \(format.rawValue) input")
        }
        return try normalizer.normalize(raw)
    }

    /// Case, diacritics, curly quotes and dashes folded; whitespace collapsed.
    static func fold(_ text: String) -> String {
        let plain = SearchQuery.fold(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An entity name folded and mapped through the gazetteer's aliases, without "the" or a possessive.
    static func canonical(_ name: String) -> String {
        var name = name
        if name.hasPrefix("the ") || name.hasPrefix("The ") { name.removeFirst(4) }
        if name.hasSuffix("'s") || name.hasSuffix("’s") { name.removeLast(2) }
        if let entry = Gazetteer.shared.lookup(name) { name = entry.name }
        return fold(name)
    }
}
