import CLibXML2

/// Puts the parts of a page that React streams (Next.js's app router, and other servers that
/// render React as a stream) where a browser's scripts put them.
///
/// Such a page is sent frame first. Where a part is not ready, the frame holds a placeholder: a
/// `<template id="B:0">` with a fallback ("Loading…") after it up to the comment `<!--/$-->`, or a
/// bare `<template id="P:0">`. The part follows later, at the end of the page, in a hidden
/// `<div id="S:0">`, and an inline script (`$RC("B:0","S:0")`, `$RS("S:0","P:0")`) moves its
/// children into the placeholder's place and drops the fallback. Read as sent, a story streamed
/// in parts stands in pieces after the page's footer, its opening alone in its place.
///
/// Here each part takes its placeholder's place, as the scripts would put it. The fallback goes
/// into the placeholder's `<template>`, which is never read, so every node stays in the document
/// and is freed with it.
enum StreamedParts {
    /// Whether the page's bytes hold a streamed part at all (`id="S:`): only such pages are walked.
    static func present(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ASCIIMatch.firstOffset(of: "id=\"S:", inBytes: bytes, ignoringCase: false) != nil
    }

    /// Moves every streamed part that has a placeholder into its place. A part is left where it
    /// stands when its placeholder lies inside it, or when the move would nest the tree deeper than
    /// `deepest` (the readers' walks recurse once per level).
    static func place(in root: xmlNodePtr, deepest: Int) {
        var parts: [String: xmlNodePtr] = [:]
        var placeholders: [(number: String, node: xmlNodePtr, boundary: Bool)] = []
        // Every element in document order, without recursion.
        var node: xmlNodePtr? = root
        while let current = node {
            if HTMLArticleReader.isElement(current), let id = HTMLArticleReader.attribute(current, "id"),
                let (kind, number) = split(id)
            {
                switch kind {
                case "S": parts[number] = parts[number] ?? current
                case "B", "P":
                    if HTMLArticleReader.name(current) == "template" { placeholders.append((number, current, kind == "B")) }
                default: break
                }
            }
            node = TreeEdit.following(current, within: root)
        }
        for placeholder in placeholders {
            guard let part = parts.removeValue(forKey: placeholder.number), !TreeEdit.isInside(placeholder.node, part),
                placeholder.node.pointee.parent?.pointee.type == XML_ELEMENT_NODE
            else { continue }
            let fallback = placeholder.boundary ? fallback(after: placeholder.node) : []
            // The part's children take the placeholder's depth, and the fallback goes one deeper.
            let depth = TreeEdit.depth(of: placeholder.node)
            guard depth + HTMLArticleReader.treeDepth(part) - 1 <= deepest,
                fallback.allSatisfy({ depth + 1 + HTMLArticleReader.treeDepth($0) <= deepest })
            else { continue }
            while let child = part.pointee.children { TreeEdit.insert(child, before: placeholder.node) }
            for node in fallback { TreeEdit.append(node, to: placeholder.node) }
        }
    }

    /// An id React gives a part or a placeholder: `S:`, `B:` or `P:` and a number in hexadecimal.
    static func split(_ id: String) -> (kind: Character, number: String)? {
        let bytes = Array(id.utf8)
        guard bytes.count > 2, bytes[1] == UInt8(ascii: ":"),
            [UInt8(ascii: "S"), UInt8(ascii: "B"), UInt8(ascii: "P")].contains(bytes[0]),
            bytes[2...].allSatisfy({
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "f"))
            })
        else { return nil }
        return (Character(UnicodeScalar(bytes[0])), String(id.dropFirst(2)))
    }

    /// The siblings after a boundary's placeholder up to its closing comment `/$`, boundaries
    /// nested in it (`$`, `$?`, `$!`) counted: what React's script removes. A copy of a page saved
    /// without its comments gives no end (nor does a closing comment more than `fallbackReach`
    /// siblings on): then only a short element right after the placeholder (a spinner,
    /// "Loading…") is taken for the fallback, and the rest stays.
    static func fallback(after placeholder: xmlNodePtr) -> [xmlNodePtr] {
        var nodes: [xmlNodePtr] = []
        var open = 0
        var sibling = placeholder.pointee.next
        while let current = sibling, nodes.count < fallbackReach {
            if current.pointee.type == XML_COMMENT_NODE, let content = current.pointee.content {
                let text = String(cString: content)
                if text == "/$" {
                    if open == 0 { return nodes }
                    open -= 1
                } else if text == "$" || text == "$?" || text == "$!" {
                    open += 1
                }
            }
            nodes.append(current)
            sibling = current.pointee.next
        }
        let next = nodes.first { node in
            node.pointee.type == XML_ELEMENT_NODE
                || node.pointee.type == XML_TEXT_NODE && node.pointee.content.map { PageStatistics.measure($0).visible > 0 } == true
        }
        guard let next, next.pointee.type == XML_ELEMENT_NODE, HTMLArticleReader.prose(in: next) < shortFallback else { return [] }
        return Array(nodes.prefix { $0 != next }) + [next]
    }

    /// Siblings looked through for a fallback's closing comment: beyond, none is taken to close
    /// it (a page of many placeholders side by side and no comments is read in linear time).
    static let fallbackReach = 256

    /// Characters of text under which an element after a placeholder is its fallback.
    static let shortFallback = 100
}
