import CLibXML2
import Foundation

/// Reads an article page with libxml2's HTML parser: metadata from `<meta>` and `<link>`, the text
/// from the element that scores best as the article's container (ContentScorer) with the siblings
/// that continue it, else schema.org's `articleBody`, opened by the standfirst under the headline
/// when it stands outside that element; figure captions as captions; navigation,
/// scripts, asides, cookie banners and related-link lists left out (PageReading, Boilerplate).
public enum HTMLArticleReader {
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg",
        "template", "select", "input", "textarea", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
    ]
    static let blockElements: Set<String> = [
        "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
        "dd", "dt", "td", "caption", "h1",
    ]
    /// Elements whose text is never the page's: code, the TeX source MathML carries beside a formula,
    /// and ruby's readings (the kana set over a kanji) with the brackets around them.
    static let unreadElements: Set<String> = [
        "script", "style", "noscript", "template", "annotation", "annotation-xml", "rt", "rp",
    ]
    /// Elements that start a block of their own: a paragraph's or a container's.
    static let blockContainers: Set<String> = [
        "div", "figure", "section", "article", "main", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl",
        "form", "header", "footer", "aside", "nav", "address", "hr", "center", "details", "fieldset",
    ]
    /// Elements that sit inside a line of text.
    static let inlineElements: Set<String> = [
        "a", "b", "i", "em", "strong", "span", "font", "small", "big", "u", "s", "strike", "sub", "sup", "abbr", "cite",
        "code", "q", "mark", "time", "label", "br", "img", "tt", "kbd", "var", "dfn", "ins", "del", "bdi", "bdo",
        "wbr", "nobr", "picture", "data", "ruby", "rb",
    ]

    /// MathML's elements: a formula sits inside its sentence.
    static let mathElements: Set<String> = [
        "math", "mi", "mo", "mn", "ms", "mtext", "mrow", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot",
        "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mspace", "mstyle", "mpadded", "mphantom",
        "menclose", "mfenced", "mmultiscripts", "mprescripts", "semantics", "none",
    ]

    /// Whether an element sits inside a line of text: the inline elements of HTML, MathML's, and
    /// custom elements (a name with a hyphen, `<mjx-container>`), which browsers lay out inline
    /// unless a style says otherwise. Whether it holds blocks is asked apart (PageStatistics).
    static func isInlineName(_ element: String) -> Bool {
        inlineElements.contains(element) || mathElements.contains(element) || element.utf8.contains(UInt8(ascii: "-"))
    }

    static func isBlockName(_ element: String) -> Bool {
        blockElements.contains(element) || blockContainers.contains(element)
    }

    /// With `fragment`, the markup is a piece of an article (the HTML a scraper keeps in a JSON text
    /// field), not a page: any paragraph counts, however short.
    public static func read(_ html: String, source: String, fragment: Bool = false) -> Result<RawArticle, CommentaryError> {
        let libxml2: LibXML2
        switch LibXML2.loaded {
        case .success(let functions): libxml2 = functions
        case .failure(let error): return .failure(.input(location: source, reason: error.description))
        }
        var bytes = Array(html.utf8)
        // Deeper than libxml2 builds, a page would lose its text: its excess depth is flattened.
        // A section's end tag after a `<div>` left open closes the `<div>` too, as in a browser.
        if let prepared = HTMLDepth.prepared(bytes) { bytes = prepared }
        // An `</html>` before the body would end the page there for libxml2, not for a browser.
        if let whole = EarlyEnd.removed(bytes) { bytes = whole }
        // A script that writes scripts inside `<!--` ends where a browser ends it, not at the
        // first `</script>` in its text.
        if let mended = ScriptEnds.mended(bytes) { bytes = mended }
        // `&#146;` is Windows-1252's apostrophe, as a browser reads it, not a control character.
        if let mended = WindowsReferences.mended(bytes) { bytes = mended }
        // The attributes the reader never reads (`data-…`, an SVG path's drawing) and the text of
        // style sheets are not parsed.
        if let trimmed = UnreadMarkup.removed(bytes) { bytes = trimmed }
        let streamed = bytes.withUnsafeBufferPointer { StreamedParts.present(in: $0) }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        guard
            let document = bytes.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        libxml2.readMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                    }
                }
            })
        else {
            return .failure(.input(location: source, reason: "not a readable HTML page"))
        }
        defer { libxml2.freeDoc(document) }
        guard let root = libxml2.rootElement(document) else {
            return .failure(.input(location: source, reason: "HTML page with no elements"))
        }
        // What the parser left in the head (or in a second root) of a page saved broken goes to
        // the body, before the tree's depth is measured: a second root's nodes join the first's.
        MisplacedContent.mend(root)
        // The walks below recurse once per level. HTMLDepth and libxml2's own limit (256) keep
        // the tree shallow; should a parser ever build it deeper, the page is refused here rather
        // than overflow the stack.
        guard treeDepth(root) <= maximumWalkDepth else {
            return .failure(.input(location: source, reason: "HTML nested deeper than \(maximumWalkDepth) elements; not read"))
        }
        // A page React streams in parts is read with each part in its place, as a browser shows it.
        if streamed { StreamedParts.place(in: root, deepest: maximumWalkDepth) }

        var page = Page()
        page.language = attribute(root, "lang")
        collectMetadata(root, into: &page)

        // A story drawn by script from a template keeps its copy for readers without script.
        _ = unwrapNoscript(root, libxml2, holdingProse: noscriptStory)
        var reading = PageReading(root: root)
        var (content, blocks) = bodyBlocks(root, reading)
        // Refuse only when no candidate holds article text: a page with none under the usual
        // verdicts is read again with words of layout left undecided, then with the copies it
        // keeps in <noscript> for readers without script (pages that draw the story by script),
        // then from the candidates that scored below the best (runnerUpBlocks).
        // (An author's box alone is no article: its note is read with the story, not as one.)
        func holdsArticle(_ blocks: [RawBlock]) -> Bool {
            blocks.contains { $0.hint != .title && $0.hint != .editorNote && Self.isParagraphLength($0.text) }
        }
        if !fragment, !holdsArticle(blocks) {
            let lenient = PageReading(statistics: reading.statistics, lenient: true)
            let retry = bodyBlocks(root, lenient)
            if holdsArticle(retry.blocks) {
                (reading, content, blocks) = (lenient, retry.content, retry.blocks)
            } else if unwrapNoscript(root, libxml2) {
                let unwrapped = PageReading(root: root)
                let retry = bodyBlocks(root, unwrapped)
                if holdsArticle(retry.blocks) { (reading, content, blocks) = (unwrapped, retry.content, retry.blocks) }
            }
        }
        if !fragment, !holdsArticle(blocks), let runnerUp = runnerUpBlocks(root, reading) {
            (content, blocks) = runnerUp
        }
        // Last, a post of short lines (a list of places and cameras under subheads) in an element
        // that says it is the story: an article with no line long enough to be prose.
        var shortLines = false
        if !fragment, !holdsArticle(blocks), let lines = shortLineBlocks(root, reading) {
            (content, blocks, shortLines) = (lines.content, lines.blocks, true)
        }
        // Last of all, the page's paragraphs of prose wherever they stand: a story inside an
        // element the verdicts took for furniture is still read, not refused.
        if !fragment, !shortLines, !holdsArticle(blocks), let prose = proseParagraphBlocks(root, reading) {
            (content, blocks) = (root, prose)
        }
        // What stands above the story's element within its nearest ancestors: its headline, byline
        // and date, read for all three below.
        let above = content == root ? [] : precedingBlocks(of: content)
        // The headline: the article's own <h1>, else one above the story's element (a hero block)
        // when the page's own titles bear it out (a blog's name there is no headline) or it reads
        // as a printed headline (`printedHeadline`), before the headline for sharing og:title
        // often carries, else og:title, else any <h1> outside the page's header and navigation (a
        // site name there is no headline), else <title>.
        // (Not an <h1> in an aside set into the story: a link to another story, titled with its
        // headline.)
        let ownHeading = content == root ? nil : first(content, named: "h1", skipping: ["aside"]).map { headingText(of: $0) }
        // (The site's name as the page states it, else as its title gives it.)
        let site = page.siteName ?? titleSite(page.ogTitle ?? page.titleElement, url: page.ogURL ?? page.canonical)
        let statedTitles = [page.ogTitle, page.linkedHeadline, page.titleElement].compactMap {
            cleanTitle($0, site: site, url: page.ogURL ?? page.canonical)
        }
        let storyHeading =
            above.lazy.compactMap { block in
                (name(block) == "h1" ? block : first(block, named: "h1")).map { headingText(of: $0) }
            }.first { heading in statedTitles.contains { sameHeadline(heading, $0) } }
            ?? printedHeadline(above, site: site, stated: statedTitles)
        let anyHeading = reading.firstOutsideBoilerplate(root, named: "h1").map { text(of: $0) }
        let stated = cleanTitle(
            ownHeading ?? storyHeading ?? Self.withoutKicker(page.ogTitle, headline: page.linkedHeadline) ?? page.linkedHeadline
                ?? anyHeading ?? page.titleElement, site: site,
            url: page.ogURL ?? page.canonical)
        // A title for sharing or for the tab is often the page's <h1> and then the site's name
        // after a separator ("Healthy Eating Plate • The Nutrition Source"): the <h1> it opens with.
        let title = ownHeading != nil || storyHeading != nil ? stated : stated.map { headingOpening($0, in: root) ?? $0 }
        // Labels above the headline in the story's element (its section, "Exclusive"): short lines
        // that end no sentence, before the <h1> that states the title (or the subhead-sized
        // heading that does, on a page whose <h1> is elsewhere).
        if let title,
            let headline = blocks.firstIndex(where: {
                $0.hint == .title && $0.text.range(of: title, options: .caseInsensitive) != nil
                    || $0.hint == nil && $0.isHeading && $0.text.caseInsensitiveCompare(title) == .orderedSame
            }),
            blocks[..<headline].allSatisfy({ $0.hint == nil && $0.text.count <= Self.labelAboveHeadline && !endsSentence($0.text) })
        {
            blocks.removeFirst(headline)
        }
        // The headline is the title; drop it from the body blocks, wherever the page repeats it.
        if let title {
            // (An <h1> that also holds a kicker holds the title.)
            blocks.removeAll { block in
                (block.hint == .title || block.hint == nil) && block.text.caseInsensitiveCompare(title) == .orderedSame
                    || block.hint == .title && block.text.range(of: title, options: .caseInsensitive) != nil
            }
        }
        blocks = withoutTruncatedCaptions(
            withoutSecondCopy(blocks.map { $0.hint == .title ? RawBlock(text: $0.text, hint: nil) : $0 }))
        // schema.org's articleBody, when the page states it and the markup holds less than half of
        // it: pages that draw their text by script, or hide it from a reader of the markup. Less
        // than half in length, or shorter and with under half of its words (a "Loading the
        // article …" notice where the story will be drawn).
        if let linked = page.linkedBody, !fragment {
            let paragraphs = linkedParagraphs(linked, source: source)
            let found = blocks.filter { $0.hint == nil }
            let foundLength = found.reduce(0) { $0 + $1.text.count }
            let statedLength = paragraphs.reduce(0, { $0 + $1.count })
            if foundLength * 2 < statedLength
                || (foundLength < statedLength && Self.shareOfWords(in: paragraphs, heldBy: found.map(\.text)) < 0.5)
            {
                blocks = blocks.filter { $0.hint == .caption } + paragraphs.map { RawBlock(text: $0) }
            } else {
                // The story ends where the page's statement of it ends: after it, the page's boxes.
                blocks = StatedEnd.ended(blocks, stated: paragraphs)
            }
        }

        // The story ends where its readers' comments begin, under a heading of their own.
        if !fragment { blocks = CommentSection.ended(blocks) }

        // The photo the story opens with, above the story's element (in its header): its caption.
        if !fragment, content != root, let caption = reading.leadCaption(before: content, in: root, headline: title),
            !blocks.contains(where: { $0.text.contains(caption.text) || caption.text.contains($0.text) && $0.hint == .caption })
        {
            blocks.insert(caption, at: 0)
        }
        // The standfirst under the headline, outside the story's element, opens the body.
        if !fragment, !shortLines, content != root, let lead = reading.standfirst(before: content, in: root, description: page.description)
        {
            let fresh = lead.filter { paragraph in
                paragraph.text != title && !blocks.contains { $0.text.contains(paragraph.text) }
            }
            blocks.insert(contentsOf: fresh, at: 0)
        }
        func holdsText(_ blocks: [RawBlock]) -> Bool {
            shortLines || blocks.contains(where: { (fragment ? !$0.text.isEmpty : Self.isParagraphLength($0.text)) || $0.hint == .caption })
        }
        // Last of all, the story an application keeps only in its scripts' data, its markup a
        // spinner (ScriptData).
        if !fragment, !holdsText(blocks), let markup = ScriptData.storyMarkup(under: root),
            case .success(let stored) = read(markup, source: source, fragment: true)
        {
            blocks = (stored.blocks ?? []).filter { $0.hint != .title }
        }
        guard holdsText(blocks) else {
            return .failure(.input(location: source, reason: "no article text found in the page: \(reading.whatWasFound(root))"))
        }
        if let title { blocks.insert(RawBlock(text: title, hint: .title), at: 0) }

        var metadata = ArticleMetadata()
        metadata.title = title
        // The author: the article's own meta tags and JSON-LD, then a byline where the story is
        // (its element, or above it: a list of other stories has bylines of its own), never a
        // comment's.
        let outlets = [page.siteName, page.linkedPublisher].compactMap { $0?.lowercased() }
        let posts = page.bylines.filter { !isInComments($0.node) }
        let bylines = posts.filter { !outlets.contains($0.names.lowercased()) }
        let storyRegion = content == root ? [root] : [content] + above
        let storyByline = bylines.first { byline in
            storyRegion.contains { $0 == byline.node || ContentScorer.isAncestor($0, of: byline.node) }
        }
        // The first name in this order that is no publisher's (its words all words of its site's
        // name, its JSON-LD publisher or the holder of its copyright: many sites fill
        // <meta name="author"> or their JSON-LD author with the house's name) nor an account's
        // ("Administrator"); else the first that is no account's (on a personal site the site, the
        // copyright and the author are one name). A "By" line above
        // the story that no markup names comes after <meta name="author"> and before a marked
        // byline elsewhere on the page (another story's, a list's).
        let publishers = (outlets + [page.copyright?.lowercased(), page.linkedAuthorOrganization?.lowercased()]).compactMap { $0 }
        func namesPublisher(_ name: String) -> Bool {
            let words = Set(lowercaseWords(name))
            return !words.isEmpty && publishers.contains { words.isSubset(of: lowercaseWords($0)) }
        }
        // (Read in order, and no further than the first that will do: the "By" line is looked for
        // only when no tag or marked byline in the story names a person.)
        let sources: [() -> String?] = [
            // (A tag's name without what a site sets after it: "Jane Doe | Harbour Times".)
            { page.author.map(tagName) }, { page.linkedAuthor }, { storyByline?.names }, { page.metaAuthor.map(tagName) },
            { content == root ? nil : bylineInWords(in: content, above: above) }, { bylines.first?.names }, { posts.first?.names },
        ]
        var person: String?
        var anyone: String?
        for source in sources {
            guard let name = source(), !roleNames.contains(name.lowercased()) else { continue }
            anyone = anyone ?? name
            if !namesPublisher(name), !isHandle(name) {
                person = name
                break
            }
        }
        // A tag naming one author where the page's linked data lists them all ("Fabian Cambero"
        // beside a list of two): the list.
        if let named = person, let linked = page.linkedAuthor, linked != named {
            let listed = Set(linked.split(separator: ";").map { $0.trimmingWhitespace().lowercased() })
            let stated = Set(named.split(separator: ";").map { $0.trimmingWhitespace().lowercased() })
            if stated.isStrictSubset(of: listed) { person = linked }
        }
        metadata.author = (person ?? anyone).map(AuthorList.tidy)
        // (`site`: the site's name as the page states it, else as its title gives it.)
        metadata.outlet = page.siteName ?? page.linkedPublisher ?? site ?? footerOutlet(root)
        metadata.url = page.ogURL ?? page.canonical
        // "en-US" → "en": the language, as the rest of the archive names it.
        metadata.language = page.language.map { String($0.lowercased().prefix { $0 != "-" && $0 != "_" }) }
        if let published = page.published ?? page.linkedPublished
            ?? (content == root ? nil : storyDate(in: content, above: above))
            ?? page.pageDate
        {
            (metadata.published, metadata.publishedTime) = PublicationDate.parse(published)
        }
        // Last, the date many news sites put in the story's address (`/2025/12/16/slug`).
        if metadata.published == nil, let url = metadata.url { metadata.published = PublicationDate.inAddress(url) }
        return .success(
            RawArticle(
                source: source, rawText: html, text: blocks.map(\.text).joined(separator: "\n"),
                blocks: blocks, metadata: metadata))
    }

    /// The share of the distinct words of `stated` that `texts` hold.
    static func shareOfWords(in stated: [String], heldBy texts: [String]) -> Double {
        let words = Set(stated.flatMap { lowercaseWordRuns($0) })
        guard !words.isEmpty else { return 1 }
        let held = Set(texts.flatMap { lowercaseWordRuns($0) })
        return Double(words.count(where: held.contains)) / Double(words.count)
    }

    /// The paragraphs of schema.org's `articleBody`: its lines, or, when the site put the story's
    /// markup there (`<p>…</p>`, at least one such block tag), the paragraphs that markup reads as.
    static func linkedParagraphs(_ body: String, source: String) -> [String] {
        // Block tags (`<p>`, `<br>`): a plain body with a `<strong>` name in it keeps its lines.
        let tag = #"</?(p|br|div|h[2-6]|li|blockquote)(\s[^>]*)?/?>"#
        if body.utf8.contains(UInt8(ascii: "<")), body.range(of: tag, options: [.regularExpression, .caseInsensitive]) != nil,
            case .success(let read) = read(body, source: source, fragment: true)
        {
            return (read.blocks ?? []).filter { $0.hint == nil }.map(\.text)
        }
        // Lines split at each line break on the scalars: every line break is a character of its
        // own (CR LF one), so the lines are those a split by Character gives, with an empty one
        // between CR and LF that is dropped with the other empty ones.
        return body.unicodeScalars.split(whereSeparator: isLineBreak).map { collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// The scalars that break a line (`Character.isNewline`'s): LF, VT, FF, CR, NEL, LS and PS.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Renames every `<noscript>` under `root` to `<div>`, so its markup is read as the page's;
    /// whether there was one. With `holdingProse`, only those holding at least that many
    /// characters of text outside links: the copy of a story a page draws by script from a template
    /// (`<script type="text/template">` and its `<noscript>` twin), not a notice to turn script on.
    /// One whose text is markup shown as text (a page saved with `<noscript>&lt;img …&gt;`) stays
    /// unread: those are a lazy-loading plugin's images, not words of the page.
    static func unwrapNoscript(_ root: xmlNodePtr, _ libxml2: LibXML2, holdingProse: Int? = nil) -> Bool {
        var found = false
        func visit(_ node: xmlNodePtr) {
            for child in children(node) where isElement(child) {
                if name(child) == "noscript", !holdsEscapedMarkup(child), holdingProse.map({ prose(in: child) >= $0 }) ?? true {
                    libxml2.setName(child, "div")
                    found = true
                }
                visit(child)
            }
        }
        visit(root)
        return found
    }

    /// Whether an element's own text is markup shown as text: a tag (`<img`, `</p`, `<!--`) opens it.
    static func holdsEscapedMarkup(_ node: xmlNodePtr) -> Bool {
        children(node).contains { child in
            guard child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content else { return false }
            let text = String(cString: content).drop { $0.isWhitespace }
            guard text.first == "<", let next = text.dropFirst().first else { return false }
            // An ASCII letter: a tag's name (`<앵커>`, a broadcast script's speaker, is text).
            return next.isASCII && next.isLetter || next == "/" || next == "!"
        }
    }

    /// The visible characters under an element outside links, scripts and styles.
    static func prose(in node: xmlNodePtr, insideLink: Bool = false) -> Int {
        var total = 0
        for child in children(node) {
            if child.pointee.type == XML_TEXT_NODE, !insideLink, let content = child.pointee.content {
                total += PageStatistics.measure(content).visible
            } else if isElement(child), name(child) != "script", name(child) != "style" {
                total += prose(in: child, insideLink: insideLink || name(child) == "a")
            }
        }
        return total
    }

    /// The prose in a `<noscript>` that makes it the story's copy, read in the first reading.
    static let noscriptStory = 500

    /// The chosen container (the page's root when none is chosen) and the blocks of it and of the
    /// siblings that continue it.
    static func bodyBlocks(_ root: xmlNodePtr, _ reading: PageReading) -> (content: xmlNodePtr, blocks: [RawBlock]) {
        let chosen = ContentScorer(statistics: reading.statistics, isBoilerplate: reading.isBoilerplate).choose(in: root)
        return (chosen?.container ?? root, blocks(of: chosen ?? ContentScorer.Choice(container: root, parts: [root]), reading))
    }

    /// The blocks of a chosen container and the siblings that continue it, in page order, the
    /// columns beside the story left out.
    static func blocks(of chosen: ContentScorer.Choice, _ reading: PageReading) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var reading = reading
        reading.besides = chosen.besides
        for part in chosen.parts {
            if part == chosen.container {
                reading.collectBlocks(part, into: &blocks, insideFigure: false)
            } else {
                reading.collectBlock(part, into: &blocks, insideFigure: false)
            }
        }
        // A heading the story ends on heads what was left out under it: other stories' links
        // ("Related Topics", "What to Read Next"), a box of promotions. (Not a story's own last
        // sentences set as headings for weight.)
        while let last = blocks.last, last.isHeading, !endsSentence(last.text), last.text.count <= trailingHeadingLength {
            blocks.removeLast()
        }
        return blocks
    }

    /// The longest heading left out when the story ends on it.
    static let trailingHeadingLength = 80

    /// How many candidates after the best are read before a page is refused.
    static let runnersUp = 4

    /// Whether a block is long enough to be a paragraph of an article: over 40 characters, a
    /// character of Chinese, Japanese or Korean counted as the three letters it is worth (a
    /// Chinese sentence of 35 characters says what twenty English words say).
    static func isParagraphLength(_ text: String) -> Bool {
        var length = 0
        for scalar in text.unicodeScalars {
            length += scalar.value >= 0x1100 && isWideScript(scalar.value) ? 3 : 1
            if length > shortestParagraph { return true }
        }
        return false
    }

    static let shortestParagraph = 40

    /// Chinese, Japanese and Korean characters: the wide characters of Chinese and Japanese
    /// (`isChineseOrJapanese`) and Hangul.
    static func isWideScript(_ scalar: UInt32) -> Bool {
        isChineseOrJapanese(scalar) || (0xAC00...0xD7A3).contains(scalar) || (0x1100...0x11FF).contains(scalar)
    }

    /// The wide characters of Chinese and Japanese: ideographs, kana, their punctuation and
    /// full-width forms.
    static func isChineseOrJapanese(_ scalar: UInt32) -> Bool {
        (0x3000...0x30FF).contains(scalar) || (0x3400...0x4DBF).contains(scalar) || (0x4E00...0x9FFF).contains(scalar)
            || (0xF900...0xFAFF).contains(scalar) || (0xFF01...0xFF60).contains(scalar) || (0xFFE0...0xFFE6).contains(scalar)
            || (0x20000...0x3FFFF).contains(scalar)
    }

    /// The first runner-up whose blocks hold a paragraph of prose (a sentence over 40 characters):
    /// where the best candidate holds none, a one-paragraph story scored below a site's legal line
    /// or a form's labels is still the page's article.
    static func runnerUpBlocks(_ root: xmlNodePtr, _ reading: PageReading) -> (content: xmlNodePtr, blocks: [RawBlock])? {
        let scorer = ContentScorer(statistics: reading.statistics, isBoilerplate: reading.isBoilerplate)
        for chosen in scorer.choices(in: root, runnersUp: runnersUp).dropFirst() {
            let blocks = blocks(of: chosen, reading)
            if blocks.contains(where: { $0.hint == nil && isParagraphLength($0.text) && endsSentence($0.text) }) {
                return (chosen.container, blocks)
            }
        }
        return nil
    }

    /// The blocks without the plain paragraphs from `index` on: where the story ends (its stated
    /// end, its readers' comments), captions and the other kinds the reader marked keep their places.
    static func withoutPlainBlocks(_ blocks: [RawBlock], from index: Int) -> [RawBlock] {
        Array(blocks[..<index]) + blocks[index...].filter { $0.hint != nil }
    }

    /// The blocks without a caption's shortened copy beside it: a gallery sets each photo's
    /// caption whole and cut short ("… received over the …"), one shown at a time.
    static func withoutTruncatedCaptions(_ blocks: [RawBlock]) -> [RawBlock] {
        func opening(_ text: String) -> Substring {
            var text = Substring(text)
            while let last = text.last, last == "." || last == "…" || last.isWhitespace { text.removeLast() }
            return text
        }
        var kept: [RawBlock] = []
        for block in blocks {
            if block.hint == .caption, let previous = kept.last, previous.hint == .caption {
                let (shorter, longer) = previous.text.count <= block.text.count ? (previous, block) : (block, previous)
                let cut = opening(shorter.text)
                if cut.count >= truncatedCaption, cut.count < longer.text.count, longer.text.hasPrefix(cut) {
                    kept[kept.count - 1] = longer
                    continue
                }
            }
            kept.append(block)
        }
        return kept
    }

    /// The shortest caption cut short that is taken for a copy of a longer one, in characters.
    static let truncatedCaption = 40

    /// The blocks without a second copy of a run of them: a page that keeps the story again for
    /// printing or for another screen shows it once. A run of `copiedRun` blocks or more with the
    /// same words in the same order as an earlier run is left out; a line repeated alone (a
    /// refrain, a call to act, a quotation the story comes back to) stays.
    static func withoutSecondCopy(_ blocks: [RawBlock]) -> [RawBlock] {
        // A block without words is no part of a run.
        let keys = blocks.map(wordsKey)
        var firstSeen: [Int: Int] = [:]
        var copied = IndexSet()
        // Blocks compared, at most: a page of thousands of one short line ("Reply") stops early.
        var comparisons = 0
        var index = 0
        while index < blocks.count {
            guard let key = keys[index] else {
                index += 1
                continue
            }
            if let earlier = firstSeen[key], comparisons < copiedRunComparisons {
                // The run: as far as the words go on in step, and no further than where this began.
                var length = 0
                while index + length < blocks.count, earlier + length < index, keys[index + length] != nil,
                    keys[earlier + length] == keys[index + length]
                {
                    length += 1
                }
                comparisons += length
                if length >= copiedRun.blocks,
                    blocks[index..<(index + length)].filter({ $0.text.count >= copiedRun.paragraph }).count >= 2
                {
                    copied.insert(integersIn: index..<(index + length))
                    index += length
                    continue
                }
            } else {
                firstSeen[key] = index
            }
            index += 1
        }
        return copied.isEmpty ? blocks : blocks.indices.filter { !copied.contains($0) }.map { blocks[$0] }
    }

    /// A block's words, in order and in lower case, and its kind, as one hash: what two copies of
    /// a block share however their punctuation differs ("- Nie było", "Nie było"); nil when the
    /// block has no words. (A hash, not the words: this runs on every block of every page.)
    static func wordsKey(_ block: RawBlock) -> Int? {
        var hasher = Hasher()
        hasher.combine(block.hint)
        var hasWords = false
        var gap = false
        for scalar in block.text.unicodeScalars {
            let value = scalar.value
            let isWord =
                value < 0x80
                ? (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            guard isWord else {
                gap = hasWords
                continue
            }
            if gap { hasher.combine(UInt32(0x20)) }
            gap = false
            hasWords = true
            hasher.combine((0x41...0x5A).contains(value) ? value + 0x20 : value)
        }
        return hasWords ? hasher.finalize() : nil
    }

    /// The fewest blocks of a second copy of the story, two of them paragraphs of at least this
    /// many characters: shorter lines repeated in a run are a table's figures shown again for
    /// another screen, or a list the writer comes back to.
    static let copiedRun = (blocks: 3, paragraph: 120)
    static let copiedRunComparisons = 20_000

    /// The fewest characters of a short line, and the fewest lines and characters that make a post.
    static let shortLine = 10
    static let shortLinePost = (lines: 3, characters: 60)

    /// The container of the page's short lines and its blocks, when the container is named for the
    /// story (`<article>`, `<main>`, `articleBody`, or a story word in its class or id: `entry-content`),
    /// is not mostly links, and holds enough lines; else nil.
    static func shortLineBlocks(_ root: xmlNodePtr, _ reading: PageReading) -> (content: xmlNodePtr, blocks: [RawBlock])? {
        var scorer = ContentScorer(statistics: reading.statistics, isBoilerplate: reading.isBoilerplate)
        scorer.shortestRun = shortLine
        guard let container = scorer.choose(in: root)?.container, container != root, !ContentScorer.isPageRoot(container)
        else { return nil }
        let stats = reading.statistics[container]
        let element = name(container)
        let namedForStory =
            element == "article" || element == "main" || stats.isArticleBody
            || stats.words.contains(.story)
        guard namedForStory, stats.linkDensity < Boilerplate.thinLinkDensity else { return nil }
        var blocks: [RawBlock] = []
        reading.collectBlocks(container, into: &blocks, insideFigure: false)
        let lines = blocks.filter { $0.hint == nil }
        guard lines.count >= shortLinePost.lines, lines.reduce(0, { $0 + $1.text.count }) >= shortLinePost.characters else {
            return nil
        }
        return (container, blocks)
    }

    /// The story's `<p>` elements of prose wherever they stand, whatever the words naming the
    /// elements round them (a page's comments and cookie notices aside), outside the page's
    /// `<header>`, `<nav>`, `<footer>` and hidden parts: each a sentence or more
    /// (`PageReading.sentence`) ending one, with few links. A story's paragraphs sit together: those
    /// of the element that holds the most of them, two or more and 400 characters at least. Nil
    /// otherwise: a page of links, of teasers each a card of its own, an empty body.
    static func proseParagraphBlocks(_ root: xmlNodePtr, _ reading: PageReading) -> [RawBlock]? {
        let statistics = reading.statistics
        var groups: [xmlNodePtr: [String]] = [:]
        var parents: [xmlNodePtr] = []
        func visit(_ node: xmlNodePtr) {
            for child in children(node) where isElement(child) {
                let element = name(child)
                guard !PageStatistics.unread.contains(element), !skippedElements.contains(element),
                    statistics.nodes[child] != nil, !statistics[child].isHidden,
                    !statistics[child].words.contains(.neverTheStory)
                else { continue }
                if element == "p" {
                    let stats = statistics[child]
                    let paragraph = text(of: child)
                    if stats.text >= PageReading.sentence, stats.linkDensity < Boilerplate.thinLinkDensity,
                        endsSentence(paragraph), !isFurniture(paragraph)
                    {
                        if groups[node] == nil { parents.append(node) }
                        groups[node, default: []].append(paragraph)
                    }
                    continue
                }
                visit(child)
            }
        }
        visit(root)
        func size(_ paragraphs: [String]) -> Int { paragraphs.reduce(0) { $0 + $1.count } }
        // (On a tie, the first on the page.)
        guard let best = parents.max(by: { size(groups[$0] ?? []) < size(groups[$1] ?? []) }),
            let paragraphs = groups[best], paragraphs.count >= 2, size(paragraphs) >= proseStory
        else { return nil }
        return paragraphs.map { RawBlock(text: $0) }
    }

    /// The prose a story's paragraphs hold at least for the last reading to take them.
    static let proseStory = 400

    struct Page {
        /// From schema.org JSON-LD: the fallbacks when the meta tags are missing.
        var linkedHeadline: String?
        var linkedAuthor: String?
        /// Of `linkedAuthor`, the names typed as organizations.
        var linkedAuthorOrganization: String?
        var linkedPublisher: String?
        var linkedPublished: String?
        /// The date linked data states for the page when it describes no article.
        var pageDate: String?
        /// schema.org's `articleBody`: the story's text, for pages whose markup lacks it.
        var linkedBody: String?
        var ogTitle: String?
        /// The page's summary for search engines and sharing (`description`, `og:description`).
        var description: String?
        var titleElement: String?
        var siteName: String?
        var ogURL: String?
        var canonical: String?
        /// A person's name from the specific meta tags (`article:author`, Parse.ly's, Dublin Core's).
        var author: String?
        /// `<meta name="author">`, which many sites fill with the publisher's name.
        var metaAuthor: String?
        /// `<meta name="copyright">`: who holds it is the publisher.
        var copyright: String?
        /// The names in the elements marked as a byline, with the element, in page order (a few).
        var bylines: [(node: xmlNodePtr, names: String)] = []
        var published: String?
        var language: String?

        /// The tag that stated `author`.
        var authorKey: String?

        /// The author a tag states: the first, unless it was an account's handle and this is a name;
        /// the same tag repeated names each of several authors (`parsely-author` twice).
        mutating func stateAuthor(_ name: String, key: String) {
            if let stated = author, !HTMLArticleReader.isHandle(stated) {
                let named = AuthorList.tidy(stated).split(separator: ";").map { $0.trimmingWhitespace().lowercased() }
                let tidied = AuthorList.tidy(name).split(separator: ";").map { $0.trimmingWhitespace().lowercased() }
                // (Not microdata's: other stories' cards state their authors so too. A name stated
                // again with its post or agency, "Jane Doe, Staff Writer", is the same writer.)
                if key == authorKey, key != "itemprop", !HTMLArticleReader.isHandle(name),
                    !tidied.contains(where: { new in named.contains { new == $0 || new.hasPrefix($0 + ",") } })
                {
                    author = stated + "; " + name
                }
                return
            }
            if let stated = author, HTMLArticleReader.isHandle(stated), HTMLArticleReader.isHandle(name) { return }
            author = name
            authorKey = key
        }
    }

    // MARK: - Tree helpers

    /// Deepest tree the recursive walks are given.
    static let maximumWalkDepth = 512

    /// The depth of the deepest node under `root` (`root` alone: 0), found without recursion:
    /// down by first children, across by next siblings, up by parents.
    static func treeDepth(_ root: xmlNodePtr) -> Int {
        var deepest = 0
        var depth = 0
        var node = root
        while true {
            if let child = node.pointee.children {
                depth += 1
                deepest = max(deepest, depth)
                node = child
                continue
            }
            // Up until a node with a next sibling, or back at the root.
            while node != root, node.pointee.next == nil, let parent = node.pointee.parent {
                node = parent
                depth -= 1
            }
            guard node != root, let next = node.pointee.next else { return deepest }
            node = next
        }
    }

    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        if let known = ElementNames.known(name) { return known }
        // libxml2's HTML parser gives names in lower case already: lowercased() (a pass over the
        // string and a copy, on every element a walk meets) only for one that is not.
        var byte = name
        while byte.pointee != 0 {
            if byte.pointee >= UInt8(ascii: "A") && byte.pointee <= UInt8(ascii: "Z") || byte.pointee >= 0x80 {
                return String(cString: name).lowercased()
            }
            byte += 1
        }
        return String(cString: name)
    }

    static func attribute(_ node: xmlNodePtr, _ attribute: String) -> String? {
        assert(!UnreadMarkup.isUnread(attribute), "\(attribute) is taken out before parsing (UnreadMarkup)")
        guard case .success(let libxml2) = LibXML2.loaded, let value = libxml2.getProperty(node, attribute) else { return nil }
        defer { free(value) }
        // Most values have nothing to trim: an ASCII byte other than a blank at each end. Foundation's
        // trimming (through UTF-16) only for the others.
        let length = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
        guard length > 0 else { return nil }
        if !isBlankOrNonASCII(value[0]), !isBlankOrNonASCII(value[length - 1]) { return String(cString: value) }
        let string = String(cString: value).trimmingSpacesAndNewlines()
        return string.isEmpty ? nil : string
    }

    /// ASCII white space (tab to carriage return, space), or a byte of a longer UTF-8 sequence.
    static func isBlankOrNonASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0x80
    }

    /// Whether an attribute's value holds one of `words` (ASCII, lower case), ASCII letters compared
    /// in either case, read in place: no copy, no String. False when the element lacks it.
    static func attribute(_ node: xmlNodePtr, _ attribute: StaticString, holdsAnyOf words: [StaticString]) -> Bool {
        assert(!UnreadMarkup.isUnread("\(attribute)"), "\(attribute) is taken out before parsing (UnreadMarkup)")
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            guard let rawName = current.pointee.name, strcmp(rawName, attribute.utf8Start) == 0 else { continue }
            var child = current.pointee.children
            while let text = child {
                child = text.pointee.next
                guard let content = text.pointee.content else { continue }
                if words.contains(where: { holds(content, $0) }) { return true }
            }
            return false
        }
        return false
    }

    /// Whether a NUL-terminated string holds `word` (ASCII, lower case), ASCII letters in either case.
    static func holds(_ text: UnsafePointer<xmlChar>, _ word: StaticString) -> Bool {
        let length = strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
        return ASCIIMatch.firstOffset(of: word, inBytes: UnsafeBufferPointer(start: text, count: length)) != nil
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// The publication a page's footer names in its rights line ("© 2023 The Liffey Courant. All
    /// rights reserved."), for a page that states its name nowhere else; nil when none does.
    static func footerOutlet(_ root: xmlNodePtr) -> String? {
        var found: String?
        func visit(_ node: xmlNodePtr) {
            for child in children(node) where isElement(child) && found == nil {
                if let text = Self.text(of: child, unlessLongerThan: 200)?.trimmingSpacesAndNewlines(), text.utf8.count <= 200,
                    text.hasPrefix("©") || text.lowercased().hasPrefix("copyright"),
                    let owner = Trailer.namedOutlet(text)
                {
                    // A publication's name only: a rights line's owner is as often a company, a
                    // link's words ("Privacy Policy") or a photographer.
                    var words = owner.split(separator: " ")
                    while words.count > 1, let last = words.last, ["Company", "Holdings", "Corporation", "Group"].contains(last) {
                        words.removeLast()
                    }
                    let first =
                        (words.first.map { SectionLabel.nameArticles.contains($0.lowercased()) } == true
                        ? words.dropFirst().first : words.first)?
                        .lowercased()
                    if words.count >= 2, let last = words.last?.lowercased(),
                        SectionLabel.publicationWords.contains(last) || first.map(SectionLabel.leadingPublicationWords.contains) == true
                    {
                        found = words.joined(separator: " ")
                        return
                    }
                }
                visit(child)
            }
        }
        // (The page's footer, last; a story's own footer, of tags and credits, comes before it.)
        var footers: [xmlNodePtr] = []
        footersNamed(root, depth: 0, into: &footers)
        for footer in footers.reversed() where found == nil { visit(footer) }
        return found
    }

    /// The elements that are footers, by name (`<footer>`) or by a class or id that names one
    /// ("footer", "site-footer"), outermost first, sixteen levels deep at most.
    static func footersNamed(_ node: xmlNodePtr, depth: Int, into footers: inout [xmlNodePtr]) {
        guard depth < 16, footers.count < 8 else { return }
        for child in children(node) where isElement(child) {
            // (Split into words only a name that holds the word: most elements' names do not.)
            let names = [attribute(child, "class"), attribute(child, "id")].compactMap { $0 }
                .filter { ASCIIMatch.contains($0, "footer") }
            if name(child) == "footer" || PageStatistics.tokens(of: names).contains(where: { $0.lowercased() == "footer" }) {
                footers.append(child)
            } else {
                footersNamed(child, depth: depth + 1, into: &footers)
            }
        }
    }

    /// The first element named `target` under `node`, in document order, not looking inside the
    /// elements named in `skipping`.
    static func first(_ node: xmlNodePtr, named target: String, skipping: Set<String> = []) -> xmlNodePtr? {
        for child in children(node) where isElement(child) {
            let element = name(child)
            if element == target { return child }
            if skipping.contains(element) { continue }
            if let found = first(child, named: target, skipping: skipping) { return found }
        }
        return nil
    }

    static func firstWithAttribute(_ node: xmlNodePtr, _ attribute: String, _ value: String) -> xmlNodePtr? {
        for child in children(node) where isElement(child) {
            if Self.attribute(child, attribute) == value { return child }
            if let found = firstWithAttribute(child, attribute, value) { return found }
        }
        return nil
    }

    /// Short lines pages put between paragraphs: share buttons, "Read more:", ad labels, and the
    /// labels over a list of other stories, in the languages the archive's pages come in.
    static let furnitureOpenings = [
        "read more", "read also", "also read", "share this", "share on", "follow us", "advertisement", "related:", "related stories",
        "sign up", "subscribe", "click here", "read next", "you might also like", "you may also like", "explore further",
        "most read", "more on this", "more on:", "mehr zum thema", "lesen sie auch", "weiterlesen", "weitere artikel",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "à lire aussi", "lire aussi",
        "articles les plus lus", "temas relacionados", "te puede interesar", "leer más", "lee también",
        "lea también", "lea más", "leia também", "leia mais", "leggi anche", "czytaj też", "czytaj także",
        "czytaj więcej", "zobacz też", "zobacz także", "auch interessant", "schon gelesen", "see also",
        "related articles", "more stories", "recommended for you", "le puede interesar", "también te puede interesar",
        "puedes ver:", "mira:", "mire:", "notas relacionadas", "noticias relacionadas", "te recomendamos", "más sobre",
        "mehr themen", "zum weiterlesen", "das thema könnte", "weitere beiträge", "lust auf mehr", "nach oben",
        // Norwegian, Swedish, Danish, Dutch, Finnish ("les mer" with its colon: French "Les mers" opens sentences).
        "les også", "les mer:", "läs också", "läs även", "läs mer:", "læs også", "læs mere:", "lees ook", "lees meer:",
        "lue myös", "lue lisää:",
        // Links back up the page, and a footnote's link back to where it is cited.
        "back to top", "back to the top", "return to top", "scroll to top", "top of page", "zurück nach oben", "retour en haut",
        "volver arriba", "voltar ao topo", "torna su", "return to citation",
        // Russian labels over links to other stories; a player's or a widget's own lines (CNN's video
        // carousel, "Loading...").
        "смотрите также", "ссылки по теме", "just watched", "must watch", "loading...", "загрузка...",
        // A video player's instructions for a screen reader (JW Player's).
        "use up/down arrow keys to increase or decrease volume",
        // A paywall's lines where the story stops: the subscriber's log-in, what is left to read.
        "already have an account", "already a subscriber", "this article is exclusive to", "continue reading with",
        "subscribe to continue", "subscribe to read", "become a subscriber", "vous possédez déjà un compte",
        "la suite est réservée", "cet article est réservé", "bereits abonnent", "schon abonnent", "ya eres suscriptor",
        "ya tienes una cuenta", "já é assinante", "sei già abbonato",
        // A blog post's categories and tags under it ("Posted in: Sidelines | comments |").
        "posted in:", "tags:", "tagged:",
        // An audio player's label over the story: the story read aloud.
        "listen to this article", "listen to this story", "listen to the article", "listen to article", "press play to listen",
        "you can now listen to", "new you can now listen to", "artikel anhören", "diesen artikel anhören",
        "écouter cet article", "écouter l'article", "escuchar este artículo", "escucha este artículo",
        "ouvir esta notícia", "ouça esta notícia", "ascolta l'articolo", "ascolta questo articolo",
        // A news group's video player when its video does not load (Postmedia's).
        "we apologize, but this video has failed to load", "try refreshing your browser, or tap here to see other videos",
    ]

    /// A line of furniture: short and opening with one of `furnitureOpenings`, or longer but mostly
    /// a link after such an opening ("Lea también: " and another story's headline).
    static func isFurniture(_ text: String, mostlyLink: Bool = false) -> Bool {
        // A blog's own line under a post, written by its software: "This entry was posted on
        // Monday, … and is filed under …. You can follow any responses to this entry through the
        // RSS 2.0 feed."
        if text.utf8.count <= 400,
            ASCIIMatch.hasPrefix(text, "this entry was posted") || ASCIIMatch.hasPrefix(text, "this entry was written by")
        {
            return true
        }
        if text.utf8.count <= 600, isChannelInvitation(text) { return true }
        guard text.count <= 80 || mostlyLink, text.count <= 300 else { return false }
        if isRuleMarks(text) { return true }
        let lowered = text.lowercased()
        // What a paywall says is left to read: "Il vous reste 57.09% de cet article à lire."
        if lowered.hasPrefix("il vous reste"), lowered.contains("%") { return true }
        // (Brackets, arrows and bullets before the words do not hide them: "(Back to top)", "[ Back
        // To The Top ]", "↑ Back to top". A quotation mark does: "“Sign up,” she said.")
        let words = lowered.drop { $0 == " " || leadingMarks.contains($0) }
        if furnitureLines.contains(words.trimming(.spacesAndPunctuation)) {
            return true
        }
        return furnitureOpenings.contains { words.hasPrefix($0) }
    }

    /// An invitation to the site's channel on a messaging app: "Join ST’s WhatsApp Channel and get
    /// the latest news", "Simak breaking news … WhatsApp Channel: …" (a line that asks, opened by
    /// its verb; not a story's sentence about such channels).
    static func isChannelInvitation(_ text: String) -> Bool {
        guard ASCIIMatch.contains(text, "whatsapp") || ASCIIMatch.contains(text, "telegram") else { return false }
        let lowered = text.lowercased()
        guard channelWords.contains(where: { lowered.contains($0) }),
            let first = lowered.split(separator: " ").first.map({ String($0.filter(\.isLetter)) })
        else { return false }
        return invitingVerbs.contains(first)
    }

    static let channelWords = [
        "whatsapp channel", "telegram channel", "canal de whatsapp", "canal no whatsapp", "whatsapp-kanal", "saluran whatsapp",
    ]
    static let invitingVerbs: Set<String> = [
        "join", "follow", "get", "subscribe", "simak", "ikuti", "gabung", "siga", "sigue", "síguenos", "únete", "folgen", "folge",
        "rejoignez", "suivez", "iscriviti", "segui", "entre",
    ]

    /// Lines that are furniture whole, and words of a sentence when they open one: an ad's label
    /// in French, Spanish, Portuguese ("Publicidade infantil é proibida …" is a sentence).
    static let furnitureLines: Set<String> = [
        "publicité", "publicidad", "publicidade", "pubblicità", "anzeige", "werbung",
        // A Chinese page's controls as a line of their own ("[打印]", "【关闭窗口】"): print, print
        // this page, close the window, back to the top.
        "打印", "打印本页", "打印此文", "关闭窗口", "关闭本页", "返回顶部",
    ]

    /// Marks that may stand before a line of furniture's words. (Not a dash: it opens a line of
    /// dialogue in French, Russian or Polish, "— Sign up, he said.")
    static let leadingMarks: Set<Character> = [
        "(", "[", "{", "<", "‹", "↑", "←", "→", "↓", "▲", "▼", "►", "▶", "•", "·", "*", ">", "|", "/", "#",
    ]

    /// A line of marks and no word: a rule typed as text (`___`, `* * *`, `—————`) or a pull
    /// quote's decorative opening mark in an element of its own. (A smiley, `=)`, is a line of the
    /// writer's; a table's `✅` is no rule either.)
    static func isRuleMarks(_ text: String) -> Bool {
        if text.count == 1, let mark = text.first, openingQuotes.contains(mark) { return true }
        return text.allSatisfy { $0.isWhitespace || ruleMarks.contains($0) }
    }

    static let ruleMarks: Set<Character> = [
        "_", "-", "‐", "–", "—", "―", "*", "=", "~", "#", "+", ".", "•", "·", "∙", "◦", "●", "■", "◆", "★",
    ]
    static let openingQuotes: Set<Character> = ["“", "\"", "«", "„", "❝", "「"]

    /// Whether a text ends a sentence: `.`, `!`, `?`, `…` or their CJK forms, maybe followed by
    /// closing quotes or brackets. A short line so ended is a line of the story ("They agreed.",
    /// "“It will be.”"), where a label ("Advertisement", "Share") is not.
    static func endsSentence(_ text: String) -> Bool {
        let last = text.unicodeScalars.reversed().first { !"\"”’'»)]」』".unicodeScalars.contains($0) }
        return last.map { ".!?…。！？".unicodeScalars.contains($0) } == true
    }

    /// Whether an element's text holds no letter or digit (a colon, a dash).
    static func isMarksOnly(_ node: xmlNodePtr) -> Bool {
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            guard let content = node.pointee.content else { return true }
            return !String(cString: content).unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) }
        }
        return children(node).allSatisfy(isMarksOnly)
    }

    /// Hidden by its own style: text a reader of the page never sees (MathML copies, stale drafts).
    static func isHiddenByStyle(_ node: xmlNodePtr) -> Bool {
        attribute(node, "style").map { hidesText(style: $0) } ?? false
    }

    static func hidesText(style: String) -> Bool {
        // On the bytes when the style is ASCII, as nearly all are: this runs on every styled element.
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 {
            if byte >= 0x80 { return hidesText(unicodeStyle: style) }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            compact.append(ASCIIMatch.lower(byte))
        }
        return compact.withUnsafeBufferPointer { bytes in
            ASCIIMatch.firstOffset(of: "display:none", inBytes: bytes, ignoringCase: false) != nil
                || ASCIIMatch.firstOffset(of: "visibility:hidden", inBytes: bytes, ignoringCase: false) != nil
        }
    }

    static func hidesText(unicodeStyle style: String) -> Bool {
        let style = style.lowercased().filter { !$0.isWhitespace }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Text content with whitespace collapsed (see `collapse`); entities are already decoded by the parser.
    static func text(of node: xmlNodePtr) -> String { text(of: node, unlessLongerThan: nil)! }

    /// `text(of:)`, or nil as soon as the bytes it is sure to keep pass `limit` UTF-8 bytes: asked
    /// of every element on the way down a footer, the walk stops early in the large ones.
    static func text(of node: xmlNodePtr, unlessLongerThan limit: Int?) -> String? {
        var pieces: [String] = []
        // Where an element under the root starts: pieces' indices.
        var openings: [Int] = []
        var kept = 0
        let root = node
        func visit(_ node: xmlNodePtr) -> Bool {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                guard let content = node.pointee.content else { return true }
                if let limit {
                    kept += keptBytes(content)
                    if kept > limit { return false }
                }
                pieces.append(String(cString: content))
                return true
            }
            guard isElement(node) else { return true }
            let element = name(node)
            if unreadElements.contains(element) || isHiddenByStyle(node) || isCommentCount(node, element) { return true }
            // (A mark set apart for the ear stays: the colon between a kicker and its headline.)
            if let classes = attribute(node, "class"), PageStatistics.isForScreenReaders(classes),
                !isMarksOnly(node)
            {
                return true
            }
            if element == "br" {
                pieces.append("\u{2028}")
                return true
            }
            // Blocks are set apart on the page: a caption's sentence and its credit in two
            // paragraphs ("… gesperrt</p><span>Foto: …") are two runs of words, not one.
            let isBlock = node != root && (blockElements.contains(element) || boxElements.contains(element))
            if isBlock { pieces.append(" ") }
            if node != root { openings.append(pieces.count) }
            for child in children(node) where !visit(child) { return false }
            if isBlock { pieces.append(" ") }
            return true
        }
        guard visit(node) else { return nil }
        return collapse(spacedAtSentenceEnds(pieces, openings: openings).joined())
    }

    /// The bytes of a text node that `collapse` keeps whatever surrounds them, counted low: visible
    /// ASCII, and the characters of U+00C0 to U+07FF and U+4000 to U+9FFF, where no space lies.
    static func keptBytes(_ content: UnsafePointer<xmlChar>) -> Int {
        var kept = 0
        var index = 0
        while content[index] != 0 {
            switch content[index] {
            case 0x21...0x7E: kept += 1
            case 0xC3...0xDF: kept += 2
            case 0xE4...0xE9: kept += 3
            default: break
            }
            index += 1
        }
        return kept
    }

    /// The pieces with a space where an element opens right after a sentence's end and starts a
    /// word in capitals: a caption's sentence and its credit in two spans side by side
    /// ("… 20 de abril.</span><span>Massimiliano Minocri") read as two runs of words, where the
    /// style sheet sets them apart.
    static func spacedAtSentenceEnds(_ pieces: [String], openings: [Int]) -> [String] {
        var pieces = pieces
        for opening in openings.reversed() where opening > 0 && opening < pieces.count {
            guard let last = pieces[..<opening].last(where: { !$0.isEmpty })?.last, ".!?".contains(last),
                let first = pieces[opening...].first(where: { !$0.isEmpty })?.first, first.isUppercase
            else { continue }
            pieces.insert(" ", at: opening)
        }
        return pieces
    }

    /// Elements a page lays out as boxes of their own, beside `blockElements`.
    static let boxElements: Set<String> = [
        "div", "section", "article", "aside", "header", "footer", "nav", "main", "figure", "ul", "ol", "dl", "table", "tr",
        "th", "address",
    ]

    /// A count of readers' comments set inside a paragraph, a link or a label named for the
    /// comments that holds a number alone (`<a class="comments_count" title="Leave a comment">0</a>`
    /// before each paragraph's words): no word of the paragraph, though it runs into its first
    /// ("0вратарь").
    static func isCommentCount(_ node: xmlNodePtr, _ element: String) -> Bool {
        guard countElements.contains(element), let only = node.pointee.children, only.pointee.next == nil,
            only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content
        else { return false }
        var digits = 0
        var index = 0
        while content[index] != 0 {
            let byte = content[index]
            if (0x30...0x39).contains(byte) {
                digits += 1
            } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                return false
            }
            index += 1
            if index > 16 { return false }
        }
        guard digits > 0 else { return false }
        return ["class", "id"].contains { attribute(node, $0).map { ASCIIMatch.contains($0, "comment") } == true }
    }

    /// The inline elements a comment count is set in.
    static let countElements: Set<String> = ["a", "span", "button", "small", "sup", "b", "strong", "em", "i"]

    /// Whitespace runs collapsed to one space, and soft hyphens (`&shy;`, a place a browser may
    /// break a long word) left out: a word set with them is still one word, for search too.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapsedScalars) ?? collapsedCharacters(text)
    }

    /// `collapse` on the UTF-8 a scalar at a time, without grapheme breaking; nil when a blank
    /// shares its character with a neighbour (a blank followed by a combining mark, or after a
    /// prepended mark), where only `collapsedCharacters` reads it as the reader always has.
    static func collapsedScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        // The `<br>`s the blanks pending hold (read as U+2028), the last scalar kept, and the
        // characters kept since the last `<br>`.
        var pendingBreaks = 0
        var kept: UInt32 = 0
        var line = 0
        var previous: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let scalar: UInt32
            switch length {
            case 1: scalar = UInt32(lead)
            case 2: scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            case 3: scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            default:
                scalar =
                    UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
            }
            let start = index
            index += length
            if scalar == 0xAD { continue }
            let isBlank: Bool
            if scalar < 0x80 {
                isBlank = scalar == 0x20 || (0x09...0x0D).contains(scalar)
            } else {
                // Not a no-break space, nor Latin-1's "next line" control (U+0085), which HTML does
                // not count as white space: in text encoded twice it is a byte of a character
                // (`â\u{9C}\u{85}` is "✅"), read again by the clean-up.
                let isSpace = Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
                isBlank = isSpace && scalar != 0xA0 && scalar != 0x85
                if isSpace, !joinsNoBlank(following: bytes, at: index) { return nil }
            }
            if isBlank {
                if isPrepended(previous) || !joinsNoBlank(following: bytes, at: index) { return nil }
                pendingSpace = !result.isEmpty
                if scalar == 0x2028 { pendingBreaks += 1 }
            } else {
                if pendingSpace, !(isWrap(pendingBreaks, after: line) && breakVanishes(between: kept, and: scalar)) { result.append(0x20) }
                if pendingBreaks > 0 { line = 0 }
                line += 1
                pendingSpace = false
                pendingBreaks = 0
                result.append(contentsOf: bytes[start..<index])
                kept = scalar
            }
            previous = scalar
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the blanks between two lines are a paragraph's wrap: one `<br>` (a line feed in the
    /// markup beside it is no second break) after a line of `wrappedLine` characters at least.
    /// Old Chinese pages wrap their paragraphs so, at a fixed width and inside words. A short line
    /// before the break (a label, "译文"), two breaks, or lines the markup alone breaks (a list of
    /// keywords, one to a line) are no wrap.
    static func isWrap(_ breaks: Int, after line: Int) -> Bool {
        breaks == 1 && line >= wrappedLine
    }

    static let wrappedLine = 16

    /// Whether a wrap between two characters is no space: between two of the wide characters of
    /// Chinese and Japanese (ideographs, kana, their punctuation and full-width forms; not Hangul,
    /// whose words are spaced), as CSS Text 3 has a browser join lines of them. A space there
    /// would cut a word in two, for the reader and for search.
    static func breakVanishes(between before: UInt32, and after: UInt32) -> Bool {
        isChineseOrJapanese(before) && isChineseOrJapanese(after)
    }

    /// Whether the scalar at `index` starts a character of its own after a blank: ASCII, or a
    /// letter, number, punctuation, symbol or separator outside the scripts whose letters may
    /// join the one before (Thai and Lao) and outside the emoji modifiers.
    static func joinsNoBlank(following bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count, bytes[index] >= 0x80 else { return true }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let next) = decoder.decode(&iterator) else { return false }
        if (0x0E00...0x0EFF).contains(next.value) || (0x1F3FB...0x1F3FF).contains(next.value) { return false }
        switch next.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol,
            .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
            return !next.properties.isGraphemeExtend
        default: return false
        }
    }

    /// Scalars a character may start with and take the next one into it (Grapheme_Cluster_Break=Prepend).
    static func isPrepended(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x0600 else { return false }
        return (0x0600...0x0605).contains(scalar) || scalar == 0x06DD || scalar == 0x070F || (0x0890...0x0891).contains(scalar)
            || scalar == 0x08E2 || scalar == 0x0D4E || scalar >= 0x110BD
    }

    /// `collapse` a character at a time.
    static func collapsedCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var pendingBreaks = 0
        var kept: UInt32 = 0
        var line = 0
        for character in text where character != "\u{00AD}" {
            // ASCII first: Character.isWhitespace looks up Unicode properties, for every character.
            let isBlank = character.asciiValue.map { $0 == 0x20 || (0x09...0x0D).contains($0) } ?? character.isWhitespace
            if isBlank && character != "\u{00A0}" && character != "\u{0085}" {
                pendingSpace = !result.isEmpty
                if character == "\u{2028}" { pendingBreaks += 1 }
            } else {
                let first = character.unicodeScalars.first?.value ?? 0
                if pendingSpace, !(isWrap(pendingBreaks, after: line) && breakVanishes(between: kept, and: first)) { result.append(" ") }
                if pendingBreaks > 0 { line = 0 }
                line += 1
                pendingSpace = false
                pendingBreaks = 0
                result.append(character)
                kept = character.unicodeScalars.last?.value ?? 0
            }
        }
        return result
    }

    // MARK: - Metadata

    static func collectMetadata(_ node: xmlNodePtr, into page: inout Page) {
        for child in children(node) where isElement(child) {
            switch name(child) {
            case "meta":
                let key = (attribute(child, "property") ?? attribute(child, "name") ?? attribute(child, "itemprop") ?? "").lowercased()
                let content = attribute(child, "content").map(collapse)
                switch key {
                case "og:title": page.ogTitle = page.ogTitle ?? content
                case "description", "og:description", "twitter:description": page.description = page.description ?? content
                case "og:site_name": page.siteName = page.siteName ?? content
                case "og:url": page.ogURL = page.ogURL ?? content
                case "article:author", "og:article:author", "parsely-author", "dc.creator", "sailthru.author":
                    // Not an address (a profile's URL, `/@name`); an account's handle (`sophie-foster`)
                    // gives way to a name in a later tag.
                    if let content, !content.hasPrefix("http"), !content.hasPrefix("/") { page.stateAuthor(content, key: key) }
                // schema.org's microdata: `<div itemprop="author"><meta itemprop="name" content="…">`.
                case "name" where attribute(child, "itemprop") != nil:
                    // (Not a reader's, in the page's comments.)
                    if let content, let parent = child.pointee.parent, !isInComments(child),
                        attribute(parent, "itemprop")?.lowercased().split(separator: " ").contains("author") == true
                    {
                        page.stateAuthor(content, key: "itemprop")
                    }
                // The plain name is often the publisher's ("Condé Nast"): the last resort.
                case "author":
                    if let content, !content.hasPrefix("http") { page.metaAuthor = page.metaAuthor ?? content }
                case "copyright", "dc.rights", "dcterms.rightsholder":
                    page.copyright = page.copyright ?? content
                case _ where publishedKeys.contains(key):
                    // A value that is no date (a template's placeholder) leaves the next one its turn.
                    if page.published == nil, let content, PublicationDate.parse(content).date != nil { page.published = content }
                case "parsely-page":
                    // Parse.ly's record of the page, as JSON: its author and publication time.
                    if let content, let data = content.data(using: .utf8),
                        let record = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
                    {
                        if page.published == nil, let stamp = record["pub_date"] as? String, PublicationDate.parse(stamp).date != nil {
                            page.published = stamp
                        }
                        if let author = LinkedData.text(record["author"]), !author.hasPrefix("http") { page.author = page.author ?? author }
                    }
                default: break
                }
            case "link":
                if attribute(child, "rel")?.lowercased() == "canonical" { page.canonical = page.canonical ?? attribute(child, "href") }
            case "script":
                if attribute(child, "type")?.lowercased().contains("ld+json") == true {
                    var content = ""
                    for node in children(child) where node.pointee.content != nil {
                        content += String(cString: node.pointee.content)
                    }
                    LinkedData.read(content, into: &page)
                }
            case "title":
                page.titleElement = page.titleElement ?? text(of: child)
            case "time":
                if page.published == nil, let stamp = attribute(child, "datetime"),
                    attribute(child, "itemprop") == "datePublished" || attribute(child, "pubdate") != nil
                {
                    page.published = stamp
                }
                collectMetadata(child, into: &page)
            default:
                // schema.org's microdata on any element (`<span itemprop="datePublished" content="…">`).
                if page.published == nil, attribute(child, "itemprop")?.lowercased() == "datepublished",
                    let stamp = attribute(child, "content") ?? attribute(child, "datetime") ?? shortText(of: child, longest: 60),
                    PublicationDate.parse(stamp).date != nil
                {
                    page.published = stamp
                }
                // (A button named for the author follows the author: "Folgen", "Follow".)
                if page.bylines.count < 12, name(child) != "button", isBylineMarked(child), let byline = bylineNames(child) {
                    page.bylines.append((child, byline))
                }
                collectMetadata(child, into: &page)
            }
        }
    }

    /// The names under which pages state when a story was published, in `<meta>` (`name`, `property`
    /// or `itemprop`, in lower case): Open Graph's, schema.org's, Dublin Core's, Parse.ly's, Sailthru's,
    /// cXense's, Google Scholar's and the plain ones news systems write. Times of a change are not
    /// among them.
    static let publishedKeys: Set<String> = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "article.published", "article:post_date", "article_date_original", "datepublished", "datecreated",
        "date_published", "date_created", "pubdate", "publishdate", "publish_date", "publish-date", "published-date",
        "publication_date", "publication-date", "pub_date", "originalpublicationdate", "displaydate", "date",
        "dc.date", "dc.date.issued", "dc.date.created", "dc.date.publication", "dc.created", "dc:date", "dc:created",
        "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
        "cxenseparse:publishtime", "citation_publication_date", "citation_date", "rnews:datepublished",
        "published", "published_date", "published_time", "published_at", "published_on", "publish_time", "publishtime",
    ]

    /// The date a story's header or byline gives, in markup or in words: above the story within its
    /// four nearest ancestors, else, on a page of nested layout boxes, in the box further up (to
    /// the eighth ancestor) that holds the page's `<h1>`: the story's header, not a column of
    /// other stories or a ticker with dates of their own.
    /// A date said to be an update ("Updated …", `dateModified`) is taken only when none of these
    /// places gives another.
    static func storyDate(in content: xmlNodePtr, above: [xmlNodePtr]) -> String? {
        var updated: String?
        func found(_ dated: (found: String?, updated: String?)) -> String? {
            updated = updated ?? dated.updated
            return dated.found
        }
        if let date = found(storyTime(in: content, above: above)) ?? found(storyDateInText(in: content, above: above)) { return date }
        let header = precedingBlocks(of: content, from: 4, to: 8).filter { first($0, named: "h1") != nil }
        if !header.isEmpty, let date = found(storyTime(in: nil, above: header)) ?? found(storyDateInText(in: nil, above: header)) {
            return date
        }
        return bylineDateBelow(content) ?? updated
    }

    /// The date of a byline set after the story's text (a content system's `<footer
    /// class="author__meta">`, moved up by its style sheet): the first element named for the date
    /// (`author__meta-date`, `posted-on`) that is a date and little else, in what follows the story
    /// within its own article (or its four nearest ancestors), outside lists, tables and figures
    /// (other stories' dates).
    static func bylineDateBelow(_ content: xmlNodePtr) -> String? {
        var budget = 500
        func look(_ node: xmlNodePtr) -> String? {
            firstFound(under: node, budget: &budget) { element in
                guard namesDate(element), let line = shortText(of: element, longest: 60, withDigit: true),
                    line.count >= 6, let date = dateLine(line)
                else { return .descend }
                return .found(date)
            }
        }
        let article = ancestors(of: content).prefix(4).first { name($0) == "article" }
        var node = content
        for _ in 0..<4 {
            guard let parent = node.pointee.parent, isElement(parent), name(parent) != "html" else { break }
            var sibling = node.pointee.next
            while let current = sibling {
                if isElement(current), !isSiteChrome(current), let found = look(current) { return found }
                sibling = current.pointee.next
            }
            if parent == article { break }
            node = parent
        }
        return nil
    }

    /// The element's ancestors, nearest first, up to the root.
    static func ancestors(of node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var current = node.pointee.parent
        while let parent = current, isElement(parent) {
            found.append(parent)
            current = parent.pointee.parent
        }
        return found
    }

    /// The time a story's own header or byline gives in a `<time datetime>`, for pages that state it
    /// nowhere else: the first inside the story's element, else in the blocks `above` it
    /// (`precedingBlocks`: the headline and byline above the text, nearest first; never the site's
    /// header). A time said to be an update (`Updated <time>`, `itemprop="dateModified"`) is taken
    /// only when no other is found: a story updated today was published before.
    static func storyTime(in content: xmlNodePtr?, above: [xmlNodePtr]) -> (found: String?, updated: String?) {
        var updated: String?
        for block in (content.map { [$0] } ?? []) + above {
            if let found = firstTime(in: block, passingOver: &updated) { return (found, updated) }
        }
        return (nil, updated)
    }

    /// The elements before `content` within its four nearest ancestors (or from the `first` to
    /// the `last`), nearest first: where a story's headline, byline and date stand. Not the page's
    /// header, navigation or bars (`<header>`, `class="top-bar"`), where a site shows today's date.
    static func precedingBlocks(of content: xmlNodePtr, from first: Int = 0, to last: Int = 4) -> [xmlNodePtr] {
        var blocks: [xmlNodePtr] = []
        var node = content
        for level in 0..<last {
            guard let parent = node.pointee.parent, isElement(parent), name(parent) != "html" else { break }
            var sibling = node.pointee.prev
            while level >= first, let current = sibling {
                if isElement(current), !unreadElements.contains(name(current)), !isSiteChrome(current) { blocks.append(current) }
                sibling = current.pointee.prev
            }
            node = parent
        }
        return blocks
    }

    static let chromeElements: Set<String> = ["nav", "aside", "footer"]
    static let chromeWords: Set<String> = ["nav", "navbar", "navigation", "menu", "masthead", "banner", "topbar", "toolbar"]
    static let storyBannerWords: Set<String> = ["article", "post", "story", "entry"]

    /// A site's own header or bar, by its element or the words of its class and id (a banner named
    /// for the story is the story's). A header is the
    /// site's at the top of the page (`<body><header>`, `<div id="header">`); inside the page it is
    /// the story's own (`<header class="entry-header">`, with its date). A footer inside an
    /// `<article>` is the article's own, as HTML has it (`<footer class="author__meta">`: its
    /// byline and date).
    static func isSiteChrome(_ node: xmlNodePtr) -> Bool {
        if name(node) == "footer", ancestors(of: node).contains(where: { name($0) == "article" }) { return false }
        if chromeElements.contains(name(node)) { return true }
        let words = lowercaseWords((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? ""))
        // A banner named for the story (`article-banner`) is its hero: headline, byline and date.
        let storysBanner = words.contains("banner") && words.contains(where: storyBannerWords.contains)
        if words.contains(where: { chromeWords.contains($0) && !(storysBanner && $0 == "banner") }) { return true }
        if zip(words, words.dropFirst()).contains(where: { $0 == "top" && $1 == "bar" }) { return true }
        let atTop = node.pointee.parent.map { ContentScorer.isPageRoot($0) } ?? false
        return atTop && (name(node) == "header" || words.contains("header"))
    }

    /// The date a story's header or byline states in words (`December 16, 2016, 4:19 PM`,
    /// `Published Dec 19, 2016`, `11/28/2016 11:00 AM PT`), for pages that give it in no markup: the
    /// first short element that is a date and little else, in what precedes the story within its
    /// nearest ancestors (nearest first), else among the story's own elements before its first
    /// paragraph. A date said to be an update is taken only when no other is found.
    static func storyDateInText(in content: xmlNodePtr?, above: [xmlNodePtr]) -> (found: String?, updated: String?) {
        var updated: String?
        // Elements looked at, at most: a page whose header holds thousands is no story's header.
        let found = firstInHeader(of: content, above: above, budget: 2_000) { element -> Step<String> in
            // A line of parts (`Fernanda Lima · Published March 3, 2024 · Updated March 5, 2024`)
            // is read part by part, and may run longer than a date alone.
            if let line = shortText(of: element, longest: 120, withDigit: true), line.contains(where: dateLineSeparators.contains) {
                var dated = false
                for part in line.split(whereSeparator: dateLineSeparators.contains) {
                    let part = part.trimmingSpaces()
                    guard part.count >= 6, let date = dateAlone(part) else { continue }
                    guard saysUpdate(part) else { return .found(date) }
                    updated = updated ?? date
                    dated = true
                }
                if dated { return .passOver }
            }
            guard let words = shortText(of: element, longest: 60, withDigit: true), words.count >= 6, let date = dateLine(words)
            else {
                return .descend
            }
            guard saysUpdate(words) else { return .found(date) }
            updated = updated ?? date
            return .passOver
        }
        return (found, updated)
    }

    /// Whether a date's words say it is the story's update (`Updated`, `Last modified`); looked
    /// for inside words too, as markup may glue the label to a name (`Alison PlautUpdated`).
    static func saysUpdate(_ words: String) -> Bool {
        let lowered = words.lowercased()
        return updateWords.contains { lowered.contains($0) }
    }

    /// The first thing `step` finds in a story's header: in the blocks `above` the story (nearest
    /// first), then among the story's own elements before its first paragraph (a short one, a line
    /// of its own, is looked in), within `budget` elements in all.
    static func firstInHeader<Found>(
        of content: xmlNodePtr?, above: [xmlNodePtr], budget: Int, _ step: (xmlNodePtr) -> Step<Found>
    ) -> Found? {
        var budget = budget
        for block in above {
            if let found = firstFound(under: block, budget: &budget, step) { return found }
        }
        for child in content.map(children) ?? [] where isElement(child) && !unreadElements.contains(name(child)) {
            if name(child) == "p" && shortText(of: child, longest: 100) == nil { break }
            if let found = firstFound(under: child, budget: &budget, step) { return found }
        }
        return nil
    }

    /// What a search under an element does at each element: takes what it found there, goes on
    /// without looking under it, or looks under it.
    enum Step<Found> {
        case found(Found)
        case passOver
        case descend
    }

    /// The first thing `step` finds at or under `node`, in document order, within `budget`
    /// elements; tables, lists, figures and links are passed over (their dates are the facts they
    /// list: an infobox's birth date, other stories'), as are elements never read. Of a list, only
    /// the items named for the date are shown to `step`, and not looked under
    /// (`<ul class="meta"><li class="meta__date">`: a story's line of facts under its headline).
    static func firstFound<Found>(
        under node: xmlNodePtr, budget: inout Int, _ step: (xmlNodePtr) -> Step<Found>
    ) -> Found? {
        budget -= 1
        guard budget > 0, !unreadElements.contains(name(node)) else { return nil }
        if listElements.contains(name(node)) {
            for item in children(node) where isElement(item) && namesDate(item) {
                budget -= 1
                if case .found(let found) = step(item) { return found }
            }
            return nil
        }
        guard !dateHolders.contains(name(node)) else { return nil }
        switch step(node) {
        case .found(let found): return found
        case .passOver: return nil
        case .descend: break
        }
        for child in children(node) where isElement(child) {
            if let found = firstFound(under: child, budget: &budget, step) { return found }
        }
        return nil
    }

    /// The date a short line states: the whole line a date and little else, or one of its parts set
    /// apart by a dot, a bar or a bullet (`Dec. 19, 2025 · Jane Doe on behalf of the team`,
    /// `Aug 28, 2025 | 5 min read`).
    static func dateLine(_ words: String) -> String? {
        // Every date the readers below take has a digit (ASCII or full-width): asked of every short
        // element of a header, most of them none.
        guard holdsDigit(words) else { return nil }
        if let date = dateAlone(words) { return date }
        if let date = chineseFactsDate(words) { return date }
        guard words.contains(where: dateLineSeparators.contains) else { return nil }
        return words.split(whereSeparator: dateLineSeparators.contains).lazy
            .map { $0.trimmingSpaces() }
            .compactMap { $0.count >= 6 ? dateAlone($0) : nil }.first
    }

    /// The date a text states when it is a date and little else: in words, or in figures
    /// (`17.05.2021`, `2022-11-23T08:10+02:00`) followed by no more than a time and a zone.
    static func dateAlone(_ text: String) -> String? {
        if let date = DateExtractor.parseStandalone(text) { return date }
        let trimmed = text.trimmingSpaces()
        guard trimmed.drop(while: { !$0.isWhitespace }).count <= 24 else { return nil }
        return PublicationDate.parse(trimmed).date
    }

    static let dateLineSeparators: Set<Character> = ["·", "|", "•", "‧", "∙"]

    /// Whether the text holds a digit, ASCII (`0`–`9`) or full-width (`０`–`９`).
    static func holdsDigit(_ text: String) -> Bool {
        ASCIIMatch.withBytes(text) { bytes in
            bytes.indices.contains { index in
                startsDigit(
                    bytes[index], index + 1 < bytes.count ? bytes[index + 1] : 0, index + 2 < bytes.count ? bytes[index + 2] : 0)
            }
        }
    }

    /// Whether a digit's UTF-8 starts at `byte`, the bytes after it read only when needed: ASCII
    /// (30–39) or full-width (EF BC 90–99).
    @inline(__always)
    static func startsDigit(_ byte: UInt8, _ next: @autoclosure () -> UInt8, _ third: @autoclosure () -> UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (byte == 0xEF && next() == 0xBC && (0x90...0x99).contains(third()))
    }

    /// The day a Chinese portal's line of facts states beside its labels, spaced as the page likes
    /// (`2012年01月11日15:33　来源：人民网-科技频道　手机看新闻`, `作者：张明远 时间：2005-08-22 19:13`):
    /// a line with a label and a colon, and a date with its year.
    static func chineseFactsDate(_ words: String) -> String? {
        guard words.contains(where: { $0 == "：" || $0 == ":" }),
            chineseFactsLabels.contains(where: { words.contains($0) })
        else { return nil }
        return DateExtractor.firstAbsoluteDay(in: words)
    }

    /// The labels of a Chinese line of facts: source, author, reporter, time, date, publication.
    static let chineseFactsLabels = ["来源", "來源", "作者", "记者", "記者", "时间", "時間", "日期", "发布", "發佈", "发表", "發表"]

    /// An element's text when it is no longer than `longest` characters, else nil; read only as far
    /// as that, so that asking it of every element on the way down a large block costs little.
    /// `leaving`: elements whose text is left out (a byline's role beside the name).
    /// `withDigit`: nil also when the text holds no digit (`holdsDigit`), seen on the bytes as they
    /// are counted: a date's line, asked of every short element of a header, most of them words.
    static func shortText(
        of node: xmlNodePtr, longest: Int, spaced: Bool = false, withDigit: Bool = false,
        leaving: (xmlNodePtr) -> Bool = { _ in false }
    ) -> String? {
        var pieces: [String] = []
        var length = 0
        var visited = 0
        var digits = false
        func visit(_ node: xmlNodePtr) -> Bool {
            visited += 1
            guard visited <= 4 * longest else { return false }
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                guard let content = node.pointee.content else { return true }
                // Its visible bytes counted first, stopping past the limit (a UTF-8 character is
                // at most four bytes), and no further than a long run of whitespace.
                var index = 0
                while content[index] != 0 {
                    let byte = content[index]
                    if byte != 0x20 && !(0x09...0x0D).contains(byte) { length += 1 }
                    // (The string ends in a zero byte: a byte after it is read only before that.)
                    if !digits, startsDigit(byte, content[index + 1], content[index + 2]) { digits = true }
                    index += 1
                    if length > 4 * longest || index > 65_536 { return false }
                }
                pieces.append(String(cString: content))
                return true
            }
            guard isElement(node) else { return true }
            let element = name(node)
            if unreadElements.contains(element) || isHiddenByStyle(node) || leaving(node) { return true }
            if element == "br" {
                pieces.append("\n")
                return true
            }
            if spaced { pieces.append(" ") }
            for child in children(node) where !visit(child) { return false }
            if spaced { pieces.append(" ") }
            return true
        }
        guard visit(node), digits || !withDigit else { return nil }
        var text = collapse(pieces.joined())
        // (Foundation's replacing only where there is something to replace: most lines have none.)
        if spaced, ASCIIMatch.contains(text, " ,") { text = text.replacingOccurrences(of: " ,", with: ",") }
        return text.count <= longest ? text : nil
    }

    static let dateHolders: Set<String> = ["table", "ul", "ol", "dl", "figure", "blockquote", "a"]
    static let listElements: Set<String> = ["ul", "ol", "dl"]

    /// Whether an element's class or id names it for a date (`author__meta-date`, `posted-on`).
    static func namesDate(_ element: xmlNodePtr) -> Bool {
        lowercaseWords((attribute(element, "class") ?? "") + " " + (attribute(element, "id") ?? ""))
            .contains(where: PageReading.dateWords.contains)
    }

    /// The `datetime` of the first `<time>` at or under `node` that holds a date and is not said to
    /// be an update; `updated` keeps the first that is.
    static func firstTime(in node: xmlNodePtr, passingOver updated: inout String?) -> String? {
        if name(node) == "time", let stamp = attribute(node, "datetime"), PublicationDate.parse(stamp).date != nil {
            guard isUpdateTime(node) else { return stamp }
            updated = updated ?? stamp
            return nil
        }
        for child in children(node) where isElement(child) {
            if let found = firstTime(in: child, passingOver: &updated) { return found }
        }
        return nil
    }

    /// Whether a `<time>` is said to be the story's update: by its microdata (`dateModified`), by
    /// the class or id of it or its parent (`updated`, `modified`), or by the words just before it
    /// (`Updated`, `Last modified:`).
    static func isUpdateTime(_ time: xmlNodePtr) -> Bool {
        if attribute(time, "itemprop")?.lowercased() == "datemodified" { return true }
        // (WordPress marks its one date `entry-date published updated`: a name that says
        // published too is the publication's.)
        let marked = [time, time.pointee.parent].compactMap { $0 }.filter(isElement).contains { element in
            let words = lowercaseWords((attribute(element, "class") ?? "") + " " + (attribute(element, "id") ?? ""))
            return words.contains { updateWords.contains($0) } && !words.contains { $0 == "published" || $0 == "pubdate" }
        }
        if marked { return true }
        guard let before = time.pointee.prev, before.pointee.type == XML_TEXT_NODE || isElement(before),
            name(before) != "time"
        else { return false }
        let lead = lowercaseWords(String(text(of: before).suffix(30)))
        return lead.last.map(updateWords.contains) ?? false
            || lead.suffix(2).first.map { updateWords.contains($0) && lead.last == "on" } ?? false
    }

    static let updateWords: Set<String> = ["updated", "modified", "update", "aktualisiert", "actualizado", "aggiornato"]

    /// The names a byline element gives. A link among others marked as authors stands for them all
    /// (`<a rel="author">A</a> and <a rel="author">B</a>`); an element holding only the "By" before
    /// the names gives way to the element round both.
    static func bylineNames(_ node: xmlNodePtr) -> String? {
        // A short box's names without the role it sets beside them in an element of its own
        // (`author__bio`: "Graphite software engineer"). A long box is an author's note, not a
        // byline, role or none.
        func names(_ element: xmlNodePtr) -> String? {
            if let listed = namesInParts(element) { return listed }
            guard let whole = shortText(of: element, longest: 149, spaced: true), !whole.isEmpty else { return nil }
            let trimmed = shortText(of: element, longest: 149, spaced: true) { inner in
                inner != element && name(inner) != "a" && namesRole(inner)
            }
            return trimmed.flatMap { $0.isEmpty ? nil : cleanByline($0) } ?? cleanByline(whole)
        }
        // One of several names marked each as the author stands for the line that holds them
        // all: any such line for links (`<a rel="author">A</a> and <a rel="author">B</a>`), a
        // line that is a list of names and nothing else for other elements (`<span
        // class="author">`, which sites also set on a label, a category or a reviewer's name).
        let parent = node.pointee.parent.flatMap { isElement($0) ? $0 : nil }
        if let parent, children(parent).contains(where: { $0 != node && isElement($0) && isBylineMarked($0) && !namesRole($0) }) {
            if name(node) == "a" { return names(parent) ?? names(node) }
            if let line = names(parent), case let listed = AuthorList.tidy(line), listed.contains("; ") { return listed }
        }
        if let found = names(node) { return found }
        // Only the "By" (or "Author:") is in the element: the names are beside it.
        let words = (shortText(of: node, longest: 20) ?? "").lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, words.allSatisfy({ bylinePrefixes.contains(String($0)) }) else { return nil }
        return parent.flatMap(names)
    }

    /// Names set each in an element of its own, with nothing between them
    /// (`<span>Birgit Baumann</span> <span>Anna Giulia Fink</span>`): joined as the archive lists
    /// authors ("; "), looked for through wrappers of one child. Nil unless every part is a name
    /// as a byline's clean-up leaves it (no "By", no job: "Senior Editor"), of two to six parts
    /// within a byline's length; a part in an element named for a role is passed over.
    static func namesInParts(_ element: xmlNodePtr) -> String? {
        var current = element
        while true {
            let parts = children(current).filter { isElement($0) && name($0) != "button" && name($0) != "br" && !namesRole($0) }
            let blank = children(current).allSatisfy { child in
                guard child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content else { return true }
                return PageStatistics.isBlank(content)
            }
            guard blank else { return nil }
            if parts.count == 1 {
                current = parts[0]
                continue
            }
            guard (2...6).contains(parts.count) else { return nil }
            var found: [String] = []
            for part in parts {
                guard let text = shortText(of: part, longest: 60) else { return nil }
                if text.isEmpty { continue }
                guard AuthorList.isName(text), !text.contains(where: { $0.isNumber || $0 == "," }), cleanByline(text) == text
                else { return nil }
                found.append(text)
            }
            let names = found.joined(separator: "; ")
            return found.count >= 2 && names.count <= 149 ? names : nil
        }
    }

    /// Whether an element's class names a byline's role or note: `bio`, `role`, `job`, `position`
    /// (not `position-relative`, which is layout; nor `title`: `author-title` often holds the name).
    static func namesRole(_ element: xmlNodePtr) -> Bool {
        guard let value = attribute(element, "class") else { return false }
        let tokens = PageStatistics.tokens(of: [value])
        return tokens.contains(where: roleWords.contains)
            || (tokens.contains("position") && !tokens.contains(where: layoutPositions.contains))
    }

    /// `position-relative` and its kind: a style sheet's utility classes, not a job.
    static let layoutPositions: Set<String> = ["relative", "absolute", "fixed", "static", "sticky"]

    /// An address or an account's handle where a name should be (`article:author` as
    /// `https://…/authors/sophie-foster/`, `aligharib`, `sophie-foster`, `Sauli.giliard`): one word
    /// in lower case or joined by a dot or an underscore, or an address. It gives way to a name
    /// the page states elsewhere, as a publisher's name does.
    static func isHandle(_ name: String) -> Bool {
        // (Scripts without case, Chinese and Japanese, write names without spaces: no handles. A
        // slash or an at sign anywhere marks a credit line or a handle glued to a name: "red,
        // ORF.at/ Agenturen", "Quelle: sid/dpa", "Tom DiChristopher@tdichristopher"; kept when the
        // page names no one else.)
        name.contains("/") || name.contains("@")
            || (!name.contains(" ") && name.contains(where: \.isLowercase)
                && (!name.contains(where: \.isUppercase) || name.contains(".") || name.contains("_")))
    }

    /// Names a content system gives an account, not a person: never an author.
    static let roleNames: Set<String> = ["admin", "administrator", "webmaster", "root", "guest", "user"]

    static let roleWords: Set<String> = ["bio", "role", "job", "jobtitle", "occupation"]

    /// Whether an element stands in a page's comments: an ancestor's class or id starts with
    /// "comment" (`comment`, `comment-body`, `commentlist`, `comments-area`, `recentcomments`,
    /// `respond`). Not `<body class="showing-comments">`, which says what the page shows.
    static func isInComments(_ node: xmlNodePtr) -> Bool {
        var current = node.pointee.parent
        while let element = current, isElement(element), !ContentScorer.isPageRoot(element) {
            let names = ((attribute(element, "class") ?? "") + " " + (attribute(element, "id") ?? "")).lowercased()
            if names.split(whereSeparator: \.isWhitespace).contains(where: {
                $0.hasPrefix("comment") || $0 == "recentcomments" || $0 == "respond"
            }) {
                return true
            }
            current = element.pointee.parent
        }
        return false
    }

    /// A byline no markup names: a short line "By Amy Wilhelm" above the story within its nearest
    /// ancestors (nearest first), else among the story's own elements before its first paragraph,
    /// not a heading; two to four words of names, each capitalized.
    static func bylineInWords(in content: xmlNodePtr, above: [xmlNodePtr]) -> String? {
        firstInHeader(of: content, above: above, budget: 500) { element -> Step<String> in
            // A heading is a headline or a kicker ("By Invitation", "By the Numbers").
            if name(element) == "h1" || PageReading.subheads.contains(name(element)) { return .passOver }
            guard let line = shortText(of: element, longest: 60, spaced: true) else { return .descend }
            if let names = ChineseByline.authorLine(line) { return .found(names) }
            guard line.hasPrefix("By "), line.dropFirst(3).first?.isUppercase == true else { return .descend }
            guard let names = cleanByline(line) else { return .passOver }
            let words = names.split(separator: " ").filter { $0 != "and" && $0 != "&" }
            let isNames = (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            return isNames ? .found(names) : .passOver
        }
    }

    /// Whether the element's class, rel or itemprop says byline or author.
    /// Not a control to follow the author (`followAuthorBtn`, `author-follow`): its label ("Folgen",
    /// "Follow") is no name. (`btn-link` on a byline styles a link to the author's page.)
    static func isBylineMarked(_ node: xmlNodePtr) -> Bool {
        let words: [StaticString] = ["byline", "author"]
        let byClass =
            attribute(node, "class", holdsAnyOf: words)
            && !PageStatistics.tokens(of: [attribute(node, "class") ?? ""]).contains("follow")
        return byClass || attribute(node, "rel", holdsAnyOf: words) || attribute(node, "itemprop", holdsAnyOf: words)
    }

    static func cleanByline(_ text: String) -> String? {
        var words = collapse(text).split(separator: " ").map(String.init)
        // "By", "By:", "Written by", "Author:", German's "Von" and "Autor:", French's "Par", Spanish's "Por".
        while let first = words.first?.lowercased().trimming(.colons),
            bylinePrefixes.contains(first)
        {
            words.removeFirst()
        }
        if let first = words.first, first.hasPrefix(":") { words[0] = String(first.dropFirst()) }
        // A label that ends in "by" before the names: "Text by", "A Post By:", "View all posts by";
        // not one that names someone else's part ("Photo by", "Reviewed by", "Edited by").
        if let by = words.prefix(5).firstIndex(where: { $0.lowercased().trimming(.colons) == "by" }),
            by > 0, by + 1 < words.count,
            words[..<by].allSatisfy({
                ($0.count <= 5 || $0 == $0.lowercased() || bylineLabels.contains($0.lowercased())) && !otherParts.contains($0.lowercased())
            })
        {
            words.removeFirst(by + 1)
        }
        // The names end where the line goes on to something else: a separator, a date, a time, or
        // what the site says next ("Updated", "Posted", "Twitter").
        var kept: [String] = []
        for (index, word) in words.enumerated() {
            let bare = word.lowercased().trimming(.wordMarks)
            let following = index + 1 < words.count ? words[index + 1].lowercased().trimming(.wordMarks) : ""
            if bylineStops.contains(bare) {
                // A role after a comma takes the words before it since the comma with it
                // ("Ana Costa, Washington correspondent"; "…, Chief Political Editor"); a place or
                // a time after the names does not ("Ana Costa, Jonas Berg in Kyiv").
                if bylineRoles.contains(bare), let comma = kept.lastIndex(where: { $0.hasSuffix(",") }), kept.count - comma - 1 <= 3 {
                    kept.removeSubrange((comma + 1)...)
                }
                break
            }
            if bylineSeparators.contains(bare) || bare.hasPrefix("@") || bare.contains("://") || bare.hasPrefix("www.") {
                break
            }
            // "Staff Writer" is a role; "TMZ Staff" is the byline.
            if bare == "staff", bylineStops.contains(following) { break }
            if isDateWord(bare, next: index + 1 < words.count ? words[index + 1] : nil) || bare.first?.isNumber == true { break }
            // A name in mixed case followed by words in capitals: the outlet ("Meg Wagner NEW YORK
            // DAILY NEWS").
            if kept.contains(where: { $0.first?.isUppercase == true && $0.contains(where: \.isLowercase) }),
                word.filter(\.isLetter).count > 2, !word.contains("."), word.allSatisfy({ !$0.isLetter || $0.isUppercase })
            {
                break
            }
            if word.contains(where: { $0 == "|" || $0 == "·" || $0 == "•" }) {
                let head = word.prefix { $0 != "|" && $0 != "·" && $0 != "•" }
                if !head.isEmpty { kept.append(String(head)) }
                break
            }
            kept.append(word)
        }
        while let last = kept.last, ["on", "at", "and", "-", "/", "|"].contains(last.lowercased()) { kept.removeLast() }
        // A label with no name after it ("Researched by") names no one.
        if kept.last.map({ $0.lowercased().trimming(.wordMarks) == "by" }) ?? false { return nil }
        // A name the page sets twice (a link and its label): once.
        if let twice = (2...max(2, kept.count / 2)).first(where: { 2 * $0 <= kept.count && kept[..<$0] == kept[$0..<(2 * $0)] }) {
            kept.removeSubrange(twice..<(2 * twice))
        }
        var byline = kept.joined(separator: " ")
        while let last = byline.last, ",;:-–—/".contains(last) { byline.removeLast() }
        byline = byline.trimmingSpaces()
        // A box's heading ("About the author") names no one.
        guard !byline.lowercased().hasPrefix("about the author") else { return nil }
        return byline.contains(where: \.isLetter) ? byline : nil
    }

    static let bylinePrefixes: Set<String> = ["by", "written", "author", "authors", "posted", "von", "autor", "autorin", "par", "por"]
    static let bylineSeparators: Set<String> = ["|", "·", "•", "-", "–", "—", "/", "||"]
    /// A name as a tag states it, without what a site sets after a separator ("Jane Doe | Harbour
    /// Times", "Jane Doe · Staff"); a post after a comma is `AuthorList.tidy`'s to leave out.
    static func tagName(_ text: String) -> String {
        let name = text.split(whereSeparator: { bylineSeparators.contains(String($0)) && $0 != "-" && $0 != "/" }).first
            .map { $0.trimmingSpaces() }
        return name.flatMap { $0.isEmpty ? nil : $0 } ?? text
    }

    /// Of `bylineStops`, the words of a writer's post.
    static let bylineRoles: Set<String> = [
        "senior", "reporter", "correspondent", "editor", "contributor", "columnist", "writer", "fellow", "former", "contributing",
        "founder", "co-founder", "cofounder", "engineer", "specialist", "director", "manager", "strategist", "consultant", "analyst",
    ]
    static let bylineStops: Set<String> = [
        "updated", "posted", "published", "last", "twitter", "email", "e-mail", "follow", "share", "senior",
        "reporter", "correspondent", "editor", "contributor", "columnist", "writer", "fellow", "in",
        "former", "contributing", "founder", "co-founder", "cofounder", "engineer", "specialist", "director",
        "manager", "strategist", "consultant", "analyst", "→",
    ]
    /// Words of a label before "by" in a byline (`Guide by`, `Review by`).
    static let bylineLabels: Set<String> = [
        "guide", "review", "story", "article", "words", "text", "posts", "column", "analysis", "commentary", "opinion", "interview",
        "essay", "report", "reporting", "feature",
    ]
    /// Words before "by" that name another's part in the page: a photographer's, a reviewer's.
    static let otherParts: Set<String> = [
        "photo", "photos", "image", "images", "illustration", "video", "reviewed", "edited", "checked", "fact-checked", "medically",
        "researched",
    ]
    /// Month names and their abbreviations, in lower case (`Lexicon`'s).
    static let monthWords = Set((Lexicon.monthNames + Lexicon.monthAbbreviations.map(\.0)).map { $0.lowercased() })
    static let weekdayWords = Set(Lexicon.weekdayNames.map { $0.lowercased() })

    /// A word that starts a date in a byline: a weekday's name, or a month's before a number ("May"
    /// and "Sun" alone are names). Numbers end the names on their own.
    static func isDateWord(_ word: String, next: String?) -> Bool {
        weekdayWords.contains(word) || monthWords.contains(word) && next?.first?.isNumber == true
    }

    /// The site a page's title names, for pages that state no site name: "Headline | Site Name",
    /// "Headline - Opinion - Site Name" (a section's label between), "Site Name | Headline" when
    /// the page's address spells the name (else it may be a kicker: "Explainer | What …").
    static func titleSite(_ title: String?, url: String?) -> String? {
        guard let title = title.map(collapse) else { return nil }
        func isName(_ part: Substring) -> Bool {
            let words = part.split(separator: " ")
            return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
                && !sectionLabels.contains(part.lowercased())
        }
        if let range = title.range(of: " | ", options: .backwards), isName(title[range.upperBound...]) {
            return String(title[range.upperBound...])
        }
        for separator in [" | ", " – ", " — ", " - "] {
            let parts = title.components(separatedBy: separator)
            if parts.count >= 3, sectionLabels.contains(parts[parts.count - 2].lowercased()), isName(Substring(parts[parts.count - 1])) {
                return parts[parts.count - 1]
            }
        }
        let parts = title.components(separatedBy: " | ")
        if parts.count == 2, isName(Substring(parts[0])), let url,
            OutletName.spellings(ofHostIn: url).contains(OutletName.compact(parts[0]))
        {
            return parts[0]
        }
        return nil
    }

    /// A section's label, in a title beside the headline and the site's name.
    static let sectionLabels: Set<String> = [
        "opinion", "opinions", "news", "world", "analysis", "commentary", "home", "blog", "editorial", "politics", "business",
        "comment", "columns", "op-ed", "op-eds", "ideas", "features", "local news", "world news",
    ]

    /// The longest label above a headline (a section's name, a kicker), in characters.
    static let labelAboveHeadline = 40

    /// The headline for sharing without the kicker it opens with, when the linked data's headline
    /// is the rest (og:title "Deutsche Bahn: Warum …", headline "Warum …"): the headline alone, as
    /// the page shows it under its kicker. Else og:title as it is.
    static func withoutKicker(_ shared: String?, headline: String?) -> String? {
        guard let shared, let headline, shared.count > headline.count, shared.hasSuffix(headline) else { return shared }
        let kicker = shared.dropLast(headline.count).trimmingSpaces()
        guard let mark = kicker.last, ":|–—".contains(mark), (3...labelAboveHeadline).contains(kicker.count) else { return shared }
        return headline
    }

    /// Words of an element's class that name a kicker set inside the headline's element, above it
    /// (`<span class="entry-title__toptitle">`, German sites' `roofline`).
    static let kickerWords: Set<String> = [
        "kicker", "roofline", "toptitle", "overline", "eyebrow", "supertitle", "pretitle", "dachzeile", "topline",
    ]

    /// A headline's text without the kicker its element holds: "Eigentumsvorbehalt: Das sollten …",
    /// not "Forderungsausfälle vermeiden Eigentumsvorbehalt: …". The whole text when nothing else is left.
    /// A kicker is named as one, or is the heading's first element, a short label the headline's
    /// text follows with no space, a capital first (`<span>Nationale Demo</span>Der 9. Juli …`:
    /// a style sets it on a line of its own).
    static func headingText(of heading: xmlNodePtr) -> String {
        var parts: [String] = []
        var dropped = false
        for child in children(heading) {
            if isElement(child) {
                if lowercaseWords(attribute(child, "class") ?? "").contains(where: kickerWords.contains)
                    || parts.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) && isGluedKicker(child)
                {
                    dropped = true
                    parts.append(" ")
                    continue
                }
                parts.append(text(of: child))
            } else if let content = child.pointee.content, child.pointee.type == XML_TEXT_NODE {
                parts.append(String(cString: content))
            }
        }
        // The punctuation that joined the kicker to the headline (`Klimaschutz<span>:</span> Bohren …`).
        let rest = collapse(parts.joined()).trimming(.labelMarks)
        return dropped && !rest.isEmpty ? rest : text(of: heading)
    }

    /// A short label (three characters to `labelAboveHeadline`, ending in a letter or a digit)
    /// whose next sibling is text that opens at once with a capital.
    static func isGluedKicker(_ node: xmlNodePtr) -> Bool {
        let label = text(of: node)
        guard (3...labelAboveHeadline).contains(label.count), label.last.map({ $0.isLetter || $0.isNumber }) == true,
            let next = node.pointee.next, next.pointee.type == XML_TEXT_NODE, let content = next.pointee.content
        else { return false }
        return String(cString: content).first.map { $0.isUppercase } == true
    }

    /// A text's words in lower case, split at anything not a letter or a digit: a headline's words,
    /// or those of a class and id (`entry-title__toptitle` → `entry`, `title`, `toptitle`).
    static func lowercaseWords(_ text: String) -> [String] {
        lowercaseWordRuns(text).map(String.init)
    }

    /// `lowercaseWords` as slices of one lower-cased copy: for counting and comparing runs of words.
    ///
    /// The runs are those of splitting the lower-cased text at every character that is neither a
    /// letter nor a number, worked out on the scalars in one pass (this runs over whole stories,
    /// and grapheme breaking and `lowercased()` over each cost ten times as much): a mark that
    /// extends a character (an accent, a vowel sign, a joiner) goes with the scalar before it, as
    /// it does in a `Character`.
    static func lowercaseWordRuns(_ text: String) -> [Substring] {
        // The words, lower-cased, one space apart; `ends` marks where each ends.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var ends: [Int] = []
        var inWord = false
        // Whether a mark here extends the character before it: not at the start, nor after a
        // control or format character, after which a character starts anew.
        var joinable = false
        func startWord() {
            if !inWord, !bytes.isEmpty {
                ends.append(bytes.count)
                bytes.append(UInt8(ascii: " "))
            }
            inWord = true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                joinable = scalar.value >= 0x20 && scalar.value != 0x7F
                var byte = UInt8(truncatingIfNeeded: scalar.value)
                if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { byte += 0x20 }
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    startWord()
                    bytes.append(byte)
                } else {
                    inWord = false
                }
                continue
            }
            let properties = scalar.properties
            let extends =
                joinable
                && (properties.isGraphemeExtend || scalar.value == 0x200D || properties.generalCategory == .spacingMark
                    || properties.isEmojiModifier)
            let inRun = extends ? inWord : properties.isAlphabetic || properties.numericType != nil
            switch properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: joinable = false
            case .format: joinable = scalar.value == 0x200C || scalar.value == 0x200D
            default: joinable = true
            }
            guard inRun else {
                inWord = false
                continue
            }
            startWord()
            if properties.changesWhenLowercased {
                bytes.append(contentsOf: properties.lowercaseMapping.utf8)
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        guard !bytes.isEmpty else { return [] }
        ends.append(bytes.count)
        let words = String(decoding: bytes, as: UTF8.self)
        let utf8 = words.utf8
        var runs: [Substring] = []
        runs.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            runs.append(words[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            start = end + 1
        }
        return runs
    }

    /// The text of an `<h1>` of the page that opens `title` and is followed there by a separator
    /// and more (a site's name), or nil.
    static func headingOpening(_ title: String, in root: xmlNodePtr) -> String? {
        var found: String?
        var budget = 20
        func visit(_ node: xmlNodePtr) {
            for child in children(node) where isElement(child) && found == nil && budget > 0 {
                guard !unreadElements.contains(name(child)) else { continue }
                if name(child) == "h1" {
                    budget -= 1
                    let heading = headingText(of: child)
                    // A separator set apart by a space: "Covid-19 …" does not open with "Covid".
                    let rest = title.dropFirst(heading.count)
                    if heading.count >= 8, heading.count < title.count,
                        title.range(of: heading, options: [.anchored, .caseInsensitive]) != nil, rest.first?.isWhitespace == true,
                        let next = rest.first(where: { !$0.isWhitespace }), titleSeparators.contains(next)
                    {
                        found = heading
                    }
                } else {
                    visit(child)
                }
            }
        }
        visit(root)
        return found
    }

    static let titleSeparators: Set<Character> = ["|", "-", "–", "—", "•", "·", "»", "/"]

    /// The headline the page prints above the story's element when its titles for sharing and
    /// for the tab say it otherwise (a headline rewritten for search engines): the first `<h1>`
    /// there that is not named for a photo's caption, unless it is or is in a link, is the site's
    /// name (or the part a title sets apart after its headline, `isSitesPart`), is named (or its
    /// wrappers are) for the site, its logo or its blog, is shorter than a headline
    /// (`looseHeadingWords`), ends with a full stop, or shares no word with `stated` (the page's
    /// titles) when one is of a headline's length. Its line alone (`headlineLine`).
    static func printedHeadline(_ above: [xmlNodePtr], site: String?, stated: [String]) -> String? {
        for block in above {
            guard let heading = name(block) == "h1" ? block : first(block, named: "h1") else { continue }
            // The heading and its elements up to the block above the story: a photo's caption set
            // as a heading is passed over; a link, or a name for the site, ends the search.
            var node: xmlNodePtr? = heading
            var isCaption = false
            while let current = node {
                let naming = ((attribute(current, "class") ?? "") + " " + (attribute(current, "id") ?? "")).lowercased()
                if name(current) == "a" || lowercaseWords(naming).contains(where: siteWords.contains) { return nil }
                // (`photocaption`, glued: no word of its own.)
                isCaption = isCaption || naming.contains("caption")
                node = current == block ? nil : current.pointee.parent
            }
            if isCaption { continue }
            guard first(heading, named: "a") == nil else { return nil }
            // (A sentence set as a heading, its full stop and all, is a line of the story.)
            let text = headlineLine(of: heading)
            if let site, text.caseInsensitiveCompare(site) == .orderedSame { return nil }
            if isSitesPart(text, of: stated) { return nil }
            guard lowercaseWords(text).count >= looseHeadingWords, text.last != "." else { return nil }
            // Titles of a headline's length share a word with it: the same story, told otherwise
            // ("Hitachi in U.K. Nuclear Bid", "Hitachi Set to Win Bid for U.K. Nuclear Venture").
            let statedWords = stated.map(lowercaseWords)
            if statedWords.contains(where: { $0.count >= statedHeadlineWords }),
                Set(lowercaseWords(text).filter { $0.count >= 4 }).isDisjoint(with: statedWords.joined())
            {
                return nil
            }
            return text
        }
        return nil
    }

    /// Whether a heading is what a title sets apart after a longer headline with a separator: the
    /// site's name ("Harbour wall approved after eleven years | International Federation of Port
    /// Engineers"). After a shorter part it is the headline ("SARS-2/COVID-19 - Heute schon an
    /// morgen denken").
    static func isSitesPart(_ heading: String, of titles: [String]) -> Bool {
        titles.contains { title in
            let segments = titleSegments(title)
            return segments.dropFirst().contains { $0.caseInsensitiveCompare(heading) == .orderedSame }
                && segments.first.map { $0.count > heading.count } == true
        }
    }

    /// The parts of a title between separators set apart by blanks ("A | B – C": A, B, C); none
    /// for a title of one part.
    static func titleSegments(_ title: String) -> [String] {
        let segments = titleSeparators.reduce([title]) { parts, separator in
            parts.flatMap { $0.components(separatedBy: " \(separator) ") }
        }
        return segments.count > 1 ? segments.map { $0.trimmingSpaces() } : []
    }

    /// A heading's headline alone: its text before a line break, without what it sets in
    /// `<small>` or names as a subtitle (`m-stage__subline`, `article-subtitle`): a date and
    /// categories, or a second line under the headline.
    static func headlineLine(of heading: xmlNodePtr) -> String {
        var line = headingText(of: heading)
        if let lineBreak = line.firstIndex(of: "\u{2028}") { line = String(line[..<lineBreak]) }
        func dropSubtitles(_ node: xmlNodePtr) {
            for child in children(node) where isElement(child) {
                if name(child) == "small" || lowercaseWords(attribute(child, "class") ?? "").contains(where: subtitleWords.contains) {
                    let subtitle = text(of: child)
                    if !subtitle.isEmpty, let range = line.range(of: subtitle, options: .backwards) { line.removeSubrange(range) }
                } else {
                    dropSubtitles(child)
                }
            }
        }
        dropSubtitles(heading)
        return collapse(line).trimming(.labelMarksAndBullets)
    }

    static let subtitleWords: Set<String> = ["subtitle", "subline", "subheadline", "subhead", "dek", "deck"]

    /// The fewest words of a headline above the story that its titles do not bear out.
    static let looseHeadingWords = 5
    /// The fewest words of a stated title that is a headline, not a section's name ("Audio").
    static let statedHeadlineWords = 4
    /// Words of an `<h1>` that holds the site's name, not a story's headline (`site-title`).
    static let siteWords: Set<String> = ["site", "logo", "brand", "blog", "masthead"]

    /// Whether two headlines are one with small differences (a word changed, a kicker added): most
    /// of the longer one's words are in the other.
    static func sameHeadline(_ a: String, _ b: String) -> Bool {
        let (first, second) = (Set(lowercaseWords(a)), Set(lowercaseWords(b)))
        guard !first.isEmpty, !second.isEmpty else { return false }
        return Double(first.intersection(second).count) >= 0.6 * Double(max(first.count, second.count))
    }

    /// Labels a headline may open with that say what kind of piece it is, not what it says.
    static let headlineLabels: Set<String> = [
        "opinion", "analysis", "commentary", "editorial", "perspective", "op-ed", "column", "review", "exclusive",
        "breaking", "watch", "video", "live",
    ]

    static func cleanTitle(_ title: String?, site: String?, url: String? = nil) -> String? {
        guard var title = title.map(collapse), !title.isEmpty else { return nil }
        // "Headline | Site": the site's name after the headline, as the page states it or as its
        // address spells it ("… - Flatworld Solutions" on flatworldsolutions.com, "… | web.dev").
        let hostNames = url.map(OutletName.spellings(ofHostIn:)) ?? []
        for separator in [" | ", " – ", " — ", " - ", " :: ", " • ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...]
            if let site, suffix.lowercased() == site.lowercased() || site.lowercased().contains(suffix.lowercased()) {
                title = String(title[..<range.lowerBound])
                break
            }
            if hostNames.contains(OutletName.compact(String(suffix))) {
                title = String(title[..<range.lowerBound])
                break
            }
            if separator == " | " && suffix.split(separator: " ").count <= 4 {
                title = String(title[..<range.lowerBound])
                break
            }
        }
        // "Headline - Opinion" left of the site's name: the section's label goes too.
        for separator in [" | ", " – ", " — ", " - "] {
            guard let range = title.range(of: separator, options: .backwards),
                sectionLabels.contains(title[range.upperBound...].lowercased())
            else { continue }
            title = String(title[..<range.lowerBound])
            break
        }
        // "Site Name | Headline".
        if let site, let range = title.range(of: " | "), title[..<range.lowerBound].lowercased() == site.lowercased(),
            title[range.upperBound...].count > 10
        {
            title = String(title[range.upperBound...])
        }
        // "Opinion | Enough platitudes", "Local News | Brothel …": the section's label set before the
        // headline; with a colon only the labels of a kind of piece ("Analysis: …").
        for separator in [" | ", ": "] {
            guard let range = title.range(of: separator) else { continue }
            let label = title[..<range.lowerBound]
            let rest = title[range.upperBound...]
            // A short label before a long headline; two names of like length are a headline and its site.
            let labelWords = label.split(separator: " ").count
            let isSection = separator == " | " && labelWords <= 2 && rest.split(separator: " ").count >= max(8, 3 * labelWords)
            if isSection || headlineLabels.contains(label.lowercased()), rest.count > 10 {
                title = String(rest)
                break
            }
        }
        return title
    }

}

