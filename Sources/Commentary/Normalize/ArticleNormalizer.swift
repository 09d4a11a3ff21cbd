import Foundation

/// Turns a `RawArticle` into a complete `Article`: paragraphs with kinds, captions with credits and
/// dates, the editor's note's author and outlet, entities with mentions, and resolved dates.
/// Pure: no database, no file system; safe to run on many threads at once.
public struct ArticleNormalizer: Sendable {
    /// Bumped whenever extraction changes what it produces, so `reprocess` can find stale articles.
    public static let extractorVersion = 62

    public var entityExtractor: EntityExtractor

    public init(aliases: AliasTable = AliasTable()) {
        entityExtractor = EntityExtractor(aliases: aliases)
    }

    public func normalize(_ raw: RawArticle) throws(CommentaryError) -> Article {
        // A caption's controls and its labels for the ear ("hide caption", "Image caption, "),
        // read with its words from a page, are no part of it.
        let (classified, markedCredits) = ParagraphSplitter.classify(raw)
        var paragraphs = classified.compactMap { paragraph -> Paragraph? in
            guard paragraph.kind == .caption else { return paragraph }
            let text = CaptionParser.withoutControls(paragraph.text)
            return text.isEmpty ? nil : Paragraph(kind: .caption, text: text)
        }
        guard paragraphs.contains(where: { $0.kind != .trailer && $0.kind != .metadata }) else {
            let blank = raw.text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            throw .input(
                location: raw.source,
                reason: blank ? "no article text" : "no visible text (only spaces, zero-width, formatting or control characters)")
        }

        var article = Article(source: raw.source, contentHash: "", rawText: raw.rawText)
        article.inputFormat = raw.format
        let given = raw.metadata

        // A line of the header that is only the name the source states as the author or the
        // outlet ("The Yomiuri Shimbun" over the paper's editorial) is its byline, no story.
        let statedNames = [given.author, given.outlet].compactMap { nonEmpty($0)?.lowercased() }
        for index in paragraphs.indices.prefix(MetadataLine.headerLines) where paragraphs[index].kind == .body {
            let text = paragraphs[index].text
            if ASCIIMatch.spaceSeparatedWords(text) >= MetadataLine.storyWords { break }
            if statedNames.contains(text.trimmingSpaces().lowercased()) { paragraphs[index].kind = .metadata }
        }

        // A writer's name alone on a line of the header, borne out by the date beside it or by the
        // text naming them again: the byline.
        let bareBylines = MetadataLine.markBareBylines(in: &paragraphs)

        // Metadata lines: the publication date ("Updated 09:05, 19-Oct-2023") and a byline.
        var noteAuthor: String?
        var published: String?
        var publishedTime: String?
        var lineOutlet: String?
        for (index, paragraph) in paragraphs.enumerated() where paragraph.kind == .metadata {
            if let name = bareBylines[index] {
                noteAuthor = noteAuthor ?? name
                continue
            }
            guard let fields = MetadataLine.fields(paragraph.text) else { continue }
            if published == nil, let stamp = fields.stamp {
                published = MetadataLine.day(stamp)
                publishedTime = published == nil ? nil : stamp
            }
            if let byline = fields.byline {
                // "By Global Times": a newspaper's own byline names the outlet, not an author.
                if Gazetteer.shared.lookup(byline)?.kind == .organization {
                    lineOutlet = lineOutlet ?? byline
                } else {
                    noteAuthor = noteAuthor ?? byline
                }
            }
            lineOutlet = lineOutlet ?? fields.source
        }

        // The publication's name over the headline ("The Commons Review", the first part of a
        // path of sections, "Die Wochenpost › Wirtschaft"), or as the voice of an unsigned
        // editorial in the header ("The Harbour Herald's View").
        for index in paragraphs.indices.prefix(MetadataLine.headerLines) {
            let text = paragraphs[index].text
            if paragraphs[index].kind == .body, ASCIIMatch.spaceSeparatedWords(text) >= MetadataLine.storyWords { break }
            if paragraphs[index].kind == .metadata {
                let first =
                    SectionLabel.isBreadcrumb(text) ? text.split(whereSeparator: { ">›»".contains($0) }).first.map(String.init) : text
                if let name = first.flatMap({ SectionLabel.publicationLine($0.trimmingSpaces()) }) {
                    lineOutlet = lineOutlet ?? name
                }
            } else if paragraphs[index].kind == .body, text.lowercased().hasSuffix("s view"), let name = SectionLabel.publicationLine(text)
            {
                paragraphs[index].kind = .metadata
                lineOutlet = lineOutlet ?? name
            }
        }

        // A closing line about the writer ("Marisol Quintero is a senior fellow at …", "Cassandra
        // Lowe covers Metro government for The Tennessean.") is the editor's note, not the story.
        let givenAuthor = nonEmpty(given.author).map(MetadataLine.namesTitleCased)
        EditorNoteParser.markClosingBio(in: &paragraphs, authors: givenAuthor ?? noteAuthor)

        // The editor's note: author, description, outlet.
        var note = EditorNoteParser.Note()
        for paragraph in paragraphs where paragraph.kind == .editorNote {
            let parsed = EditorNoteParser.parse(paragraph.text)
            note.author = note.author ?? parsed.author
            note.description = note.description ?? parsed.description
            note.outlet = note.outlet ?? parsed.outlet
        }

        // Title: the source's, else a title paragraph. A source title not present in the text is
        // added as the first paragraph so it is searchable and its entities are found.
        if let title = nonEmpty(given.title) {
            article.title = title
            if paragraphs.contains(where: { $0.kind == .title }) {
                // The text carries its own title line; it stays as written.
            } else if paragraphs.first?.text != title {
                paragraphs.insert(Paragraph(kind: .title, text: title), at: 0)
            } else {
                paragraphs[0].kind = .title
            }
        } else {
            let line = paragraphs.first(where: { $0.kind == .title })?.text
            article.title = line.map(SectionLabel.headline)
            // (The site's name closing a browser tab's title: "Opinion | … - The Washington Post".)
            if let line, let site = SectionLabel.siteAfterTitle(line) {
                lineOutlet = lineOutlet ?? site.trimming(.dashesAndBars)
            }
        }

        article.paragraphs = paragraphs
        // Else the reporters the story credits in its text: a Chinese story in brackets at its
        // start or end, a wire story in its closing line.
        let body = paragraphs.filter { $0.kind == .body }
        article.author =
            givenAuthor ?? note.author ?? noteAuthor
            ?? ChineseByline.reporterCredit(first: body.first?.text, last: body.last?.text)
            ?? paragraphs.lazy.filter { $0.kind == .trailer }.compactMap { Trailer.wireReporters($0.text) }.first
        article.authorDescription = note.description
        article.outlet = nonEmpty(given.outlet) ?? note.outlet ?? lineOutlet ?? Trailer.outlet(paragraphs)
        article.published =
            nonEmpty(given.published) ?? published
            ?? paragraphs.lazy.filter { $0.kind == .trailer || $0.kind == .body }.suffix(3).compactMap { Trailer.firstPublished($0.text) }
            .first
        article.publishedTime = nonEmpty(given.publishedTime) ?? (given.published == nil ? publishedTime : nil)
        article.url = nonEmpty(given.url)
        article.language = nonEmpty(given.language) ?? LanguageGuess.guess(paragraphs)
        article.contentHash = SHA256.hex(paragraphs.map(\.text).joined(separator: "\n"))

        // Captions, each with the date it states.
        // (A credit on a line of its own over its caption, as the BBC sets it, waits for it.)
        var creditAbove: (index: Int, credit: String)?
        for (index, paragraph) in paragraphs.enumerated() where paragraph.kind == .caption {
            let split =
                markedCredits[paragraph.text].flatMap { CaptionParser.split(paragraph.text, markedCredit: $0) }
                ?? CaptionParser.split(paragraph.text) ?? CaptionParser.splitAgencyAfterCaption(paragraph.text)
            // A credit on a line of its own under its caption ("Caleb Kenna for NPR") or over it is
            // that caption's credit, not a caption.
            if split == nil, CaptionParser.isBareCredit(paragraph.text) {
                // Over the next caption when one without a credit follows (the BBC's figures one
                // after another), else under the one before.
                if index + 1 < paragraphs.count, paragraphs[index + 1].kind == .caption,
                    CaptionParser.split(paragraphs[index + 1].text) == nil, !CaptionParser.isBareCredit(paragraphs[index + 1].text)
                {
                    creditAbove = (index, paragraph.text)
                    continue
                }
                if let last = article.captions.last, last.paragraphIndex == index - 1, last.credit == nil {
                    article.captions[article.captions.count - 1].credit = paragraph.text
                    continue
                }
            }
            let text = CaptionParser.withoutOpeningLabel(split?.text ?? paragraph.text)
            let date = DateExtractor.firstAbsoluteDate(in: text)
            let credit = (split?.credit ?? creditAbove.flatMap { $0.index == index - 1 ? $0.credit : nil }).map(CaptionParser.tidyCredit)
            article.captions.append(Caption(paragraphIndex: index, text: text, credit: credit, date: date))
        }

        // The reference date for partial and relative dates: publication, else a caption's date.
        let reference: ReferenceDate? =
            if let published = article.published, let date = SimpleDate(iso: published) {
                ReferenceDate(date: date, anchor: .published)
            } else if let stated = article.captions.lazy.compactMap({ $0.date.flatMap(SimpleDate.init(iso:)) }).first {
                ReferenceDate(date: stated, anchor: .caption)
            } else {
                nil
            }

        // One paragraph's code points and tokens at a time: a long text never holds them all at once.
        let authors = article.author.map { $0.components(separatedBy: "; ") } ?? []
        var candidates: [EntityExtractor.Candidate] = []
        var dates: [[DateMention]] = []
        for index in paragraphs.indices {
            guard let analyzed = AnalyzedParagraph.analyze(paragraphs[index], at: index, captions: article.captions) else { continue }
            dates.append(DateExtractor.extract([analyzed], reference: reference))
            candidates += entityExtractor.candidates([analyzed], authors: authors, outlet: article.outlet)
        }
        // Sized once: a long text states hundreds of thousands of dates.
        article.dates.reserveCapacity(dates.reduce(0) { $0 + $1.count })
        for found in dates { article.dates += found }
        // A "name" by its shape alone made of words the text itself writes in lower case
        // ("Affordable Housing", "Special Account"), or opened by an article ("Die Schuldenbremse",
        // "Una"), is no person.
        if candidates.contains(where: { $0.kind == .person && !$0.titled }) {
            // (Only the candidates' own words are asked about.)
            let asked = Set(
                candidates.lazy.filter { $0.kind == .person && !$0.titled }.flatMap { $0.name.split(separator: " ") }.map {
                    $0.lowercased()
                })
            let lowerCase = MetadataLine.lowerCaseWords(paragraphs, among: asked)
            candidates.removeAll { candidate in
                guard candidate.kind == .person, !candidate.titled, !authors.contains(candidate.name),
                    Gazetteer.shared.lookup(candidate.name) == nil
                else { return false }
                let words = candidate.name.split(separator: " ")
                return words.first.map { Self.articles.contains($0.lowercased()) } == true
                    || words.count >= 2 && words.allSatisfy { lowerCase.contains($0.lowercased()) }
            }
        }
        article.mentions = entityExtractor.resolve(candidates, authors: authors)
        return article
    }

    /// Articles and determiners of the languages whose nouns are capitalized or whose names may
    /// follow them: a person's name never opens with one.
    static let articles: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "la", "el", "le", "les", "los", "las",
        "una", "un", "une", "il", "lo", "gli", "het", "een", "the", "a", "an",
    ]

    /// A metadata value on one line: cleaned, line breaks and runs of spaces made one space.
    private func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let line = TextCleaner.clean(value).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return line.isEmpty ? nil : line
    }
}

