/// Ends the story where the page's own statement of it ends.
///
/// News sites state the story's text in schema.org's `articleBody` (JSON-LD) for search engines,
/// and that text ends where the story ends. What the markup's story element holds after it is the
/// page's: a box of further reading, a note on the rights, a call to subscribe, set inside the
/// story's element and read with it. When a paragraph of the story holds `articleBody`'s last
/// words, the plain paragraphs after it are left out; captions and the other kinds the reader
/// marked keep their places.
///
/// Only where the statement is a story's (`minimumWords` at least) and what would go is a small
/// part of what was read (at most `mostLeftOut` of its words): a body cut short for a paywall, or
/// a summary, ends early, and its last words then stand in no late paragraph or in one followed
/// by much of the story.
enum StatedEnd {
    /// The blocks without the plain paragraphs after the one that holds the last words of
    /// `stated` (articleBody's paragraphs), or the blocks as they are.
    static func ended(_ blocks: [RawBlock], stated: [String]) -> [RawBlock] {
        let words = HTMLArticleReader.lowercaseWordRuns
        let statedWords = stated.flatMap(words)
        guard statedWords.count >= minimumWords else { return blocks }
        let tail = statedWords.suffix(tailWords)
        let plain = blocks.indices.filter { blocks[$0].hint == nil }
        let counts = Dictionary(uniqueKeysWithValues: plain.map { ($0, words(blocks[$0].text)) })
        guard
            let last = plain.last(where: { index in
                let found = counts[index] ?? []
                return found.count >= tail.count
                    && (0...(found.count - tail.count)).contains { found[$0..<($0 + tail.count)].elementsEqual(tail) }
            }),
            last != plain.last
        else { return blocks }
        let after = plain.filter { $0 > last }
        let leftOut = after.reduce(0) { $0 + (counts[$1]?.count ?? 0) }
        let read = plain.reduce(0) { $0 + (counts[$1]?.count ?? 0) }
        guard Double(leftOut) <= Double(read) * mostLeftOut else { return blocks }
        return HTMLArticleReader.withoutPlainBlocks(blocks, from: last + 1)
    }

    /// The fewest words of a statement that is a story's, not a summary's.
    static let minimumWords = 80
    /// The last words of the statement looked for in one paragraph.
    static let tailWords = 8
    /// The largest share of the paragraphs' words left out after the statement's end.
    static let mostLeftOut = 0.25
}
