import CLibXML2

/// What the reader knows of every element of a page after one walk: how much text it holds, how
/// much of that is link text, its commas, and whether its class, id or role names it boilerplate.
/// The container choice and the boilerplate verdicts read these instead of walking subtrees again.
struct PageStatistics {
    struct Node {
        /// Visible characters (whitespace left out) under the element, scripts and styles excluded.
        var text = 0
        /// Of those, the characters inside `<a>` elements.
        var linkText = 0
        /// Of those, the characters inside list items and figures: a gallery's captions.
        var itemText = 0
        /// Of `text` outside links, the characters of Chinese, Japanese and Korean (kana, ideographs,
        /// Hangul): each says about what three letters of a European language do.
        var wideText = 0
        /// Commas under the element (, ، 、 ，): a sign of sentences, not labels.
        var commas = 0
        /// `<br>` elements under it: line breaks inside a run of text.
        var breaks = 0
        /// Copyright signs (©) under it: a site's legal line, whose commas part an address.
        var notices = 0
        /// Radio buttons and check boxes under it: a poll's or a survey's choices.
        var choices = 0
        /// Fields for an e-mail address or a phone number under it: a sign-up box's.
        var entries = 0
        /// Of `text`, the characters inside `<form>` elements.
        var formText = 0
        /// Of `text`, the characters of form controls' choices and contents (`<select>`'s options,
        /// `<textarea>`): a picker of stocks or cinemas is no prose.
        var controlText = 0
        /// Links with text (`<a>` elements) under it.
        var links = 0
        /// The words of its class, id and role, split at anything not a letter or digit and at
        /// lower-to-upper case changes: `l-sidebar-fixed` → `l`, `sidebar`, `fixed`.
        var tokens: [String] = []
        /// The words that name the element (`Boilerplate.naming` of its tokens), and what they say
        /// as one mask: worked out once, when the element is walked.
        var naming: [String] = []
        var words: Boilerplate.Words = []
        /// Whether a block element (a paragraph, a div, a figure …) stands anywhere under it.
        var hasBlocks = false
        /// `hidden`, `aria-hidden="true"`, or a style of `display: none` / `visibility: hidden`.
        var isHidden = false
        /// `itemprop="articleBody"`.
        var isArticleBody = false
        /// Of `text` and `linkText`, the characters inside elements under it that are furniture by
        /// their own words and size, or hidden: a share bar inside the story's element.
        var furnitureText = 0
        var furnitureLinkText = 0

        var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }

        /// The link density of the element's text outside the furniture inside it: a story whose
        /// element also holds a bar of share buttons is still prose.
        var ownLinkDensity: Double {
            let own = text - furnitureText
            return own <= 0 ? 0 : Double(linkText - furnitureLinkText) / Double(own)
        }
    }

    private(set) var nodes: [xmlNodePtr: Node] = [:]

    /// Visible characters of the whole page.
    var pageText: Int { page.text }
    /// The whole page's figures.
    private(set) var page = Node()

    init(root: xmlNodePtr) {
        page = visit(root, HTMLArticleReader.name(root), insideLink: false, insideItem: false)
    }

    subscript(_ node: xmlNodePtr) -> Node { nodes[node] ?? Node() }

    static let unread: Set<String> = HTMLArticleReader.unreadElements.union(["head", "title"])

    /// What an `<input>` asks for, where the verdicts count it: a choice (a radio button or a check
    /// box) or an entry (an e-mail address, a phone number).
    enum Field { case choice, entry }

    static func field(_ input: xmlNodePtr) -> Field? {
        switch HTMLArticleReader.attribute(input, "type")?.lowercased() {
        case "radio", "checkbox": .choice
        case "email", "tel": .entry
        case nil, "", "text":
            // Older forms ask for an address in a plain text field named for it.
            HTMLArticleReader.attribute(input, "name").flatMap { name in
                tokens(of: [name]).contains(where: entryNames.contains) ? .entry : nil
            }
        default: nil
        }
    }

    /// The words that name a plain text field for an e-mail address or a phone number.
    static let entryNames: Set<String> = ["email", "mail", "phone", "tel", "telephone"]

    /// A link with this much text is no link but a tag left open round the text after it (a whole
    /// story): its text is read as text.
    static let longestLink = 300

    /// A link round another story's card, a headline over its summary: as long as a link left
    /// open, but closed round a heading and a few lines (not a story's paragraphs).
    static func isCard(_ link: xmlNodePtr, _ stats: Node) -> Bool {
        stats.text < 3 * longestLink && PageReading.holdsHeading(link)
    }

    /// `element`: the node's name. `openTag`: the node is a link left open, read again as text;
    /// `reread`: inside one, where a second such link is not read again (each element is walked at
    /// most twice).
    private mutating func visit(
        _ node: xmlNodePtr, _ element: String, insideLink: Bool, insideItem: Bool, insideForm: Bool = false, openTag: Bool = false,
        reread: Bool = false
    ) -> Node {
        var stats = Node()
        let isForm = insideForm || element == "form"
        let isLink = insideLink || (element == "a" && !openTag)
        let isItem = insideItem || element == "li" || element == "figure"
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = current.pointee.content else { continue }
                let (visible, commas, notices, wide) = Self.measure(content)
                stats.text += visible
                if !isLink { stats.wideText += wide }
                stats.commas += commas
                stats.notices += notices
                if isLink { stats.linkText += visible }
                if isItem { stats.itemText += visible }
                if isForm { stats.formText += visible }
            case XML_ELEMENT_NODE:
                let name = HTMLArticleReader.name(current)
                if name == "input" {
                    switch Self.field(current) {
                    case .choice: stats.choices += 1
                    case .entry: stats.entries += 1
                    case nil: break
                    }
                }
                guard !Self.unread.contains(name) else { continue }
                let inner = visit(current, name, insideLink: isLink, insideItem: isItem, insideForm: isForm, reread: reread || openTag)
                stats.hasBlocks = stats.hasBlocks || inner.hasBlocks || HTMLArticleReader.isBlockName(name)
                let inline = HTMLArticleReader.isInlineName(name) && !inner.hasBlocks
                if inner.isHidden || Boilerplate.isFurnitureInside(inner, inline: inline) {
                    stats.furnitureText += inner.text
                    stats.furnitureLinkText += inner.linkText
                } else {
                    stats.furnitureText += inner.furnitureText
                    stats.furnitureLinkText += inner.furnitureLinkText
                }
                stats.text += inner.text
                stats.linkText += inner.linkText
                stats.itemText += inner.itemText
                stats.wideText += inner.wideText
                stats.commas += inner.commas
                stats.notices += inner.notices
                stats.choices += inner.choices
                stats.entries += inner.entries
                stats.formText += inner.formText
                stats.controlText += name == "select" || name == "textarea" ? inner.text : inner.controlText
                stats.links += inner.links + (name == "a" && inner.text > 0 ? 1 : 0)
                stats.breaks += inner.breaks + (name == "br" ? 1 : 0)
            default: continue
            }
        }
        if element == "a", !insideLink, !openTag, !reread, stats.text >= Self.longestLink, !Self.isCard(node, stats) {
            return visit(node, element, insideLink: false, insideItem: insideItem, insideForm: insideForm, openTag: true)
        }
        let names = Self.readAttributes(of: node, into: &stats)
        if !names.isEmpty { name(&stats, names) }
        // A heading named a header (`subbuzz__header`) that says a sentence tells a part of the
        // story (a list article's item): the word is the heading's, not a page's header's. A box's
        // heading so named over its links ("More from the coast") ends no sentence.
        if stats.words.contains(.outWhenThin), stats.naming.contains("header"), Self.isHeading(node),
            HTMLArticleReader.endsSentence(HTMLArticleReader.text(of: node))
        {
            stats.words = Boilerplate.describe(stats.naming.filter { $0 != "header" }).words
        }
        nodes[node] = stats
        return stats
    }

    /// Whether a text node's UTF-8 is all ASCII white space: stops at the first other byte.
    static func isBlank(_ content: UnsafePointer<xmlChar>) -> Bool {
        var index = 0
        while content[index] != 0 {
            switch content[index] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: index += 1
            default: return false
            }
        }
        return true
    }

    /// Visible characters (code points other than ASCII whitespace), commas (, ، 、 ，),
    /// copyright signs (©) and wide characters (U+3000 to U+D7FF: CJK punctuation, kana, ideographs,
    /// Hangul) of a text node's UTF-8, counted on the bytes: this runs over every character of every
    /// page.
    static func measure(_ content: UnsafePointer<xmlChar>) -> (visible: Int, commas: Int, notices: Int, wide: Int) {
        var visible = 0
        var commas = 0
        var notices = 0
        var wide = 0
        var index = 0
        var previous: (UInt8, UInt8) = (0, 0)
        while true {
            let byte = content[index]
            if byte == 0 { break }
            index += 1
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: break
            case 0x2C:
                visible += 1
                commas += 1
            case 0x80...0xBF:
                // A continuation byte: the end of ، (D8 8C), 、 (E3 80 81) or ， (EF BC 8C)?
                if (previous.1 == 0xD8 && byte == 0x8C) || (previous == (0xE3, 0x80) && byte == 0x81)
                    || (previous == (0xEF, 0xBC) && byte == 0x8C)
                {
                    commas += 1
                } else if previous.1 == 0xC2 && byte == 0xA9 {
                    notices += 1
                }
            case 0xE3...0xED:
                visible += 1
                wide += 1
            default: visible += 1
            }
            previous = (previous.1, byte)
        }
        return (visible, commas, notices, wide)
    }

    /// The words an element is named with, and what they say, by the names they come from: a page
    /// names many elements alike (every paragraph `article-text`), and this runs on every element.
    private var namings: [String: (tokens: [String], naming: [String], words: Boilerplate.Words)] = [:]

    /// Gives the element the words of its class, id and role names (`readAttributes`'s).
    private mutating func name(_ stats: inout Node, _ names: [String]) {
        // Split at anything not a letter or digit, the names read as one are read as each alone.
        let key = names.count == 1 ? names[0] : names.joined(separator: " ")
        if let known = namings[key] {
            (stats.tokens, stats.naming, stats.words) = known
            return
        }
        stats.tokens = Self.tokens(of: [key])
        (stats.naming, stats.words) = Boilerplate.describe(stats.tokens)
        namings[key] = (stats.tokens, stats.naming, stats.words)
    }

    /// The attributes the verdicts need, in one walk over the element's attribute list (no copies
    /// made by libxml2 for the attributes passed over). Returns the names (class, id, role) that
    /// `name(_:_:)` makes the element's words of.
    static func readAttributes(of node: xmlNodePtr, into stats: inout Node) -> [String] {
        var names: [String] = []
        var hiddenByAttribute = false
        var streamedSegment = false
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            // libxml2's HTML parser gives attribute names in lower case. Compared on the bytes: most
            // attributes (href, src, data-…) are passed over, and none is copied for that.
            guard let rawName = current.pointee.name, let name = ReadAttribute(rawName) else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            switch name {
            case .class:
                names.append(withoutHooks(value, holdingStory: stats.text >= Boilerplate.wrappedProse))
                stats.isHidden = stats.isHidden || hidesByClass(value)
            // A heading's id is an anchor made of its own words for a table of contents
            // (`social-media-and-the-vote`, `nav_who_pays__1`), not the name of a block of the page;
            // nor is an address (a crawl's wrapper named by the page's URL, `…/read-comments-on-…`).
            case .id:
                if !isHeading(node), !isAddress(value) { names.append(value) }
                streamedSegment = value.utf8.first == UInt8(ascii: "S") && isStreamedSegment(value)
            case .role: names.append(value)
            case .hidden: hiddenByAttribute = true
            // `aria-hidden` hides from a screen reader, not from the eye: an icon's label, a
            // carousel's copy, a share box's "Email". A paragraph of prose so marked is shown (a
            // publisher's paragraphs past its paywall line, `<p class="paywall" aria-hidden="true">`);
            // so is a photo's caption and its credit (Le Monde's, the photo's description read
            // aloud instead).
            case .ariaHidden:
                stats.isHidden =
                    stats.isHidden || (value.lowercased() == "true" && !isProseParagraph(node, stats) && !isInCaption(node))
            case .style: stats.isHidden = stats.isHidden || HTMLArticleReader.hidesText(style: value)
            case .itemprop: stats.isArticleBody = value.lowercased().split(separator: " ").contains("articlebody")
            }
        }
        // React's server rendering streams a page in parts: each arrives in `<div hidden id="S:0">`
        // and a script moves it to its place, so it is what the page shows.
        if hiddenByAttribute && !streamedSegment { stats.isHidden = true }
        return names
    }

    /// A `<p>` of `ariaHiddenProse` characters or more, less than a third of them links.
    static func isProseParagraph(_ node: xmlNodePtr, _ stats: Node) -> Bool {
        guard let name = node.pointee.name, name[0] == UInt8(ascii: "p"), name[1] == 0 else { return false }
        return stats.text >= ariaHiddenProse && stats.linkText * 3 < stats.text
    }

    /// Whether an element is a `<figcaption>` or stands right inside one.
    static func isInCaption(_ node: xmlNodePtr) -> Bool {
        [node, node.pointee.parent].contains { element in
            guard let element, element.pointee.type == XML_ELEMENT_NODE, let name = element.pointee.name else { return false }
            return String(cString: name) == "figcaption"
        }
    }

    /// The characters of a paragraph `aria-hidden` does not take from the page.
    static let ariaHiddenProse = 100

    /// An address as an attribute's value: a URL (`http://…`) or a path from the site's root.
    static func isAddress(_ value: String) -> Bool {
        value.utf8.first == UInt8(ascii: "/") || ASCIIMatch.contains(value, "://")
    }

    /// An id React gives a part of a page it streams (`S:` and a number in hexadecimal).
    static func isStreamedSegment(_ id: String) -> Bool {
        StreamedParts.split(id)?.kind == "S"
    }

    /// `h1` … `h6`, on the name's bytes (libxml2's HTML parser gives element names in lower case).
    static func isHeading(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        return name[0] == UInt8(ascii: "h") && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(name[1]) && name[2] == 0
    }

    /// The attributes the verdicts read.
    enum ReadAttribute {
        case `class`, id, role, style, hidden, ariaHidden, itemprop

        init?(_ name: UnsafePointer<xmlChar>) {
            func named(_ expected: StaticString) -> Bool {
                let bytes = expected.utf8Start
                for index in 0..<expected.utf8CodeUnitCount where name[index] != bytes[index] { return false }
                return name[expected.utf8CodeUnitCount] == 0
            }
            switch name[0] {
            case UInt8(ascii: "c") where named("class"): self = .class
            case UInt8(ascii: "i") where named("id"): self = .id
            case UInt8(ascii: "i") where named("itemprop"): self = .itemprop
            case UInt8(ascii: "r") where named("role"): self = .role
            case UInt8(ascii: "s") where named("style"): self = .style
            case UInt8(ascii: "h") where named("hidden"): self = .hidden
            case UInt8(ascii: "a") where named("aria-hidden"): self = .ariaHidden
            default: return nil
            }
        }
    }

    /// Class names that the common style sheets (Bootstrap, Tailwind, Bulma, WordPress themes) define
    /// as `display: none`: an element carrying one is not shown, like one with `hidden`. Whole
    /// names only: `hidden-xs` hides on a phone alone.
    static let hidingClasses: [[UInt8]] = ["hidden", "d-none", "is-hidden"].map { Array($0.utf8) }

    /// Class names of text set off the screen for screen readers alone (Bootstrap's `sr-only` and
    /// `visually-hidden`, WordPress's `screen-reader-text`, Drupal's `element-invisible`): a heading
    /// "Article content" between a story's parts, a link's "(opens in a new tab)", a label
    /// "Posted on" no one sees. Whole names only.
    static let screenReaderClasses: [[UInt8]] = [
        "sr-only", "visually-hidden", "visuallyhidden", "u-visually-hidden", "screen-reader-text", "screen-reader-only",
        "element-invisible",
    ].map { Array($0.utf8) }

    static func hidesByClass(_ value: String) -> Bool {
        // Most classes hide nothing: looked for before the names are split.
        guard ASCIIMatch.contains(value, "hidden") || ASCIIMatch.contains(value, "d-none") else {
            return isForScreenReaders(value)
        }
        return names(of: value).contains { name in hidingClasses.contains { $0.elementsEqual(name) } } || isForScreenReaders(value)
    }

    /// Whether a class attribute's value names text for screen readers alone.
    static func isForScreenReaders(_ value: String) -> Bool {
        guard
            ASCIIMatch.contains(value, "sr-only") || ASCIIMatch.contains(value, "hidden")
                || ASCIIMatch.contains(value, "screen-reader") || ASCIIMatch.contains(value, "invisible")
        else { return false }
        return names(of: value).contains { name in
            screenReaderClasses.contains { $0.elementsEqual(name) }
                // A style sheet in the page's scripts names it with a hash before: the BBC's
                // `ssrcss-1pvwv4w-VisuallyHidden`.
                || ASCIIMatch.hasSuffix(String(Substring(name)), "-visuallyhidden")
        }
    }

    /// A class attribute's names, split at white space.
    private static func names(of value: String) -> [Substring.UTF8View] {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        return value.utf8.split(whereSeparator: isBlank)
    }

    /// A class that starts `js-` is a hook for the page's scripts, by a common convention, and
    /// says what a script does to the element (`js-truncate-related-to-my-size`,
    /// `js-lightbox-gallery`), not what the element is. Except a tooltip's: what the script does
    /// to `js-tooltip-content` (shows it over a button, on a click) makes it a tooltip.
    static func isScriptHook<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        var bytes = name.makeIterator()
        guard let j = bytes.next(), let s = bytes.next(), let dash = bytes.next() else { return false }
        return j | 0x20 == UInt8(ascii: "j") && s | 0x20 == UInt8(ascii: "s") && (dash == UInt8(ascii: "-") || dash == UInt8(ascii: "_"))
            && Array(name).withUnsafeBufferPointer { ASCIIMatch.firstOffset(of: "tooltip", inBytes: $0) == nil }
    }

    /// An atomic style sheet's class (Atomizer's `Mstart(65px)--modal`, `Fz(40px)`, `W(100%)`): a
    /// style with its value in brackets and, after `--`, the state it applies in, not a name.
    /// ("modal" there is the page's layout in a modal window, not a modal box.)
    static func isAtomicStyle<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        name.contains(UInt8(ascii: "("))
    }

    /// A class that starts `tag-`, `category-` or `format-`, on a post's own element (its classes
    /// also say its type and status, `type-post status-publish`, as WordPress's post classes do)
    /// that holds a story's length of text, names one of the post's tags or categories, or its
    /// format (`tag-related-reading`, `category-newsletter`, `format-aside`): the editor's words
    /// for what the story is, not a name for a block of the page. Elsewhere such a name is the block's own
    /// (`tag-cloud`, `category-menu`), and on a teaser of another post it still says what it is.
    static func isTaxonomyClass<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        startsWith(name, "tag-") || startsWith(name, "category-") || startsWith(name, "format-")
    }

    /// A class that states a switch of the page's software rather than naming the element: a verb
    /// of state in camel case (`showCommentsIconInShareSec`, `enableStickyAds`, `hasSidebar`), or
    /// a feature said to be on or off (`modal-enabled`, `comments_disabled`). On an element holding
    /// a story, "comments", "ads" or "modal" there say what the page does around it, not what it
    /// is. (`show_text`, `show-more` are names.) So does a feature a reader uses on the story,
    /// commenting on it (`commentOnSelection`, `comment-on-text`): "comment" there is a verb, and
    /// the element is the story's, not its thread's.
    static func isFeatureSwitch<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        let bytes = Array(name)
        return isCommentingOn(bytes)
            || switchPrefixes.contains { prefix in
                bytes.count > prefix.count + 1 && bytes.starts(with: prefix)
                    && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[prefix.count])
            }
            || switchSuffixes.contains { suffix in
                bytes.count > suffix.count + 1 && bytes.reversed().starts(with: suffix.reversed())
                    && [UInt8(ascii: "-"), UInt8(ascii: "_")].contains(bytes[bytes.count - suffix.count - 1])
            }
    }

    /// Whether a class's words hold a comment word followed by "on".
    static func isCommentingOn(_ name: [UInt8]) -> Bool {
        let text = String(decoding: name, as: UTF8.self)
        guard ASCIIMatch.contains(text, "comment") else { return false }
        let words = tokens(of: [text])
        return zip(words, words.dropFirst()).contains { Boilerplate.commentWords.contains($0) && $1 == "on" }
    }

    static let switchPrefixes: [[UInt8]] = ["enable", "disable", "show", "hide", "has", "is", "no"].map { Array($0.utf8) }
    static let switchSuffixes: [[UInt8]] = ["enabled", "disabled"].map { Array($0.utf8) }

    static func isPostClass<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        startsWith(name, "type-") || startsWith(name, "status-")
    }

    static func startsWith<Name: Collection<UInt8>>(_ name: Name, _ prefix: StaticString) -> Bool {
        var bytes = name.makeIterator()
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for letter in expected {
            guard let byte = bytes.next(), (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 == letter : byte == letter
            else { return false }
        }
        return true
    }

    /// A class attribute without its script hooks and atomic styles, and on an element holding a story without its
    /// feature switches and, on a post's, its tags and categories; split on the bytes (this runs on
    /// every element).
    static func withoutHooks(_ value: String, holdingStory: Bool = false) -> String {
        // Most classes have no hook, and few elements hold a story: looked for before the names
        // are split.
        guard
            holdingStory || ASCIIMatch.contains(value, "js-") || ASCIIMatch.contains(value, "js_") || value.utf8.contains(UInt8(ascii: "("))
        else { return value }
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let classes = value.utf8.split(whereSeparator: isBlank)
        let onPost = holdingStory && classes.contains(where: isPostClass)
        let isHook = { (name: Substring.UTF8View) in
            isScriptHook(name) || isAtomicStyle(name) || (onPost && isTaxonomyClass(name)) || (holdingStory && isFeatureSwitch(name))
        }
        guard classes.contains(where: isHook) else { return value }
        return classes.filter { !isHook($0) }.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    static func tokens(of names: [String]) -> [String] {
        // On the bytes: ASCII letters and digits, and any non-ASCII byte, make words; a lower-case
        // letter followed by an upper-case one starts a new word (`relatedArticles`).
        var tokens: [String] = []
        for name in names {
            var current: [UInt8] = []
            var previousLower = false
            func finish() {
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if previousLower { finish() }
                    current.append(byte + 32)
                    previousLower = false
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    current.append(byte)
                    previousLower = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
                    current.append(byte)
                    previousLower = false
                default:
                    finish()
                    previousLower = false
                }
            }
            finish()
        }
        return tokens
    }
}