/// The libxml2 functions the reader calls, opened with dlopen on first use.
struct LibXML2: Sendable {
    typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> xmlDocPtr?
    typealias FreeDoc = @convention(c) (xmlDocPtr?) -> Void
    typealias RootElement = @convention(c) (xmlDocPtr?) -> xmlNodePtr?
    typealias GetProperty = @convention(c) (UnsafePointer<xmlNode>?, UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>?
    typealias InitParser = @convention(c) () -> Void
    typealias SetName = @convention(c) (xmlNodePtr?, UnsafePointer<xmlChar>?) -> Void

    let readMemory: ReadMemory
    let freeDoc: FreeDoc
    let rootElement: RootElement
    let getProperty: GetProperty
    let setNodeName: SetName

    /// Renames an element (xmlNodeSetName: the name is copied into the document's dictionary).
    func setName(_ node: xmlNodePtr, _ name: String) {
        name.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { setNodeName(node, $0) } }
    }

    static let loaded: Result<LibXML2, CommentaryError> = {
        guard let handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL) ?? dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL) else {
            return .failure(.failure("reading HTML needs libxml2 (Debian: apt-get install libxml2)"))
        }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let readMemory = symbol("htmlReadMemory", as: ReadMemory.self),
            let freeDoc = symbol("xmlFreeDoc", as: FreeDoc.self),
            let rootElement = symbol("xmlDocGetRootElement", as: RootElement.self),
            let getProperty = symbol("xmlGetProp", as: GetProperty.self),
            let initParser = symbol("xmlInitParser", as: InitParser.self),
            let setName = symbol("xmlNodeSetName", as: SetName.self)
        else {
            return .failure(.failure("the libxml2 found lacks the HTML parser"))
        }
        // Once, before any thread parses.
        initParser()
        return .success(
            LibXML2(readMemory: readMemory, freeDoc: freeDoc, rootElement: rootElement, getProperty: getProperty, setNodeName: setName))
    }()
}
