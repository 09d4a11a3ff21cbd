import CLibXML2

/// Moves nodes of a parsed page by hand, for the readers that put a page's parts where a browser
/// shows them (StreamedParts, MisplacedContent).
enum TreeEdit {
    /// The node after `node` in document order under `root`: its first child, else its next
    /// sibling, else the next sibling of its nearest ancestor that has one.
    static func following(_ node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE { return child }
        var current = node
        while current != root {
            if let next = current.pointee.next { return next }
            guard let parent = current.pointee.parent else { return nil }
            current = parent
        }
        return nil
    }

    static func isInside(_ node: xmlNodePtr, _ ancestor: xmlNodePtr) -> Bool {
        var current: xmlNodePtr? = node
        while let step = current {
            if step == ancestor { return true }
            current = step.pointee.parent
        }
        return false
    }

    /// How many ancestors a node has below the document.
    static func depth(of node: xmlNodePtr) -> Int {
        var count = 0
        var current = node.pointee.parent
        while let step = current, step.pointee.type != XML_HTML_DOCUMENT_NODE, step.pointee.type != XML_DOCUMENT_NODE {
            count += 1
            current = step.pointee.parent
        }
        return count
    }

    // The tree's links, set by hand: libxml2's own insertion merges adjacent text nodes and frees
    // one of them, and every node here must outlive the move.

    static func unlink(_ node: xmlNodePtr) {
        let parent = node.pointee.parent
        if let previous = node.pointee.prev {
            previous.pointee.next = node.pointee.next
        } else {
            parent?.pointee.children = node.pointee.next
        }
        if let next = node.pointee.next { next.pointee.prev = node.pointee.prev } else { parent?.pointee.last = node.pointee.prev }
        node.pointee.parent = nil
        node.pointee.next = nil
        node.pointee.prev = nil
    }

    static func insert(_ node: xmlNodePtr, before reference: xmlNodePtr) {
        unlink(node)
        let parent = reference.pointee.parent
        node.pointee.parent = parent
        node.pointee.prev = reference.pointee.prev
        node.pointee.next = reference
        if let previous = reference.pointee.prev { previous.pointee.next = node } else { parent?.pointee.children = node }
        reference.pointee.prev = node
    }

    static func append(_ node: xmlNodePtr, to parent: xmlNodePtr) {
        unlink(node)
        node.pointee.parent = parent
        node.pointee.prev = parent.pointee.last
        if let last = parent.pointee.last { last.pointee.next = node } else { parent.pointee.children = node }
        parent.pointee.last = node
    }

    /// Moves `first` and every sibling after it, in their order, before `anchor`, or to the end of
    /// `parent` when there is no anchor.
    static func move(from first: xmlNodePtr, before anchor: xmlNodePtr?, orInto parent: xmlNodePtr) {
        var moving: [xmlNodePtr] = []
        var node: xmlNodePtr? = first
        while let current = node {
            moving.append(current)
            node = current.pointee.next
        }
        for current in moving {
            if let anchor { insert(current, before: anchor) } else { append(current, to: parent) }
        }
    }
}