// MARK: - Boilerplate by whole tokens

/// Whether an element is page furniture, judged by the whole words of its class, id and role
/// together with its own size and link density. A word merely inside another (`nav` in
/// `canvas`, `sidebar` in `content-with-sidebar-wrp` is a whole word, but its element holds the
/// story) never decides alone.
enum Boilerplate {
    /// Words that name furniture whatever the element holds.
    static let alwaysOut: Set<String> = Set([
        "cookie", "cookies", "consent", "gdpr", "related", "share", "sharing", "sharebar", "social", "newsletter",
        "subscribe", "subscription", "comment", "comments", "advert", "advertisement", "advertising", "ad", "ads",
        "adslot", "promo", "promotion", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "recommend", "recommended", "recommendations",
        "popular", "trending", "sponsor", "sponsored", "signup", "toolbar", "masthead", "readmore", "outbrain",
        "taboola", "disqus", "pagination", "pager", "tags", "modal", "donate", "donation", "offer", "offers",
        // A chart's labels set over its image by the graphics tool that drew it, once per screen width.
        "ai2html",
    ]).union(commentWordsElsewhere)
    /// Whether an element's words name a standfirst and, of the words of layout, only the header
    /// it sits in (`article_header-lead`; not `footer-summary`, `paywall-intro`, `header-image-intro`).
    static func isStandfirstInHeader(_ naming: [String]) -> Bool {
        PageReading.isNamedStandfirst(naming) && naming.allSatisfy { !outWhenThin.contains($0) || $0 == "header" }
    }

