import CLibXML2

/// Chooses the element that holds a page's article by scored evidence, the way Readability and
/// trafilatura do, instead of taking the first `<article>` or `<main>`: every run of prose scores
/// its ancestors (more for length and commas), an ancestor's score is discounted by its link
/// density, and `<article>`, `<main>`, schema.org's `articleBody` and class words such as `story`
/// or `comment` count as evidence for or against, never as verdicts. Siblings of the winner that
/// continue it (a second block of paragraphs after an advertisement) are taken with it.
/// https://github.com/mozilla/readability (the scoring scheme this follows)
struct ContentScorer {
    let statistics: PageStatistics
    let isBoilerplate: (xmlNodePtr) -> Bool
    /// The fewest characters of an element's own text that make a run of prose (`minimumRun`;
    /// fewer for the reading of a post of short lines).
    var shortestRun = ContentScorer.minimumRun

    /// A chosen container and what is read of it: the parts (it, or it with the siblings that
    /// continue it, in page order) without the columns beside the story (`besides`) that a step up
    /// to an element holding both took in.
    struct Choice {
        let container: xmlNodePtr
        let parts: [xmlNodePtr]
        var besides: Set<xmlNodePtr> = []
    }

    /// The chosen elements, in page order: the best candidate alone, or it with the siblings that
    /// continue it. Empty when no element holds a run of prose.
    func choose(in root: xmlNodePtr) -> Choice? {
        choices(in: root, runnersUp: 0).first
    }