/// Splits article text into paragraphs and gives each its kind.
enum ParagraphSplitter {
    /// The paragraphs, and the credits the page's markup names for its captions, by the
    /// caption's text (`RawBlock.credit`).
    static func classify(_ raw: RawArticle) -> (paragraphs: [Paragraph], credits: [String: String]) {
        let blocks: [RawBlock]
        var cleanedText = ""
        if let given = raw.blocks {
            blocks = given.map { block in
                var cleaned = RawBlock(text: TextCleaner.clean(block.text), hint: block.hint)
                cleaned.credit = block.credit.map { TextCleaner.clean($0) }
                return cleaned
            }
        } else {
            cleanedText = TextCleaner.clean(raw.text)
            blocks = split(cleanedText).map { RawBlock(text: $0) }
        }
        var paragraphs: [Paragraph] = []
        var credits: [String: String] = [:]
        // Labels above the headline ("Opinion", then a topic): metadata, up to `labelsAboveTitle`.
        var labels = 0
        // Captions, date lines, bylines and editor's notes may come before the headline.
        var leading = 0
        for (index, block) in blocks.enumerated() {
            let text = Substring(block.text).trimmingWhitespace()
            guard !text.isEmpty, VisibleText.contains(String(text)) else { continue }
            if let credit = block.credit, block.hint == .caption {
                credits[CaptionParser.withoutControls(String(text))] = credit
            }
            for piece in pieces(text) {
                // A section label above the headline ("Opinion", "COMMENTARY") is no title: the
                // line after it may be. So is a short topic's over a headline ("Rivers").
                let beforeTitle =
                    paragraphs.count == labels + leading && labels <= SectionLabel.labelsAboveTitle && leading <= leadingLines
                if block.hint == nil, beforeTitle,
                    SectionLabel.isLabel(piece) || SectionLabel.isBreadcrumb(piece)
                        || SectionLabel.isTopic(piece) && headlineFollows(blocks[(index + 1)...])
                        || SectionLabel.isShortKicker(piece) && titleCaseHeadlineFollows(blocks[(index + 1)...])
                        || SectionLabel.publicationLine(piece) != nil && titleFollows(blocks[(index + 1)...])
                {
                    labels += 1
                    paragraphs.append(Paragraph(kind: .metadata, text: piece))
                    continue
                }
                let kind = block.hint ?? kind(of: piece, isFirst: beforeTitle)
                // A photo's caption and its credit, pasted as two lines next to each other
                // ("Grain terminal in Novorossiysk" over "© Dmitry Korolev/TASS"): one caption. A
                // story's paragraph of sentences, or one a blank line sets apart, is none.
                if raw.blocks == nil, kind == .body || kind == .caption, let last = paragraphs.last, last.kind == .body,
                    (3...captionWords).contains(ASCIIMatch.spaceSeparatedWords(last.text)), sentenceBreaks(in: last.text) == 0,
                    CaptionParser.isLabelledCreditLine(piece), cleanedText.contains(last.text + "\n" + piece),
                    // (A rights line that closes the text is the page's notice.)
                    !piece.hasPrefix("©") || blocks[(index + 1)...].contains(where: { !$0.text.allSatisfy(\.isWhitespace) })
                {
                    paragraphs[paragraphs.count - 1] = Paragraph(kind: .caption, text: last.text + " " + piece)
                    if paragraphs.count == labels + leading + 1 { leading += 1 }
                    continue
                }
                if [.caption, .metadata, .editorNote].contains(kind), paragraphs.count == labels + leading { leading += 1 }
                paragraphs.append(Paragraph(kind: kind, text: piece))
            }
        }
        // The topics a page lists under such a heading, a line each ("Explore more on these
        // topics", "Rivers", "Environment"): the heading's, up to a line of the story's.
        var listing = false
        for index in paragraphs.indices {
            let text = paragraphs[index].text
            if paragraphs[index].kind == .trailer {
                listing = Trailer.topicHeadings.contains(text.lowercased().trimming(.spacesPeriodsAndColons))
            } else if listing, paragraphs[index].kind == .body, text.count <= 40, ASCIIMatch.spaceSeparatedWords(text) <= 4,
                !HTMLArticleReader.endsSentence(text)
            {
                paragraphs[index].kind = .trailer
            } else {
                listing = false
            }
        }
        return (paragraphs, credits)
    }

    /// The most lines of captions, dates, bylines and notes read above a headline.
    static let leadingLines = 4

    /// Whether a line that reads as a headline follows, past more labels' lines ("Meinung", then
    /// "Haushaltsstreit der Ampel", then the headline).
    static func headlineFollows(_ blocks: ArraySlice<RawBlock>) -> Bool {
        for block in blocks.lazy.filter({ !$0.text.allSatisfy(\.isWhitespace) }).prefix(SectionLabel.labelsAboveTitle) {
            if SectionLabel.isHeadline(block.text) { return true }
            // (A date line between the labels and the headline: "8 de mayo de 2024 14:35 GMT".)
            if MetadataLine.fields(block.text)?.stamp != nil { continue }
            guard SectionLabel.isTopic(block.text) || SectionLabel.isLabel(block.text) || SectionLabel.isBreadcrumb(block.text) else {
                return false
            }
        }
        return false
    }

    /// Whether the next line is a headline in title case ("Belt and Road" over "Rail Link Turns
    /// Laos From Landlocked to Land-Linked"): a deck under a short headline is in sentence case
    /// ("Democracy Under Siege" over "How gerrymandering, money and apathy are …").
    static func titleCaseHeadlineFollows(_ blocks: ArraySlice<RawBlock>) -> Bool {
        guard let next = blocks.first(where: { !$0.text.allSatisfy(\.isWhitespace) })?.text else { return false }
        let line = String(Substring(next).trimmingWhitespace())
        guard SectionLabel.isHeadline(line) else { return false }
        let long = line.split(separator: " ").filter { $0.filter(\.isLetter).count >= 4 }
        return long.count >= 3 && long.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether the next line reads as a title under a publication's name ("The Long Ledger" over
    /// "The missing rung"): two words or more, no sentence's end, no date or label.
    static func titleFollows(_ blocks: ArraySlice<RawBlock>) -> Bool {
        guard let next = blocks.first(where: { !$0.text.allSatisfy(\.isWhitespace) })?.text else { return false }
        let line = String(Substring(next).trimmingWhitespace())
        return line.split(separator: " ").count >= 2 && looksLikeTitle(line) && !MetadataLine.isMetadata(line)
            && !SectionLabel.isLabel(line) && SectionLabel.publicationLine(line) == nil
    }

    /// The most words of a caption over a credit on a line of its own.
    static let captionWords = 40

    /// Longest paragraph kept whole, in code points.
    static let longestParagraph = 10_000

    /// A paragraph longer than `longestParagraph` code points, cut into pieces no longer than
    /// that: at the last sentence end in the second half of each stretch, else at the last white
    /// space there, else (one endless word) at the limit. Every piece is at least half the limit
    /// long but the last, so the cutting is linear. Only white space is lost at a cut.
    static func pieces(_ text: Substring, limit: Int = longestParagraph) -> [String] {
        guard text.utf8.count > limit else { return [String(text)] }
        let scalars = text.unicodeScalars
        var pieces: [String] = []
        var start = scalars.startIndex
        while let hardEnd = scalars.index(start, offsetBy: limit, limitedBy: scalars.endIndex), hardEnd < scalars.endIndex {
            let half = scalars.index(start, offsetBy: limit / 2)
            var sentenceEnd: String.Index?
            var space: String.Index?
            var index = hardEnd
            while index > half, sentenceEnd == nil {
                let before = scalars.index(before: index)
                if scalars[index].properties.isWhitespace {
                    if space == nil { space = index }
                    if endsSentence(scalars, before, from: half) { sentenceEnd = index }
                }
                index = before
            }
            let cut = sentenceEnd ?? space ?? hardEnd
            let piece = text[start..<cut].trimmingWhitespace()
            if !piece.isEmpty { pieces.append(String(piece)) }
            start = cut
        }
        let last = text[start...].trimmingWhitespace()
        if !last.isEmpty { pieces.append(String(last)) }
        return pieces
    }

    /// Whether the code point at `index` ends a sentence: `.`, `!`, `?` or `…`, maybe followed by
    /// closing quotes or brackets.
    private static func endsSentence(_ scalars: Substring.UnicodeScalarView, _ index: String.Index, from floor: String.Index) -> Bool {
        var index = index
        while index > floor, "\"”’')]".unicodeScalars.contains(scalars[index]) { index = scalars.index(before: index) }
        return ".!?…".unicodeScalars.contains(scalars[index])
    }

    /// One paragraph per line; where the text separates paragraphs by blank lines, lines broken
    /// inside a sentence are joined again.
    static func split(_ text: String) -> [String] {
        // Split on the newline byte: always a character boundary after clean-up (no CR left).
        let newlines = ASCIIMatch.withBytes(text) { bytes in
            var offsets: [Int] = []
            var position = 0
            while let offset = ASCIIMatch.next(0x0A, in: bytes, from: position) {
                offsets.append(offset)
                position = offset + 1
            }
            return offsets
        }
        var lines: [Substring] = []
        lines.reserveCapacity(newlines.count + 1)
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        for offset in newlines {
            let newline = bytes.index(bytes.startIndex, offsetBy: offset)
            lines.append(Substring(bytes[lineStart..<newline]))
            lineStart = bytes.index(after: newline)
        }
        lines.append(Substring(bytes[lineStart...]))
        func isBlank(_ line: Substring) -> Bool {
            line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } || line.unicodeScalars.allSatisfy(\.properties.isWhitespace)
        }
        // Blank lines inside the text, not the final newline, mark blank-line-separated paragraphs.
        var inner = lines[...]
        while let last = inner.last, isBlank(last) { inner = inner.dropLast() }
        while let first = inner.first, isBlank(first) { inner = inner.dropFirst() }
        let usesBlankLines = inner.contains(where: isBlank)
        var paragraphs: [String] = []
        var current: String?
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                if let current { paragraphs.append(current) }
                current = nil
                continue
            }
            if usesBlankLines, let previous = current, isWrapped(previous, next: trimmed, opensText: paragraphs.isEmpty) {
                // ("desalin-" over "ation": a word broken at the line's end.)
                let broken = previous.hasSuffix("-") && previous.dropLast().last?.isLetter == true && trimmed.first?.isLowercase == true
                current = broken ? String(previous.dropLast()) + trimmed : previous + " " + trimmed
            } else {
                if let current { paragraphs.append(current) }
                current = String(trimmed)
            }
        }
        if let current { paragraphs.append(current) }
        return paragraphs
    }

    /// A line broken mid-sentence: long, no closing punctuation, followed by more of the sentence.
    private static func isWrapped(_ previous: String, next: Substring, opensText: Bool) -> Bool {
        // (A page printed in narrow columns breaks its lines short; the line under goes on in lower
        // case: "Water diplomacy is the" over "quiet success story we".)
        let continues = next.first?.isLowercase == true && previous.count >= 12
        guard previous.count >= 50 || continues, let last = previous.last, !".!?:”\")]".contains(last),
            CaptionParser.split(previous) == nil, !MetadataLine.isMetadata(previous)
        else { return false }
        let nextText = String(next)
        // A caption line right under the opening line is a caption under a title, not its continuation.
        return !MetadataLine.isMetadata(nextText) && !EditorNoteParser.isEditorNote(nextText) && !Trailer.isTrailer(nextText)
            && !(opensText && CaptionParser.split(nextText) != nil)
    }

    static func kind(of text: String, isFirst: Bool) -> ParagraphKind {
        // "Opinion | The Suburbs Are Not Dying. They Are Changing.": the headline after its
        // section, a sentence or two (a browser's tab: the site's name after it).
        if isFirst, SectionLabel.titleAfterLabel(text) != nil { return .title }
        if Trailer.isTrailer(text) { return .trailer }
        if EditorNoteParser.isEditorNote(text) { return .editorNote }
        if MetadataLine.isMetadata(text) { return .metadata }
        if let split = CaptionParser.split(text), !isTaggedWireCopy(text, before: split.text) { return .caption }
        if isFirst && SectionLabel.isLabel(text) { return .metadata }
        if isFirst && looksLikeTitle(text) { return .title }
        return .body
    }

    /// Wire copy's paragraph closed by the agency's tag, `… (dpa)`: a bare agency in parentheses
    /// after three sentences or more. A photo's caption so credited is a line or two.
    static func isTaggedWireCopy(_ text: String, before: String) -> Bool {
        let trimmed = Substring(text).trimmingWhitespace()
        guard trimmed.last == ")", let open = trimmed.lastIndex(of: "(") else { return false }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingWhitespace()
        guard CaptionParser.agencies.contains(inner.lowercased()) else { return false }
        return sentenceBreaks(in: before) >= 2
    }

    /// Ends of sentences followed by another: `.`, `!` or `?` (closing quotes and brackets after it
    /// allowed), a space, and a capital letter or an opening quote.
    static func sentenceBreaks(in text: String) -> Int {
        let characters = Array(text)
        var breaks = 0
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard ".!?".contains(characters[index]) else { continue }
            var next = index + 1
            while next < characters.count, "“”\"'’»)".contains(characters[next]) { next += 1 }
            guard next + 1 < characters.count, characters[next] == " " else { continue }
            let opening = characters[next + 1]
            if opening.isUppercase || "„“\"'‚«(".contains(opening) { breaks += 1 }
        }
        return breaks
    }

    /// A short first line without final punctuation (nor the full-width stops of Chinese and
    /// Japanese, `。`, `．`, whose sentences set no spaces to count words by).
    static func looksLikeTitle(_ text: String) -> Bool {
        guard text.count <= 200, let last = text.last else { return false }
        let words = text.split(separator: " ").count
        if ".,;:。．，；：、".contains(last) { return false }
        if "?!？！".contains(last) { return words <= 20 }
        return words <= 30
    }
}

/// The closing "(If you want to contribute …)" block and its kin.
enum Trailer {
    static let initials = ASCIISet("(IiFfSsEeRrCcVvPp")
    /// Short lines that end wire copy or sit between paragraphs on the page the text came from.
    static let furniture: [StaticString] = [
        "enditem", "(end)", "end", "read more", "related", "related stories", "share", "share this article", "share this post",
        "share / reuse this content", "save", "comments", "print", "view this email in your browser", "view in browser",
    ]

    static func isTrailer(_ text: String) -> Bool {
        if text.utf8.count <= 60, isPagesLine(text) { return true }
        // The heading of the page's topics with the topics after it: "Explore more on these topics:
        // Housing / Renting / Manchester", "Topics: Technology Policy | Workforce".
        if text.utf8.count <= 200, let colon = text.firstIndex(of: ":"), topicHeadings.contains(text[..<colon].lowercased()) { return true }
        if text.utf8.count <= 300, isRightsNotice(text) || isContributorLine(text) { return true }
        if text.utf8.count <= 600, isPublishersNotice(text) { return true }
        // Every other form opens with "(", "if", "follow", "subscribe", "sign up", "end", "read", "related", "view" or "print".
        guard text.utf8.count < 1500, let first = text.utf8.first, Self.initials.contains(first) else { return false }
        if text.utf8.count <= 80 {
            // The whole line, but for spaces, periods and colons around it.
            var line = Substring(text)
            while let last = line.last, last == " " || last == "." || last == ":" { line = line.dropLast() }
            if furniture.contains(where: { ASCIIMatch.prefixLength($0, in: line) == line.utf8.count }) { return true }
            if ASCIIMatch.hasPrefix(text, "share this article") || ASCIIMatch.hasPrefix(text, "read more:")
                || ASCIIMatch.hasPrefix(text, "related:") || isCopyrightLine(text)
            {
                return true
            }
        }
        guard
            first == UInt8(ascii: "(")
                || ![UInt8(ascii: "e"), UInt8(ascii: "r"), UInt8(ascii: "c")].contains(ASCIIMatch.lower(first))
        else { return false }
        let lower = text.lowercased()
        if lower.hasPrefix("(if you want to contribute") || lower.hasPrefix("if you want to contribute") { return true }
        if lower.hasPrefix("("), lower.hasSuffix(")") || lower.hasSuffix(").") {
            return ["contribute", "follow @", "opinions@", "subscribe", "newsletter", "sign up"].contains { lower.contains($0) }
        }
        return lower.hasPrefix("follow us on") || lower.hasPrefix("subscribe to ") || lower.hasPrefix("sign up for ")
    }

