/// The kind of a paragraph, as stored in `paragraphs.kind`.
public enum ParagraphKind: String, CaseIterable, Sendable, Codable {
    case title
    case metadata
    case caption
    case editorNote = "editor_note"
    case body
    case trailer

    /// The kinds searched when the user names none: everything but metadata lines and the
    /// contribution trailer that every piece of some outlets carries.
    public static let defaultScope: [ParagraphKind] = [.title, .body, .caption, .editorNote]

    /// Parses a comma-separated list such as `title,body` or `all`.
    public static func parseList(_ text: String) throws(CommentaryError) -> [ParagraphKind] {
        let names = text.split(separator: ",").map { $0.trimmingSpaces().lowercased() }
        if names.contains("all") { return allCases }
        var kinds: [ParagraphKind] = []
        for name in names where !name.isEmpty {
            let normalized = name.replacingOccurrences(of: "-", with: "_")
            guard let kind = ParagraphKind(rawValue: normalized) ?? (normalized == "note" ? .editorNote : nil) else {
                throw .usage(
                    "unknown paragraph kind '\(name)'; expected one of: \(allCases.map(\.rawValue).joined(separator: ", ")), or all")
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        guard !kinds.isEmpty else { throw .usage("--in needs at least one paragraph kind") }
        return kinds
    }
}

/// The kind of a named entity, as stored in `entities.kind`.
public enum EntityKind: String, CaseIterable, Sendable, Codable {
    case person
    case organization
    case location
    case event
}

/// One paragraph of a normalized article.
public struct Paragraph: Sendable, Equatable {
    public var kind: ParagraphKind
    public var text: String

    public init(kind: ParagraphKind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A photo caption: the paragraph it stands in, its text without the credit, the credit and date.
public struct Caption: Sendable, Equatable {
    /// Index into `Article.paragraphs`.
    public var paragraphIndex: Int
    public var text: String
    public var credit: String?
    /// ISO `YYYY-MM-DD` (or coarser) date the caption states.
    public var date: String?

    public init(paragraphIndex: Int, text: String, credit: String?, date: String?) {
        self.paragraphIndex = paragraphIndex
        self.text = text
        self.credit = credit
        self.date = date
    }
}

/// A span of a paragraph's text, in Unicode code points from 0.
public struct TextSpan: Sendable, Equatable, Hashable {
    public var paragraphIndex: Int
    public var start: Int
    public var length: Int

    public init(paragraphIndex: Int, start: Int, length: Int) {
        self.paragraphIndex = paragraphIndex
        self.start = start
        self.length = length
    }
}

/// One mention of a named entity.
public struct EntityMention: Sendable, Equatable {
    /// Canonical name, e.g. "Xi Jinping" for a mention "President Xi".
    public var name: String
    public var kind: EntityKind
    public var span: TextSpan
    public var surface: String

    public init(name: String, kind: EntityKind, span: TextSpan, surface: String) {
        self.name = name
        self.kind = kind
        self.span = span
        self.surface = surface
    }
}

/// How precise a date value is.
public enum DatePrecision: String, CaseIterable, Sendable, Codable {
    case day, month, year
}

/// How a date's value was obtained.
public enum DateResolution: String, CaseIterable, Sendable, Codable {
    /// Fully stated in the text ("May 24, 2023").
    case absolute
    /// Month and day stated, year taken from the reference date ("May 23").
    case inferredYear = "inferred_year"
    /// Computed from the reference date ("last year", "March of this year").
    case relative
    /// Relative or year-less, and the article has no reference date.
    case unresolved
}

/// Which date a partial or relative date was resolved against.
public enum DateAnchor: String, CaseIterable, Sendable, Codable {
    case published, caption
}

/// One date the text mentions.
public struct DateMention: Sendable, Equatable {
    public var span: TextSpan
    public var surface: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil when unresolved.
    public var value: String?
    public var precision: DatePrecision
    public var resolution: DateResolution
    public var anchor: DateAnchor?

    public init(
        span: TextSpan, surface: String, value: String?, precision: DatePrecision,
        resolution: DateResolution, anchor: DateAnchor?
    ) {
        self.span = span
        self.surface = surface
        self.value = value
        self.precision = precision
        self.resolution = resolution
        self.anchor = anchor
    }
}

/// A fully normalized article: a pure value, ready for the store.
public struct Article: Sendable, Equatable {
    public var source: String
    /// SHA-256 of the normalized text, lowercase hex.
    public var contentHash: String
    public var title: String?
    public var author: String?
    public var authorDescription: String?
    public var outlet: String?
    /// Local date as written, `YYYY-MM-DD`.
    public var published: String?
    /// The timestamp as given by the source, if any.
    public var publishedTime: String?
    public var url: String?
    public var language: String?
    /// The input as read, for reprocessing.
    public var rawText: String
    /// The format `rawText` was read as (nil when not known).
    public var inputFormat: InputFormat?
    /// For a record named by its url or text: the name versions up to 0.2 gave it, its position
    /// in its file (`FILE#N`), so an archive that holds that name finds the record again.
    public var positionalSource: String?
    /// `source` with its file's resolved path (absolute, links followed) in place of the path as
    /// given: the same file is the same source however its path was spelled. Nil for standard input.
    public var resolvedSource: String?
    public var paragraphs: [Paragraph]
    public var captions: [Caption]
    public var mentions: [EntityMention]
    public var dates: [DateMention]

    public init(
        source: String, contentHash: String, title: String? = nil, author: String? = nil,
        authorDescription: String? = nil, outlet: String? = nil, published: String? = nil,
        publishedTime: String? = nil, url: String? = nil, language: String? = nil,
        rawText: String, paragraphs: [Paragraph] = [], captions: [Caption] = [],
        mentions: [EntityMention] = [], dates: [DateMention] = []
    ) {
        self.source = source
        self.contentHash = contentHash
        self.title = title
        self.author = author
        self.authorDescription = authorDescription
        self.outlet = outlet
        self.published = published
        self.publishedTime = publishedTime
        self.url = url
        self.language = language
        self.rawText = rawText
        self.paragraphs = paragraphs
        self.captions = captions
        self.mentions = mentions
        self.dates = dates
    }
}