    /// The chosen elements, then up to `runnersUp` other candidates in the order of their scores
    /// (none inside or around one already listed), each with the siblings that continue it: where
    /// the best holds no paragraph of prose (a page's legal line outscoring a one-paragraph story),
    /// the next may.
    func choices(in root: xmlNodePtr, runnersUp: Int) -> [Choice] {
        var scores: [xmlNodePtr: Double] = [:]
        var order: [xmlNodePtr] = []
        score(root, into: &scores, order: &order)
        guard !scores.isEmpty else { return [] }
        var finals: [xmlNodePtr: Double] = [:]
        for (node, score) in scores { finals[node] = score * (1 - statistics[node].linkDensity) }
        // Highest final score; on a tie the earlier element on the page.
        var best = order[0]
        for node in order where (finals[node] ?? 0) > (finals[best] ?? 0) { best = node }
        let (chosenTop, besides) =
            if let common = commonAncestor(of: best, order: order, finals: finals) {
                promoted(common, finals: finals)
            } else if let holding = holdingAncestor(of: best, finals: finals) {
                (onlyChildGivesWay(holding), [])
            } else {
                promoted(best, finals: finals)
            }
        // (An element widened to hold the story's sections holds the story: its siblings are
        // the page's.)
        let top = widened(chosenTop)
        var chosen = [
            Choice(container: top, parts: top == chosenTop ? withContinuingSiblings(top, finals: finals) : [top], besides: besides)
        ]
        guard runnersUp > 0 else { return chosen }
        // A stable order: by score, then by place on the page.
        let ranked = order.enumerated().sorted { a, b in
            let (x, y) = (finals[a.element] ?? 0, finals[b.element] ?? 0)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        for candidate in ranked where chosen.count <= runnersUp && (finals[candidate] ?? 0) > 0 {
            let container = onlyChildGivesWay(candidate)
            guard !Self.isPageRoot(container),
                !chosen.contains(where: {
                    $0.container == container || Self.isAncestor($0.container, of: container)
                        || Self.isAncestor(container, of: $0.container)
                })
            else { continue }
            chosen.append(Choice(container: container, parts: withContinuingSiblings(container, finals: finals)))
        }
        return chosen
    }

    // MARK: - Scoring

    /// Elements whose own text (outside their block children) makes a run of prose: paragraphs,
    /// table cells, divs of text, text set with `<br>` beside block children.
    static let minimumRun = 25
    static let minimumListRun = 100
    /// A run of at least this many line breaks whose lines average fewer visible characters than
    /// `shortLine` is a list of lines.
    static let listLines = 4
    static let shortLine = 40
    /// The elements whose own text counts as a paragraph (list items only when long); headings and
    /// captions do not.
    static let scored: Set<String> = [
        "p", "pre", "td", "blockquote", "div", "section", "article", "main", "font", "center", "span", "body", "dl",
    ]

    /// Words that name a paper's or an article's list of sources.
    static let citationWords: Set<String> = ["references", "reflist", "bibliography", "citations", "footnotes", "endnotes"]
    /// The list and the elements above it looked at for a name of citations.
    static let citationHolderLevels = 8

    /// Whether a run of text is a citation: inside a list item (up to three levels up) of a list
    /// named for the sources it cites, or set in an element so named (`c-article-references`,
    /// `article-references` › `rlist`; a section named by its heading, `4-heading-other-references-0`,
    /// round the wrappers of a page builder's columns).
    func isInListOfCitations(_ node: xmlNodePtr) -> Bool {
        var current: xmlNodePtr? = node
        for _ in 0..<4 {
            guard let element = current, HTMLArticleReader.isElement(element) else { return false }
            let name = HTMLArticleReader.name(element)
            if name == "ol" || name == "ul" {
                var holder: xmlNodePtr? = element
                for _ in 0..<Self.citationHolderLevels {
                    guard let list = holder, HTMLArticleReader.isElement(list), statistics.nodes[list] != nil else { return false }
                    if statistics[list].naming.contains(where: Self.citationWords.contains) { return true }
                    holder = list.pointee.parent
                }
                return false
            }
            current = element.pointee.parent
        }
        return false
    }

    private func score(_ node: xmlNodePtr, into scores: inout [xmlNodePtr: Double], order: inout [xmlNodePtr]) {
        for child in HTMLArticleReader.children(node) where HTMLArticleReader.isElement(child) {
            guard !PageStatistics.unread.contains(HTMLArticleReader.name(child)), !isBoilerplate(child) else { continue }
            let element = HTMLArticleReader.name(child)
            let run =
                Self.scored.contains(element) || element == "li"
                ? ownText(child) : (characters: 0, commas: 0, breaks: 0, notices: 0, wide: 0)
            // A list item counts only when it is a paragraph of prose (a story told in bullets),
            // not a menu entry or a teaser's line, nor a citation in a list of references (its
            // authors' commas are no prose's: a paper's references outscored its abstract).
            if run.characters >= (element == "li" ? Self.minimumListRun : shortestRun), !isInListOfCitations(child) {
                // Readability's paragraph score: one, a point a comma, a point per 100 characters (up
                // to 3). Short lines set apart with <br> (names with their affiliations, an address)
                // are a list, not sentences: their commas are no sign of prose. Nor are those of a
                // site's legal line (a publisher's name, address and telephone, then ©).
                let isListOfLines = run.breaks >= Self.listLines && run.characters < (run.breaks + 1) * Self.shortLine
                let commasCount = !isListOfLines && run.notices == 0
                // (A character of Chinese, Japanese or Korean counts as the three letters it is worth.)
                let length = run.characters + 2 * run.wide
                var lengthPoints = min(Double(length / 100), 3)
                // Paragraphs set apart with <br> in one element (a story in one <p> or one cell,
                // a line break between paragraphs) score as the paragraphs they are, not as one;
                // not a site's legal lines.
                // (Measured on blocks alone: a <font> or <span> inside one is measured with it.)
                if run.breaks > 0, commasCount, !isInline(child) {
                    let lines = lineLengths(child).filter { $0 >= shortestRun }
                    if lines.count > 1 {
                        lengthPoints = max(lengthPoints, lines.reduce(-1) { $0 + 1 + min(Double($1 / 100), 3) })
                    }
                }
                let points = 1 + (commasCount ? Double(run.commas) : 0) + lengthPoints
                // A paragraph scores its parent in full, its grandparent by half, and farther
                // ancestors less. An element that mixes its own text with block children (text set
                // with <br> beside subheads) scores itself too: it is its paragraphs' parent.
                var ancestor: xmlNodePtr? = isParagraph(child) ? node : child
                var level = 0
                while let current = ancestor, level < 5, HTMLArticleReader.isElement(current) {
                    if scores[current] == nil {
                        scores[current] = initialScore(current)
                        order.append(current)
                    }
                    let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                    scores[current, default: 0] += points / divider
                    ancestor = current.pointee.parent
                    level += 1
                }
            }
            score(child, into: &scores, order: &order)
        }
    }

    /// Characters, commas, line breaks, copyright signs and wide characters of an element's own
    /// text: its text nodes and inline children, not the text of its block children.
    func ownText(_ node: xmlNodePtr) -> (characters: Int, commas: Int, breaks: Int, notices: Int, wide: Int) {
        var characters = 0
        var commas = 0
        var breaks = 0
        var notices = 0
        var wide = 0
        for child in HTMLArticleReader.children(node) {
            if child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
                let measured = PageStatistics.measure(content)
                characters += measured.visible
                commas += measured.commas
                notices += measured.notices
                wide += measured.wide
            } else if HTMLArticleReader.isElement(child), isInline(child) {
                let stats = statistics[child]
                // Link text is not prose: a paragraph of links scores nothing.
                characters += stats.text - stats.linkText
                commas += stats.commas
                breaks += stats.breaks + (HTMLArticleReader.name(child) == "br" ? 1 : 0)
                notices += stats.notices
                wide += stats.wideText
            }
        }
        return (characters, commas, breaks, notices, wide)
    }