    /// The publication a line under the story names as where it ran: "Published in Dawn, May
    /// 24th, 2023", "This article appeared in the South China Morning Post print edition as: …",
    /// "Copyright: Project Syndicate, 2023.", "© DER SPIEGEL – alle Rechte vorbehalten". A name
    /// of capitalized words (`MetadataLine.isName`), title-cased when in capitals; else nil.
    static func namedOutlet(_ text: String) -> String? {
        guard text.utf8.count <= 300 else { return nil }
        var name: Substring?
        if ASCIIMatch.hasPrefix(text, "published in ") {
            name = text.dropFirst("published in ".count).prefix { $0 != "," && $0 != "." }
        } else if let opening = firstPublishedOpenings.first(where: { ASCIIMatch.hasPrefix(text, $0) }) {
            // "This article was first published in Renmin Tribune on September 12, 2024."
            var rest = text.dropFirst(opening.utf8CodeUnitCount)
            if ASCIIMatch.hasPrefix(rest, "the print edition of ") { rest = rest.dropFirst("the print edition of ".count) }
            name = (rest.range(of: " on ").map { rest[..<$0.lowerBound] } ?? rest).prefix { $0 != "," && $0 != "." }
        } else if ASCIIMatch.hasPrefix(text, "this article appeared in "), let edition = text.range(of: " print edition") {
            name = text[text.index(text.startIndex, offsetBy: "this article appeared in ".count)..<edition.lowerBound]
        } else if isCopyrightLine(text) || text.hasPrefix("©") {
            let rest = text.drop { !$0.isLetter || $0 == "©" }.dropFirst(ASCIIMatch.hasPrefix(text, "copyright") ? "copyright".count : 0)
            let owner = rest.drop { !$0.isLetter }
            name = owner.prefix { !",.|–—(".contains($0) }.split(separator: " - ").first
        }
        guard var found = name.map({ MetadataLine.withoutCompanyForm($0.trimmingWhitespace()) }), !found.isEmpty else { return nil }
        if found.hasPrefix("the ") { found = found.dropFirst(4) }
        let outlet = String(found)
        // (A photo's owner is no publication: "© Getty Images", "Copyright Shutterstock".)
        let lower = outlet.lowercased()
        guard MetadataLine.isName(outlet), !outlet.contains(where: \.isNumber),
            !["image", "photo", "stock", "pictures"].contains(where: { lower.contains($0) })
        else { return nil }
        return MetadataLine.titleCased(outlet)
    }

    /// The publication a line about the piece names, after the story: a trailer's ("Sign up for
    /// The Lion City Times' newsletter", "Receba no seu email o melhor do Diário Paulistano"), a
    /// disclaimer's ("… do not necessarily reflect those of China Horizon", "… no reflejan
    /// necesariamente la postura editorial de El Observador Capitalino"), or the writer's post at
    /// it ("… is a columnist for The Albion Herald"; not a former one).
    static func publicationNamed(_ paragraph: Paragraph) -> String? {
        let text = paragraph.text
        // (A rights line names its owner, a company: `namedOutlet` reads it.)
        guard !text.contains("©"), !isCopyrightLine(text), !ASCIIMatch.contains(text, "rights reserved") else { return nil }
        switch paragraph.kind {
        case .trailer:
            return SectionLabel.publication(in: text)
        case .editorNote:
            let lower = text.lowercased()
            // (Or in another language: "… son responsabilidad exclusiva de su autor y no comprometen
            // la línea editorial de El Observador Andino.")
            let disclaims =
                (necessarilyWords + ["reflect"]).contains { lower.contains($0) }
                || EditorNoteParser.statesViewsAreTheAuthorsInOtherLanguages(text)
            if disclaims { return SectionLabel.publication(in: text) ?? disclaimedOutlet(text) }
            guard let post = writersPosts.lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
            // ("… a former economics editor and a senior columnist for …": "former" in another clause.)
            let clause = lower[..<post.lowerBound].components(separatedBy: " and ").last ?? ""
            guard !clause.contains("former") else { return nil }
            return SectionLabel.publication(in: String(text[post.upperBound...]))
        case .body:
            // A line after the story that asks for letters or offers the newsletter, or disclaims
            // the views in another language.
            let lower = text.lowercased()
            guard closingCues.contains(where: { lower.contains($0) }) else { return nil }
            return SectionLabel.publication(in: text) ?? disclaimedOutlet(text)
        default:
            return nil
        }
    }

    /// The outlet the lines around the story name, when no byline or note does: a rights line or
    /// "Published in …" (`namedOutlet`), a publication a notice, a disclaimer or the writer's post
    /// names (`publicationNamed`), else the agency of a wire story's opening (`wireDateline`).
    static func outlet(_ paragraphs: [Paragraph]) -> String? {
        let after = afterStory(paragraphs)
        if let named = paragraphs.lazy.filter({ $0.kind == .trailer || $0.kind == .metadata }).compactMap({ namedOutlet($0.text) }).first {
            return named
        }
        if let rights = after.lazy.filter({ $0.kind == .body }).compactMap({ namedOutlet($0.text) }).first {
            return rights
        }
        // (Of "The Times is committed to …" and "Follow the New York Times Opinion section …", the
        // fuller name.)
        let named = paragraphs.filter { $0.kind != .body }.compactMap(publicationNamed) + after.compactMap(publicationNamed)
        if let first = named.first {
            let last = first.split(separator: " ").last
            return named.filter { $0.split(separator: " ").last == last }.max {
                $0.split(separator: " ").count < $1.split(separator: " ").count
            }
                ?? first
        }
        return paragraphs.lazy.filter { $0.kind == .body }.prefix(3).compactMap { wireDateline($0.text) }.first
    }

    /// The name a disclaimer ends on, whose views it sets apart: "… do not necessarily reflect Arab
    /// Horizon's point-of-view", "… no comprometen la línea editorial de El Observador Andino.":
    /// the last run of capitalized words (a name's small words inside), two to five words.
    static func disclaimedOutlet(_ text: String) -> String? {
        let lower = text.lowercased()
        guard
            (necessarilyWords + ["línea editorial", "editorial line", "point of view", "point-of-view"]).contains(where: {
                lower.contains($0)
            })
        else { return nil }
        let runs = SectionLabel.capitalizedRuns(in: text, articleStarts: false)
        // (Not the sentence's first word: "Views expressed …", "Las opiniones …".)
        guard var last = runs.last(where: { !($0.first.map { text.hasPrefix($0) } ?? false) }) else { return nil }
        while let end = last.last, MetadataLine.titleSmallWords.contains(String(end)) || MetadataLine.companyForms.contains(String(end)) {
            last.removeLast()
        }
        let name = last.joined(separator: " ")
        // (One word only in capitals, as "CGTN" or "TASS".)
        guard (2...5).contains(last.count) || last.count == 1 && name.count >= 3 && !name.contains(where: \.isLowercase),
            MetadataLine.isName(name)
        else { return nil }
        return name
    }

    static let writersPosts = [
        "columnist for ", "columnist at ", "columnist with ", "writes for ", "contributor to ", "contributing writer for ",
        "contributing editor at ", "correspondent for ", "writer at ", "writer for ",
    ]
    /// "Necessarily" in the languages of a disclaimer: "… do not necessarily reflect …".
    static let necessarilyWords = ["necessarily", "necesariamente", "necessariamente", "nécessairement", "notwendigerweise"]

    static let closingCues =
        necessarilyWords + [
            "newsletter", "email",
            "e-mail", "letters", "subscribe", "channel", "submissions", "expresadas", "expressed", "exprimées", "responsabilidad",
            "suscríbete",
            "assine", "abonnez", "abonnieren",
        ]

    /// The paragraphs after the story's last long one (`MetadataLine.storyWords` words or more),
    /// three at most: where a page's notices and disclaimers stand.
    static func afterStory(_ paragraphs: [Paragraph]) -> ArraySlice<Paragraph> {
        guard
            let last = paragraphs.lastIndex(where: {
                $0.kind == .body && ASCIIMatch.spaceSeparatedWords($0.text) >= MetadataLine.storyWords
            })
        else { return [] }
        return paragraphs[(last + 1)...].suffix(3)
    }

    /// The agency a wire story's opening names after its place and date: "LONDON/DUBAI, Oct 2
    /// (Globe Wire) - Saudi Arabia …", "NAIROBI, May 3 (Reuters) —": the agency.
    static func wireDateline(_ text: String) -> String? {
        guard let open = text.prefix(80).firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let place = text[..<open]
        let after = text[text.index(after: close)...].prefix(3)
        guard let comma = place.firstIndex(of: ","), place[..<comma].count >= 3,
            place[..<comma].allSatisfy({ $0.isUppercase || " /-.'".contains($0) }),
            after.hasPrefix(" - ") || after.hasPrefix(" – ") || after.hasPrefix(" — ") || after.hasPrefix(" -- ")
        else { return nil }
        let agency = String(text[text.index(after: open)..<close]).trimmingSpaces()
        guard (1...3).contains(agency.split(separator: " ").count), MetadataLine.isName(agency) else { return nil }
        return agency
    }

    static let firstPublishedOpenings: [StaticString] = [
        "this article was first published in ", "this article was originally published in ", "this article first appeared in ",
        "this article originally appeared in ", "first published in ", "originally published in ", "this piece first appeared in ",
        "this story first appeared in ", "this story was first published in ", "this story originally appeared in ",
    ]

    /// The day a line under the story says the piece first ran: "This article was first published
    /// in Renmin Tribune on September 12, 2024." → 2024-09-12.
    static func firstPublished(_ text: String) -> String? {
        guard text.utf8.count <= 300, firstPublishedOpenings.contains(where: { ASCIIMatch.hasPrefix(text, $0) }),
            let on = text.range(of: " on ", options: .backwards)
        else { return nil }
        return MetadataLine.dateAlone(String(text[on.upperBound...]).trimming(.spacesAndPeriods))
    }

    /// A line the page sets after the story, whole: the heading of its list of topics ("Explore
    /// more on these topics", "Mehr lesen über", "Archivado En", "Related Topics"), its controls
    /// ("Reuse this content"), its end mark ("END OF ARTICLE"), a heading of a publication's other
    /// pieces that ends in a colon ("More From Bloomberg Opinion:").
    static func isPagesLine(_ text: String) -> Bool {
        let line = text.lowercased().trimming(.spacesPeriodsAndColons)
        if pagesLines.contains(line) { return true }
        // ("More from the minister's statement:" opens a quotation: a name follows "from" here.)
        guard text.hasSuffix(":"), line.hasPrefix("more from ") else { return false }
        return MetadataLine.isName(String(text.dropFirst("more from ".count).dropLast()).trimmingSpaces())
    }

    /// The headings of a page's list of topics after its story, whose short lines follow them.
    static let topicHeadings: Set<String> = [
        "explore more on these topics", "more on this story", "related topics", "topics", "mehr lesen über", "mehr zum thema",
        "archivado en", "archivé dans", "sujets", "temas",
    ]
    static let pagesLines: Set<String> = topicHeadings.union(["reuse this content", "end of article", "our standards"])

    /// A line that claims copyright: "Copyright 2024 Nation Media", "Copyright © AFP", "Copyright:
    /// Reuters". Not a sentence about copyright ("Copyright disputes over seed patents have …").
    static func isCopyrightLine(_ text: String) -> Bool {
        guard ASCIIMatch.hasPrefix(text, "copyright") else { return false }
        let rest = text.dropFirst("copyright".count).drop { $0 == " " || $0 == ":" || $0 == "\u{00A0}" }
        guard let next = rest.first else { return true }
        return next == "©" || next == "(" || next.isNumber || next.isUppercase
    }

    /// What a paper prints under every story, about the story and not in it: where and when it ran
    /// in print, the invitation to answer it in a letter, its pages on social networks, the note of
    /// what an update changed ("(Updates with council comment in fifth paragraph.)").
    static func isPublishersNotice(_ text: String) -> Bool {
        guard let first = text.utf8.first, noticeInitials.contains(first) else { return false }
        if noticeOpenings.contains(where: { ASCIIMatch.hasPrefix(text, $0) }) { return true }
        // "This article was first published in … on …", "This story first appeared in our weekly …".
        if text.utf8.count <= 300, firstPublishedOpenings.contains(where: { ASCIIMatch.hasPrefix(text, $0) }) { return true }
        // "This article appeared in the South China Morning Post print edition as: …", "This
        // article appears in the March 2024 print edition with the headline …", "… in the
        // February issue".
        if ASCIIMatch.hasPrefix(text, "this article appear"), text.utf8.count <= 300,
            ASCIIMatch.contains(text, "print edition") || ASCIIMatch.contains(text, " issue")
        {
            return true
        }
        // "Follow the New York Times Opinion section on Facebook, Instagram, TikTok and X.": after
        // "on", networks' names alone ("Follow the money … on Instagram, and a pattern appears" is
        // a sentence).
        if ASCIIMatch.hasPrefix(text, "follow "), text.utf8.count <= 200, let on = text.range(of: " on ", options: .backwards) {
            let named = text[on.upperBound...].split(whereSeparator: { " ,.;!".contains($0) }).map { $0.lowercased() }
            if let first = named.first, networks.contains(first), named.allSatisfy({ networks.contains($0) || $0 == "and" || $0 == "or" }) {
                return true
            }
        }
        // A wire's note of what a new version changed, in brackets, set above or under the story:
        // it names what was added ("(Adds details, quotes from ministry)").
        guard text.first == "(", text.utf8.count <= 200, updateNotes.contains(where: { ASCIIMatch.hasPrefix(text, $0) }),
            text.hasSuffix(")") || text.hasSuffix(").") || text.hasSuffix(".)")
        else { return false }
        return updateWords.contains { ASCIIMatch.contains(text, $0) }
    }

