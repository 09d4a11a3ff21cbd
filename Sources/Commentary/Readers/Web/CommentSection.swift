/// Ends the story where its readers' comments begin.
///
/// Comment threads the page names as such (`comments`, `disqus_thread`) are furniture by their
/// names. Many, on older pages and blogs most, are named by nothing but a heading in the story's
/// own element: "Comments", "Comments (26)", "53 Comments »", "7 Responses to “…”", "Post a
/// Comment", "Leave a Reply". The plain paragraphs from such a heading on are the thread, not the
/// story, and are left out; captions and the other kinds the reader marked keep their places.
///
/// Only after the story's opening (`storyBefore` characters of plain text at least): a link to the
/// comments beside the byline ("Kommentare") stands before the story, not after it.
enum CommentSection {
    /// The blocks without the plain paragraphs from the first comments heading on, or the blocks as
    /// they are.
    static func ended(_ blocks: [RawBlock]) -> [RawBlock] {
        var before = 0
        for (index, block) in blocks.enumerated() where block.hint == nil {
            if before >= storyBefore, isHeading(block.text) {
                return HTMLArticleReader.withoutPlainBlocks(blocks, from: index)
            }
            before += block.text.count
        }
        return blocks
    }

    /// Plain text before a comments heading that makes what precedes it a story.
    static let storyBefore = 500

    /// The words for a page's comments, in the languages the archive's pages come in (the
    /// furniture's words, and the forms a count takes: "5 komentarzy", "1 reactie").
    static let commentWords: Set<String> = Boilerplate.commentWordsElsewhere.union(["comment", "comments", "komentarzy", "reactie"])
    /// The plural a heading of its own says ("Comments"; a lone "Comment" is a button's label).
    static let plurals: Set<String> = ["comments", "kommentare", "commentaires", "comentarios", "commenti", "komentarze", "reacties"]
    /// Words a count names the thread with when the title follows: "7 Responses to “…”".
    static let responseWords: Set<String> = commentWords.union(["responses", "replies", "reactions", "thoughts"])

    /// Whether a paragraph is a comment thread's heading: the word alone ("Comments:"), with a
    /// count ("Comments (26)", "53 Comments »", "13 Comment(s)", "4 comments so far"), a count of
    /// responses to the post ("3 thoughts on “…”"), a comment form's ("Post a Comment",
    /// "Leave a Reply"), or a newspaper's call for views ("Have your say", "Have your say (5)").
    static func isHeading(_ text: String) -> Bool {
        // (Bytes first: a paragraph's characters are counted only when it may be a line.)
        guard text.utf8.count <= 480, text.count <= 120 else { return false }
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        while let last = words.last, ["»", ":", "›", "→"].contains(last) { words.removeLast() }
        guard var last = words.popLast() else { return false }
        if last.hasSuffix(":") { last.removeLast() }
        if last.hasSuffix("(s)") { last.removeLast(3) }
        if !last.isEmpty { words.append(last) }
        let isCount = { (word: String) in !word.isEmpty && word.allSatisfy(\.isASCII) && word.allSatisfy(\.isNumber) }
        let isBracketedCount = { (word: String) in
            word.count > 2 && word.first == "(" && word.last == ")" && isCount(String(word.dropFirst().dropLast()))
        }
        // A newspaper's call for its readers' views over their comments: "Have your say (5)".
        if words.count >= 3, words[0] == "have", words[1] == "your", words[2].hasPrefix("say") {
            let count = words[2].dropFirst(3) + words.dropFirst(3).joined()
            return count.isEmpty || isBracketedCount(String(count))
        }
        switch words.count {
        case 1: return plurals.contains(words[0])
        case 2:
            return plurals.contains(words[0]) && isBracketedCount(words[1])
                || isCount(words[0]) && commentWords.contains(words[1])
        default:
            if words == ["post", "a", "comment"] || words == ["leave", "a", "reply"] { return true }
            guard isCount(words[0]) else { return false }
            if commentWords.contains(words[1]), words[2...].elementsEqual(["so", "far"]) || words[2...].elementsEqual(["and", "counting"]) {
                return true
            }
            return responseWords.contains(words[1]) && ["on", "to"].contains(words[2])
        }
    }
}