    /// The lengths of the lines of an element's own text (its text nodes and inline children,
    /// outside links) that line breaks set apart, a wide character counting three.
    func lineLengths(_ node: xmlNodePtr) -> [Int] {
        var lines = [0]
        func walk(_ parent: xmlNodePtr, inLink: Bool) {
            for child in HTMLArticleReader.children(parent) {
                if child.pointee.type == XML_TEXT_NODE, !inLink, let content = child.pointee.content {
                    let measured = PageStatistics.measure(content)
                    lines[lines.count - 1] += measured.visible + 2 * measured.wide
                } else if HTMLArticleReader.isElement(child) {
                    let element = HTMLArticleReader.name(child)
                    if element == "br" {
                        lines.append(0)
                    } else if isInline(child), !PageStatistics.unread.contains(element) {
                        walk(child, inLink: inLink || element == "a")
                    }
                }
            }
        }
        walk(node, inLink: false)
        return lines
    }

    /// A `<p>`, or any element holding text and inline elements alone (a div of text, a cell).
    func isParagraph(_ node: xmlNodePtr) -> Bool {
        HTMLArticleReader.name(node) == "p" || !statistics[node].hasBlocks
    }

    func isInline(_ node: xmlNodePtr) -> Bool {
        HTMLArticleReader.isInlineName(HTMLArticleReader.name(node)) && !statistics[node].hasBlocks
    }