    static let networks: Set<String> = [
        "facebook", "instagram", "twitter", "x", "tiktok", "threads", "linkedin", "youtube", "bluesky", "mastodon", "whatsapp",
        "telegram", "snapchat", "pinterest", "reddit", "flipboard",
    ]
    /// What a wire's note of an update says it changed.
    static let updateWords: [StaticString] = [
        "detail", "comment", "quote", "paragraph", "para ", "byline", "headline", "background", "graphic", "photo", "link",
        "reaction", "statement", "previous", "throughout", "spelling", "figure",
    ]

    static let noticeInitials = ASCIISet("AaTtDdFfSsPpOo(")
    static let noticeOpenings: [StaticString] = [
        "a version of this article appears in print", "a version of this article appeared in print",
        "a version of this story appears in print", "a version of this story appeared in print",
        "published in the print edition of",
        "do you have an opinion on the issues raised in this article", "the times is committed to publishing a diversity of letters",
        "sigue toda la información de",
    ]
    static let updateNotes: [StaticString] = ["(updates with ", "(updates to ", "(adds ", "(recasts ", "(corrects "]

    /// The publisher's rights notice: `Copyright 2024 … All rights reserved.`, `© 2024 … Alle Rechte
    /// vorbehalten.` Matched in any case; this runs on every short paragraph.
    static let reservedRights: [StaticString] = [
        "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados", "tutti i diritti riservati",
        "todos os direitos reservados", "riproduzione riservata", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone",
    ]
    /// In Chinese, which has no case.
    static let reservedRightsCJK: [StaticString] = [
        "版权所有", "版權所有", "版权归原作者", "版權歸原作者", "版权均属", "版權均屬",
        // A takedown notice: "if you believe the reprint infringes your rights".
        "侵犯了您的权益", "侵犯您的权益", "侵犯了您的權益", "侵犯您的權益",
    ]
    /// A Chinese reprint notice, in its set phrases ("未经书面授权请勿转载", "转载请注明出处"): a
    /// story about a reprint ("被告未经授权转载……") has the words, not the phrases.
    static let reprintNotices: [StaticString] = [
        "请勿转载", "請勿轉載", "禁止转载", "禁止轉載", "不得转载", "不得轉載", "严禁转载", "嚴禁轉載", "谢绝转载", "謝絕轉載",
        "转载请注明", "轉載請註明", "转载时务请注明", "转载务请注明", "转载须注明", "转载需注明", "如需转载", "如需轉載",
    ]
    /// A Korean or Japanese notice that reproduction without leave is forbidden: the term beside
    /// the word forbidding it ("무단전재 및 재배포 금지", "無断転載を禁じます"), in a short line or
    /// one that states the copyright; a story about piracy has the term without the notice.
    static let unlicensedCopying: [StaticString] = ["무단전재", "무단 전재", "無断転載", "無断複製"]
    static let forbidding: [StaticString] = ["금지", "禁じ", "禁止"]
    /// In French and Russian, lower-cased.
    static let reservedRightsCased: [StaticString] = ["tous droits réservés", "все права защищены"]

    static func isRightsNotice(_ text: String) -> Bool {
        if reservedRights.contains(where: { ASCIIMatch.contains(text, $0) }) { return true }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        // (On the bytes: String's `contains` compares by Unicode's rules, at a cost that showed in
        // every import.)
        func holds(_ phrase: StaticString) -> Bool { ASCIIMatch.firstOffset(of: phrase, in: text, ignoringCase: false) != nil }
        if reservedRightsCJK.contains(where: holds) { return true }
        if reprintNotices.contains(where: holds) { return true }
        if unlicensedCopying.contains(where: holds), forbidding.contains(where: holds),
            text.utf8.count <= 120 || holds("©") || ASCIIMatch.contains(text, "copyright") || holds("저작권") || holds("著作権")
        {
            return true
        }
        // French and Russian, in letters whose case ASCII's rules miss ("TOUS DROITS RÉSERVÉS", "Все
        // права защищены"): lower-cased first, when the text has their words or letters.
        guard ASCIIMatch.contains(text, "droits") || text.utf8.contains(where: { $0 == 0xD0 || $0 == 0xD1 }) else { return false }
        let lower = text.lowercased()
        return reservedRightsCased.contains { ASCIIMatch.firstOffset(of: $0, in: lower, ignoringCase: false) != nil }
    }

    /// The reporters' line that closes a story: `… contributed to this report.`, `Reporting by …;
    /// Editing by …`.
    static let contributorEndings: [StaticString] = [
        "contributed to this report", "contributed to this story", "contributed to this article", "contributed reporting",
    ]

    /// The reporters a wire story's closing line names (`(Reporting by Ana Ruiz and Li Wei in
    /// Beijing; Editing by Tom Berg)`): each two to four words of a name, a place after "in" left
    /// out, joined as the archive lists authors ("; "). Nil when a part is no name.
    static func wireReporters(_ text: String) -> String? {
        guard text.utf8.count <= 300 else { return nil }
        var line = Substring(text).trimmingWhitespace()
        if line.first == "(" { line = line.dropFirst() }
        guard ASCIIMatch.hasPrefix(line, "reporting by ") else { return nil }
        let credited = line.dropFirst("reporting by ".count).prefix { $0 != ";" && $0 != ")" }
        var names: [String] = []
        for part in credited.replacingOccurrences(of: " and ", with: ",").split(separator: ",") {
            var words = part.split(separator: " ")
            if let place = words.firstIndex(where: { ["in", "at", "from"].contains($0.lowercased()) }) { words = Array(words[..<place]) }
            // A desk or a bureau is no author: `Gdansk Newsroom`, `Reuters Staff`, `Reuters Television`.
            if let last = words.last, wireDesks.contains(last.lowercased()) { return nil }
            guard (2...4).contains(words.count),
                words.allSatisfy({ $0.first?.isUppercase == true || nameParticles.contains(String($0)) }),
                words.first?.first?.isUppercase == true
            else { return nil }
            names.append(words.joined(separator: " "))
        }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    static let wireDesks: Set<String> = [
        "newsroom", "staff", "television", "tv", "bureau", "desk", "team", "reporters", "correspondents", "agency", "agencies",
        "wires", "services",
    ]

    /// Small words inside a name: `Ana de la Cruz`, `Ahmed bin Ali`.
    static let nameParticles = Set(Lexicon.nameParticles)

    static func isContributorLine(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        var line = Substring(text).trimmingWhitespace()
        while let last = line.last, last == "." || last == ")" { line = line.dropLast() }
        // (Reuters sets the line in brackets.)
        if line.first == "(" { line = line.dropFirst() }
        if ASCIIMatch.hasPrefix(line, "reporting by "), ASCIIMatch.contains(line, "editing by ") { return true }
        // Bloomberg's: "To contact the reporter on this story: … at …@bloomberg.net".
        if ASCIIMatch.hasPrefix(line, "to contact the reporter") || ASCIIMatch.hasPrefix(line, "to contact the editor") {
            return line.contains("@") || ASCIIMatch.contains(line, "this story")
        }
        return contributorEndings.contains { ASCIIMatch.hasSuffix(line, $0) }
    }
}

/// Lines such as `Updated 09:05, 19-Oct-2023`, `Published May 24, 2023` and bylines `By Imran Khalid`.
enum MetadataLine {
    /// Labels of a date line, in English and in the other languages the archive's pages come in
    /// (`Stand: 28.04.2023 17:23 Uhr`, `Mis à jour le 3 mai 2024`), lower-cased.
    static let labels = [
        "updated", "last updated", "last modified", "modified", "published", "posted", "first published", "date", "released",
        "stand", "aktualisiert", "zuletzt aktualisiert", "veröffentlicht", "erschienen", "publié", "mis à jour", "modifié",
        "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
        "modifica", "ultima modifica", "ultimo aggiornamento", "última actualización", "última atualização", "geändert",
    ]

    static func isMetadata(_ text: String) -> Bool {
        fields(text) != nil
    }

    /// What a metadata line states.
    struct Fields: Equatable {
        var byline: String?
        var stamp: String?
        /// "Source: Xinhua": the outlet.
        var source: String?
    }

    /// Labels that open a new part inside a line: "By Global Times Published: Jun 03, 2024 10:21 PM".
    static let innerLabels: [StaticString] = [" Published:", " Updated:", " Source:", " Editor:", " Posted:", " Date:"]
    /// The same without their colons, as a writer's name and the dates follow one another on a
    /// card copied as one line: "Ayesha Siddiqui Published May 24, 2023 Updated 3 hours ago".
    static let bareInnerLabels: [StaticString] = [" Published ", " Updated ", " Posted "]
    /// The labels of `innerLabels` that say a date, as a part opens with them.
    static let dateLabels = ["Published:", "Updated:", "Posted:", "Date:"]

    /// A line made only of a byline, a date, a source and an editor, in any order, parted by "|"
    /// or by their labels: `Updated 09:05, 19-Oct-2023`, `By Li Ming | 23 May 2023`,
    /// `Source: Xinhua | 2023-05-23 21:40:11 | Editor: Huaxia`. Nil for any other line.
    static func fields(_ line: String) -> Fields? {
        guard line.utf8.count <= 240, ASCIIMatch.spaceSeparatedWords(line) <= 24 else { return nil }
        if let header = emailHeader(line) { return header }
        // Bullets and wide gaps part a line as bars do: "Published Apr 02, 2024 • Last updated …",
        // a printed page's running head "18      THE YARKON POST      FRIDAY, JANUARY 19, 2024";
        // a bullet may open a byline ("• By NOA BEN-HAIM"). (Not a bar inside the update in
        // brackets after the date: "21 marzo 2024 (modifica il 21 marzo 2024 | 08:12)".)
        var text = withoutUpdateNote(line)
        if text.contains("•") || text.contains("·") || text.contains("   ") || text.contains(" / ") {
            text = text.replacingOccurrences(of: "•", with: "|").replacingOccurrences(of: " · ", with: " | ")
                .replacingOccurrences(of: "   ", with: " | ").replacingOccurrences(of: " / ", with: " | ")
            while text.hasPrefix("|") || text.hasPrefix(" ") { text.removeFirst() }
        }
        var pieces: [Substring] = []
        // Parts need a "|", a labelled colon or a date's label inside the line; most short lines
        // have none.
        let bareLabelled = bareInnerLabels.contains { ASCIIMatch.firstOffset(of: $0, in: text, ignoringCase: false) != nil }
        let parted = text.utf8.contains(UInt8(ascii: "|")) || text.utf8.contains(UInt8(ascii: ":")) || bareLabelled
        for segment in parted ? text.split(separator: "|") : [Substring(text)] where parted || !segment.isEmpty {
            var rest = segment[...]
            while parted,
                let offset = (innerLabels + bareInnerLabels).compactMap({ ASCIIMatch.firstOffset(of: $0, in: rest, ignoringCase: false) })
                    .min()
            {
                let label = ASCIIMatch.index(rest, byteOffset: offset)
                pieces.append(rest[..<label])
                rest = rest[rest.index(after: label)...]
            }
            pieces.append(rest)
        }
        var fields = Fields()
        var recognized = 0
        var named: String?
        var placed = false
        for (index, piece) in pieces.map({ String($0.trimmingWhitespace()) }).enumerated() where !piece.isEmpty {
            if pieces.count == 1, ASCIIMatch.spaceSeparatedWords(piece) > 16 { return nil }
            // (A printed page's number in its running head.)
            if pieces.count > 1, piece.count <= 3, piece.allSatisfy(\.isNumber) { continue }
            if let (name, outlet) = staffByline(piece) {
                fields.byline = fields.byline ?? name
                fields.source = fields.source ?? outlet
            } else if let name = byline(piece) {
                fields.byline = fields.byline ?? name
            } else if let (name, outlet) = specialTo(piece) {
                fields.byline = fields.byline ?? name
                fields.source = fields.source ?? outlet
            } else if piece.lowercased().hasPrefix("special to "), case let outlet = String(piece.dropFirst("special to ".count)),
                isName(outlet) || outlet.hasPrefix("the ") && isName(String(outlet.dropFirst(4)))
            {
                // "Special to the Prairie Ledger" under the writers' names.
                fields.source = fields.source ?? String(outlet.hasPrefix("the ") ? outlet.dropFirst(4) : outlet[...])
            } else if index == 1, pieces.count == 2, let name = named, bareName(name) != nil, !isPublication(name),
                isName(piece) || isWebAddress(piece), isPublication(piece)
            {
                // "Ricardo Almeida | The Brasília Review": the writer, then the publication.
                fields.byline = titleCased(name)
                fields.source = titleCased(piece)
                named = nil
            } else if index == 0, bareLabelled, pieces.count > 1, let name = bareName(piece) {
                // The writer's name before the date's label: "Ayesha Siddiqui Published May 24, 2023".
                fields.byline = name
            } else if index == 0, pieces.count > 1, dateLabels.contains(where: { pieces[1].hasPrefix($0) }), let name = bareName(piece),
                isPersonLike(name)
            {
                // With the label's colon: "PARK EUN-JI Published: 10 Apr. 2024, 20:00".
                fields.byline = name
            } else if let stamp = timestamp(piece) {
                fields.stamp = fields.stamp ?? stamp
            } else if let labelled = age(piece) {
                // How long ago: "Updated 3 hours ago" says it is a date line; "2 days ago" beside a
                // date goes with it.
                if labelled { recognized += 1 }
                continue
            } else if isReadingTime(piece) {
                // "5 min read", "Temps de lecture 3 min.": how long the piece takes to read.
                recognized += 1
                continue
            } else if isTimeOfDay(piece) {
                // "May 24, 2023 | 10:05 AM": the time in a part of its own goes with the date.
                continue
            } else if let source = labelled(piece, "Source") {
                fields.source = fields.source ?? source
            } else if labelled(piece, "Editor") != nil {
            } else if text.utf8.contains(UInt8(ascii: "|")), Gazetteer.shared.lookup(piece)?.kind == .location {
                // "Written by Arvind Menon | New Delhi | Updated: …": where it was written, beside
                // a byline or a date.
                placed = true
            } else if text.utf8.contains(UInt8(ascii: "|")), named == nil, isName(piece) || isWebAddress(piece) {
                // "By Ananya Krishnamurthy | The Diplomat | June 12, 2024": the outlet between.
                named = piece
                continue
            } else {
                return nil
            }
            recognized += 1
        }
        guard recognized > 0, !placed || fields.byline != nil || fields.stamp != nil else { return nil }
        if let named { fields.source = fields.source ?? titleCased(named) }
        return fields
    }

