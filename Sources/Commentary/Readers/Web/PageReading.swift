import CLibXML2
import Foundation

/// One page's elements read into body blocks: paragraphs, headings, captions, and text set between
/// block children with `<br>`, with boilerplate judged by PageStatistics (whole class words, size,
/// link density). `html` and `body` are never boilerplate, whatever their classes say.
struct PageReading {
    let statistics: PageStatistics

    /// The elements judged boilerplate, each judged once.
    private let boilerplate: Set<xmlNodePtr>
    /// The second reading of a page the first found no article in.
    let lenient: Bool

    init(root: xmlNodePtr) {
        self.init(statistics: PageStatistics(root: root), lenient: false)
    }

    /// `lenient`: the second reading of a page the first found no article in. Words of layout
    /// (`sidebar`, `paywall`, `header` …) no longer decide: on such a page the few paragraphs there
    /// are (a teaser above a paywall, a short post in a wrapper full of links) are the article.
    init(statistics: PageStatistics, lenient: Bool) {
        self.statistics = statistics
        self.lenient = lenient
        boilerplate = Set(statistics.nodes.keys.filter { Self.judge($0, statistics, lenient: lenient) })
    }

    typealias Reader = HTMLArticleReader

    /// Columns beside the story that its chosen container holds (`ContentScorer.Choice.besides`),
    /// read as furniture.
    var besides: Set<xmlNodePtr> = []

    /// Scripts, styles and the page's head were never read into the statistics: never text.
    func isBoilerplate(_ node: xmlNodePtr) -> Bool {
        boilerplate.contains(node) || statistics.nodes[node] == nil || besides.contains(node)
    }

    /// A box about the piece's author (`author-bio`, `author-description`): who wrote it, read as
    /// an editor's note is (its affiliations are the piece's entities too), apart from the body. A
    /// byline (shorter) is metadata, an author's name inside a line is the line's. The second
    /// reading reads such a box as any other element: a page whose only text is in one is read,
    /// not refused.
    func isAuthorBox(_ node: xmlNodePtr) -> Bool {
        guard !lenient else { return false }
        let stats = statistics[node]
        let naming = stats.naming
        // (A story word in another of its names is the post's own element: `post author-jane`; in
        // the same name, whose author it is: `content-author-data`, `entry-author`.)
        guard !Reader.isInlineName(Reader.name(node)) || stats.hasBlocks, naming.contains(where: Self.authorWords.contains),
            !stats.words.contains(.story) || Self.namesStorysAuthor(node)
        else { return false }
        // Longer than a byline, shorter than a story (a post's element carries its author's name
        // among its classes: `post author-jane`).
        return Self.authorBoxProse.contains(ContentScorer.prose(stats))
    }

    static let authorWords: Set<String> = ["author", "authors"]

    /// Whether one of an element's classes names the author of the story, an author's word and a
    /// story's in one name (`content-author-data`, `article__author`).
    static func namesStorysAuthor(_ node: xmlNodePtr) -> Bool {
        ContentScorer.classes(of: node).contains { name in
            let words = PageStatistics.tokens(of: [String(name)])
            return words.contains(where: authorWords.contains) && words.contains(where: Boilerplate.storyWords.contains)
        }
    }
    static let authorBoxProse = 80..<1000

    private static func judge(_ node: xmlNodePtr, _ statistics: PageStatistics, lenient: Bool) -> Bool {
        let element = Reader.name(node)
        if element == "html" || element == "body" { return false }
        let stats = statistics[node]
        if Reader.skippedElements.contains(element) {
            // So does a header, footer, nav or aside that holds most of the page's text, with no more
            // links than the page has: one never closed, inside which the parser put the rest of the
            // page, menus included. The furniture inside it is judged on its own. A form around the
            // whole page (as ASP.NET sets them) likewise, on a page of links as on any other; and a
            // button whose icon's `<div>` was left open: a browser closes that `<div>` at
            // `</button>`, libxml2 ignores the end tag and keeps the rest of the page in the button.
            if wrappingByMistake.contains(element), stats.text * 2 >= statistics.pageText,
                stats.linkDensity <= max(statistics.page.linkDensity + 0.05, Boilerplate.thinLinkDensity)
            {
                return false
            }
            // A smaller form holds a story when it is long and not mostly links: judged by its size.
            // One that asks for an e-mail address or a phone number is a sign-up, a request for a
            // quote or a subscriber's registration, however long its labels, its hidden fields'
            // notes and its consent text, unless it holds a story's paragraphs.
            if element == "form" {
                // ASP.NET's form round a page's content (its `__VIEWSTATE` field in it) is layout:
                // the story, the e-mail-this-article box and the menus are judged each on their own.
                if Self.isPageForm(node) { return false }
                return stats.text < Boilerplate.thinText || stats.linkDensity >= Boilerplate.thinLinkDensity
                    || (stats.entries > 0 && PageReading.paragraphText(node, statistics) < Boilerplate.wrappedProse)
            }
            // A header that holds a story's paragraphs (a design's "description" block round the
            // whole text under its heading) is no page header, whose words are a line or two: it is
            // judged below as any element is, by its words and size.
            guard element == "header", stats.linkDensity < Self.storyLinkDensity,
                Self.paragraphText(node, statistics) >= Self.storyParagraph
            else { return true }
        }
        // Hidden, yet holding three quarters of the page's text and no more links than the page: the
        // rest of the page parsed into an element of a menu left open (Tailwind's `hidden` on a
        // mega-menu's panel), not a part the site hides.
        if stats.isHidden {
            return stats.text * 4 < statistics.pageText * 3
                || stats.linkDensity > max(statistics.page.linkDensity + 0.05, Boilerplate.thinLinkDensity)
        }
        // A line or two ending on a link that asks the reader to sign up, get in touch, learn
        // more: a box, named or not.
        if !lenient, CallToAction.isBox(node, stats) { return true }
        guard !stats.tokens.isEmpty else { return false }
        // A paragraph named `paywall` and nothing else is the story's: Condé Nast's sites so mark
        // the paragraphs past their metering line, short ones too ("“That’s it,” she said.").
        if element == "p", !stats.naming.isEmpty, stats.naming.allSatisfy({ $0 == "paywall" }) { return false }
        // A list named for the page's layout (`menu main-menu`, `sidebar-list`) is its menu or its
        // sidebar whatever its items hold (a mega-menu's testimonials and blurbs), a story word in
        // its name or not (`main`): no story is set as such a list.
        // (Not a list left open round the story, whose paragraphs libxml2 puts inside it.)
        if !lenient, element == "ul" || element == "ol", stats.words.contains(.outWhenThin),
            Self.paragraphText(node, statistics) < Self.storyParagraph
        {
            return true
        }
        // An ad slot's name, the only word of furniture, on the element that holds the story's
        // paragraphs (`intextAd`, round the text an ad is set into): a story is no advertisement.
        // An ad's own words are a line or two, shorter than a story's paragraph.
        if !lenient, stats.words.contains(.alwaysOut), stats.words.isDisjoint(with: Self.otherFurnitureWords),
            stats.naming.allSatisfy({ !Boilerplate.alwaysOut.contains($0) || Boilerplate.adSlotWords.contains($0) }),
            stats.ownLinkDensity < Self.storyLinkDensity, Self.paragraphText(node, statistics) >= Self.storyParagraph
        {
            return false
        }
        // A word of layout beside a word of the story (`article-header`) on an element that holds the
        // story's paragraphs: a template that sets the whole story inside its header, after the
        // linked headline, the byline's links and a box of links to other stories, which would make
        // it a header by its links. A header holds a standfirst of a paragraph at most.
        if !lenient, stats.words.contains(.outWhenThin), stats.words.contains(.story),
            stats.words.isDisjoint(with: [.alwaysOut, .pairOut, .teaser, .gallery, .neverTheStory]),
            stats.ownLinkDensity < Self.headerLinkDensity, Self.paragraphText(node, statistics) >= 2 * Self.storyParagraph
        {
            return false
        }
        // Words of layout name blocks of the page (a sidebar, a menu); on an element inside a line of
        // text they are a script's names (`CtxtMenu_Attached` on a formula), and do not decide.
        let inline = Reader.isInlineName(element) && !stats.hasBlocks
        return Boilerplate.named(
            stats,
            words: isSubhead(node, statistics) ? Boilerplate.describe(stats.tokens.filter { $0 != "header" }).words : nil,
            pageText: statistics.pageText, isArticleBody: stats.isArticleBody, lenient: lenient || inline)
    }

    /// A form that keeps ASP.NET's page state (a hidden `__VIEWSTATE` field in its first few
    /// levels): WebForms wraps a page's whole content in one such form.
    static func isPageForm(_ node: xmlNodePtr, depth: Int = 3) -> Bool {
        for child in Reader.children(node) where Reader.isElement(child) {
            if Reader.name(child) == "input", Reader.attribute(child, "name") == "__VIEWSTATE" { return true }
            if depth > 1, isPageForm(child, depth: depth - 1) { return true }
        }
        return false
    }

    /// Elements that hold no story, unless the story is inside them by mistake: the page's layout,
    /// a form, a button.
    static let wrappingByMistake: Set<String> = ["header", "footer", "nav", "aside", "form", "button"]

    func firstOutsideBoilerplate(_ node: xmlNodePtr, named target: String) -> xmlNodePtr? {
        for child in Reader.children(node) where Reader.isElement(child) && !isBoilerplate(child) {
            if Reader.name(child) == target { return child }
            if let found = firstOutsideBoilerplate(child, named: target) { return found }
        }
        return nil
    }

    // MARK: - The standfirst

    /// Words that name a story's standfirst (its lead, dek or summary under the headline).
    static let standfirstWords: Set<String> = [
        "lead", "lede", "leadtext", "standfirst", "dek", "deck", "intro", "introtext", "introduction", "summary",
        "subtitle", "subheadline", "excerpt", "sapo", "chapo", "chapeau", "bajada", "entradilla", "teaser", "abstract",
        "vorspann", "anriss", "preface",
    ]