    static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose",
        "articlebody", "storybody", "postbody", "column",
    ]
    /// The story's container named by a word glued to a site's prefix (`vitstorybody`,
    /// `ctl00_articlebody`): the compound words of a story's body, at a token's end.
    static let gluedStoryWords = [
        "storybody", "articlebody", "postbody", "storycontent", "articlecontent", "postcontent", "entrycontent", "storytext",
        "articletext", "bodytext",
    ]

    static func isPositive(_ token: String) -> Bool {
        positiveWords.contains(token) || gluedStoryWords.contains(where: token.hasSuffix)
    }

    static let negativeWords: Set<String> = [
        "comment", "comments", "meta", "footer", "footnote", "sidebar", "widget", "related", "share", "promo",
        "teaser", "card", "reply", "replies", "masthead", "media", "combx", "contact", "shoutbox", "sponsor",
        "byline", "caption", "tags", "nav", "menu", "rail", "aside", "more", "copyright",
    ]

    /// The prose an element named for the story needs for the name's full weight.
    static let namedProse = 100.0

    /// The evidence an element brings before its paragraphs count: its kind and the words of its
    /// class and id, schema.org's `articleBody`, `<article>` and `<main>`.
    func initialScore(_ node: xmlNodePtr) -> Double {
        var score: Double
        switch HTMLArticleReader.name(node) {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        let tokens = statistics[node].naming
        if tokens.contains(where: Self.negativeWords.contains) { score -= 25 }
        // The words of an element inside a line of text (`<span class="avLinkBody">` round a link's
        // address) name that piece of the line, not the story's container.
        // A name is evidence for an element that could hold a story: a cell of one short line
        // named `ArticleText` (a slogan, a publisher's address) earns it in proportion to its prose.
        // (Not a site's legal line, its © in a cell of one short line named `StandardTextSmall`.)
        if tokens.contains(where: Self.isPositive), !isInline(node),
            statistics[node].notices == 0 || statistics[node].hasBlocks
                || Self.prose(statistics[node]) >= PageReading.storyParagraph
        {
            score += 25 * min(1, Double(Self.prose(statistics[node])) / Self.namedProse)
        }
        switch HTMLArticleReader.name(node) {
        case "article": score += 10
        case "main": score += 5
        default: break
        }
        if statistics[node].isArticleBody { score += 30 }
        if Self.isPoll(statistics[node]) { score -= 25 }
        return score
    }

    /// A poll or a survey: two or more choices (radio buttons, check boxes) with their question
    /// and labels, a line of prose or less a choice (three lines when the text is mostly in a
    /// form). Not a story with a survey under it, nor a story set in a form of its own: both have
    /// far more prose than choices.
    static func isPoll(_ stats: PageStatistics.Node) -> Bool {
        let perChoice = stats.formText * 2 >= stats.text ? pollFormText : pollText
        return stats.choices >= 2 && stats.choices * perChoice >= prose(stats)
    }

    /// A sign-up box (a newsletter's, a deal alert's): a field for an e-mail address or a phone
    /// number, and a few lines around it. Counted on all its text, links too: a short post's
    /// element that also holds such a box holds more, its links and share buttons among it.
    static func isSignUp(_ stats: PageStatistics.Node) -> Bool {
        stats.entries > 0 && stats.text < signUpText
    }

    static let signUpText = 600

    /// The most characters of prose a choice of a poll brings with it, outside a form and in one.
    static let pollText = 60
    static let pollFormText = 150

    // MARK: - Promotion and siblings

    /// A story cut into parts (steps, sections) makes several close candidates: when three of the
    /// runners-up within 75% of the best (after it, with a quarter of its prose at least) share an
    /// ancestor with it, that ancestor holds the story.
    /// So does the nearest ancestor of the candidates named exactly as the best (its sections, each
    /// in a wrapper of its own) that score at least half of it.
    private func commonAncestor(of best: xmlNodePtr, order: [xmlNodePtr], finals: [xmlNodePtr: Double]) -> xmlNodePtr? {
        let topScore = finals[best] ?? 0
        guard topScore > 0 else { return nil }
        // Sections of one story, each in a wrapper of its own: candidates named exactly as the best
        // is, scoring at least half of it, or, before it on the page, a fifth of it with hardly a
        // link (a lead in a row of its own above the photo; named as the best is, or with a class
        // of the story's it has too); the nearest element holding them all holds the story.
        let named = Self.family(statistics[best].tokens)
        if !named.isEmpty {
            let bestIndex = order.firstIndex(of: best) ?? order.count
            // A name that says "the story" (`story-text`) is evidence enough for the opening
            // paragraphs set above the photo or the share bar: a twentieth of the best will do.
            let leadShare = named.contains(where: Boilerplate.storyWords.contains) ? 0.05 : 0.2
            // (An element round the best or inside it is the same part, not another: a `story`
            // wrapper round the `story` element, its share bar beside it.)
            let storyClasses = Self.storyClasses(of: best)
            let sections = order.enumerated().filter { index, node in
                guard node != best, !Self.isAncestor(node, of: best), !Self.isAncestor(best, of: node) else { return false }
                if Self.family(statistics[node].tokens) == named, (finals[node] ?? 0) >= topScore * 0.5 { return true }
                // (The lead's block may carry a class more or fewer: `article-text no-review`.)
                let isKin = Self.family(statistics[node].tokens) == named || !storyClasses.isDisjoint(with: Self.classes(of: node))
                return isKin && index < bestIndex && (finals[node] ?? 0) >= topScore * leadShare
                    && statistics[node].ownLinkDensity < 0.1
            }.map(\.element)
            var ancestor = best.pointee.parent
            while !sections.isEmpty, let current = ancestor, HTMLArticleReader.isElement(current), !Self.isPageRoot(current) {
                if sections.allSatisfy({ Self.isAncestor(current, of: $0) }) { return current }
                ancestor = current.pointee.parent
            }
        }
        // A runner-up after the best with less than `partShare` of its prose is no part of it but
        // a card of another story named as the story is (`article article_1`: a headline and a
        // summary cut at "..."), scoring near it by its name; a lead before the story may be short.
        let bestProse = Self.prose(statistics[best])
        let bestIndex = order.firstIndex(of: best) ?? order.count
        let alternatives = order.enumerated().filter { index, node in
            node != best && (finals[node] ?? 0) >= topScore * 0.75
                && (index < bestIndex || Double(Self.prose(statistics[node])) >= Double(bestProse) * Self.partShare)
        }.map(\.element)
            .sorted { (finals[$0] ?? 0) > (finals[$1] ?? 0) }.prefix(4)
        guard alternatives.count >= 3 else { return nil }
        var ancestor = best.pointee.parent
        while let current = ancestor, HTMLArticleReader.isElement(current), !Self.isPageRoot(current) {
            let holding = alternatives.filter { Self.isAncestor(current, of: $0) }.count
            if holding >= 3 {
                // The element holding the parts is a story's, not a page's: few links (a page's
                // columns of boxes, each named for content, are many).
                return statistics[current].linkDensity < Self.partsLinkDensity ? current : nil
            }
            ancestor = current.pointee.parent
        }
        return nil
    }

    /// An element's classes that name a story (`article-text`, not `c-gray-1`).
    static func storyClasses(of node: xmlNodePtr) -> Set<Substring> {
        Set(
            classes(of: node).filter { name in
                PageStatistics.tokens(of: [String(name)]).contains(where: Boilerplate.storyWords.contains)
            })
    }

    static func classes(of node: xmlNodePtr) -> [Substring] {
        (HTMLArticleReader.attribute(node, "class") ?? "").split(whereSeparator: \.isWhitespace)
    }

    /// A story cut into sections of its own (each its own wrapper, a table, a box of highlights)
    /// whose best section won: the farthest ancestor up to `nearLevels` up (no furniture on the
    /// way) with twice its prose, form controls' options aside, and at most `widenLinkDensity` of
    /// links holds the rest of it; up to `widenLevels`, one with three times its prose, at most
    /// `farWidenLinkDensity` of links and `farSections` other sections of prose.
    private func widened(_ top: xmlNodePtr) -> xmlNodePtr {
        let prose = Self.prose(statistics[top])
        var found = top
        var child = top
        var ancestor = top.pointee.parent
        var level = 0
        while let current = ancestor, level < Self.widenLevels, HTMLArticleReader.isElement(current), !Self.isPageRoot(current) {
            let outer = statistics[current]
            if isBoilerplate(current) { break }
            let outerProse = Self.prose(outer) - outer.controlText
            if level < Self.nearLevels, outerProse >= prose * 2, outer.linkDensity <= Self.widenLinkDensity {
                found = current
            } else if outerProse >= prose * 3, outer.linkDensity <= Self.farWidenLinkDensity,
                sectionsBeside(child, in: current) >= Self.farSections
            {
                // Further up, only round a story cut into many sections (an explainer's
                // `jump-section`s), not round a short story and one long box (a paywall's terms).
                found = current
            }
            child = current
            ancestor = current.pointee.parent
            level += 1
        }
        return found
    }

    static let widenLevels = 5
    static let nearLevels = 3
    static let widenLinkDensity = 0.05
    static let farWidenLinkDensity = 0.1
    /// The other sections of prose an element further up than `nearLevels` holds beside the one
    /// the story's best part is in, at least.
    static let farSections = 2

    /// How many of `parent`'s other children beside `child` hold a paragraph's prose.
    private func sectionsBeside(_ child: xmlNodePtr, in parent: xmlNodePtr) -> Int {
        HTMLArticleReader.children(parent).filter { sibling in
            sibling != child && HTMLArticleReader.isElement(sibling) && statistics.nodes[sibling] != nil
                && !isBoilerplate(sibling) && Self.prose(statistics[sibling]) >= PageReading.storyParagraph
        }.count
    }

    /// The least share of the best's prose a runner-up after it holds to count as a part of the story.
    static let partShare = 0.25

    /// The most link text of an element holding a story's parts.
    static let partsLinkDensity = 0.3

    /// The words that make elements one family: their class and id words without numbers
    /// (`article-section-0`, `article-section-1` are sections of one story).
    static func family(_ tokens: [String]) -> [String] {
        tokens.filter { token in !token.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    }

    static func isAncestor(_ ancestor: xmlNodePtr, of node: xmlNodePtr) -> Bool {
        var current = node.pointee.parent
        while let parent = current {
            if parent == ancestor { return true }
            current = parent.pointee.parent
        }
        return false
    }

    /// A lead or standfirst named for the story (`c-intro__text`) scores a story word's bonus on one
    /// paragraph, and can outscore the element that holds it and the story's other paragraphs. An
    /// ancestor a few levels up that scores nearly as well and holds several times its prose (its
    /// text outside links and furniture) is the story's element.
    private func holdingAncestor(of best: xmlNodePtr, finals: [xmlNodePtr: Double]) -> xmlNodePtr? {
        let topScore = finals[best] ?? 0
        let prose = Self.prose(statistics[best])
        var found: xmlNodePtr?
        var bestFinal = 0.0
        var ancestor = best.pointee.parent
        var level = 0
        while let current = ancestor, level < Self.holdingLevels, HTMLArticleReader.isElement(current), !Self.isPageRoot(current) {
            if let final = finals[current], final >= topScore * Self.holdingScore, final > bestFinal,
                Self.prose(statistics[current]) >= prose * Self.holdingProse
            {
                (found, bestFinal) = (current, final)
            }
            ancestor = current.pointee.parent
            level += 1
        }
        return found
    }

    /// How far up, how nearly as well it scores, and how many times the prose it holds.
    static let holdingLevels = 4
    static let holdingScore = 0.75
    static let holdingProse = 3

    /// An element's text outside links and outside the furniture inside it.
    static func prose(_ stats: PageStatistics.Node) -> Int {
        stats.text - stats.furnitureText - (stats.linkText - stats.furnitureLinkText)
    }

    /// Readability's step up: a parent that scores at least as well as the winner holds more of
    /// the story (the winner was one part of it); an only child gives way to its parent. A step
    /// that adds more links than story (`columnsBeside`) adds the columns beside it too: they are
    /// returned to be left out.
    private func promoted(_ best: xmlNodePtr, finals: [xmlNodePtr: Double]) -> (xmlNodePtr, Set<xmlNodePtr>) {
        var top = best
        var besides: Set<xmlNodePtr> = []
        let topScore = finals[best] ?? 0
        var lastScore = topScore
        var parent = top.pointee.parent
        while let current = parent, HTMLArticleReader.isElement(current), !Self.isPageRoot(current) {
            guard let parentScore = finals[current] else {
                parent = current.pointee.parent
                continue
            }
            if parentScore < topScore / 3 { break }
            if parentScore > lastScore {
                top = current
                besides = columnsBeside(best, in: current)
                break
            }
            lastScore = parentScore
            parent = current.pointee.parent
        }
        return (onlyChildGivesWay(top), besides)
    }

    /// A page of the older kind sets the story, its headline above it and a column of other
    /// stories' headlines beside it in one element, which scores above the story's own wrapper:
    /// a step up to it that adds at least `columnText` characters, a third of them or more links,
    /// and less prose than the story has, takes in such columns. They are its children beside the
    /// story with `columnText` characters or more, a third of them links (not its references
    /// or notes, `reflist`, which link their sources).
    func columnsBeside(_ story: xmlNodePtr, in ancestor: xmlNodePtr) -> Set<xmlNodePtr> {
        let (outer, inner) = (statistics[ancestor], statistics[story])
        let added = outer.text - inner.text
        guard added >= Self.columnText, (outer.linkText - inner.linkText) * 3 >= added,
            Self.prose(outer) - Self.prose(inner) < Self.prose(inner)
        else { return [] }
        return Set(
            HTMLArticleReader.children(ancestor).filter { child in
                guard HTMLArticleReader.isElement(child), statistics.nodes[child] != nil, child != story,
                    !Self.isAncestor(child, of: story)
                else { return false }
                let stats = statistics[child]
                return stats.text >= Self.columnText && stats.linkText * 3 >= stats.text
                    && !stats.naming.contains(where: Self.sourceWords.contains)
            })
    }

    static let columnText = 200
    /// Words of a story's own sources beside it: a list of references (`citationWords`), its notes.
    static let sourceWords: Set<String> = citationWords.union(["notes", "sources"])

    /// An only child gives way to its parent.
    private func onlyChildGivesWay(_ node: xmlNodePtr) -> xmlNodePtr {
        var top = node
        while let parent = top.pointee.parent, HTMLArticleReader.isElement(parent), !Self.isPageRoot(parent),
            HTMLArticleReader.children(parent).filter(HTMLArticleReader.isElement).count == 1
        {
            top = parent
        }
        return top
    }

    /// The paragraph an element is, or wraps alone: down through plain divs (no word against the
    /// story in their names: not `more`, not `comment`) whose only child holds all their text, to a
    /// paragraph; nil when it holds anything else.
    func soleParagraph(_ node: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while !isParagraph(current) {
            guard HTMLArticleReader.name(current) == "div",
                !statistics[current].naming.contains(where: Self.negativeWords.contains)
            else { return nil }
            let children = HTMLArticleReader.children(current).filter(HTMLArticleReader.isElement)
            guard children.count == 1, statistics[children[0]].text == statistics[current].text else { return nil }
            current = children[0]
        }
        return current
    }

    /// Class, id or role words of one panel of a row of tabs (`article_tab_content`, `tab-pane`,
    /// `tabpanel`).
    static func namesTabPanel(_ tokens: Set<String>) -> Bool {
        tokens.contains("tabpanel") || (tokens.contains("tab") && !tokens.isDisjoint(with: ["content", "pane", "panel"]))
    }

    /// Class or id words of a page's comments, or of the form that answers them (`respond`).
    static func namesComments(_ tokens: [String]) -> Bool {
        tokens.contains { Boilerplate.commentWords.contains($0) || $0 == "respond" }
    }

    static func isPageRoot(_ node: xmlNodePtr) -> Bool {
        let element = HTMLArticleReader.name(node)
        return element == "body" || element == "html"
    }

    /// The winner and the siblings that continue it: ones that score near it, or that read as a
    /// paragraph of prose (long, few links; or short, no links, ending a sentence).
    private func withContinuingSiblings(_ top: xmlNodePtr, finals: [xmlNodePtr: Double]) -> [xmlNodePtr] {
        guard let parent = top.pointee.parent, HTMLArticleReader.isElement(parent) else { return [top] }
        let topScore = finals[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topTokens = Set(Self.family(statistics[top].tokens))
        var parts: [xmlNodePtr] = []
        var passedTop = false
        for sibling in HTMLArticleReader.children(parent) where HTMLArticleReader.isElement(sibling) {
            if sibling == top {
                parts.append(sibling)
                passedTop = true
                continue
            }
            // The story ends where its comments begin: what follows them (the comment policy, the
            // form) is theirs.
            if passedTop, Self.namesComments(statistics[sibling].naming) { break }
            // The story in one panel of a row of tabs: the other panels (related stories, media)
            // are shown in its place, not after it.
            if Self.namesTabPanel(topTokens), Self.namesTabPanel(Set(statistics[sibling].tokens)) { continue }
            guard !isBoilerplate(sibling) else { continue }
            // The story's photo beside its text: its caption is kept (as a caption).
            if HTMLArticleReader.name(sibling) == "figure" {
                parts.append(sibling)
                continue
            }
            let stats = statistics[sibling]
            var bonus = 0.0
            if !topTokens.isEmpty, Set(Self.family(stats.tokens)) == topTokens { bonus = topScore * 0.2 }
            if let score = finals[sibling], score + bonus >= threshold {
                parts.append(sibling)
                continue
            }
            // A paragraph, or one in a wrapper of its own (`<div class="firstPar"><p>…</p></div>`).
            guard let paragraph = soleParagraph(sibling) else { continue }
            if stats.text > 80 && stats.linkDensity < 0.25 {
                parts.append(sibling)
            } else if stats.text > 0, stats.linkText == 0,
                HTMLArticleReader.endsSentence(HTMLArticleReader.text(of: paragraph))
            {
                parts.append(sibling)
            }
        }
        return parts
    }
}