    /// A company's name without its legal form: "Bloomberg LP" → "Bloomberg", "EDICIONES EL PAÍS
    /// S" (of "S.L.") → "EDICIONES EL PAÍS".
    static func withoutCompanyForm(_ name: Substring) -> Substring {
        var words = name.split(separator: " ")
        while words.count > 1, let last = words.last, companyForms.contains(String(last)) { words.removeLast() }
        guard words.count < name.split(separator: " ").count, let first = words.first, let end = words.last else { return name }
        return name[first.startIndex..<end.endIndex]
    }

    static let companyForms: Set<String> = [
        "LP", "L.P.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "GmbH", "AG", "plc", "PLC", "Limited", "S.A.", "S.L.", "SA", "SL", "S",
        "Co", "Co.", "Corp", "Corp.",
    ]

    /// "Layla Al Mansoori, Special to The Gulf Meridian": the writer, and the publication they
    /// wrote it for.
    static func specialTo(_ piece: String) -> (name: String, outlet: String)? {
        guard let comma = piece.firstIndex(of: ","), let name = bareName(String(piece[..<comma])) else { return nil }
        let rest = piece[piece.index(after: comma)...].trimmingWhitespace()
        guard rest.lowercased().hasPrefix("special to ") else { return nil }
        let outlet = String(rest.dropFirst("special to ".count)).trimming(.spacesAndPeriods)
        guard isName(outlet) || isWebAddress(outlet) else { return nil }
        return (name, titleCased(outlet))
    }

    /// A publication's name rather than a person's: the gazetteer's body, a web address, a name
    /// whose last word names publications ("Gulf News") or whose first does ("Diário Paulistano"),
    /// or one opening with "The".
    static func isPublication(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first?.lowercased(), let last = words.last?.lowercased() else { return false }
        return isWebAddress(name) || Gazetteer.shared.lookup(name)?.kind == .organization || first == "the"
            || SectionLabel.publicationWords.contains(last) || SectionLabel.leadingPublicationWords.contains(first)
    }

    /// A forwarded e-mail's header over a newsletter: "---------- Forwarded message ---------",
    /// "From: The Harmattan Post <newsletter@harmattanpost.ng>" (the sender, when a publication, is
    /// the outlet), "Date: Mon, Mar 4, 2024 at 6:02 AM", "Subject: …", "To: …". Nil for any other line.
    static func emailHeader(_ line: String) -> Fields? {
        let text = Substring(line).trimmingWhitespace()
        if text.hasPrefix("---"), text.lowercased().contains("forwarded message") { return Fields() }
        guard let colon = text.firstIndex(of: ":"), ["From", "To", "Cc", "Subject", "Sent"].contains(text[..<colon]) else { return nil }
        let value = text[text.index(after: colon)...].trimmingWhitespace()
        switch text[..<colon] {
        case "From":
            // The sender's name before the address.
            guard let open = value.firstIndex(of: "<"), value.last == ">", value[open...].contains("@") else { return nil }
            let name = String(value[..<open].trimmingWhitespace())
            var fields = Fields()
            if isName(name), isPublication(name) { fields.source = name }
            return fields
        case "To", "Cc":
            return value.contains("@") ? Fields() : nil
        default:
            return value.isEmpty ? nil : Fields()
        }
    }

    /// "by Xinhua writer Chen Xi", "By China Daily reporter Li Ming": the writer, and the outlet
    /// named before their post (a capitalized name of four words at most).
    static func staffByline(_ piece: String) -> (name: String, outlet: String)? {
        guard piece.hasPrefix("by ") || piece.hasPrefix("By ") || piece.hasPrefix("BY "), ASCIIMatch.spaceSeparatedWords(piece) <= 10,
            let last = piece.last, !".!?".contains(last)
        else { return nil }
        let words = piece.dropFirst(3).split(separator: " ")
        guard let post = words.firstIndex(where: { staffPosts.contains($0.lowercased()) }), (1...4).contains(post) else { return nil }
        let outlet = words[..<post].joined(separator: " ")
        let rest = Substring(words[(post + 1)...].joined(separator: " "))
        guard isName(outlet) || isWebAddress(outlet) else { return nil }
        // "by Meridian writers Kiprop Mutai, Liang Yu": several.
        let names = AuthorList.split(String(rest)).components(separatedBy: "; ")
        guard
            names.allSatisfy({ name in
                EditorNoteParser.leadingName(Substring(name)).map { $0.0.contains(" ") && $0.1.trimmingWhitespace().isEmpty } == true
            })
        else { return nil }
        return (titleCased(names.joined(separator: "; ")), titleCased(outlet))
    }

    /// A staff writer's posts in a byline.
    static let staffPosts: Set<String> = [
        "writer", "reporter", "correspondent", "columnist", "commentator", "journalist", "writers", "reporters", "correspondents",
    ]

    /// How long ago a piece was published or updated, as a page prints it beside or instead of the
    /// date: "3 hours ago", "Updated 2 days ago", "an hour ago"; true when a date's label opens it.
    /// Nil for anything else.
    static func age(_ piece: String) -> Bool? {
        var lower = Substring(piece.lowercased())
        // (Most pieces hold none of the words an age turns on.)
        guard ["ago", "hace", "há", "vor"].contains(where: { lower.contains($0) }) else { return nil }
        var labelled = false
        if let label = labels.first(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") }) {
            lower = lower.dropFirst(label.count).drop(while: { $0 == ":" || $0 == " " })
            labelled = true
        }
        let words = lower.split(separator: " ")
        // ("Actualizado hace 3 horas", "il y a 2 heures", "vor 3 Stunden".)
        if words.count == 3, ["hace", "há", "vor"].contains(words[0]), words[1].allSatisfy(\.isNumber),
            ["hora", "horas", "minuto", "minutos", "día", "días", "dia", "dias", "stunde", "stunden", "minuten", "tagen"].contains(words[2])
        {
            return labelled
        }
        guard (3...4).contains(words.count), words.last == "ago",
            let count = words.first, count.allSatisfy(\.isNumber) || ["a", "an", "few"].contains(count),
            ageUnits.contains(where: { words[words.count - 2].hasPrefix($0) })
        else { return nil }
        return labelled
    }

    static let ageUnits = ["sec", "min", "hour", "hr", "day", "week", "month", "year"]

    /// How long a piece takes to read, as pages print it beside the byline: "5 min read", "6-minute
    /// read", "Reading time: 4 minutes", "Lesezeit: 4 Min.", "Temps de lecture 3 min.", "4 Min.
    /// Lesezeit".
    static func isReadingTime(_ piece: String) -> Bool {
        var lower = Substring(piece.lowercased()).trimmingWhitespace()
        guard lower.utf8.count <= 40 else { return false }
        while let last = lower.last, last == "." || last == ":" { lower = lower.dropLast() }
        var labelled = false
        for label in readingLabels {
            if lower.hasPrefix(label) {
                lower = lower.dropFirst(label.count).drop(while: { $0 == ":" || $0 == " " })
                labelled = true
            } else if lower.hasSuffix(label) {
                lower = lower.dropLast(label.count).trimmingWhitespace()
                labelled = true
            }
        }
        var words = lower.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.last == "read" {
            words.removeLast()
            labelled = true
        }
        guard labelled, words.count == 2, words[0].allSatisfy({ $0.isASCII && $0.isNumber }), words[0].count <= 2 else { return false }
        return readingUnits.contains(words[1].trimming(.periods))
    }

    static let readingLabels = [
        "reading time", "read time", "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo de leitura",
        "tempo di lettura", "leestijd",
    ]
    static let readingUnits: Set<String> = ["min", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "minuto", "minuut"]

    /// A time of day alone, with its zone: "10:05 AM", "09:15 GMT+8", "17.23 Uhr", "9:15 a.m. EDT".
    static func isTimeOfDay(_ piece: String) -> Bool {
        var words = piece.split(separator: " ")
        while words.count > 1, let last = words.last,
            isZone(last) || ["am", "pm", "a.m.", "p.m.", "uhr", "h", "hrs"].contains(last.lowercased())
        {
            words.removeLast()
        }
        guard words.count == 1 else { return false }
        var clock = words[0].lowercased()[...]
        for suffix in ["am", "pm", "a.m.", "p.m."] where clock.hasSuffix(suffix) { clock = clock.dropLast(suffix.count) }
        let parts = clock.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." || $0 == "h" })
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts[0].count <= 2, let hour = Int(parts[0]), hour <= 24, parts[1].count == 2, let minute = Int(parts[1]), minute < 60
        else { return false }
        return true
    }

    /// A time zone's letters, with an offset or not: "IST", "CEST", "GMT+8", "UTC-05:00".
    static func isZone(_ word: Substring) -> Bool {
        let letters = word.prefix(while: { $0.isLetter })
        let offset = word.dropFirst(letters.count)
        return (2...5).contains(letters.count) && letters.allSatisfy({ $0.isASCII && $0.isUppercase })
            && (offset.isEmpty
                || (offset.first == "+" || offset.first == "-") && offset.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" })
                    && offset.count >= 2)
    }

    /// Marks a writer's name alone on a line of the text's header as metadata, and returns the
    /// names by the paragraphs' indices: a body line of two to four capitalized words
    /// (`bareName`), among the first `headerLines` lines and before the story's first long
    /// paragraph, that a later line opens with about the writer ("Ruth Ashby is …") or repeats,
    /// or that a writer's post follows after a comma. A topic's label ("Climate Change", "Special
    /// Report" over the date) has none of these.
    static func markBareBylines(in paragraphs: inout [Paragraph]) -> [Int: String] {
        var found: [Int: String] = [:]
        // A name by its words: none a section's or a common capitalized one (`isPersonLike`), none
        // one the text writes in lower case (those words read once, when first asked).
        var lowerCase: Set<String>?
        func readsAsName(_ name: String) -> Bool {
            guard isPersonLike(name) else { return false }
            let words = lowerCase ?? lowerCaseWords(paragraphs)
            lowerCase = words
            return !name.split(separator: " ").contains { words.contains($0.lowercased()) }
        }
        let title = paragraphs.prefix(headerLines).firstIndex { $0.kind == .title }
        for index in paragraphs.indices.prefix(headerLines) {
            let paragraph = paragraphs[index]
            // (The deck under the headline, a sentence or two, is no story yet.)
            let words = ASCIIMatch.spaceSeparatedWords(paragraph.text)
            let isDeck =
                title.map { $0 + 1 == index } == true && words <= deckWords && ParagraphSplitter.sentenceBreaks(in: paragraph.text) <= 1
            if paragraph.kind == .body, words >= storyWords, !isDeck { break }
            // A columnist's name over the headline, read as a topic's label ("Selin Arıkan" over
            // "The Sweden vote is a beginning, not a favor" over "January 22 2024"): a name no
            // gazetteer knows and no word of which the text writes in lower case, with the date
            // line under the headline or its deck.
            if paragraph.kind == .metadata, let title, index < title, fields(paragraph.text) == nil,
                paragraph.text.contains(where: \.isLowercase),
                !paragraphs.prefix(headerLines).contains(where: { fields($0.text)?.byline != nil }),
                let name = bareName(paragraph.text), Gazetteer.shared.lookup(name) == nil,
                paragraphs[(title + 1)...].prefix(2).contains(where: { fields($0.text)?.stamp != nil })
            {
                if readsAsName(name) { found[index] = name }
                continue
            }
            guard paragraph.kind == .body else { continue }
            // "Andrei Volkov, TASS political commentator": the name, and after a comma a writer's
            // post in a few words.
            if let comma = paragraph.text.firstIndex(of: ","), let name = bareName(String(paragraph.text[..<comma])) {
                let post = paragraph.text[paragraph.text.index(after: comma)...].lowercased().split(whereSeparator: { !$0.isLetter })
                if post.count <= EditorNoteParser.bioPostWords,
                    post.contains(where: { EditorNoteParser.writerPosts.contains(String($0)) || $0 == "commentator" })
                {
                    paragraphs[index].kind = .metadata
                    found[index] = name
                }
                continue
            }
            // "Authors" over the writers' names, each over their post, as a site of academics'
            // pieces lists them.
            if authorsHeadings.contains(paragraph.text.lowercased().trimming(.spacesAndColons)) {
                var names: [String] = []
                var next = index + 1
                while next < paragraphs.count, let name = bareName(paragraphs[next].text) ?? listedNames(paragraphs[next].text) {
                    names.append(name)
                    paragraphs[next].kind = .metadata
                    next += 1
                    if next < paragraphs.count, isPostLine(paragraphs[next].text) {
                        paragraphs[next].kind = .metadata
                        next += 1
                    }
                }
                if !names.isEmpty {
                    paragraphs[index].kind = .metadata
                    found[index] = names.joined(separator: "; ")
                }
                continue
            }
            // "Claire Vasseur (Économiste)": the name, and their post in brackets.
            if paragraph.text.hasSuffix(")"), let open = paragraph.text.firstIndex(of: "("),
                let name = bareName(String(paragraph.text[..<open])),
                case let post = paragraph.text[paragraph.text.index(after: open)...].dropLast().split(separator: " "),
                (1...4).contains(post.count), !post.contains(where: { $0.contains(where: \.isNumber) }),
                !CaptionParser.agencies.contains(post.joined(separator: " ").lowercased()),
                // ("New International Version (NIV)": a name's initials are no post.)
                !(post.count == 1 && post[0].allSatisfy(\.isUppercase)), isPersonLike(name)
            {
                paragraphs[index].kind = .metadata
                found[index] = name
                continue
            }
            // ("Achieng Otieno in Nairobi": the name, and where they write from.)
            guard let name = bareName(paragraph.text) ?? withoutPlace(paragraph.text).flatMap(bareName) else { continue }
            // The name again: alone on the next line (a card's name and its repeat), or opening a
            // later line about the writer ("Ruth Ashby is an environmental journalist …").
            let named = paragraphs[(index + 1)...].contains { later in
                later.text == paragraph.text
                    || later.text.hasPrefix(name) && later.text.count > name.count
                        && bioVerbs.contains { later.text.dropFirst(name.count).hasPrefix($0) }
            }
            // Or the date line right under it, or under the writer's post ("Tan Wei Ling" over
            // "Senior Correspondent" over "Published Jan 20, 2025"), when no word of the name is
            // one the text uses in lower case ("Special Report" over the date is a label).
            var post: Int?
            var dated = false
            if !named {
                var next = index + 1
                if next < paragraphs.count, isPostLine(paragraphs[next].text) {
                    post = next
                    next += 1
                }
                if next < paragraphs.count, fields(paragraphs[next].text)?.stamp != nil { dated = readsAsName(name) }
            }
            guard named || dated else { continue }
            paragraphs[index].kind = .metadata
            if let post { paragraphs[post].kind = .metadata }
            found[index] = name
            // (Its repeat right under it goes with it.)
            if index + 1 < paragraphs.count, paragraphs[index + 1].text == paragraph.text { paragraphs[index + 1].kind = .metadata }
        }
        return found
    }