    /// The caption of the photo a story opens with, set between its headline and its element (in
    /// the story's header, in a lead block above it) or in a `<header>` inside the element (El
    /// País's, which the story's text leaves out): the first `<figure>` with a caption (or a
    /// paragraph named a caption under a photo) after the `<h1>` that states the headline and
    /// before the story's text. Else the last photo with a caption just before the headline,
    /// beside it in the story's `<article>` or `<main>` (the lead photo some designs set over the
    /// headline in their markup; not a banner's picture elsewhere up the page). Nil when none
    /// stands there.
    func leadCaption(before content: xmlNodePtr, in root: xmlNodePtr, headline: String?) -> RawBlock? {
        var afterHeadline = false
        var found: RawBlock?
        // The last photo with a caption before the headline, and its caption once the headline
        // stands beside it.
        var lastFigure: (figure: xmlNodePtr, caption: RawBlock)?
        var overHeadline: RawBlock?
        var visited = 0
        // In page order, up to the story's element (its ancestors are walked into, not read).
        func visit(_ node: xmlNodePtr) -> Bool {
            for child in Reader.children(node) where Reader.isElement(child) {
                visited += 1
                if child == content, let header = Reader.first(content, named: "header") {
                    _ = visit(header)
                    return false
                }
                if child == content || visited > Self.leadWalk { return false }
                let element = Reader.name(child)
                // (The story's headline: a site's logo set as an <h1> is none.)
                if element == "h1" {
                    let text = Reader.text(of: child).lowercased()
                    let title = headline?.lowercased() ?? text
                    let isHeadline = !text.isEmpty && (title.contains(text) || text.contains(title))
                    if isHeadline, !afterHeadline, let lastFigure, Self.standsBeside(lastFigure.figure, child) {
                        overHeadline = lastFigure.caption
                    }
                    afterHeadline = afterHeadline || isHeadline
                    continue
                }
                if ["script", "style", "nav", "footer", "aside", "form"].contains(element) { continue }
                if element == "figure", afterHeadline || Reader.first(child, named: "img") != nil,
                    !ContentScorer.isAncestor(child, of: content), let caption = Reader.first(child, named: "figcaption"),
                    statistics.nodes[caption] != nil, !statistics[caption].isHidden, !Self.titlesTable(caption)
                {
                    let text = Reader.text(of: caption)
                    // (A promotion's blurb under its picture is no photo's caption: "Subscribe today …".)
                    if !text.isEmpty, !Reader.isFurniture(text) {
                        guard afterHeadline else {
                            lastFigure = (child, captionBlock(text, of: caption))
                            continue
                        }
                        found = captionBlock(text, of: caption)
                        return false
                    }
                }
                // A photo's caption set as a paragraph under it, no `<figure>` round them
                // (`<div class="picture"><img><p class="caption">`), as the story's own are read;
                // not a promotion's (`cta-caption` under a magazine's cover: "Aktuelle Ausgabe"),
                // nor a video's title under its poster (`video-caption-title`).
                if afterHeadline, Reader.blockElements.contains(element), Self.namesCaption(child), statistics.nodes[child] != nil,
                    !statistics[child].isHidden, statistics[child].text <= Self.captionText, !holdsTextInBlocks(child),
                    !statistics[child].tokens.contains(where: Self.notPhotoCaptionWords.contains), imageBefore(child) != nil
                {
                    let text = Reader.text(of: child)
                    if !text.isEmpty, !Reader.isFurniture(text) {
                        found = captionBlock(text, of: child)
                        return false
                    }
                }
                if !visit(child) { return false }
            }
            return true
        }
        _ = visit(root)
        return found ?? overHeadline
    }

    /// Whether a photo before the headline stands beside it: their nearest common ancestor at most
    /// `besideLevels` above the photo, and inside the story's `<article>` or `<main>` (or one).
    static func standsBeside(_ figure: xmlNodePtr, _ headline: xmlNodePtr) -> Bool {
        var ancestor = figure.pointee.parent
        for _ in 0..<besideLevels {
            guard let step = ancestor, Reader.isElement(step), !["body", "html"].contains(Reader.name(step)) else { return false }
            if ContentScorer.isAncestor(step, of: headline) {
                var current: xmlNodePtr? = step
                while let node = current, Reader.isElement(node) {
                    if ["article", "main"].contains(Reader.name(node)) { return true }
                    current = node.pointee.parent
                }
                return false
            }
            ancestor = step.pointee.parent
        }
        return false
    }

    static let besideLevels = 3

    /// A caption's block, with the credit its markup names (`markedCredit(in:)`).
    func captionBlock(_ text: String, of caption: xmlNodePtr) -> RawBlock {
        var block = RawBlock(text: text, hint: .caption)
        block.credit = markedCredit(in: caption, captionText: text)
        return block
    }

    /// The words of the element inside a caption that its markup names for the photo's credit:
    /// schema.org's `itemprop` (`copyrightHolder`, `creator`, `author`, `creditText`), or a class
    /// or id with a word of credits (`photo-credit`, `wp-caption-credit`, `copyright`). Nil when
    /// none does, or it holds all the caption's words (`captionText`, as its block reads it).
    func markedCredit(in caption: xmlNodePtr, captionText: String) -> String? {
        func find(_ node: xmlNodePtr) -> xmlNodePtr? {
            for child in Reader.children(node) where Reader.isElement(child) {
                let itemprop = Reader.attribute(child, "itemprop")?.lowercased() ?? ""
                if Self.creditProperties.contains(itemprop)
                    || statistics[child].tokens.contains(where: { Self.creditWords.contains($0) })
                {
                    return child
                }
                if let found = find(child) { return found }
            }
            return nil
        }
        guard let element = find(caption) ?? lastNameAfterSentence(in: caption) else { return nil }
        let credit = Reader.text(of: element)
        return credit.isEmpty || credit.count * 10 > captionText.count * 9 ? nil : credit
    }

    /// Words that join a credit's parts: a caption ending on one goes on in its next element.
    static let creditConnectors: Set<String> = ["on", "by", "via", "from", "von", "por", "par", "de", "di", "foto", "photo"]

    /// A `<figcaption>`'s last element when its markup names nothing, but it holds a name alone
    /// (two to five capitalized words, a comma before the paper's) after a sentence in an element
    /// of its own, or an agency's name alone: the photo's credit set apart by position only
    /// ("<span>… on 20 April.</span><span>Massimiliano Minocri</span>", a style sheet's hashes
    /// for classes).
    func lastNameAfterSentence(in caption: xmlNodePtr) -> xmlNodePtr? {
        guard Reader.name(caption) == "figcaption" else { return nil }
        let elements = Reader.children(caption).filter(Reader.isElement)
        guard elements.count >= 2, let last = elements.last,
            !Reader.children(caption).drop(while: { $0 != last }).dropFirst().contains(where: { !Reader.isMarksOnly($0) })
        else { return nil }
        // (The words before it, text between the elements included: "Urs Flueeler (" before
        // "Keystone".)
        let before = HTMLArticleReader.collapse(
            Reader.children(caption).prefix { $0 != last }.map { child in
                Reader.isElement(child) ? Reader.text(of: child) : child.pointee.content.map { String(cString: $0) } ?? ""
            }.joined(separator: " "))
        // (An agency's name alone needs no sentence before it: "… in Den Helder" and "ANP"; not
        // a link ending a credit the caption's words open, "Photo by … on" and "Unsplash".)
        if Reader.name(last) != "a", CaptionParser.agencies.contains(Reader.text(of: last).lowercased()),
            let end = before.last, end.isLetter || end.isNumber || ".!?".contains(end),
            !Self.creditConnectors.contains(before.split(separator: " ").last.map { $0.lowercased() } ?? "")
        {
            return last
        }
        guard Reader.endsSentence(before) else { return nil }
        let words = Reader.text(of: last).split(separator: " ")
        // (A photographer's name and the paper after a comma: "Brontë Hallvard, USA TODAY".)
        guard (2...5).contains(words.count), !Reader.isFurniture(words.joined(separator: " ")),
            !CallToAction.phrases.contains(CallToAction.normalized(words.joined(separator: " "))),
            words.allSatisfy({ word in
                word.first.map { $0.isUppercase } == true && word.allSatisfy { $0.isLetter || "'’.-,".contains($0) }
            })
        else { return nil }
        return last
    }

    static let creditProperties: Set<String> = ["copyrightholder", "creator", "author", "credittext", "copyrightnotice"]
    static let creditWords: Set<String> = [
        "credit", "credits", "copyright", "photographer", "photocredit", "imagecredit", "fotocredit", "bildnachweis", "attribution",
    ]

    /// The elements walked looking for the photo a story opens with.
    static let leadWalk = 5_000

    /// The paragraphs of the standfirst: an element named for one (`article-lead`, `subtitle`,
    /// `texto-bajada`) after the page's headline and before the story's text, in the elements that
    /// follow the headline and its wrappers (up to three levels: the story's header, a hero block)
    /// until the story's element or 200 characters of other prose; the first such with 50
    /// characters of prose or more. Other stories' teasers are not after the headline.
    /// `description`: the page's summary in its meta tags; a paragraph under the headline that says
    /// just that is the standfirst, whatever its element is named (a style sheet's hashes).
    /// Without a headline to start from (the page's `<h1>` is its breadcrumb's, the headline an
    /// `<h2>`), the paragraph stating the description just before the story's element is.
    func standfirst(before content: xmlNodePtr, in root: xmlNodePtr, description: String? = nil) -> [RawBlock]? {
        if let found = standfirst(afterHeadline: content, in: root, description: description) { return found }
        guard let description else { return nil }
        return stated(description, before: content)
    }