    /// Words of an ad's slot, which some sites put on the element the ad is set into.
    static let adSlotWords: Set<String> = ["ad", "ads"]
    /// Pairs of words that name furniture together: `read-more`, `more_stories`, `site-header`, and
    /// Revcontent's recommendation widget (`rc-widget-5c1397`), which the browser that saved a page
    /// renders into the story's element, its own classes style hashes.
    static let pairsOut: Set<[String]> = [
        ["read", "more"], ["more", "stories"], ["site", "header"], ["site", "footer"], ["sign", "up"],
        ["also", "read"], ["see", "also"], ["rc", "widget"],
    ]
    /// Words of layout that name furniture only on an element that is small or mostly links: a
    /// sidebar of links, yes; `l-sidebar-fixed` around the story, no. (`archived`: the notice that
    /// a story is old, `article-archived`; not an old story's own element.)
    static let outWhenThin: Set<String> = [
        "sidebar", "nav", "navigation", "navbar", "menu", "banner", "complementary", "contentinfo", "header",
        "footer", "paywall", "widget", "aside", "rail", "tooltip", "archived",
    ]
    /// Words of a teaser: a card that links to another story (`teaser`, `article-teaser`). Many
    /// sites also name their story's own lead so (German ones most), which links nowhere: the word
    /// decides only on an element with a link and less than a story's prose.
    static let teaserWords: Set<String> = ["teaser", "teasers"]
    /// Words of a gallery: a slideshow's captions set inside the story are not its paragraphs,
    /// however many there are. They decide on an element whose text is mostly in list items or
    /// figures (its slides), not one also named for the story (`slider--gallery-text`), and not in
    /// the lenient reading (a page that is all slideshow): the same words name script hooks and
    /// page-wide options (`js-slider-toggle`, `enable-lightbox`) on elements of prose.
    static let galleryWords: Set<String> = ["gallery", "slideshow", "carousel", "slider"]
    /// The share of a gallery's text inside its list items or figures.
    static let galleryItemShare = 0.75
    /// Below this many characters, or at this link density and above, a layout word decides.
    static let thinText = 200
    /// The prose of its own (outside the furniture inside it) that keeps an element named with a
    /// word of layout: more than a footer's blurb.
    static let wrappedProse = 1000
    static let thinLinkDensity = 0.35
    /// The text outside links that keeps an element named with a word of layout whatever its links:
    /// a story's length, beside a column of links (`widget-area-group` round the story and its
    /// sidebar).
    static let wrappedStory = 3000

