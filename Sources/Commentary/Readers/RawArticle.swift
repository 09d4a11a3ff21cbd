/// Metadata an input states about an article (HTML meta tags, JSON fields). Whatever is given here
/// wins over what the normalizer reads from the text; an empty field falls back to the text.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var outlet: String?
    /// Local date as written, `YYYY-MM-DD`.
    public var published: String?
    /// The timestamp as given, if any.
    public var publishedTime: String?
    public var url: String?
    public var language: String?

    public init(
        title: String? = nil, author: String? = nil, outlet: String? = nil, published: String? = nil,
        publishedTime: String? = nil, url: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.author = author
        self.outlet = outlet
        self.published = published
        self.publishedTime = publishedTime
        self.url = url
        self.language = language
    }
}

/// A block of article text a reader found, with the kind its markup implies, if any
/// (an HTML `<figcaption>` is a caption whether or not it carries a credit).
public struct RawBlock: Sendable, Equatable {
    public var text: String
    public var hint: ParagraphKind?
    /// A subhead of the page (`<h2>` … `<h6>`): a block with nothing after it is no part of the story.
    var isHeading = false
    /// Of a caption, the words of its credit as the page marks them in an element of their own
    /// (`itemprop="copyrightHolder"`, `<span class="photo-credit">`), which end (or open) `text`:
    /// a credit no form tells, a photographer's name alone.
    public var credit: String?

    public init(text: String, hint: ParagraphKind? = nil) {
        self.text = text
        self.hint = hint
    }

    init(heading text: String) {
        self.text = text
        isHeading = true
    }
}

/// One article as a reader found it, before normalization.
public struct RawArticle: Sendable, Equatable {
    /// Where it came from: `Samples/a.txt`, `feed.jsonl#12`, `stdin#3f2a…`.
    public var source: String
    /// The input as read (the text file, the HTML page, the JSON record), kept for reprocessing.
    public var rawText: String
    /// The article's text: one paragraph per line or blank-line separated blocks.
    public var text: String
    /// Pre-split blocks with kind hints, when the format has structure (HTML); else nil and `text` is split.
    public var blocks: [RawBlock]?
    public var metadata: ArticleMetadata
    /// The format the input was read as; stored, so reprocessing reads `rawText` the same way.
    public var format: InputFormat?
    /// A record with neither an id nor a url: named by its text once normalized, `source` + `#` +
    /// the first 12 hex digits of its content hash (`RecordIdentity`).
    public var namedByText = false
    /// The positional name versions up to 0.2 gave a record without an id (`FILE#N`).
    public var positionalSource: String?
    /// What the reader says of the input beside the article (a date it could not read), for the
    /// import's report; `ReadOutcome.collect` gathers them.
    public var warnings: [String] = []

    public init(
        source: String, rawText: String, text: String, blocks: [RawBlock]? = nil,
        metadata: ArticleMetadata = ArticleMetadata()
    ) {
        self.source = source
        self.rawText = rawText
        self.text = text
        self.blocks = blocks
        self.metadata = metadata
    }
}

extension RawArticle {
    /// Removes NUL characters from everything the article would store (a JSON `\u0000` decodes to
    /// one); returns how many there were. See `TextDecoding` for why none is ever stored.
    mutating func dropNUL() -> Int {
        var count = TextCleaner.dropNUL(&text) + TextCleaner.dropNUL(&rawText) + TextCleaner.dropNUL(&source)
        if var given = blocks {
            for index in given.indices { count += TextCleaner.dropNUL(&given[index].text) }
            blocks = given
        }
        for field in [
            \ArticleMetadata.title, \.author, \.outlet, \.published, \.publishedTime, \.url, \.language,
        ] {
            guard var value = metadata[keyPath: field] else { continue }
            count += TextCleaner.dropNUL(&value)
            metadata[keyPath: field] = value
        }
        return count
    }
}
