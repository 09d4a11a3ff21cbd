import CLibXML2

/// A box that ends on a button-like link asking the reader to act: "Have a confidential tip for
/// our reporters? Get in Touch", "Want more? Sign up for our newsletter … Sign up now", "Start
/// your 14-day free trial. Get started". Sites set them inside the story's element, after it or
/// between its paragraphs, with class names of their own (`media-ui-Contact`) or none.
///
/// A box only: a line or two of text (at most `longestBox` characters) and then the link, outside
/// any paragraph, list item, heading or cell that holds more than the link (a link inside a
/// sentence, "… please contact us.", is the sentence's). The link's words are the phrases of a
/// call to sign up, subscribe, get in touch, learn more, donate, start a trial, in the languages
/// the archive's pages come in; "Read more" and "More" are not among them (a story's own list of
/// links reads so too).
enum CallToAction {
    /// Whether an element is such a box.
    static func isBox(_ node: xmlNodePtr, _ stats: PageStatistics.Node) -> Bool {
        guard stats.links > 0, stats.text <= longestAsk, stats.text - stats.linkText >= shortestText,
            boxElements.contains(HTMLArticleReader.name(node)),
            let link = lastTextLink(in: node)
        else { return false }
        let linkText = HTMLArticleReader.text(of: link)
        let phrase = normalized(linkText)
        // (A reader's support asked for at more length: "… Would you consider supporting us?" and
        // "Support HuffPost".)
        guard stats.text <= longestBox ? phrases.contains(phrase) || isAsk(phrase) : isAsk(phrase) else { return false }
        // The link stands on its own: no paragraph, item, heading or cell between it and the box
        // holds more than the link.
        var current = link.pointee.parent
        while let step = current, step != node {
            if textBlocks.contains(HTMLArticleReader.name(step)), HTMLArticleReader.text(of: step).count > linkText.count + 2 {
                return false
            }
            current = step.pointee.parent
        }
        return true
    }

    /// The most characters (whitespace left out) of a box, the link's included.
    static let longestBox = 200
    /// The most of a box that asks the reader to support the site, with a few sentences why.
    static let longestAsk = 600

    /// Whether a link asks for the reader's support or money: "Support HuffPost", "Donate now",
    /// "Become a member", "Become a Maverick Insider", "Subscribe".
    static func isAsk(_ phrase: String) -> Bool {
        if asks.contains(phrase) { return true }
        let words = phrase.split(separator: " ")
        return words.count <= 4 && askVerbs.contains(String(words.first ?? ""))
    }

    /// The verbs such a link opens with: support, donate, become (a member, a subscriber), in the
    /// languages the archive's pages come in ("Bli Plus-kund", "Diventa socio", "Zostań patronem").
    static let askVerbs: Set<String> = [
        "support", "donate", "become", "unterstützen", "soutenir", "devenez", "apoyar", "apoie", "hazte", "torne-se",
        "diventa", "sostieni", "bli", "bliv", "stöd", "støt", "steun", "zostań", "wesprzyj", "ryhdy",
    ]

    static let asks: Set<String> = [
        "support us", "donate", "donate now", "become a member", "become a supporter", "subscribe", "subscribe now",
        "subscribe today", "make a contribution", "contribute", "give now", "jetzt unterstützen", "jetzt abonnieren",
        "je m'abonne", "je m’abonne", "suscríbete", "assine",
    ]
    /// The fewest characters of the box's own words, outside its links: a button alone is no box
    /// (a story's last link, "Subscribe", is judged as links are).
    static let shortestText = 15
    static let boxElements: Set<String> = ["div", "section", "aside"]
    static let textBlocks: Set<String> = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "blockquote"]

    static let phrases: Set<String> = asks.union([
        "learn more", "find out more", "get in touch", "contact us", "sign up", "sign up now", "sign up today", "join now",
        "join us", "join today", "get started", "get started now", "start free trial", "start your free trial", "try it free",
        "try for free", "free trial", "register now", "get the app", "download the app", "upgrade", "upgrade now", "get offer",
        // German, French, Spanish, Portuguese, Italian, Dutch.
        "mehr erfahren", "jetzt testen", "jetzt anmelden", "en savoir plus", "s'abonner", "saber más", "suscribirse",
        "saiba mais", "assine já", "scopri di più", "iscriviti", "abbonati", "meer informatie", "abonneer nu", "word lid",
    ])

    /// A link's words folded for the list: lower case, an arrow or chevron after them left out.
    static func normalized(_ text: String) -> String {
        var folded = text.lowercased()
        while let last = folded.last, "»›→>".contains(last) || last.isWhitespace { folded.removeLast() }
        return folded
    }

    /// The `<a>` that holds the last visible text under the element, if one does.
    static func lastTextLink(in node: xmlNodePtr) -> xmlNodePtr? {
        guard let text = lastText(in: node) else { return nil }
        var current = text.pointee.parent
        while let step = current, step != node {
            if step.pointee.type == XML_ELEMENT_NODE, HTMLArticleReader.name(step) == "a" { return step }
            current = step.pointee.parent
        }
        return nil
    }

    /// The last text node under the element with anything but whitespace, scripts and styles
    /// left out.
    static func lastText(in node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.last
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content,
                    String(cString: content).contains(where: { !$0.isWhitespace })
                {
                    return current
                }
            case XML_ELEMENT_NODE:
                if !HTMLArticleReader.unreadElements.contains(HTMLArticleReader.name(current)),
                    let found = lastText(in: current)
                {
                    return found
                }
            default: break
            }
            child = current.pointee.prev
        }
        return nil
    }
}
