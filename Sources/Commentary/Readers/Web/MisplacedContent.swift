import CLibXML2

/// Puts in the page's body what libxml2's parser leaves where nothing is read, on pages saved
/// broken (old captures of news pages):
/// - **after an element a head cannot hold** (`<head><title>…</title><mbox><table>…`, no
///   `<body>` tag): a browser ends the head at such an element and shows it and the rest in the
///   body; libxml2 keeps them in the head.
/// - **inside a `<title>` never closed**, which libxml2 lets hold the elements after it (`<title>Gale
///   to drive Nation'?' + OAS_query + '"><\/SCRIPT>');` and the whole page). A browser would show
///   an empty page: the capture lost the title's end, and what follows it is the page the site
///   served. The title keeps its own words; its elements follow it.
/// - **in a second `<html>`** after one closed on itself (`<html xmogo.jpg" alt="…" />`): a browser
///   reads one document, and so the second's nodes join the first's.
///
/// Only the nodes move, each with its subtree, no deeper than it stood: every node stays in the
/// document and is freed with it.
enum MisplacedContent {
    static func mend(_ root: xmlNodePtr) {
        joinLaterRoots(root)
        guard
            let head = HTMLArticleReader.children(root).first(where: {
                HTMLArticleReader.isElement($0) && HTMLArticleReader.name($0) == "head"
            })
        else { return }
        for title in HTMLArticleReader.children(head) where HTMLArticleReader.isElement(title) && HTMLArticleReader.name(title) == "title" {
            releaseElements(of: title)
        }
        moveStrayContent(of: head, in: root)
    }

    /// The elements a head holds; any other ends it.
    static let headElements: Set<String> = [
        "title", "meta", "link", "style", "script", "base", "noscript", "template", "basefont", "bgsound",
    ]

    /// Nodes after the root element at the top of the document: a later `<html>`'s children, or
    /// another element itself, become the root's last children.
    static func joinLaterRoots(_ root: xmlNodePtr) {
        var sibling = root.pointee.next
        while let current = sibling {
            sibling = current.pointee.next
            guard HTMLArticleReader.isElement(current) else { continue }
            if HTMLArticleReader.name(current) == "html" {
                while let child = current.pointee.children { TreeEdit.append(child, to: root) }
            } else {
                TreeEdit.append(current, to: root)
            }
        }
    }

    /// A title's nodes from its first element on (one that is no inline element of a line, which a
    /// title's words may carry) move out of it, to follow it in the head.
    static func releaseElements(of title: xmlNodePtr) {
        guard
            let first = HTMLArticleReader.children(title).first(where: {
                HTMLArticleReader.isElement($0) && !HTMLArticleReader.isInlineName(HTMLArticleReader.name($0))
            }), let head = title.pointee.parent
        else { return }
        TreeEdit.move(from: first, before: title.pointee.next, orInto: head)
    }

    /// The head's nodes from its first element a head cannot hold on go to the start of the body,
    /// in their order; a page with no body has them right after its head.
    static func moveStrayContent(of head: xmlNodePtr, in root: xmlNodePtr) {
        guard
            let stray = HTMLArticleReader.children(head).first(where: {
                HTMLArticleReader.isElement($0) && !headElements.contains(HTMLArticleReader.name($0))
            })
        else { return }
        let body = HTMLArticleReader.children(root).first { HTMLArticleReader.isElement($0) && HTMLArticleReader.name($0) == "body" }
        if let body {
            TreeEdit.move(from: stray, before: body.pointee.children, orInto: body)
        } else {
            TreeEdit.move(from: stray, before: head.pointee.next, orInto: root)
        }
    }
}