    /// Names listed on a line of their own: "Rebecca Chiu and Marc-André Tremblay" → "Rebecca Chiu;
    /// Marc-André Tremblay" (each a name alone); nil for any other line.
    static func listedNames(_ text: String) -> String? {
        let names = AuthorList.split(text).components(separatedBy: "; ")
        guard names.count >= 2 else { return nil }
        let bare = names.compactMap(bareName)
        return bare.count == names.count ? bare.joined(separator: "; ") : nil
    }

    /// A name without the place after it: "Wanjiru Kamau in Nairobi" → "Wanjiru Kamau" (one to
    /// three capitalized words after "in"); nil when no place closes the text.
    static func withoutPlace(_ text: String) -> String? {
        guard let range = text.range(of: " in ", options: .backwards) else { return nil }
        let place = text[range.upperBound...].split(separator: " ")
        guard (1...3).contains(place.count),
            place.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-'’/".contains($0) } })
        else { return nil }
        return String(text[..<range.lowerBound])
    }

    /// A writer's post on a line of its own under their name: "Senior Correspondent", "Senior
    /// Fellow, Technology and Economic Security Program", "Economista. Investigador del Centro …":
    /// twelve words at most, a post's word among its first four.
    static func isPostLine(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        guard (1...12).contains(words.count), text.first?.isUppercase == true, sentenceEnds(in: text) <= 2 else { return false }
        return words.prefix(4).contains { postWords.contains(String($0)) }
    }

    static func sentenceEnds(in text: String) -> Int {
        ParagraphSplitter.sentenceBreaks(in: text) + (HTMLArticleReader.endsSentence(text) ? 1 : 0)
    }

    /// Writers' posts, in English and the other languages of the archive's pages.
    static let postWords: Set<String> = EditorNoteParser.writerPosts.union([
        "correspondent", "reporter", "commentator", "fellow", "economista", "investigador", "investigadora", "profesor",
        "profesora", "professora", "pesquisador", "pesquisadora", "économiste", "chercheur", "chercheuse", "professeur",
        "journaliste", "professorin", "journalistin", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
        "giornalista", "ricercatore", "ricercatrice", "docente", "periodista", "columnista", "colunista", "chroniqueur",
    ])

    /// The words the text writes in lower case, each once.
    ///
    /// The words are the runs of letters `split(whereSeparator: { !$0.isLetter })` finds, read by
    /// code point instead of by Character: a letter (Alphabetic) starts or goes on with a word, a
    /// mark that joins the code point before it (a combining accent, a zero-width joiner) goes
    /// where that code point went, and anything else ends the word. This runs over every body
    /// paragraph of every article.
    /// `among`: only these words are kept, when only they will be asked about.
    static func lowerCaseWords(_ paragraphs: [Paragraph], among asked: Set<String>? = nil) -> Set<String> {
        var words: Set<String> = []
        for paragraph in paragraphs where paragraph.kind == .body {
            let text = paragraph.text
            let scalars = text.unicodeScalars
            var start: String.Index?
            var index = scalars.startIndex
            func finish(at end: String.Index) {
                guard let begun = start else { return }
                start = nil
                let word = text[begun..<end]
                guard word.first?.isLowercase == true else { return }
                let kept = String(word)
                if asked?.contains(kept) ?? true { words.insert(kept) }
            }
            while index < scalars.endIndex {
                let scalar = scalars[index]
                let isLetter: Bool
                if scalar.isASCII {
                    isLetter = (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                } else {
                    isLetter = scalar.properties.isAlphabetic || start != nil && isJoining(scalar)
                }
                if isLetter {
                    if start == nil { start = index }
                } else {
                    finish(at: index)
                }
                index = scalars.index(after: index)
            }
            finish(at: scalars.endIndex)
        }
        return words
    }

    /// A code point that joins the one before it into one Character: a combining mark, a
    /// zero-width joiner or non-joiner.
    static func isJoining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: scalar.value == 0x200C || scalar.value == 0x200D
        }
    }

    /// A name with no word of a section's name or a common capitalized word ("New", "National",
    /// "Global") in it.
    static func isPersonLike(_ name: String) -> Bool {
        !name.split(separator: " ").contains { word in
            sectionWords.contains(word.lowercased()) || EntityExtractor.commonCapitalized.contains(word)
        }
    }

    /// Words of sections' and series' names, never a writer's ("Special Report", "World News",
    /// "Climate Change", "Weekend Edition").
    static let sectionWords: Set<String> = [
        "special", "report", "reports", "breaking", "news", "exclusive", "live", "update", "updates", "analysis", "feature",
        "features", "interview", "review", "explainer", "insight", "insights", "focus", "spotlight", "world", "business",
        "politics", "economy", "opinion", "sport", "sports", "culture", "science", "technology", "tech", "health", "climate",
        "change", "environment", "energy", "markets", "finance", "money", "travel", "lifestyle", "arts", "books", "video",
        "podcast", "photos", "gallery", "briefing", "weekend", "edition", "today", "latest", "top", "stories", "story", "home",
        "local", "national", "international", "global", "nation", "view", "views", "voices", "ideas", "debate", "column",
        "editorial", "policy", "affairs", "trade", "security", "defence", "defense", "diplomacy", "education", "media",
    ]

    static let authorsHeadings: Set<String> = [
        "authors", "author", "autores", "autoren", "auteurs", "autori", "auteur", "autor", "author of the article",
        "authors of the article",
    ]

    /// What follows a writer's name at the start of a line about them.
    static let bioVerbs = [" is ", " was ", " has ", ", ", " es ", " est ", " ist ", " é ", " è ", " writes ", " teaches "]

    static let headerLines = 8
    /// The most words of a deck under the headline.
    static let deckWords = 60
    /// The words of a paragraph that opens the story, past its header.
    static let storyWords = 30