    private func standfirst(afterHeadline content: xmlNodePtr, in root: xmlNodePtr, description: String?) -> [RawBlock]? {
        // The headline: in the story's element, else outside the page's furniture, else in a
        // header taken for furniture (the story's own, beside its element).
        guard
            let heading = Reader.first(content, named: "h1") ?? firstOutsideBoilerplate(root, named: "h1")
                ?? Reader.first(root, named: "h1")
        else { return nil }
        // A block named for the standfirst that holds the headline too (`introContainer` round the
        // <h1> and the lead under it): the plain paragraphs after the headline in it are the
        // standfirst; a byline, a date or a photo named as such is not.
        if let intro = heading.pointee.parent, Reader.isElement(intro), intro != content,
            !ContentScorer.isAncestor(intro, of: content), Self.isNamedStandfirst(statistics[intro].naming)
        {
            var after: [xmlNodePtr] = []
            var next = heading.pointee.next
            while let sibling = next {
                next = sibling.pointee.next
                guard Reader.isElement(sibling), !isBoilerplate(sibling), !["figure", "picture", "img"].contains(Reader.name(sibling))
                else { continue }
                let naming = statistics[sibling].naming
                if naming.isEmpty || Self.isNamedStandfirst(naming) { after.append(sibling) }
            }
            if let blocks = standfirstBlocks(after) { return blocks }
        }
        let visible = description.map(Self.visibleCount) ?? 0
        var level: xmlNodePtr? = heading
        for _ in 0..<3 {
            guard let current = level, current != content, !ContentScorer.isAncestor(current, of: content) else { return nil }
            var next = current.pointee.next
            while let sibling = next {
                next = sibling.pointee.next
                guard Reader.isElement(sibling) else { continue }
                if sibling == content || ContentScorer.isAncestor(sibling, of: content) { return nil }
                if isBoilerplate(sibling) { continue }
                if let found = standfirstInside(sibling) { return found }
                if let description, let stated = stating(description, in: sibling, visible: visible),
                    let found = standfirstBlocks([stated])
                {
                    return found
                }
                if ContentScorer.prose(statistics[sibling]) >= 200 { return nil }
            }
            level = current.pointee.parent
        }
        return nil
    }

    /// The paragraph stating `description` in the elements before the story's element and its
    /// wrappers' (up to three levels), the nearest first, until 200 characters of other prose.
    private func stated(_ description: String, before content: xmlNodePtr) -> [RawBlock]? {
        let visible = Self.visibleCount(description)
        var level: xmlNodePtr? = content
        for _ in 0..<3 {
            guard let current = level, Reader.isElement(current), Reader.name(current) != "body" else { return nil }
            var previous = current.pointee.prev
            while let sibling = previous {
                previous = sibling.pointee.prev
                guard Reader.isElement(sibling), !isBoilerplate(sibling) else { continue }
                if let paragraph = stating(description, in: sibling, visible: visible), let found = standfirstBlocks([paragraph]) {
                    return found
                }
                if ContentScorer.prose(statistics[sibling]) >= 200 { return nil }
            }
            level = current.pointee.parent
        }
        return nil
    }

    /// The first paragraph in `node` (itself included; not in a photo's element or furniture): a
    /// `<p>`, or a block of text and inline elements alone (not a `<span>` in one), whose text is
    /// `description` or a dateline and then it (`states`; `visible`: the description's characters
    /// that are not blank).
    private func stating(_ description: String, in node: xmlNodePtr, visible: Int) -> xmlNodePtr? {
        func search(_ node: xmlNodePtr) -> xmlNodePtr? {
            let element = Reader.name(node)
            guard statistics.nodes[node] != nil, element != "figure", element != "figcaption", element != "picture",
                !statistics[node].naming.contains(where: Self.mediaWords.contains), statistics[node].text >= visible - Self.statedSlack
            else { return nil }
            if element == "p" || !statistics[node].hasBlocks && !Reader.isInlineName(element),
                statistics[node].text <= visible + Self.statedSlack + Self.longestDateline
            {
                return Self.states(Reader.text(of: node), description) ? node : nil
            }
            for child in Reader.children(node) where Reader.isElement(child) && !isBoilerplate(child) {
                if let found = search(child) { return found }
            }
            return nil
        }
        return search(node)
    }

    /// A description's characters that are not blank, as the statistics count an element's.
    static func visibleCount(_ description: String) -> Int {
        description.unicodeScalars.count { !$0.properties.isWhitespace }
    }

    /// How far a paragraph's count of visible characters may stand from the description's (both
    /// without blanks) and still be compared with it: a character the meta tag spells otherwise.
    static let statedSlack = 8

    /// The most characters a dateline before a standfirst's words takes ("KALMAR, Sweden —").
    static let longestDateline = 32

    /// Whether a paragraph's text is the description's: the same, or a dateline and then the same
    /// ("Berlin. Der …", "LONDON — The …"): a few words that end in a full stop, a colon or a dash,
    /// with no full stop before that.
    static func states(_ text: String, _ description: String) -> Bool {
        if text == description { return true }
        guard text.hasSuffix(description), text.count > description.count else { return false }
        let dateline = text.dropLast(description.count).trimmingSpaces()
        guard let last = dateline.last, dateline.count <= longestDateline, [".", ":", "—", "–", "-"].contains(last),
            dateline.split(separator: " ").count <= 4, !dateline.dropLast().contains(".")
        else { return false }
        return dateline.contains(where: \.isLetter)
    }

    /// Words of a photo or video beside the headline (`lead-asset-caption`), never a standfirst.
    static let mediaWords: Set<String> = ["caption", "asset", "media", "image", "img", "photo", "figure", "video", "gallery", "credit"]

    /// The first element named for a standfirst in `node` (itself included) that is one; photos
    /// and their captions are passed over.
    private func standfirstInside(_ node: xmlNodePtr) -> [RawBlock]? {
        let element = Reader.name(node)
        guard element != "figure", element != "figcaption", element != "picture" else { return nil }
        let naming = statistics[node].naming
        if naming.contains(where: Self.mediaWords.contains) { return nil }
        if Self.isNamedStandfirst(naming), let blocks = standfirstBlocks([node]) {
            return blocks
        }
        for child in Reader.children(node) where Reader.isElement(child) && !isBoilerplate(child) {
            if let found = standfirstInside(child) { return found }
        }
        return nil
    }

    /// Named for a standfirst, not for a photo or video beside the headline.
    static func isNamedStandfirst(_ naming: [String]) -> Bool {
        naming.contains(where: standfirstWords.contains) && !naming.contains(where: mediaWords.contains)
    }

    /// Elements' paragraphs as a standfirst: prose (50 characters or more, few links).
    private func standfirstBlocks(_ nodes: [xmlNodePtr]) -> [RawBlock]? {
        var blocks: [RawBlock] = []
        for node in nodes {
            guard statistics[node].linkDensity < 0.3 else { return nil }
            if Reader.isInlineName(Reader.name(node)) || Self.subheads.contains(Reader.name(node)) {
                let text = Reader.text(of: node)
                if !text.isEmpty { blocks.append(RawBlock(text: text)) }
            } else {
                collectBlock(node, into: &blocks, insideFigure: false)
            }
        }
        blocks = blocks.filter { $0.hint == nil && !Reader.isFurniture($0.text) }
        guard blocks.reduce(0, { $0 + $1.text.count }) >= 50 else { return nil }
        return blocks
    }

    /// What a page without article text holds, for the refusal: "an empty body", "a page of links".
    func whatWasFound(_ root: xmlNodePtr) -> String {
        let body = Reader.first(root, named: "body") ?? root
        let stats = statistics[body]
        if stats.text < 50 {
            // A menu's few words are no text; a line or two of prose is some, if too little.
            let prose = stats.text - stats.linkText
            return prose == 0 ? "an empty body" : "only \(prose) characters of text, too few for an article"
        }
        if stats.linkDensity >= 0.5 {
            return "a page of links (\(Int((stats.linkDensity * 100).rounded()))% of its \(stats.text) characters are link text)"
        }
        return "\(stats.text) characters in short lines, none of them a paragraph"
    }

    /// The rows of a table of data, each its cells' text parted by " | ": two rows or more, each of
    /// two cells or more, no cell holding a block of its own (a paragraph, a list, a table) or
    /// more than a line's text; nil for any other table.
    func dataTableRows(_ table: xmlNodePtr) -> [String]? {
        var rows: [String] = []
        var found = 0
        func visit(_ node: xmlNodePtr) -> Bool {
            for child in Reader.children(node) where Reader.isElement(child) {
                switch Reader.name(child) {
                case "thead", "tbody", "tfoot":
                    guard visit(child) else { return false }
                case "tr":
                    found += 1
                    guard found <= Self.dataTableRowLimit else { return false }
                    let cells = Reader.children(child).filter { Reader.isElement($0) && ["td", "th"].contains(Reader.name($0)) }
                    var texts: [String] = []
                    for cell in cells {
                        guard !statistics[cell].hasBlocks else { return false }
                        let text = Reader.text(of: cell)
                        guard text.count <= Self.dataCellText else { return false }
                        texts.append(text)
                    }
                    guard cells.count >= 2 || cells.count == 1 && found == 1 else { return false }
                    let row = texts.filter { !$0.isEmpty }.joined(separator: " | ")
                    if !row.isEmpty { rows.append(row) }
                case "caption", "colgroup", "col": continue
                default: return false
                }
            }
            return true
        }
        guard visit(table), found >= 2, rows.count >= 2 else { return nil }
        return rows
    }

    /// The longest text of a table of data's cell, and the most rows read so.
    static let dataCellText = 200
    static let dataTableRowLimit = 2_000

    /// A list whose text is mostly links: related stories, tags, share buttons.
    func isLinkList(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        return stats.text == 0 || stats.linkText * 10 >= stats.text * 6
    }

    // MARK: - Blocks