    /// Words no story is ever named with, however long the element.
    static let neverTheStory: Set<String> = commentWords.union(["cookie", "cookies", "consent", "related"])
    /// Words of a page's comments (`comment_guidelines`, `comments-area`, `disqus_thread`).
    static let commentWords: Set<String> = ["comment", "comments", "disqus"]
    /// The same in the other languages the archive's pages come in (`art-komentarze`,
    /// `kommentare`): furniture, but on an element holding a story's length of prose a site's
    /// name for a section of its own (`internet-estallido-comentarios` on a post), not its thread.
    static let commentWordsElsewhere: Set<String> = [
        "kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios", "commento", "commenti",
        "komentarz", "komentarze", "reacties",
    ]
    /// Words a story's own element is named with: a share plugin's id on it does not make it furniture.
    /// In English and in the other languages the archive's pages come in (German, French, Spanish,
    /// Portuguese, Italian): `cuerpo-ad` is the story's body with advertisements set in it.
    static let storyWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "articlebody", "storybody",
        "artikel", "inhalt", "haupttext", "artikeltext", "contenu", "texte", "corps", "cuerpo", "texto", "contenido",
        "articulo", "noticia", "corpo", "conteudo", "materia", "testo", "contenuto", "articolo",
    ]

    /// Words that say what an element holds or lacks, or where it stands, not what it is:
    /// `o-section--has-ads` is a section with advertisements in it, `content-with-sidebar` content
    /// beside a sidebar, `after-entry` and `below-content` the boxes after the story. (`tone`: a
    /// newspaper's tone for a piece, `tonal--tone-comment` on an opinion piece, not its comments.)
    static let modifiers: Set<String> = ["has", "with", "without", "no", "below", "above", "after", "before", "tone"]

    /// Words of furniture that plugins glue to the next word, `jp-relatedposts`, `relatedarticles`:
    /// a token that starts with one is that word.
    static let gluedWords = ["related"]
    /// Words of furniture glued to the word before: `postcomment_box`, `usercomments`.
    static let gluedEndings = ["comment", "comments"]

    /// The furniture word a token glues to another (`jp-relatedposts` → `related`), if any.
    static func glued(_ token: String) -> String? {
        gluedWords.first { token.hasPrefix($0) } ?? gluedEndings.last { token.hasSuffix($0) }
    }

    /// A word that joins an ad's slot to what an element holds (`section-and-ad`: a part of the
    /// story with an ad set beside it, on every paragraph of some sites). Only the slot is governed:
    /// `social-buttons-and-comments` still names furniture.
    static let conjunction = "and"

    /// The words that name an element: its tokens without the word each modifier governs, glued
    /// words taken apart.
    static func naming(_ tokens: [String]) -> [String] {
        guard
            tokens.contains(where: { token in
                modifiers.contains(token) || builders.contains(token) || token == conjunction || glued(token) != nil
            })
        else { return tokens }
        var named: [String] = []
        var governed = false
        var joined = false
        for token in tokens {
            if !governed, !(joined && adSlotWords.contains(token)) { named.append(glued(token) ?? token) }
            governed = modifiers.contains(token) || builders.contains(token)
            joined = token == conjunction
        }
        return named
    }

    /// Page builders that name each block of a page with their own word for one after their name
    /// (`elementor-widget-text-editor`, `siteorigin-widget-tinymce`): that word is the builder's,
    /// not the block's, and a short paragraph in it is no sidebar's box. (What follows it still
    /// names: `elementor-widget-nav-menu`.)
    static let builders: Set<String> = ["elementor", "siteorigin"]

    /// What the words naming an element say, as a mask: the verdicts run on every element of every
    /// page, and test bits instead of looking each word up in each list again.
    struct Words: OptionSet, Sendable {
        let rawValue: UInt16
        static let alwaysOut = Words(rawValue: 1 << 0)
        /// Two neighbouring words that name furniture together (`pairsOut`).
        static let pairOut = Words(rawValue: 1 << 1)
        static let outWhenThin = Words(rawValue: 1 << 2)
        static let gallery = Words(rawValue: 1 << 3)
        static let story = Words(rawValue: 1 << 4)
        static let neverTheStory = Words(rawValue: 1 << 5)
        /// Of a single word: it is a modifier (`modifiers`), or opens a pair in `pairsOut`. Marks
        /// for `describe(_:)` to look further, not verdicts.
        static let modifier = Words(rawValue: 1 << 6)
        static let pairOpening = Words(rawValue: 1 << 7)
        static let teaser = Words(rawValue: 1 << 8)
    }

    /// Each listed word with what it says.
    static let wordMasks: [String: Words] = {
        var masks: [String: Words] = [:]
        for (list, mask) in [
            (alwaysOut, Words.alwaysOut), (outWhenThin, .outWhenThin), (galleryWords, .gallery), (storyWords, .story),
            (neverTheStory, .neverTheStory), (modifiers.union(builders).union([conjunction]), .modifier),
            (Set(pairsOut.map { $0[0] }), .pairOpening),
            (teaserWords, .teaser),
        ] {
            for word in list { masks[word, default: []].insert(mask) }
        }
        return masks
    }()

    /// The words naming an element (`naming(_:)`'s) and what they say, one look-up a word for the
    /// most, whose words need no modifier or glued word taken apart.
    static func describe(_ tokens: [String]) -> (naming: [String], words: Words) {
        let masks = tokens.map { wordMasks[$0] ?? [] }
        guard !masks.contains(where: { $0.contains(.modifier) }), !tokens.contains(where: { glued($0) != nil }) else {
            let naming = naming(tokens)
            return (naming, words(naming, masks: naming.map { wordMasks[$0] ?? [] }))
        }
        return (tokens, words(tokens, masks: masks))
    }

    /// What words say, given each one's mask.
    private static func words(_ naming: [String], masks: [Words]) -> Words {
        var words: Words = []
        for (index, mask) in masks.enumerated() {
            words.formUnion(mask.subtracting([.modifier, .pairOpening]))
            if mask.contains(.pairOpening), index + 1 < naming.count, pairsOut.contains([naming[index], naming[index + 1]]) {
                words.insert(.pairOut)
            }
        }
        return words
    }

    /// Whether an element is furniture by its own words and size, before the page's size is known:
    /// what the walk leaves out of its ancestors' own text.
    static func isFurnitureInside(_ stats: PageStatistics.Node, inline: Bool) -> Bool {
        !stats.tokens.isEmpty && named(stats, pageText: .max, isArticleBody: stats.isArticleBody, lenient: inline)
    }

    /// `isArticleBody`: the element says `itemprop="articleBody"`.
    /// `pageText`: the visible characters of the whole page; an element holding half of them wraps
    /// the page, whatever it is called.
    /// `lenient`: words of layout (`outWhenThin`) and of galleries do not decide (PageReading's second
    /// reading).
    /// `words`: what the element's words say, when not those of its own naming (`stats.words`).
    static func named(
        _ stats: PageStatistics.Node, words: Words? = nil, pageText: Int, isArticleBody: Bool = false, lenient: Bool = false
    ) -> Bool {
        let words = words ?? stats.words
        guard !words.isEmpty else { return false }
        if words.contains(.alwaysOut) || words.contains(.pairOut) {
            // A share plugin's id on the story's own element, a "read more" button's name beside
            // `entry-content`, or an ad frame around the whole page: an element with this much prose
            // in it is no furniture. A story links to earlier reports; a list of stories is links.
            // Judged on the element's own text: the share bar inside it is furniture of its own.
            let ownText = stats.text - stats.furnitureText
            let holdsStory =
                ((isArticleBody || words.contains(.story)) && ownText >= 500
                    && stats.ownLinkDensity < thinLinkDensity)
                || (ownText >= 2000 && stats.ownLinkDensity < 0.3) || stats.text * 2 >= pageText
            return !holdsStory || words.contains(.neverTheStory)
        }
        if !lenient, words.contains(.teaser), stats.links > 0, stats.text - stats.furnitureText < wrappedProse, !isArticleBody,
            stats.text * 2 < pageText
        {
            return true
        }
        if !lenient, !isArticleBody, words.contains(.gallery), !words.contains(.story),
            Double(stats.itemText) >= Double(stats.text) * galleryItemShare
        {
            return true
        }
        // A standfirst named for the header it sits in (`article_header-lead`) is the story's.
        if !lenient, words.contains(.outWhenThin), !isStandfirstInHeader(stats.naming) {
            // Judged also on its own text, the furniture inside it left out: an element named for the
            // story (`article-header` around the story and its share bar), or one that wraps a page's
            // prose beside its menus (`left-navigation_page-wrapper`), holds the story. A footer's
            // blurb beside its links is still a footer.
            let ownText = stats.text - stats.furnitureText
            let ownLinkText = stats.linkText - stats.furnitureLinkText
            let holdsProse =
                ownText >= (words.contains(.story) ? thinText : wrappedProse)
                && stats.ownLinkDensity < thinLinkDensity
                || ownText - ownLinkText >= wrappedStory
            return !holdsProse && (stats.text < thinText || stats.linkDensity >= thinLinkDensity) && stats.text * 2 < pageText
        }
        return false
    }
}