    /// A person's name alone on a line, title-cased: two to four words, each a capital and letters
    /// (an initial's full stop, a hyphen or an apostrophe inside), 40 characters at most; not a
    /// place or a body the gazetteer knows, nor a section's label.
    static func bareName(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), text.count <= 40,
            words.allSatisfy({ word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’.".contains($0) }
                    && !titleSmallWords.contains(word.lowercased())
            }), !SectionLabel.isLabel(text)
        else { return nil }
        let name = titleCased(text)
        if let known = Gazetteer.shared.lookup(name), known.kind != .person { return nil }
        return name
    }

    /// A short run of capitalized words with no digits, small words between them: "The Diplomat",
    /// "CHINA DAILY", "The Times of India", "Corriere della Sera".
    static func isName(_ piece: String) -> Bool {
        let words = piece.split(separator: " ")
        return (1...6).contains(words.count) && !piece.contains(where: \.isNumber)
            && words.first?.first?.isUppercase == true && words.last?.first?.isUppercase == true
            && words.allSatisfy { $0.first?.isUppercase == true || titleSmallWords.contains(String($0)) }
    }

    /// A site's address as its name: "chinadaily.com.cn", "www.dawn.com" (letters, digits and
    /// hyphens in two parts or more, a top-level domain of letters).
    static func isWebAddress(_ piece: String) -> Bool {
        let parts = piece.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, piece.count <= 60, let top = parts.last, top.count >= 2, top.allSatisfy({ $0.isLetter && $0.isASCII })
        else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII || $0 == "-" }
        }
    }

    /// Small words inside an outlet's name.
    static let titleSmallWords: Set<String> = [
        "of", "the", "and", "for", "on", "de", "del", "della", "di", "da", "do", "la", "le", "du", "des", "für", "am", "im", "y", "e",
    ]

    /// Authors a source states in capitals ("AVITAL BENSHOSHAN; LI MING") title-cased, as a byline
    /// in capitals is, when each is a name of two words or more: an agency's short name ("AFP")
    /// stays as written.
    static func namesTitleCased(_ authors: String) -> String {
        guard !authors.contains(where: \.isLowercase),
            authors.split(separator: ";").allSatisfy({ $0.split(separator: " ").count >= 2 }),
            Gazetteer.shared.lookup(authors)?.kind != .organization,
            !authors.lowercased().split(separator: " ").contains(where: { deskWords.contains(String($0)) })
        else { return authors }
        return titleCased(authors)
    }

    /// Words of a newsroom's name, not a person's ("BBC NEWS", "AFP STAFF", "EDITORIAL BOARD").
    static let deskWords: Set<String> = ["news", "staff", "board", "desk", "editorial", "team", "reporters", "bureau", "agency"]

    /// "ZHANG WEIWEI" → "Zhang Weiwei", "LI AND WANG" → "Li and Wang"; names in mixed case stay as
    /// written.
    static func titleCased(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { word in
            let lower = word.lowercased()
            guard !(AuthorList.conjunctions.contains(" \(lower) ") && lower.count > 1) else { return lower }
            // ("BEN-HAIM" → "Ben-Haim": each part of a double name.)
            return word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                String(part.prefix(1)) + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// "Source: Xinhua" → "Xinhua": a short value after the label.
    static func labelled(_ piece: String, _ label: String) -> String? {
        guard piece.hasPrefix(label + ":") else { return nil }
        let value = String(piece.dropFirst(label.count + 1).trimmingWhitespace())
        guard !value.isEmpty, ASCIIMatch.spaceSeparatedWords(value) <= 5 else { return nil }
        return value
    }

    /// A line without the update in brackets that closes it: "18-03-2024 (updated: 19-03-2024 )"
    /// → "18-03-2024".
    static func withoutUpdateNote(_ line: String) -> String {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "("), open > line.startIndex,
            labels.contains(where: { line[line.index(after: open)...].lowercased().hasPrefix($0) })
        else { return line }
        return String(line[..<open]).trimmingSpaces()
    }

    /// The timestamp part of a labelled date line, or the whole line when it is only a date.
    static func timestamp(_ line: String) -> String? {
        guard line.utf8.count <= 240 else { return nil }
        // ("18-03-2024 (updated: 19-03-2024 )": the update in brackets after the date; "12:30 AM
        // March 11, 2024": the time before it.)
        var text = line
        let words = text.split(separator: " ")
        for count in [2, 1] where words.count > count + 1 && isTimeOfDay(words.prefix(count).joined(separator: " ")) {
            text = words.dropFirst(count).joined(separator: " ")
            break
        }
        text = withoutUpdateNote(text)
        let lower = text.lowercased()
        for label in labels where lower.hasPrefix(label) {
            var rest = Substring(text.dropFirst(label.count)).drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" })
            // A word joining the label to the date: "Aktualisiert am", "Publié le", "Publicado el".
            if let space = rest.firstIndex(of: " "), connectors.contains(rest[..<space].lowercased()) {
                rest = rest[rest.index(after: space)...]
            }
            let stamp = String(rest.trimmingWhitespace())
            if stamp.contains(where: \.isNumber), day(stamp) != nil { return stamp }
        }
        if !text.hasSuffix("."), ASCIIMatch.spaceSeparatedWords(text) <= 6,
            DateExtractor.parseStandalone(text) ?? PublicationDate.foreignDayMonthYear(text) != nil
        {
            return text
        }
        // A date in figures alone: "18-03-2024", "23.05.2024" (one order only makes a date).
        if !text.contains(" "), text.count <= 10, PublicationDate.numericDayMonthYear(Array(text.unicodeScalars)) != nil { return text }
        // A date, its time of day and what follows ("May 24, 2023 at 9:15 a.m. EDT").
        // (Not a line of a chronology: "February 24, 2022 at 5:00 a.m.: Russian missiles strike
        // …" ends a sentence; a stamp ends on its time, its zone or an update's note.)
        if let date = beforeTimeOfDay(text), ASCIIMatch.spaceSeparatedWords(date) <= 6,
            DateExtractor.parseStandalone(date) ?? PublicationDate.foreignDayMonthYear(date)
                ?? (writesDayFirst(text) && ASCIIMatch.spaceSeparatedWords(date) <= 2 ? PublicationDate.numericDayFirst(date) : nil) != nil,
            !text.hasSuffix(".") || ["a.m.", "p.m.", "a. m.", "p. m."].contains(where: { text.hasSuffix($0) }), !text.contains(": ")
        {
            return text
        }
        return nil
    }

    static let connectors: Set<String> = ["am", "vom", "le", "du", "el", "il", "em", "op", "on", "al"]

    /// The day (YYYY-MM-DD) a stamp states: in words, as the date extractor reads them, or in figures
    /// (`28.04.2023 17:23 Uhr`), as a page's date is read, when little else is in the stamp.
    static func day(_ stamp: String) -> String? {
        let dayFirst = writesDayFirst(stamp)
        if let day = dateAlone(stamp, dayFirst: dayFirst) { return day }
        guard let date = beforeTimeOfDay(stamp) else { return nil }
        return dateAlone(date, dayFirst: dayFirst)
    }

    /// Whether a date line writes the day before the month, as all but American English do: its
    /// label or a word of another language ("Actualizado al 12/06/2024", "às", "Uhr"), or a time
    /// of day with an "h" ("08h15").
    static func writesDayFirst(_ text: String) -> Bool {
        let lower = text.lowercased()
        if dayFirstWords.contains(where: { lower.contains($0) }) { return true }
        let characters = Array(lower)
        return characters.indices.dropFirst().dropLast(2).contains { index in
            characters[index] == "h" && characters[index - 1].isNumber && characters[index + 1].isNumber && characters[index + 2].isNumber
        }
    }

    static let dayFirstWords = [
        " às ", "uhr", "actualizado", "publicado", "atualizado", "aktualisiert", "veröffentlicht", "publié", "modifié",
        "mis à jour", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "stand:",
    ]

    /// The day a short run of words that is a date states: in English words as the date extractor
    /// reads them; in figures (four words at most), as a page's date is read; in another language's
    /// words, "24 de mayo de 2023", "3. Okt. 2023" (six words at most).
    static func dateAlone(_ text: String, dayFirst: Bool = false) -> String? {
        let words = ASCIIMatch.spaceSeparatedWords(text)
        return DateExtractor.parseStandalone(text) ?? (words <= 4 ? PublicationDate.parse(text).date : nil)
            ?? (words <= 6 ? PublicationDate.foreignDayMonthYear(text) : nil)
            ?? (dayFirst && words <= 4 ? PublicationDate.numericDayFirst(text) : nil)
    }

    /// A stamp's words before its time of day and what follows it ("May 24, 2023 at 9:15 a.m.
    /// EDT", "24 May, 2023 09:15 / Updated 1 year ago", "24 mai 2023 à 09h15, modifié le …"): the
    /// date. A date in figures ("24.05.2023") holds no time. Nil when the stamp states no time of
    /// day after words of its own.
    static func beforeTimeOfDay(_ stamp: String) -> String? {
        guard holdsClock(stamp) else { return nil }
        let characters = Array(stamp)
        let figures: Set<Character> = [".", ":", "/"]
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < characters.count && characters[index].isASCII && characters[index].isNumber
        }
        for start in characters.indices
        where isDigit(start) && !isDigit(start - 1) && (start == 0 || !figures.contains(characters[start - 1])) {
            var end = start
            while isDigit(end), end - start < 2 { end += 1 }
            guard !isDigit(end), end < characters.count, "h:.".contains(characters[end]), isDigit(end + 1), isDigit(end + 2),
                !isDigit(end + 3), end + 3 >= characters.count || !figures.contains(characters[end + 3])
            else { continue }
            var date = String(characters[..<start]).trimmingSpaces()
            // (The word that joins the time to its date: "at 9:15", "à 09h15", "um 9.15".)
            if let space = date.lastIndex(of: " "), timeJoiners.contains(date[date.index(after: space)...].lowercased()) {
                date = String(date[..<space])
            } else if timeJoiners.contains(date.lowercased()) {
                date = ""
            }
            date = date.trimming(.dateSeparators)
            return date.isEmpty ? nil : date
        }
        return nil
    }

    /// Whether the bytes hold a digit, an "h", ":" or "." and two digits ("9:15", "08h15"): what
    /// `beforeTimeOfDay` looks for, seen before the text is cut into Characters.
    static func holdsClock(_ text: String) -> Bool {
        ASCIIMatch.withBytes(text) { bytes in
            guard bytes.count >= 4 else { return false }
            let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
            for index in 1..<bytes.count - 2 where bytes[index] == 0x3A || bytes[index] == 0x2E || bytes[index] == 0x68 {
                if isDigit(bytes[index - 1]), isDigit(bytes[index + 1]), isDigit(bytes[index + 2]) { return true }
            }
            return false
        }
    }

    static let timeJoiners: Set<String> = ["at", "à", "às", "um", "alle", "om", "a", "las"]

    /// The words a byline opens with: English's, and Portuguese and Spanish, German, French,
    /// Dutch, Italian and Scandinavian ones ("Por Marina Pacheco, g1 SP — São Paulo").
    static let bylineLabels = [
        "By ", "BY ", "Written by ", "Written By ", "WRITTEN BY ", "Por ", "POR ", "Von ", "VON ", "Ein Kommentar von ",
        "Ein Gastbeitrag von ", "Par ", "PAR ", "Door ", "DOOR ", "Author: ", "Authors: ", "AUTHOR: ", "Autor: ", "Autora: ",
        "Autorin: ", "Autores: ", "Auteur : ", "Auteur: ", "Autore: ", "Por: ", "POR: ", "By: ", "BY: ",
        // Italian's, as Italian papers set it in small letters too ("di Francesca Bellandi");
        // Swedish, Norwegian and Danish ones.
        "di ", "Di ", "DI ", "Av ", "AV ", "Af ", "AF ",
    ]

    /// "By Imran Khalid" → "Imran Khalid"; "By Maria Lopez, John Smith and Wei Chen" → "Maria Lopez;
    /// John Smith; Wei Chen", as the archive lists authors (`AuthorList`).
    static func byline(_ text: String) -> String? {
        guard ASCIIMatch.spaceSeparatedWords(text) <= 8, let label = bylineLabels.first(where: { text.hasPrefix($0) }) else {
            return nil
        }
        var rest = Substring(text.dropFirst(label.count)).trimmingWhitespace()
        if let bar = rest.firstIndex(of: "|") { rest = rest[..<bar].trimmingWhitespace() }
        // ("By: Ramon V. Dizon - @dailycourierph": the writer's handle after a dash.)
        if let handle = rest.range(of: " - @") { rest = rest[..<handle.lowerBound].trimmingWhitespace() }
        // The writer's address after the name: "By Park Min-ji (mjpark@example.com)".
        if rest.last == ")", let open = rest.lastIndex(of: "("), rest[open...].contains("@") {
            rest = rest[..<open].trimmingWhitespace()
        }
        // In another language a label also opens sentences ("Por otro lado", "Von Berlin aus"):
        // only a name of two words or more follows it as a byline.
        if !["By ", "BY ", "Written by ", "Written By ", "WRITTEN BY "].contains(label) {
            // (And a byline ends on no full stop: "Von Olaf Scholz, dem Kanzler, kam nichts.")
            guard let (name, _) = EditorNoteParser.leadingName(rest), name.contains(" "),
                let last = text.last, !".!?".contains(last)
            else { return nil }
        }
        let listed = AuthorList.split(titleCased(String(rest)))
        if listed.contains("; ") { return listed }
        if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma].trimmingWhitespace() }
        guard let (name, after) = EditorNoteParser.leadingName(rest),
            after.trimmingWhitespace().isEmpty || after.hasPrefix(" and ") || withoutPlace(String(rest)) == name
        else {
            return nil
        }
        return titleCased(name)
    }
}

/// A cheap language guess: a script's, else the commonest words of the languages in Latin letters.
enum LanguageGuess {
    /// The commonest short words (four letters at most) of the languages written in Latin letters
    /// that the guess tells apart, by ISO 639-1 code.
    static let commonWords: [(language: String, words: [String])] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "with", "as", "on", "its", "by", "a"]),
        ("fr", ["le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "sur", "au", "aux", "ce"]),
        (
            "de",
            ["der", "die", "das", "und", "ist", "ein", "eine", "den", "dem", "des", "zu", "mit", "von", "sich", "auf", "für", "im", "auch"]
        ),
        ("es", ["el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "con", "para", "se", "al", "lo", "su"]),
        (
            "pt",
            ["o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com", "no", "na", "se", "por"]
        ),
        ("it", ["il", "la", "le", "di", "che", "e", "un", "una", "per", "con", "del", "è", "non", "si", "sono", "gli", "nel", "tra"]),
        ("nl", ["de", "het", "een", "en", "van", "dat", "die", "in", "is", "op", "te", "voor", "met", "niet", "zijn", "door"]),
    ]

    /// Each language's words packed into integers, one byte each, as `guess` packs the text's
    /// words (a letter outside ASCII is two bytes: "für", "è" fit).
    static let codes: [(language: String, codes: Set<UInt32>)] = commonWords.map { language, words in
        (language, Set(words.map { word in word.utf8.reduce(0) { $0 << 8 | UInt32($1) } }))
    }

    /// The language of a text: its script's (`scriptLanguage`), else, in Latin letters, the one
    /// whose common words make the largest share of the text's first 300 words, over an eighth of
    /// them. Nil for a text too short or in none of them.
    static func guess(_ paragraphs: [Paragraph]) -> String? {
        if let script = scriptLanguage(paragraphs) { return script }
        var total = 0
        var hits = [Int](repeating: 0, count: codes.count)
        let codes = codes
        for paragraph in paragraphs where paragraph.kind == .body && total < 300 {
            ASCIIMatch.withBytes(paragraph.text) { bytes in
                // A word counts when a space or a comma ends it; longer words cannot match.
                var length = 0
                var code: UInt32 = 0
                for byte in bytes {
                    if byte == 0x20 || byte == UInt8(ascii: ",") {
                        if length > 0 {
                            total += 1
                            if length <= 4 {
                                for index in codes.indices where codes[index].codes.contains(code) { hits[index] += 1 }
                            }
                            length = 0
                            code = 0
                            if total >= 300 { return }
                        }
                    } else {
                        if length < 4 { code = code << 8 | UInt32(ASCIIMatch.lower(byte)) }
                        length += 1
                    }
                }
            }
        }
        guard total >= 20, let best = hits.indices.max(by: { hits[$0] < hits[$1] }) else { return nil }
        return Double(hits[best]) / Double(total) > 0.12 ? codes[best].language : nil
    }

    /// Text mostly in one non-Latin script names its language: Han is Chinese unless kana make it
    /// Japanese, Hangul Korean, Cyrillic Russian (Ukrainian with its own letters), Arabic, Greek,
    /// Hebrew, Thai, Devanagari Hindi. Nil for Latin text, left to the word test.
    static func scriptLanguage(_ paragraphs: [Paragraph]) -> String? {
        // Most text is Latin: ASCII letters against the lead bytes of other characters, over the
        // first few hundred bytes, settle it.
        var ascii = 0
        var other = 0
        for paragraph in paragraphs where ascii + other < 400 && (paragraph.kind == .body || paragraph.kind == .title) {
            ASCIIMatch.withBytes(paragraph.text) { bytes in
                for byte in bytes.prefix(600) {
                    if byte >= 0xC0 {
                        other += 1
                    } else if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                        ascii += 1
                    }
                }
            }
        }
        guard other * 2 > ascii else { return nil }
        let text = paragraphs.filter { $0.kind == .body || $0.kind == .title }.map(\.text)

        var counts: [String: Int] = [:]
        var letters = 0
        var ukrainian = false
        outer: for paragraph in text {
            for scalar in paragraph.unicodeScalars {
                guard scalar.properties.isAlphabetic else { continue }
                letters += 1
                let script: String
                switch scalar.value {
                case 0x0041...0x024F: script = "latin"
                case 0x0370...0x03FF: script = "el"
                case 0x0400...0x04FF:
                    script = "cyrillic"
                    if [0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490].contains(scalar.value) { ukrainian = true }
                case 0x0590...0x05FF: script = "he"
                case 0x0600...0x06FF, 0x0750...0x077F: script = "ar"
                case 0x0900...0x097F: script = "hi"
                case 0x0E00...0x0E7F: script = "th"
                case 0x3040...0x30FF: script = "kana"
                case 0xAC00...0xD7AF, 0x1100...0x11FF: script = "ko"
                case 0x4E00...0x9FFF, 0x3400...0x4DBF: script = "han"
                default: script = "other"
                }
                counts[script, default: 0] += 1
                if letters >= 2000 { break outer }
            }
        }
        guard letters >= 20, let (script, count) = counts.max(by: { $0.value < $1.value }), count * 2 > letters else { return nil }
        switch script {
        case "latin", "other": return nil
        case "han": return counts["kana", default: 0] * 10 > letters ? "ja" : "zh"
        case "kana": return "ja"
        case "cyrillic": return ukrainian ? "uk" : "ru"
        default: return script
        }
    }
}

/// Whether a text shows anything: a paragraph of zero-width spaces, joiners, direction marks or
/// control characters alone looks empty, and is not kept as a paragraph.
enum VisibleText {
    static func contains(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let properties = scalar.properties
            if properties.isWhitespace || properties.isDefaultIgnorableCodePoint { return false }
            switch properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: return false
            default: return scalar != "\u{2800}"
            }
        }
    }
}