    /// The blocks of an element's children, in page order.
    func collectBlocks(_ node: xmlNodePtr, into blocks: inout [RawBlock], insideFigure: Bool) {
        var line = InlineRun(statistics: statistics)
        var runs: [Int] = []
        var relatedLinks = 0
        var relatedCards: xmlNodePtr?
        func finishLine() {
            for paragraph in line.finish(beforeProse: { !blocks.contains { $0.text.utf8.count >= InlineRun.brokenParagraph } }) {
                runs.append(blocks.count)
                blocks.append(RawBlock(text: paragraph))
            }
        }
        for child in Reader.children(node) {
            if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE {
                line.add(text: child)
                continue
            }
            guard Reader.isElement(child) else { continue }
            if isInline(child) {
                if isBoilerplate(child) { continue }
                // A photo's caption set inline (`<cite id="galleryCaption1">` beside the image) is
                // a caption of its own, not part of the line. (Inside a caption, such an element is
                // the caption's: its "more" and "less" toggles, `<a class="more-caption">`.)
                let inCaption = insideFigure || Self.namesCaption(node)
                // A caption's button that shows or hides the rest of it ("… more", "less").
                if inCaption, Self.isToggle(child) { continue }
                if Self.namesCaption(child), !inCaption {
                    finishLine()
                    let caption = Reader.text(of: child)
                    if !caption.isEmpty { blocks.append(captionBlock(caption, of: child)) }
                    continue
                }
                line.add(inline: child, isBoilerplate: isBoilerplate)
                continue
            }
            finishLine()
            // Other stories listed by hand under a label ("Articles you may like:"), a paragraph
            // each, all a link: the label and the links are left out.
            if relatedLinks > 0 {
                if isLinkLine(child) {
                    relatedLinks -= 1
                    continue
                }
                relatedLinks = 0
            }
            if isRelatedLabel(child), let next = Self.nextElement(after: child), isLinkLine(next) {
                relatedLinks = Self.relatedLinksAtMost
                continue
            }
            // ("Most Popular" over a list or a block of links, which is left out as such; not over
            // a quotation that links its source.)
            if isRelatedLabel(child), let next = Self.nextElement(after: child), statistics.nodes[next] != nil,
                statistics[next].hasBlocks || ["ul", "ol"].contains(Reader.name(next)),
                statistics[next].text > 0, statistics[next].linkText * 10 >= statistics[next].text * 9,
                Self.linksToAnotherPage(next)
            {
                continue
            }
            // A heading of other stories ("More from The Nation") over a block of their cards, each
            // under a headline that links to it: the heading and the block are left out.
            if child == relatedCards { continue }
            if PageStatistics.isHeading(child), isRelatedLabel(child), let next = Self.nextElement(after: child),
                holdsLinkedHeadlines(next)
            {
                relatedCards = next
                continue
            }
            let before = blocks.count
            collectBlock(child, into: &blocks, insideFigure: insideFigure)
            // A drop cap set beside the paragraph it begins (`<span>T</span><p>urkey, Poland …`)
            // is the paragraph's first letter.
            if let cap = runs.last, cap == before - 1, blocks.count > before, blocks[before].hint == nil,
                Self.isDropCap(blocks[cap].text), blocks[before].text.first?.isLowercase == true
            {
                let space = Self.startsWithBlank(child) ? " " : ""
                blocks[before] = RawBlock(text: blocks[cap].text + space + blocks[before].text)
                blocks.remove(at: cap)
                runs.removeLast()
            }
        }
        finishLine()
        guard !runs.isEmpty else { return }
        // Text of its own beside (or instead of) block children: kept when there is enough of it,
        // or when the element is a paragraph of its own (no blocks, no links) whose lines end
        // sentences (a short line of dialogue); a lone line in a figure or a div whose class says
        // caption is a caption, and so is one named for the photo before it that repeats its
        // description; a short one under a caption may be its credit (`isCredit`).
        let texts = runs.map { blocks[$0].text }
        let isCaption =
            insideFigure || Self.namesCaption(node)
            || texts.count == 1 && inMedia(node) && imageBefore(node).map { Self.repeatsDescription(texts[0], of: $0) } == true
        let isShortParagraph =
            !statistics[node].hasBlocks && statistics[node].linkText == 0 && texts.allSatisfy(Reader.endsSentence)
        if isCaption, texts.count == 1, runs.count == blocks.count - runs[0] {
            blocks[runs[0]] = RawBlock(text: texts[0], hint: .caption)
        } else if texts.count == 1, runs[0] == blocks.count - 1, runs[0] > 0,
            isCredit(node, texts[0], after: blocks[runs[0] - 1], insideFigure: insideFigure)
        {
            blocks[runs[0] - 1] = RawBlock(text: blocks[runs[0] - 1].text + " " + texts[0], hint: .caption)
            blocks.removeLast()
        } else if texts.reduce(0, { $0 + $1.count }) <= 40, !isShortParagraph {
            for index in runs.reversed() { blocks.remove(at: index) }
        }
    }

    /// The most paragraphs of links read as other stories after a label.
    static let relatedLinksAtMost = 12

    /// A short line that introduces other stories: "Articles you may like:", "Related:", "Read
    /// more:", "ALSO:", "More from The Nation", a heading or a paragraph alone.
    func isRelatedLabel(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        guard stats.text > 0, stats.text <= 60, stats.linkText == 0 else { return false }
        // The whole label, maybe with what it lists and a colon ("Related articles:"); not a line
        // that opens with its words ("Recommended by the council's engineers:").
        var label = Reader.text(of: node).lowercased().trimmingSpaces()
        while let last = label.last, ":.…".contains(last) || last == " " { label.removeLast() }
        // Other stories of a source, a desk or a subject: "More from The Nation", "More on Brexit".
        if let opening = Self.moreFrom.first(where: { label.hasPrefix($0) }) {
            return (1...Self.moreFromWords).contains(label.dropFirst(opening.count).split(separator: " ").count)
        }
        guard let opening = Self.relatedLabels.first(where: { label.hasPrefix($0) }) else { return false }
        let rest = label.dropFirst(opening.count).trimmingSpaces()
        return rest.isEmpty || Self.relatedNouns.contains(rest)
    }

    static let moreFrom = ["more from ", "more on ", "more in ", "more about "]
    /// The most words a label names after "More from".
    static let moreFromWords = 4

    static let relatedLabels = [
        "related", "read more", "read also", "also read", "also", "read next", "see also", "more", "more stories",
        "you may also like", "you might also like", "you may like", "articles you may like", "recommended",
        "lesen sie auch", "mehr zum thema", "à lire aussi", "lire aussi", "leer más", "lee también", "leia também",
        "leggi anche", "czytaj też", "czytaj także", "noticias relacionadas", "notas relacionadas", "les også",
        "läs också", "läs även", "læs også", "lees ook", "lue myös", "смотрите также", "ссылки по теме",
        // Boxes of other stories by what they are: the most read, the latest, the editors' choice.
        "most read", "most popular", "most viewed", "popular", "trending", "latest", "top stories", "editor's picks",
        "editors' picks", "don't miss", "meistgelesen", "meistgelesene artikel", "das könnte sie auch interessieren",
        "à lire également", "sur le même sujet", "te puede interesar", "más noticias", "lo más leído", "mais lidas",
        "le più lette", "najczęściej czytane",
    ]
    /// What a label may name after its words: "Related articles", "Recommended reading".
    static let relatedNouns: Set<String> = [
        "article", "articles", "story", "stories", "post", "posts", "coverage", "reading", "content", "link", "links", "news",
        "items", "reads", "for you", "subjects", "topics", "tags", "video", "videos",
    ]

    /// A paragraph that is all a link to another page: another story's headline on a line.
    /// (A headline ends with no full stop, if it asks or exclaims; a quotation or a sentence that
    /// links its source does.)
    func isLinkLine(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        guard stats.text > 0, !stats.hasBlocks, stats.linkText * 10 >= stats.text * 9,
            let link = Self.firstLink(under: node), let address = Reader.attribute(link, "href"),
            !Self.endsWithFullStop(Reader.text(of: node))
        else { return false }
        return !address.hasPrefix("#")
    }

    static func endsWithFullStop(_ text: String) -> Bool {
        let last = text.unicodeScalars.reversed().first { !"\"”’'»)]」』 ".unicodeScalars.contains($0) }
        return last.map { ".。…".unicodeScalars.contains($0) } == true
    }

    static func firstLink(under node: xmlNodePtr) -> xmlNodePtr? {
        for child in Reader.children(node) where Reader.isElement(child) {
            if Reader.name(child) == "a" { return child }
            if let found = firstLink(under: child) { return found }
        }
        return nil
    }

    /// One block element: a paragraph, a heading, a figure, or a container read for its own blocks.
    func collectBlock(_ child: xmlNodePtr, into blocks: inout [RawBlock], insideFigure: Bool) {
        let element = Reader.name(child)
        if element == "h1" {
            let heading = Reader.text(of: child)
            if !heading.isEmpty { blocks.append(RawBlock(text: heading, hint: .title)) }
            return
        }
        if isBoilerplate(child) { return }
        if isRepeatedPullQuote(child) { return }
        // A poll or a survey in the story's element (rate this article), or a box to sign up for a
        // newsletter: their questions, choices and consent lines are no paragraphs of the story.
        if ContentScorer.isPoll(statistics[child]) { return }
        if isSignUpBox(child) { return }
        if isLabelledTeaser(child) { return }
        if isPlayer(child) { return }
        if element == "ul" || element == "ol" || element == "table", isLinkList(child) { return }
        // A table of figures in the story: a paragraph a row, its cells parted by " | ", as the
        // reader of the page reads across (each cell a paragraph made "1,204" and "2.5%" lines
        // of the story). A table that lays out the page, its cells holding paragraphs, is read as
        // its blocks.
        if element == "table", let rows = dataTableRows(child) {
            blocks += rows.map { RawBlock(text: $0) }
            return
        }
        // A block of paragraphs that are all links: other stories' headlines, one a line, or their
        // cards, a headline and its summary inside one link each ("Die Redaktion empfiehlt"), maybe
        // under a title of its own ("Recommended Stories"). (Not one link round a whole story, as a
        // tag left open makes.)
        if statistics[child].hasBlocks, statistics[child].text > 0,
            statistics[child].linkText * 10 >= statistics[child].text * 9 || isTitledLinks(child),
            isListOfHeadlines(child) || holdsCards(child)
        {
            return
        }
        // Other stories' cards in a row: each a headline that is all a link to another page over
        // a line or two of summary (`story-block`, named as the story's own element is).
        if isTeaserCard(child),
            [Self.previousElement(child), Self.nextElement(after: child)].contains(where: { $0.map(isTeaserCard) ?? false })
        {
            return
        }
        // A post embedded as a card (`<blockquote class="wp-embedded-content">` round a link to
        // it, in a `wp-block-embed` figure): a quote that is all links to another page, named (or
        // set in an element named) for an embed. A quotation that links its source stays.
        if element == "blockquote", statistics[child].text > 0, statistics[child].linkText * 10 >= statistics[child].text * 9,
            Self.linksToAnotherPage(child), Self.namesEmbed(child)
        {
            return
        }
        // A post of a social network set into the story (`<blockquote class="twitter-tweet">`,
        // `instagram-media`, `tiktok-embed`): its author's words, handle and date, which the
        // network's script turns into a card. References of news pages leave them out, nine in
        // ten; a quotation the writer sets in the story's own words stays.
        if element == "blockquote", Self.isSocialPost(child) { return }
        // Other stories' headlines: a heading that is all a link to another page, with no text of
        // its own after it (the last in its element, or followed by another heading; an empty rule
        // or spacer between them is no text). A subhead that links to its section (`href="#works"`)
        // or to what the text under it is about (a product in a review) stays.
        if Self.subheads.contains(element), statistics[child].text > 0,
            statistics[child].linkText * 10 >= statistics[child].text * 9, Self.linksToAnotherPage(child),
            nextElementWithText(after: child).map({ Self.subheads.contains(Reader.name($0)) }) ?? true
        {
            return
        }
        // The byline is metadata (collectMetadata reads it), not a paragraph; so is a short block
        // named for the date ("Von Deutscher Tennis Bund 4. 2. 2022." in `att-publish-date`).
        if ASCIIMatch.contains(Reader.attribute(child, "class") ?? "", "byline") { return }
        if isDateLine(child) { return }
        if isAuthorBox(child) {
            var note: [RawBlock] = []
            collectBlocks(child, into: &note, insideFigure: insideFigure)
            blocks += note.map { $0.hint == nil ? RawBlock(text: $0.text, hint: .editorNote) : $0 }
            return
        }
        // A photo's caption in an element of its own under it, its words in a block inside
        // (`<div class="caption"><p>…</p></div>`): one caption, not a paragraph of the story. Some
        // sites name the story's lead so, set as a heading (`<div class="article-caption"><h2>`).
        if Self.namesCaption(child), statistics[child].hasBlocks, statistics[child].text <= Self.captionText,
            !Self.subheads.contains(where: { Reader.first(child, named: $0) != nil }), followsImage(child)
        {
            // (Its blocks' words, a share box's and a button's left out.)
            var inside: [RawBlock] = []
            collectBlocks(child, into: &inside, insideFigure: true)
            let caption = inside.map(\.text).joined(separator: " ")
            if !caption.isEmpty { blocks.append(captionBlock(caption, of: child)) }
            return
        }
        if element == "figure" {
            // A card of a linked page (a blog's bookmark card: the page's title, description and
            // site, all one link), no photo's caption.
            if Reader.first(child, named: "figcaption") == nil, statistics[child].text > 0, statistics[child].links == 1,
                statistics[child].linkText * 10 >= statistics[child].text * 9, Self.linksToAnotherPage(child)
            {
                return
            }
            collectBlocks(child, into: &blocks, insideFigure: true)
            return
        }
        if element == "figcaption" {
            // (A table's title or source set as its figure's caption is no photo's: left out, as
            // a table's own `<caption>` is.)
            let caption = Reader.text(of: child)
            if !caption.isEmpty, !Self.titlesTable(child) { blocks.append(captionBlock(caption, of: child)) }
            return
        }
        // A photo's caption set as a paragraph under it, no `<figure>` round them: named so
        // (`<div class="image"><img></div><p class="caption">`, its credit maybe on a line of its
        // own), or named for the photo and repeating its description (`<div class="media-body">`;
        // a lead or a product's name that repeats it is no caption).
        if Reader.blockElements.contains(element), !holdsTextInBlocks(child), let image = imageBefore(child) {
            let caption = Reader.text(of: child)
            if Self.namesCaption(child) || inMedia(child) && Self.repeatsDescription(caption, of: image) {
                if !caption.isEmpty { blocks.append(captionBlock(caption, of: child)) }
                return
            }
        }
        // A block of text alone is a paragraph; one that line breaks part into paragraphs (a blank
        // line with two <br> in a row, or one after a sentence: a table cell of a story) is read
        // as its runs of lines, one paragraph each.
        if Reader.blockElements.contains(element) && !holdsTextInBlocks(child) && !breaksIntoParagraphs(child) {
            let paragraph = Reader.text(of: child)
            let stats = statistics[child]
            if isCredit(child, paragraph, after: blocks.last, insideFigure: insideFigure) {
                blocks[blocks.count - 1] = RawBlock(text: blocks[blocks.count - 1].text + " " + paragraph, hint: .caption)
                return
            }
            // Another story's headline set in capitals as a paragraph that is all one link
            // ("WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?" between a story's paragraphs).
            // (A subhead so set heads its section.)
            if element == "p", stats.links == 1, stats.linkText == stats.text, paragraph.count <= Self.headlineText,
                Self.isCapitals(paragraph), Self.linksToAnotherPage(child)
            {
                return
            }
            // A link drawn as a button, alone on its line and no sentence: a newsletter's "Share",
            // "Leave a comment" between the paragraphs.
            if stats.links == 1, stats.linkText == stats.text, paragraph.count <= Self.labelText,
                !Reader.endsSentence(paragraph), namesButton(child)
            {
                return
            }
            // Another story's headline, all one link, in square brackets ("[What it will take to
            // rebuild the bridge]"): the brackets inside the link or round it.
            if element == "p", stats.links == 1, stats.text - stats.linkText <= 2, paragraph.hasPrefix("["),
                paragraph.hasSuffix("]"), Self.linksToAnotherPage(child)
            {
                return
            }
            // Another story's headline, one link, after a label in capitals and a colon or a bar
            // ("ALSO READ: …", "PHOTOS: …", "FUNDA OLUNYE UDABA LAPHA | …"): in any language.
            if element == "p", stats.links == 1, Self.linksToAnotherPage(child),
                Self.isLabelledHeadline(paragraph, unlinked: stats.text - stats.linkText)
            {
                return
            }
            if !paragraph.isEmpty && !Reader.isFurniture(paragraph, mostlyLink: stats.linkText * 2 >= stats.text) {
                blocks.append(Self.subheads.contains(element) ? RawBlock(heading: paragraph) : RawBlock(text: paragraph))
            }
            return
        }
        collectBlocks(child, into: &blocks, insideFigure: insideFigure)
    }

    /// Whether a line is a label in capitals (a few letters at least, `labelText` characters at
    /// most) ended by a colon or a bar, then a headline, not a sentence, that is all of the line's
    /// text beside the label (`unlinked`: its characters outside the link).
    static func isLabelledHeadline(_ text: String, unlinked: Int) -> Bool {
        guard let end = text.firstIndex(where: { $0 == ":" || $0 == "|" }) else { return false }
        let label = text[..<end].trimmingSpaces()
        let letters = label.filter(\.isLetter)
        guard letters.count >= 4 && letters.allSatisfy(\.isUppercase) || readAlsoLabels.contains(label.lowercased()),
            label.count <= labelText
        else { return false }
        let headline = text[text.index(after: end)...].trimmingSpaces()
        return !headline.isEmpty && unlinked <= label.count + 2 && !endsWithFullStop(headline)
    }

    /// The longest label before another story's headline.
    static let labelText = 40

    /// Labels before another story's headline in small letters too ("Read: …", "Baca juga: …"):
    /// the words for "read also" in the languages the archive's pages come in.
    static let readAlsoLabels: Set<String> = [
        "read", "read more", "read also", "also read", "see also", "related", "baca juga", "simak juga", "lihat juga",
        "mirá también", "mira también", "ver también", "veja também", "leia também", "lee también", "lea también",
        "lesen sie auch", "lire aussi", "à lire aussi", "leggi anche", "czytaj też", "czytaj także", "читайте также",
        "xem thêm", "ayrıca okuyun", "اقرأ أيضا", "اقرأ أيضاً",
    ]

    /// A box of another story: one link to another page, its headline (a heading inside the link,
    /// or words that end no sentence), beside a label or a byline of a few words ("Mirá también"
    /// over a photo and a headline, "Читайте также", "MORE FROM FORBES … By …").
    func isLabelledTeaser(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        guard ["div", "aside", "section"].contains(Reader.name(node)), stats.links == 1, stats.text <= Self.teaserCardText,
            stats.linkText >= Self.shortestLinkedHeadline, stats.text - stats.linkText >= Self.shortestLabel,
            stats.text - stats.linkText <= Self.labelText, let link = Self.firstLink(under: node), Self.isLinkToAnotherPage(link)
        else { return false }
        let headline = Reader.text(of: link)
        // (A headline of words, not an address; no heading outside the link: a numbered subhead
        // that links what it heads, "#1: Tyvek Tote Bag" in an <h3>, and a product's superlative
        // over its linked name, "Best Overall", are the story's own.)
        return headline.contains(" ") && (!Self.endsWithFullStop(headline) || Self.holdsHeading(link))
            && !Reader.endsSentence(Reader.text(of: node)) && !Self.holdsHeading(node, outside: link)
    }

    /// The fewest characters of a label.
    static let shortestLabel = 3
    /// The fewest characters (whitespace left out) of another story's headline in its box.
    static let shortestLinkedHeadline = 20

    static let subheads: Set<String> = ["h2", "h3", "h4", "h5", "h6"]

    /// Whether a block under the element holds text: a subhead with its anchor's empty `<div>`
    /// and a copy-link button after its words holds none, and is one line. A skipped element
    /// with text (a button's label) counts as a block: the element is read as a container then,
    /// which leaves it out.
    func holdsTextInBlocks(_ node: xmlNodePtr) -> Bool {
        guard statistics[node].hasBlocks else { return false }
        return Reader.children(node).contains { child in
            guard Reader.isElement(child), statistics[child].text > 0 else { return false }
            let name = Reader.name(child)
            return Reader.isBlockName(name) || Reader.skippedElements.contains(name) || holdsTextInBlocks(child)
        }
    }

    /// The text of another story's card at most: a headline and a summary of a few lines.
    static let teaserCardText = 400