/// A kicker: the section label a page prints above the headline, copied with it.
enum SectionLabel {
    /// Last words of publications' names.
    static let publicationWords: Set<String> = [
        "post", "times", "news", "journal", "herald", "tribune", "guardian", "daily", "observer", "telegraph", "review",
        "magazine", "press", "today", "star", "globe", "chronicle", "gazette", "independent", "mail", "express", "standard",
        "insider", "wire", "dawn", "hindu", "economist", "atlantic", "diplomat", "monitor", "courier", "record", "sun",
        "ledger", "dispatch", "digest", "bulletin", "sentinel", "mercury", "examiner", "inquirer", "register", "spectator",
        "statesman", "courant", "letter", "weekly", "quarterly", "mirror", "reporter", "wochenpost", "zeitung", "rundschau",
        "allgemeine", "kurier", "anzeiger", "nachrichten",
    ]

    /// First words of publications' names in the languages that put them first ("El Diario del
    /// Plata", "Diário Paulistano", "La Gazette du Soir", "Corriere della Sera").
    static let leadingPublicationWords: Set<String> = [
        "diario", "diário", "jornal", "gazeta", "gazzetta", "gazette", "correio", "corriere", "observador", "periódico",
        "periodico", "heraldo", "crónica", "cronica", "courrier", "dépêche", "folha", "tribuna", "noticias", "notícias",
        "revista", "giornale", "journal", "agencia", "agence", "agenzia",
    ]
    /// Articles a publication's name may open with.
    static let nameArticles: Set<String> = [
        "the", "el", "la", "le", "les", "los", "las", "o", "a", "il", "lo", "die", "der", "das", "de", "het",
    ]

    /// The first publication's name in a line: a run of capitalized words (with a name's small
    /// words inside) ending on a word of publications' names ("The Lion City Times' newsletter",
    /// "The Deccan Courier's channel", "The Globe Wire Editorial Code") or opening with one
    /// ("… do Diário Paulistano", "… de El Observador Capitalino."); two words at least. Nil when
    /// the line names none.
    static func publication(in text: String) -> String? {
        guard text.utf8.count <= 400 else { return nil }
        return capitalizedRuns(in: text, articleStarts: true).lazy.compactMap(publicationName).first
    }

    /// The publication's name a run of capitalized words is or opens with; nil for any other run.
    static func publicationName(_ run: [Substring]) -> String? {
        let start = run.first.map { nameArticles.contains($0.lowercased()) } == true ? 1 : 0
        guard run.count - start >= 1, run.count >= 2 else { return nil }
        if leadingPublicationWords.contains(run[start].lowercased()) {
            var end = run.count
            while end > start + 1, MetadataLine.titleSmallWords.contains(String(run[end - 1])) { end -= 1 }
            return end - start >= 2 || start == 1 ? run[..<end].joined(separator: " ") : nil
        }
        guard let last = run[start...].lastIndex(where: { publicationWords.contains($0.lowercased()) }), last >= 1 else { return nil }
        return run[...last].joined(separator: " ")
    }

    /// The runs of capitalized words in a line, in order, a name's small words inside them
    /// ("Corriere della Sera"): a run ends at a word in lower case, and after a word that closes
    /// on punctuation or a possessive ("The Lion City Times' newsletter"); with `articleStarts`,
    /// a lower-case "the" ends one as well, the next name opening at it ("Follow the New York
    /// Times …").
    static func capitalizedRuns(in text: String, articleStarts: Bool) -> [[Substring]] {
        var runs: [[Substring]] = []
        var run: [Substring] = []
        func close() {
            if !run.isEmpty { runs.append(run) }
            run = []
        }
        for token in text.split(separator: " ") {
            var word = token
            var ends = false
            while let last = word.last, ",.;:!?)»\"”".contains(last) {
                word = word.dropLast()
                ends = true
            }
            for possessive in ["'s", "’s", "'", "’"] where word.hasSuffix(possessive) {
                word = word.dropLast(possessive.count)
                ends = true
                break
            }
            if word.first?.isUppercase == true, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." }) {
                run.append(word)
            } else if !run.isEmpty, word == "the", articleStarts {
                close()
            } else if !run.isEmpty, MetadataLine.titleSmallWords.contains(String(word)) {
                run.append(word)
            } else {
                close()
            }
            if ends { close() }
        }
        close()
        return runs
    }

    /// A line that is a publication's name and nothing else ("The Commons Review" over its
    /// headline), or its voice in an unsigned editorial ("The Harbour Herald's View"): the name.
    static func publicationLine(_ text: String) -> String? {
        var line = Substring(text).trimmingWhitespace()
        for view in ["'s View", "’s View", "'s view", "’s view"] where line.hasSuffix(view) {
            line = line.dropLast(view.count)
            break
        }
        guard line.split(separator: " ").count <= 6, !line.contains(where: \.isNumber), let name = publication(in: String(line)),
            name == line
        else { return nil }
        return name
    }

    static let labels: Set<String> = [
        "opinion", "opinions", "commentary", "op-ed", "oped", "op ed", "analysis", "editorial", "viewpoint",
        "viewpoints", "column", "perspective", "perspectives", "comment", "guest essay", "essay", "blog", "ideas",
        // German, French, Spanish, Portuguese, Italian and Dutch sections' names.
        "meinung", "kommentar", "kommentare", "gastbeitrag", "kolumne", "standpunkt", "leitartikel", "analyse", "idées",
        "tribune", "tribunes", "débats", "chronique", "point de vue", "éditorial", "opinión", "opiniones", "columna",
        "columnas", "tribuna", "análisis", "editoriales", "opinião", "coluna", "colunas", "tendências", "debates",
        "análise", "artigo", "opinione", "opinioni", "commento", "commenti", "editoriale", "rubriek", "column en opinie",
    ]

    /// The most lines of labels read above a headline.
    static let labelsAboveTitle = 6

    /// A section's label ("Opinion", "COMMENTARY"), alone or first of a path of them ("Opinion /
    /// Op-Ed Contributors", "Opinion | Economics").
    static func isLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "/" || $0 == ">" || $0 == "›" || $0 == "&" })
        guard let first = parts.first, parts.count == 1 ? text.utf8.count <= 24 : parts.allSatisfy({ $0.split(separator: " ").count <= 4 })
        else { return false }
        let trimmed = first.trimming(.headingMarks).lowercased()
        return labels.contains(trimmed)
    }

    /// A page's path of sections copied over the headline, "Die Wochenpost › Wirtschaft", "Home >
    /// World > Asia": two to four short parts set apart by "›", "»" or ">" (each four words at
    /// most, no sentence's end, no figures).
    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.utf8.count <= 80, !text.contains(where: \.isNumber) else { return false }
        let parts = text.split(whereSeparator: { $0 == ">" || $0 == "›" || $0 == "»" })
        return (2...4).contains(parts.count)
            && parts.allSatisfy { part in
                let words = part.split(separator: " ")
                return (1...4).contains(words.count) && words.first?.first?.isUppercase == true && !".!?".contains(part.last ?? " ")
            }
    }

    /// The headline a title line states: without a section's label before it ("Opinion | …",
    /// "OPINION: …", "ANALYSIS-…") or after it ("… | Opinion"), the site's name after it ("… -
    /// CGTN"), a field's label ("Title: …", "Headline: …") or a heading's marks ("# …").
    static func headline(_ line: String) -> String {
        var title = Substring(line).trimmingWhitespace()
        if title.hasPrefix("#") {
            title = title.drop(while: { $0 == "#" }).trimmingWhitespace()
        }
        for label in ["Title:", "Headline:", "TITLE:", "HEADLINE:", "Titel:", "Titre :", "Titre:", "Título:"] where title.hasPrefix(label) {
            title = title.dropFirst(label.count).trimmingWhitespace()
        }
        // "[Kim Seo-yeon] Cash alone will not …": a columnist's name in brackets before it.
        if title.first == "[", let close = title.firstIndex(of: "]"), title.distance(from: title.startIndex, to: close) <= 40,
            MetadataLine.bareName(String(title[title.index(after: title.startIndex)..<close])) != nil
        {
            title = title[title.index(after: close)...].trimmingWhitespace()
        }
        var text = String(title)
        if let after = titleAfterLabel(text) ?? withoutWireLabel(text) { return after }
        if let site = siteAfterTitle(text) { text = String(text.dropLast(site.count)).trimmingSpaces() }
        if let bar = text.range(of: " | ", options: .backwards), isLabel(String(text[bar.upperBound...])) {
            text = String(text[..<bar.lowerBound]).trimmingSpaces()
        }
        return text.isEmpty ? line : text
    }

    /// A wire's label glued to its headline, "ANALYSIS-Saudi patience …", "COLUMN-Why …",
    /// "EXCLUSIVE-…": the headline without it; nil for any other line.
    static func withoutWireLabel(_ text: String) -> String? {
        guard let dash = text.firstIndex(where: { $0 == "-" || $0 == ":" }), text.distance(from: text.startIndex, to: dash) <= 16 else {
            return nil
        }
        let label = text[..<dash]
        let rest = text[text.index(after: dash)...].trimmingWhitespace()
        guard label.count >= 4, label.allSatisfy({ $0.isUppercase || $0 == " " }), let first = rest.first,
            first.isUppercase || first.isNumber,
            labels.contains(label.lowercased()) || wireLabels.contains(String(label))
        else { return nil }
        return String(rest)
    }

    static let wireLabels: Set<String> = [
        "EXCLUSIVE", "INSIGHT", "FACTBOX", "EXPLAINER", "UPDATE", "BREAKINGVIEWS", "FEATURE", "INTERVIEW", "REFILE", "CORRECTED",
    ]

    /// A topic's label: a line of two words at most (or of parts of three at most set apart by
    /// bars, "Asia Defense | Security | Southeast Asia"), 40 characters at most, that ends no
    /// sentence and states no date. Over a headline (`isHeadline`) it is no title.
    static func isTopic(_ text: String) -> Bool {
        guard text.count <= 40, let last = text.last, !".,;:!?。".contains(last), !text.contains(where: \.isNumber) else { return false }
        let parts = text.split(separator: "|")
        // (A headline of three words over its deck, "Democracy Under Siege", is no topic; a line
        // of up to four in capitals is: "ORIENT LEDGER VIEWPOINT".)
        let most = parts.count > 1 ? 3 : text.contains(where: \.isLowercase) ? 2 : 4
        return parts.allSatisfy { part in (1...most).contains(part.split(separator: " ").count) }
    }

    /// A kicker of three or four capitalized words ("Belt and Road", "Climate and Energy"), a
    /// name's small words between: 40 characters at most, no sentence's end, no figures.
    static func isShortKicker(_ text: String) -> Bool {
        guard text.count <= 40, let last = text.last, !".,;:!?".contains(last), !text.contains(where: \.isNumber) else { return false }
        let words = text.split(separator: " ")
        return (3...4).contains(words.count)
            && words.allSatisfy { $0.first?.isUppercase == true || MetadataLine.titleSmallWords.contains(String($0)) }
    }

    /// A line that reads as a headline under a label: four words or more, no sentence's end, no
    /// byline or date.
    static func isHeadline(_ text: String) -> Bool {
        let line = Substring(text).trimmingWhitespace()
        return line.split(separator: " ").count >= 4 && ParagraphSplitter.looksLikeTitle(String(line))
            && !MetadataLine.isMetadata(String(line)) && !isLabel(String(line))
    }

    /// The headline of a line that opens with a section's label and a bar ("Opinion | The Suburbs
    /// Are Not Dying. They Are Changing."), the site's name after another bar or a dash left out
    /// (`siteAfterTitle`); nil for any other line.
    static func titleAfterLabel(_ text: String) -> String? {
        guard text.count <= 300, let bar = text.firstIndex(of: "|"), isLabel(String(text[..<bar])) else { return nil }
        let rest = text[text.index(after: bar)...].trimmingSpaces()
        let title =
            siteAfterTitle(rest).map { String(rest.dropLast($0.count)).trimming(.dashesAndBars) } ?? rest
        guard title.split(separator: " ").count >= 2, title.split(separator: " ").count <= 30 else { return nil }
        return title
    }

    /// The site's name closing a browser tab's title (" - The Washington Post", " | Dawn"): a name
    /// of up to five words after the last dash or bar set apart by spaces, that the gazetteer
    /// knows as a body, or a web address, or whose last word names a publication ("Post").
    static func siteAfterTitle(_ text: String) -> String? {
        let separators = [" - ", " – ", " — ", " | "]
        guard let range = separators.compactMap({ text.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let site = text[range.upperBound...].trimmingSpaces()
        // (A subtitle in capitals after a dash, "Star Wars - A New Hope", is no site.)
        let isPublication =
            MetadataLine.isWebAddress(site) || Gazetteer.shared.lookup(site)?.kind == .organization
            || site.split(separator: " ").last.map { publicationWords.contains($0.lowercased()) } == true
        guard site.split(separator: " ").count <= 5, MetadataLine.isName(site) || MetadataLine.isWebAddress(site), isPublication
        else { return nil }
        return String(text[range.lowerBound...])
    }
}