    /// Whether an element, or one under it, is named a button (`button primary`, `btn-lg`).
    func namesButton(_ node: xmlNodePtr) -> Bool {
        statistics[node].tokens.contains { $0 == "button" || $0 == "btn" }
            || Reader.children(node).contains { Reader.isElement($0) && namesButton($0) }
    }

    /// Whether all of an element's words outside its links are one heading's, a title (at most
    /// `labelText` characters) over links at least three times as long: "Recommended Stories" over
    /// other stories' headlines. A list whose items say more than their links does not qualify.
    func isTitledLinks(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        // (Words hidden, or for screen readers alone, left out: "list of 4 items".)
        let unlinked = (stats.text - stats.furnitureText) - (stats.linkText - stats.furnitureLinkText)
        guard unlinked > 0, unlinked <= Self.labelText, stats.linkText >= unlinked * 3 else { return false }
        return Self.subheads.contains { name in
            Reader.first(node, named: name).map { statistics[$0].linkText == 0 && statistics[$0].text == unlinked } ?? false
        }
    }

    /// Whether an element's links are several and short: two or more, averaging a headline's
    /// length (under 100 characters).
    func isListOfHeadlines(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        return stats.links >= 2 && stats.linkText < stats.links * 100
    }

    /// Whether an element is another story's card: a short block (`teaserCardText`) whose first
    /// element with text is a headline all of whose words link to another page, or, inside a
    /// wrapper or two (`story` › `story-content`), a link round that headline (and the photo above
    /// it). (A list's item that opens with a linked heading inside a wrapper, `venue-main`, is
    /// not enough: places and products are listed so.)
    func isTeaserCard(_ node: xmlNodePtr) -> Bool {
        guard statistics.nodes[node] != nil else { return false }
        let stats = statistics[node]
        guard stats.hasBlocks, stats.links > 0, stats.text <= Self.teaserCardText else { return false }
        func firstWithText(_ node: xmlNodePtr) -> xmlNodePtr? {
            Reader.children(node).first { Reader.isElement($0) && statistics.nodes[$0] != nil && statistics[$0].text > 0 }
        }
        func allLink(_ node: xmlNodePtr) -> Bool { statistics[node].linkText * 10 >= statistics[node].text * 9 }
        guard var first = firstWithText(node) else { return false }
        if Self.headings.contains(Reader.name(first)) { return allLink(first) && Self.linksToAnotherPage(first) }
        for _ in 0..<2 where Reader.name(first) != "a" && statistics[first].hasBlocks {
            guard let inner = firstWithText(first) else { return false }
            first = inner
        }
        return Self.isLinkToAnotherPage(first) && allLink(first) && Self.holdsHeading(first)
    }

    /// Whether an element holds two or more headings each mostly a link to another page: other
    /// stories' headlines (a copy of the headline for screen readers may stand beside the link).
    func holdsLinkedHeadlines(_ node: xmlNodePtr) -> Bool {
        var headlines = 0
        func visit(_ node: xmlNodePtr) {
            for child in Reader.children(node) where Reader.isElement(child) && headlines < 2 {
                guard statistics.nodes[child] != nil else { continue }
                if Self.headings.contains(Reader.name(child)) {
                    if statistics[child].linkText * 2 >= statistics[child].text, Self.linksToAnotherPage(child) { headlines += 1 }
                } else {
                    visit(child)
                }
            }
        }
        visit(node)
        return headlines >= 2
    }

    /// Whether an element holds two or more teaser cards: links each round a heading, the other
    /// story's headline (and its summary under it).
    func holdsCards(_ node: xmlNodePtr) -> Bool {
        var cards = 0
        func visit(_ node: xmlNodePtr) {
            for child in Reader.children(node) where Reader.isElement(child) && cards < 2 {
                if Reader.name(child) == "a" {
                    if Self.holdsHeading(child) { cards += 1 }
                } else {
                    visit(child)
                }
            }
        }
        visit(node)
        return cards >= 2
    }

    static let headings: Set<String> = subheads.union(["h1"])

    /// Whether a heading (`headings`) stands anywhere under an element, not counting those under
    /// `link` when one is given.
    static func holdsHeading(_ node: xmlNodePtr, outside link: xmlNodePtr? = nil) -> Bool {
        Reader.children(node).contains { child in
            Reader.isElement(child) && child != link && (headings.contains(Reader.name(child)) || holdsHeading(child, outside: link))
        }
    }
    /// The text a photo's element holds beside the photo: a credit ("Foto: dpa"), a button's label.
    static let mediaLabelText = 40
    /// The longest headline of another story set as a line of its own.
    static let headlineText = 200

    /// Whether a line's letters are all capitals, and there are a few of them.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 10
    }

    /// The longest line under a figure's caption read as its credit.
    static let creditText = 150
    /// The longest caption read whole from an element named for it: a few sentences.
    static let captionText = 600

    /// A sign-up box set in the story's element: a field for an e-mail address and a few lines
    /// (ContentScorer.isSignUp), not a story's paragraphs: no `<p>` of a story's length, nor
    /// paragraphs of a sentence or more that add up to one (a short post's part holding such a box
    /// holds them; the box, a pitch and a consent line).
    func isSignUpBox(_ node: xmlNodePtr) -> Bool {
        ContentScorer.isSignUp(statistics[node]) && paragraphText(node) < Self.storyParagraph
    }

    /// A media player set into the story: a button and a line or two of its labels ending on the
    /// clip's length ("Video", the clip's title, "01:34"), no link and no caption among them (a
    /// `<figcaption>` in a player is read as the clip's caption).
    func isPlayer(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        guard stats.text > 0, stats.text <= Self.playerText, stats.links == 0, Reader.first(node, named: "button") != nil,
            Reader.first(node, named: "figcaption") == nil
        else { return false }
        return Self.endsWithClipLength(Reader.text(of: node))
    }

    /// The most characters of a player's labels.
    static let playerText = 150

    /// Whether a line ends on a clip's length: "01:34", "1:02:15".
    static func endsWithClipLength(_ text: String) -> Bool {
        let parts = text.reversed().prefix { $0.isNumber || $0 == ":" }.reversed().split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.dropFirst().allSatisfy { $0.count == 2 } && (1...2).contains(parts[0].count)
    }

    /// The text of the `<p>` elements under the element that hold a sentence or more.
    func paragraphText(_ node: xmlNodePtr) -> Int { Self.paragraphText(node, statistics) }

    static func paragraphText(_ node: xmlNodePtr, _ statistics: PageStatistics) -> Int {
        var total = 0
        for child in Reader.children(node) where Reader.isElement(child) {
            if Reader.name(child) == "p" {
                let text = statistics[child].text
                if text >= Self.sentence { total += text }
            } else if statistics[child].text >= Self.sentence {
                total += paragraphText(child, statistics)
            }
        }
        return total
    }

    /// Whether an element, its parent or its grandparent is named for an embedded post
    /// (`wp-embedded-content`, `wp-block-embed`, `instagram-media`, `twitter-tweet`).
    static func namesEmbed(_ node: xmlNodePtr) -> Bool {
        var current: xmlNodePtr? = node
        for _ in 0..<3 {
            guard let element = current, Reader.isElement(element) else { return false }
            let words = PageStatistics.tokens(of: [Reader.attribute(element, "class") ?? ""])
            if words.contains(where: embedWords.contains) { return true }
            current = element.pointee.parent
        }
        return false
    }

    static let embedWords: Set<String> = ["embed", "embedded", "instagram", "tweet", "tiktok"]

    /// Whether a quote is a social network's post, by the class its embedding code gives it.
    static func isSocialPost(_ node: xmlNodePtr) -> Bool {
        ContentScorer.classes(of: node).contains { socialPostClasses.contains($0.lowercased()) }
    }

    /// The classes networks' embedding code puts on a post's quote: X (Twitter), Instagram,
    /// TikTok, Facebook, Reddit, Threads.
    static let socialPostClasses: Set<String> = [
        "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-xfbml-parse-ignore", "reddit-embed-bq",
        "text-post-media",
    ]

    /// What words of furniture say beside an ad slot's: a banner, a sidebar, a teaser, a gallery.
    static let otherFurnitureWords: Boilerplate.Words = [.pairOut, .outWhenThin, .teaser, .gallery, .neverTheStory]

    /// The link density of a story's own text at most: it links a few earlier reports.
    static let storyLinkDensity = 0.1
    /// The link density at most of a story's header holding the story: its headline, byline and
    /// a box of links to other stories beside the paragraphs.
    static let headerLinkDensity = 0.5

    /// A story's paragraph, and a sentence, in characters.
    static let storyParagraph = 200
    static let sentence = 100

    /// Whether line breaks part an element's own text into paragraphs: two `<br>` in a row (white
    /// space between them aside), or one after a line that ends a sentence of at least
    /// `InlineRun.brokenParagraph` characters (InlineRun parts the text the same way).
    func breaksIntoParagraphs(_ node: xmlNodePtr) -> Bool {
        guard statistics[node].breaks >= 1 else { return false }
        var previousWasBreak = false
        var line = 0
        var last: xmlNodePtr?
        for child in Reader.children(node) {
            if Reader.isElement(child) {
                let isBreak = Reader.name(child) == "br"
                if isBreak && previousWasBreak { return true }
                if isBreak, line >= InlineRun.brokenParagraph, let last, Reader.endsSentence(Reader.text(of: last)) { return true }
                if isBreak {
                    line = 0
                } else if statistics[child].text > 0 {
                    line += statistics[child].text
                    last = child
                }
                previousWasBreak = isBreak
            } else if child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content,
                !PageStatistics.isBlank(content)
            {
                previousWasBreak = false
                line += PageStatistics.measure(content).visible
                last = child
            }
        }
        return false
    }

    static func nextElement(after node: xmlNodePtr) -> xmlNodePtr? {
        var next = node.pointee.next
        while let current = next, !Reader.isElement(current) { next = current.pointee.next }
        return next
    }

    /// A heading named `header` (`header-anchor-post`) with a paragraph after it is a subhead of
    /// the story; a box's heading over its list of links (`<h2 class="header">More stories</h2>`)
    /// is the box's, and a teaser's linked headline over its blurb is another story's.
    /// (A heading alone in its wrapper, as some designs set each block of the story, is followed
    /// by the next wrapper's first block.)
    static func isSubhead(_ node: xmlNodePtr, _ statistics: PageStatistics) -> Bool {
        let stats = statistics[node]
        guard PageStatistics.isHeading(node), stats.tokens.contains("header"), stats.linkText * 2 < stats.text else { return false }
        var anchor = node
        var next = nextElementWithText(after: anchor, statistics)
        for _ in 0..<wrapperLevels where next == nil {
            guard let parent = anchor.pointee.parent, Reader.isElement(parent), statistics.nodes[parent] != nil,
                statistics[parent].text == stats.text
            else { break }
            anchor = parent
            next = nextElementWithText(after: anchor, statistics)
        }
        guard var found = next else { return false }
        for _ in 0..<wrapperLevels where Reader.name(found) != "p" {
            guard
                let inner = Reader.children(found).first(where: {
                    Reader.isElement($0) && statistics.nodes[$0] != nil && statistics[$0].text > 0
                })
            else { break }
            found = inner
        }
        return Reader.name(found) == "p"
    }

    /// The wrappers climbed out of, and into, looking for the block after a subhead.
    static let wrapperLevels = 2

    /// The next element after `node` that holds text, passing over empty ones (a rule, a spacer)
    /// and those never read (a script) or not shown (`hidden`).
    func nextElementWithText(after node: xmlNodePtr) -> xmlNodePtr? { Self.nextElementWithText(after: node, statistics) }

    static func nextElementWithText(after node: xmlNodePtr, _ statistics: PageStatistics) -> xmlNodePtr? {
        var next = nextElement(after: node)
        while let current = next, statistics.nodes[current] == nil || statistics[current].text == 0 || statistics[current].isHidden {
            next = nextElement(after: current)
        }
        return next
    }

    /// A short block (100 characters or fewer, a digit among them) whose class or id names a date.
    func isDateLine(_ node: xmlNodePtr) -> Bool {
        let stats = statistics[node]
        guard stats.text > 0, stats.text <= Self.longestDateLine else { return false }
        // A line that is no sentence around a <time> of the page's publication ("11/07/2023
        // 06h02 · Atualizado há um ano", in `content-publication-data__updated`).
        if let time = Reader.first(node, named: "time"), Reader.attribute(time, "itemprop")?.lowercased().hasPrefix("date") == true {
            return !Reader.endsSentence(Reader.text(of: node))
        }
        guard stats.naming.contains(where: Self.dateWords.contains) else { return false }
        return Reader.text(of: node).unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    static let dateWords: Set<String> = ["date", "dateline", "timestamp", "pubdate", "published", "publish", "posted"]
    static let longestDateLine = 100

    /// Whether an element holds a link whose address is another page, not a place on this one.
    static func linksToAnotherPage(_ node: xmlNodePtr) -> Bool {
        for child in Reader.children(node) where Reader.isElement(child) {
            if isLinkToAnotherPage(child) || linksToAnotherPage(child) { return true }
        }
        return false
    }

    /// Whether an element is a link to another page: an `<a>` whose `href` is neither empty nor an
    /// anchor on this page (`#works`).
    static func isLinkToAnotherPage(_ node: xmlNodePtr) -> Bool {
        guard Reader.name(node) == "a", let address = Reader.attribute(node, "href") else { return false }
        return !address.isEmpty && !address.hasPrefix("#")
    }

    /// A pull quote (an element named `pullquote`, `pull-quote`) whose words the story around it
    /// holds too: stored twice they would count twice. One quoting words of its own is text. The
    /// words are compared, not the characters, and all but the first: an editor sets "The
    /// Appellate Body has been paralysed since December 2019." from the story's "Its Appellate
    /// Body has been paralysed since December 2019, when …".
    func isRepeatedPullQuote(_ node: xmlNodePtr) -> Bool {
        let tokens = statistics[node].tokens
        let named =
            tokens.contains("pullquote")
            || zip(tokens, tokens.dropFirst()).contains { $0 == "pull" && $1 == "quote" }
        guard named else { return false }
        let text = Reader.text(of: node)
        let words = Reader.lowercaseWords(text)
        guard words.count >= 4 else { return false }
        let run = words.dropFirst()
        // Its sentences each (four words or more), when the story's quotation is broken by who
        // said it: "“It used to be that the hard part was the diagnosis,” a technician told me.
        // “Now the diagnosis is easy.”"
        let sentences = Self.sentences(in: text).map { Reader.lowercaseWords($0).dropFirst() }.filter { $0.count >= 3 }
        // The story around it: up to four levels up, the words standing twice (the quote's own
        // and the story's).
        var ancestor = node.pointee.parent
        for _ in 0..<4 {
            guard let current = ancestor, Reader.isElement(current) else { return false }
            let around = Reader.lowercaseWords(Reader.text(of: current))
            if Self.occurrences(of: run, in: around, atMost: 2) >= 2 { return true }
            if sentences.count >= 2, sentences.allSatisfy({ Self.occurrences(of: $0, in: around, atMost: 2) >= 2 }) { return true }
            ancestor = current.pointee.parent
        }
        return false
    }

    /// A text's sentences, parted after `.`, `!` or `?` (closing quotes after it) and a space.
    static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var ended = false
        for character in text {
            if ended, character == " " {
                sentences.append(current)
                current = ""
                ended = false
                continue
            }
            current.append(character)
            if ".!?".contains(character) {
                ended = true
            } else if !"”\"’»".contains(character) {
                ended = false
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// How many times `run` stands as consecutive words in `words`, counted up to `atMost`.
    static func occurrences(of run: ArraySlice<String>, in words: [String], atMost: Int) -> Int {
        guard let first = run.first, run.count <= words.count else { return 0 }
        var found = 0
        for start in 0...(words.count - run.count) where words[start] == first {
            if words[start..<(start + run.count)].elementsEqual(run) {
                found += 1
                if found == atMost { break }
            }
        }
        return found
    }

    /// Whether an image comes right before this element (see `imageBefore`).
    func followsImage(_ node: xmlNodePtr) -> Bool { imageBefore(node) != nil }

    /// The image right before this element: the element before it (text between them only blank,
    /// and elements without words or images passed over, a photo's share buttons or an empty
    /// title) is an image, or holds one and at most a credit's text.
    /// The first in its parent, it follows what its parent follows (up to two levels:
    /// `<div class="info"><div class="caption">` after the photo's element).
    func imageBefore(_ node: xmlNodePtr, levels: Int = 2) -> xmlNodePtr? {
        var previous = node.pointee.prev
        while let current = previous {
            previous = current.pointee.prev
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                guard let content = current.pointee.content, PageStatistics.isBlank(content) else { return nil }
                continue
            }
            guard Reader.isElement(current) else { continue }
            let element = Reader.name(current)
            if element == "img" || element == "picture" { return current }
            // The photo's element may hold a credit or a zoom button's label beside it.
            let text = statistics[current].text
            guard text <= Self.mediaLabelText else { return nil }
            let image = Reader.first(current, named: "img") ?? Reader.first(current, named: "picture")
            if text == 0, image == nil { continue }
            return image
        }
        guard levels > 0, let parent = node.pointee.parent, Reader.isElement(parent) else { return nil }
        return imageBefore(parent, levels: levels - 1)
    }

    /// Whether a block's words are those its photo's description gives (`alt` or `title`, long
    /// enough to be a sentence), from the start or nearly all of them: its caption, whatever its
    /// element is called.
    static func repeatsDescription(_ text: String, of image: xmlNodePtr) -> Bool {
        let picture = Reader.name(image) == "picture" ? Reader.first(image, named: "img") ?? image : image
        return ["alt", "title"].contains { attribute in
            guard let description = Reader.attribute(picture, attribute).map(Reader.collapse),
                description.count >= describedCaptionText
            else { return false }
            return text.hasPrefix(description) || description.hasPrefix(text) && text.count >= describedCaptionText
                || nearlySameWords(text, description)
        }
    }

    /// Whether two lines say the same in nearly the same words: a caption that repeats its photo's
    /// title with a word more or less ("… in London (Archivaufnahme)" under "… London
    /// (Archivaufnahme)"). Four in five of the longer's words, in any order, are the other's.
    static func nearlySameWords(_ one: String, _ other: String) -> Bool {
        let (first, second) = (Reader.lowercaseWordRuns(one), Reader.lowercaseWordRuns(other))
        let longer = max(first.count, second.count)
        guard min(first.count, second.count) >= sameWordsAtLeast else { return false }
        var counts: [Substring: Int] = [:]
        for word in first { counts[word, default: 0] += 1 }
        var shared = 0
        for word in second where counts[word, default: 0] > 0 {
            counts[word, default: 0] -= 1
            shared += 1
        }
        return shared * 5 >= longer * 4
    }

    /// The fewest words of a caption known by its photo's title in other words.
    static let sameWordsAtLeast = 5

    /// Whether a short line under a photo's caption is its credit, the caption's end: inside the
    /// figure (`<figcaption>…</figcaption><p>© Agency/Photographer</p>`), in the photo's element
    /// that holds little but the caption and it (`<div id="imageBox">…<h4
    /// id="storyphotocaption">…</h4><h6>Stock photo</h6>`), or named for the photo under the
    /// caption's own element, named so too (`<div class="media-body">…</div><div
    /// class="media-sub">Agency</div>`; not a paragraph named alike after the photo's whole block).
    func isCredit(_ node: xmlNodePtr, _ text: String, after caption: RawBlock?, insideFigure: Bool) -> Bool {
        guard !text.isEmpty, text.count <= Self.creditText, let caption, caption.hint == .caption,
            let previous = Self.previousElement(node), Reader.text(of: previous) == caption.text
        else { return false }
        if insideFigure && Reader.name(previous) == "figcaption" { return true }
        if let parent = node.pointee.parent, Reader.isElement(parent),
            statistics[parent].text <= statistics[previous].text + statistics[node].text + Self.mediaLabelText,
            namesMedia(parent)
        {
            return true
        }
        return namesMedia(node) && (namesMedia(previous) || Self.namesCaption(previous))
    }

    /// Whether an element's own words name a photo (`media-body`, `photo-credit`).
    func namesMedia(_ node: xmlNodePtr) -> Bool {
        statistics[node].naming.contains(where: Self.mediaWords.contains)
    }

    /// Whether an element is named for a photo, or set in a photo's element that is and holds
    /// little else (`media-body-wrap`, `b-article_photo`; the story's element may be named by the
    /// photo over it, `story-body lead-media-large`).
    func inMedia(_ node: xmlNodePtr) -> Bool {
        if namesMedia(node) { return true }
        guard let parent = node.pointee.parent, Reader.isElement(parent) else { return false }
        return statistics[parent].text <= statistics[node].text + Self.mediaLabelText && namesMedia(parent)
    }

    /// The fewest characters of a photo's description that a caption repeating it is known by.
    static let describedCaptionText = 30

    /// The element before this one in its parent.
    static func previousElement(_ node: xmlNodePtr) -> xmlNodePtr? {
        var previous = node.pointee.prev
        while let current = previous {
            if Reader.isElement(current) { return current }
            previous = current.pointee.prev
        }
        return nil
    }

    /// A control that shows or hides more of a text: a link to nowhere (no `href`) or a button,
    /// whose words say so ("… more", "less", "Show more").
    static func isToggle(_ node: xmlNodePtr) -> Bool {
        let element = Reader.name(node)
        guard element == "button" || (element == "a" && Reader.attribute(node, "href") == nil) else { return false }
        let words = Reader.text(of: node).lowercased().trimming(.toggleMarks)
        return toggleWords.contains(words)
    }

    static let toggleWords: Set<String> = [
        "more", "less", "show more", "show less", "read more", "see more", "see less", "expand", "collapse",
    ]

    /// Whether an element's class or id says it is a caption (`wp-caption-text`, `galleryCaption1`,
    /// `img_cptn`).
    static func namesCaption(_ node: xmlNodePtr) -> Bool {
        ["class", "id"].contains { attribute in
            guard let value = Reader.attribute(node, attribute)?.lowercased() else { return false }
            return captionNames.contains { value.contains($0) }
        }
    }

    /// Whether a `<figcaption>` is a table's title or note: its `<figure>` holds a table and no
    /// picture.
    static func titlesTable(_ figcaption: xmlNodePtr) -> Bool {
        guard let figure = figcaption.pointee.parent, Reader.isElement(figure), Reader.name(figure) == "figure" else { return false }
        return Reader.first(figure, named: "table") != nil && Reader.first(figure, named: "img") == nil
            && Reader.first(figure, named: "picture") == nil
    }

    /// Words that name a promotion's parts or a video's, not a photo's.
    static let notPhotoCaptionWords: Set<String> = ["cta", "promo", "teaser", "ad", "advert", "advertisement", "sponsored", "video"]

    /// What a caption's class or id says: "caption", or in short (the Times of India's
    /// `img_cptn`). (Not "legend": a star rating's `kksr-legend`, a chart's.)
    static let captionNames = ["caption", "cptn"]

    /// One capital letter, after an opening quotation mark or not: a drop cap.
    static func isDropCap(_ text: String) -> Bool {
        let letters = text.drop { "“‘\"'«„".contains($0) }
        return letters.count == 1 && letters.first?.isUppercase == true && text.count <= 2
    }

    /// Whether an element's text starts with a blank in the markup (`<p> am …` after a drop cap
    /// `I` is a new word; `<p>urkey` is not).
    static func startsWithBlank(_ node: xmlNodePtr) -> Bool {
        var current = node.pointee.children
        while let child = current {
            if child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content, content[0] != 0 {
                return content[0] == 0x20 || (0x09...0x0D).contains(content[0])
            }
            if Reader.isElement(child), child.pointee.children != nil { return startsWithBlank(child) }
            current = child.pointee.next
        }
        return false
    }

    func isInline(_ node: xmlNodePtr) -> Bool {
        Reader.isInlineName(Reader.name(node)) && !statistics[node].hasBlocks
    }
}

/// Text and inline elements between block children, parted into paragraphs where two or more
/// `<br>` in a row leave a blank line; a paragraph mostly of link text is dropped.
struct InlineRun {
    let statistics: PageStatistics
    private var pieces: [String] = []
    private var breaks = 0
    private var characters = 0
    /// Visible characters since the last line break.
    private var lineCharacters = 0
    private var linkCharacters = 0
    /// Whether the line so far is one bold element's words (`<b>`, `<strong>`): a subhead, when a
    /// line break ends it.
    private var boldLine = false
    /// Each paragraph, and its text as read (its `<br>`s as U+2028).
    private var paragraphs: [(text: String, lines: String)] = []

    init(statistics: PageStatistics) {
        self.statistics = statistics
    }

    mutating func add(text node: xmlNodePtr) {
        add(text: node, inLink: false)
        if let content = node.pointee.content, !PageStatistics.isBlank(content) { boldLine = false }
    }

    private mutating func add(text node: xmlNodePtr, inLink: Bool) {
        guard let content = node.pointee.content else { return }
        let text = String(cString: content)
        if text.allSatisfy({ $0.isWhitespace && $0 != "\u{00A0}" }) {
            pieces.append(" ")
            return
        }
        if breaks >= 2 || (breaks == 1 && lineCharacters >= Self.brokenParagraph && endsSentence)
            || (breaks == 1 && boldLine && lineCharacters <= Self.subheadLine && !endsSentence
                && !(text.first(where: { !$0.isWhitespace })?.isLowercase ?? false))
        {
            endParagraph()
        }
        if breaks > 0 {
            lineCharacters = 0
            boldLine = false
        }
        breaks = 0
        pieces.append(text)
        let visible = PageStatistics.measure(content).visible
        characters += visible
        lineCharacters += visible
        if inLink { linkCharacters += visible }
    }

    mutating func add(inline node: xmlNodePtr, isBoilerplate: (xmlNodePtr) -> Bool) {
        let element = HTMLArticleReader.name(node)
        let opensLine = lineCharacters == 0 || breaks > 0
        add(inline: node, inLink: false, isBoilerplate: isBoilerplate)
        guard element != "br", statistics[node].text > 0 else { return }
        boldLine = opensLine && (element == "b" || element == "strong")
    }

    private mutating func add(inline node: xmlNodePtr, inLink: Bool, isBoilerplate: (xmlNodePtr) -> Bool) {
        let element = HTMLArticleReader.name(node)
        if element == "br" {
            breaks += 1
            pieces.append("\u{2028}")
            return
        }
        // (A tag left open round a story is no link: PageStatistics counts none of its text so.)
        let link = inLink || (element == "a" && (statistics.nodes[node].map { $0.linkText > 0 } ?? true))
        for child in HTMLArticleReader.children(node) {
            if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE {
                add(text: child, inLink: link)
            } else if HTMLArticleReader.isElement(child), !isBoilerplate(child),
                !HTMLArticleReader.unreadElements.contains(HTMLArticleReader.name(child))
            {
                add(inline: child, inLink: link, isBoilerplate: isBoilerplate)
            }
        }
    }

    /// The longest line in bold that a single `<br>` sets apart as a subhead.
    static let subheadLine = 80

    /// A single `<br>` ends a paragraph after a sentence when its line holds at least this many
    /// characters: pages that set paragraphs apart with one line break (no blank line) make a
    /// paragraph of every such line, where short lines (an address, a verse) stay one.
    static let brokenParagraph = 100

    /// A run's lines with each line before its prose that is a byline or a date alone ("By Ravi
    /// Kumar", "June 12, 2023") set apart as a paragraph of its own: old pages set the headline,
    /// the byline and the date above the story one `<br>` apart, and the three read as one line.
    static func apartFromMetadata(_ text: String) -> [String] {
        guard text.contains("\u{2028}") else { return [text] }
        let lines = text.split(separator: "\u{2028}")
        guard lines.count > 1 else { return [text] }
        var parts: [String] = []
        var current: [Substring] = []
        var prose = false
        for line in lines {
            let collapsed = HTMLArticleReader.collapse(String(line))
            guard !prose, collapsed.utf8.count <= metadataLine, MetadataLine.fields(collapsed) != nil else {
                prose = prose || collapsed.utf8.count >= brokenParagraph
                current.append(line)
                continue
            }
            if !current.isEmpty { parts.append(current.joined(separator: "\u{2028}")) }
            current = []
            parts.append(String(line))
        }
        if !current.isEmpty { parts.append(current.joined(separator: "\u{2028}")) }
        return parts
    }

    /// The longest line read as a byline or a date alone.
    static let metadataLine = 80

    /// Whether the text so far ends a sentence.
    private var endsSentence: Bool {
        guard let last = pieces.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        return HTMLArticleReader.endsSentence(HTMLArticleReader.collapse(last))
    }

    private mutating func endParagraph() {
        let joined = pieces.joined()
        let paragraph = HTMLArticleReader.collapse(joined)
        if !paragraph.isEmpty, linkCharacters * 10 < characters * 6,
            !HTMLArticleReader.isFurniture(paragraph, mostlyLink: linkCharacters * 2 >= characters)
        {
            paragraphs.append((paragraph, joined))
        }
        pieces = []
        characters = 0
        linkCharacters = 0
    }

    /// The paragraphs so far, the last one included; the run starts again empty. `beforeProse`:
    /// whether no paragraph of prose came before the run on the page (asked only of a run whose
    /// lines hold a byline or a date alone): there those lines are set apart
    /// (`apartFromMetadata`); a date line among a story's lines is its own.
    mutating func finish(beforeProse: () -> Bool = { false }) -> [String] {
        endParagraph()
        breaks = 0
        lineCharacters = 0
        defer { paragraphs = [] }
        var result: [String] = []
        var prose = false
        for (paragraph, lines) in paragraphs {
            if !prose, lines.contains("\u{2028}") {
                let parts = Self.apartFromMetadata(lines)
                if parts.count > 1, beforeProse() {
                    result += parts.map(HTMLArticleReader.collapse).filter { !$0.isEmpty }
                    prose = true
                    continue
                }
            }
            prose = prose || paragraph.utf8.count >= Self.brokenParagraph
            result.append(paragraph)
        }
        return result
    }
}
