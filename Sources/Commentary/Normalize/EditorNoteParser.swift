/// Reads the editor's note: who wrote the piece, how the outlet describes them, and the outlet
/// named in the disclaimer ("… not necessarily the views of CGTN", "… not necessarily those of China Daily").
public enum EditorNoteParser {
    public struct Note: Sendable, Equatable {
        public var author: String?
        public var description: String?
        public var outlet: String?
    }

    static let prefixes: [StaticString] = [
        "editor's note", "editors' note", "editors note", "editor's notes", "note from the editor",
        "editorial note", "author's note",
    ]
    /// Honorifics before a name in a note, lower case, with and without their period.
    static let honorifics = WordSet(
        Lexicon.honorifics.flatMap { [$0.lowercased(), $0.lowercased() + "."] } + [
            "professor", "ambassador", "sir", "dame", "rev.", "gen.", "col.",
        ])
    static let particles = WordSet(Lexicon.nameParticles)
    static let outletCues: [StaticString] = [
        "views of ", "those of ", "position of ", "positions of ", "opinions of ", "opinion of ",
        "stance of ", "view of ", "policy of ", "viewpoint of ", "views held by ",
    ]

    /// True when the paragraph opens with an editor's-note label ("Editor's note:", "Editor’s Note -").
    public static func isEditorNote(_ paragraph: String) -> Bool {
        labelLength(paragraph) != nil || isDisclaimer(paragraph)
    }

    static let disclaimerOpenings: [StaticString] = [
        "the article reflects", "this article reflects", "the views expressed", "the opinions expressed",
        "the article does not necessarily", "this article does not necessarily", "the views don't", "the views do not",
        "the views don’t", "the opinions don't", "the opinions do not", "the opinions don’t", "the author is ",
        "the writer is ",
    ]

    /// A standalone disclaimer paragraph ("The article reflects the author's opinions …").
    static func isDisclaimer(_ paragraph: some StringProtocol) -> Bool {
        guard let first = paragraph.utf8.first, paragraph.utf8.count < 1200 else { return false }
        // In Chinese, a paragraph that is the disclaimer: "（本文观点仅代表作者本人，不代表本网立场）",
        // "免责声明：本文仅代表作者个人观点…"; not a story quoting one ("律师表示，该报曾声明‘……’").
        if first >= 0x80 || first == UInt8(ascii: "(") {
            if paragraph.utf8.count <= 600,
                chineseDisclaimers.contains(where: { ASCIIMatch.firstOffset(of: $0, in: paragraph, ignoringCase: false) != nil })
            {
                let opening = String(paragraph.prefix(8))
                return "（(【[*•·".contains(paragraph.first ?? " ") || chineseDisclaimerOpenings.contains { opening.contains($0) }
            }
            guard first == UInt8(ascii: "(") else { return statesViewsAreTheAuthorsInOtherLanguages(paragraph) }
        }
        if first == UInt8(ascii: "T") || first == UInt8(ascii: "t"),
            let opening = disclaimerOpenings.first(where: { ASCIIMatch.hasPrefix(paragraph, $0) })
        {
            // ("The views expressed by the minister were his own, …" is a sentence of a story.)
            guard ["the views expressed", "the opinions expressed"].contains(String(describing: opening)) else { return true }
            return (disclaimerSubjects + ["not necessarily", "solely"]).contains { ASCIIMatch.firstOffset(of: $0, in: paragraph) != nil }
        }
        return statesViewsAreTheAuthors(paragraph) || statesViewsAreTheAuthorsInOtherLanguages(paragraph)
    }

    /// `statesViewsAreTheAuthors` in French, German, Spanish, Portuguese, Italian and Dutch: a
    /// short paragraph that says the views are not necessarily the paper's, or are the authors'
    /// alone, and names the authors or the newsroom ("Le Temps publie des chroniques … qui
    /// engagent leurs auteurs et ne reflètent pas nécessairement la position de la rédaction.").
    static func statesViewsAreTheAuthorsInOtherLanguages(_ paragraph: some StringProtocol) -> Bool {
        guard paragraph.utf8.count <= disclaimerLength,
            foreignDisclaimerCues.contains(where: { ASCIIMatch.firstOffset(of: $0, in: paragraph) != nil })
        else { return false }
        let lower = paragraph.lowercased()
        guard foreignDisclaimerPhrases.contains(where: { lower.contains($0) }),
            foreignDisclaimerViews.contains(where: { lower.contains($0) })
        else { return false }
        return lower.split(whereSeparator: { !$0.isLetter }).contains { foreignDisclaimerSubjects.contains(String($0)) }
    }

    /// Letters every phrase below holds, looked for before the paragraph is lower-cased.
    static let foreignDisclaimerCues: [StaticString] = [
        "cessa", "engag", "unbedingt", "notwendig", "zwingend", "responsab", "noodzakelijk",
    ]
    static let foreignDisclaimerPhrases = [
        "pas nécessairement", "n'engagent que", "n’engagent que", "engagent leurs auteurs", "engagent leur auteur",
        "engagent uniquement", "nicht unbedingt", "nicht notwendigerweise", "nicht zwingend", "no reflejan necesariamente",
        "no refleja necesariamente", "responsabilidad exclusiva", "não refletem necessariamente", "não reflete necessariamente",
        "responsabilidade exclusiva", "inteira responsabilidade", "non riflettono necessariamente", "non riflette necessariamente",
        "non rispecchiano necessariamente", "esclusiva responsabilità", "niet noodzakelijk",
    ]
    /// What is stated: opinions, views, a position, a line.
    static let foreignDisclaimerViews = [
        "opini", "position", "posición", "posição", "posizione", "point de vue", "meinung", "ansicht", "standpunkt",
        "punto de vista", "ponto de vista", "standpunt", "linea editoriale", "línea editorial", "linha editorial",
    ]
    /// The authors or the newsroom, in those languages (whole words).
    static let foreignDisclaimerSubjects: Set<String> = [
        "auteur", "auteurs", "autrice", "autor", "autora", "autores", "autoras", "autore", "autori", "autorin", "autoren",
        "rédaction", "redaktion", "redacción", "redação", "redazione", "redactie", "chroniqueur", "chroniqueurs", "kolumnist",
        "kolumnisten", "columnista", "columnistas", "colunista", "colunistas", "editorialista", "editorialistas",
    ]

    /// A short paragraph (`disclaimerLength`) that says whose views a piece states: views or
    /// opinions expressed, or not necessarily reflected, and the author, the column or the board
    /// they are or are not ("Views expressed above are the author's own.", "This column does not
    /// necessarily reflect the opinion of the editorial board …").
    static func statesViewsAreTheAuthors(_ paragraph: some StringProtocol) -> Bool {
        guard paragraph.utf8.count <= disclaimerLength else { return false }
        // (Most paragraphs open with a letter none of the openings below does.)
        if let first = paragraph.utf8.first(where: { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: " ") }),
            !Self.disclaimerInitials.contains(first), first < 0x80
        {
            return false
        }
        // Opened as a disclaimer is ("Views expressed …", "This column …", "(The authors are …"),
        // not a story's sentence about views ("Residents said the views expressed by the local
        // authorities …"); its words whole ("author" is not "authorities").
        let lower = paragraph.lowercased()
        let opening = lower.drop { $0 == "(" || $0 == " " }
        guard disclaimerStarts.contains(where: { opening.hasPrefix($0) }) else { return false }
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return disclaimerPhrases.contains { ASCIIMatch.firstOffset(of: $0, in: paragraph) != nil }
            && (["author", "authors", "writer", "writers", "columnist", "columnists", "contributor", "contributors"].contains {
                words.contains($0)
            }
                || ["this column", "this article", "this piece", "editorial board"].contains { lower.contains($0) })
    }

    static let disclaimerStarts = [
        "views", "the views", "opinions", "the opinions", "the statements", "statements", "this column", "this article",
        "this piece", "this commentary", "the author", "the authors", "the writer", "note:", "disclaimer", "any opinions",
    ]

    /// The first letters of `disclaimerStarts`, in both cases.
    static let disclaimerInitials = ASCIISet("aAdDnNoOsStTvV")
    static let disclaimerLength = 300
    static let disclaimerPhrases: [StaticString] = [
        "views expressed", "opinions expressed", "opinions and views expressed", "views and opinions expressed",
        "not necessarily reflect", "not necessarily represent",
    ]
    static let disclaimerSubjects: [StaticString] = [
        "author", "writer", "columnist", "this column", "this article", "this piece", "editorial board",
    ]

    /// How a Chinese disclaimer opens: a statement, "this article", "the article's views".
    static let chineseDisclaimerOpenings = [
        "声明", "聲明", "本文", "该文", "該文", "文章", "以上", "文责", "文責", "注：", "注:", "凡本网", "凡本網", "凡注明", "凡註明",
    ]

    /// What a Chinese disclaimer says: the views are only the author's, not the site's or paper's.
    static let chineseDisclaimers: [StaticString] = [
        "仅代表作者", "僅代表作者", "不代表本网", "不代表本網", "不代表本站", "不代表本报", "不代表本報", "不代表本平台",
        "不代表本刊",
    ]

    /// The length in characters of the label and the separators after it.
    static let labelInitials = ASCIISet("EeNnAa")

    static func labelLength(_ paragraph: String) -> Int? {
        // Every label starts with E, N or A.
        guard let first = paragraph.utf8.first, labelInitials.contains(first) else { return nil }
        let text = Substring(paragraph)
        for prefix in prefixes {
            guard let bytes = ASCIIMatch.prefixLength(prefix, in: text) else { continue }
            var rest = text[ASCIIMatch.index(text, byteOffset: bytes)...]
            var length = prefix.utf8CodeUnitCount
            while let first = rest.first, first == " " || first == ":" || first == "-" || first == "–" || first == "—" {
                rest = rest.dropFirst()
                length += 1
            }
            if length > prefix.utf8CodeUnitCount || rest.isEmpty { return length }
        }
        return nil
    }

    public static func parse(_ paragraph: String) -> Note {
        var note = Note()
        let body = Substring(paragraph.dropFirst(labelLength(paragraph) ?? 0)).trimmingWhitespace()
        let sentences = SentenceSplitter.split(body)
        for sentence in sentences where note.outlet == nil {
            note.outlet = outlet(in: sentence)
        }
        if let first = sentences.first, !isDisclaimer(first) {
            (note.author, note.description) = author(in: first)
        }
        // "Aminata N'Diaye is … Seán O'Neill is …": co-authors introduced one sentence each.
        if var authors = note.author {
            for sentence in sentences.dropFirst() where !isDisclaimer(sentence) {
                guard let (name, after) = leadingName(sentence.trimmingWhitespace()), after.hasPrefix(" is "),
                    !authors.contains(name)
                else { continue }
                authors += "; " + name
            }
            note.author = authors
        }
        return note
    }

    /// Marks the story's last body paragraph an editor's note when it is a line about its writer:
    /// a known author's name, then what they are or do ("… is a senior fellow at …", "… covers
    /// Metro government for …", "… ist Redakteur …"); or, with no author known, a full name then
    /// "is a" and a writer's post ("… is a writer on cities", "… is a professor of law at …"). A
    /// story that ends on someone else ("Ana Ruiz is a lawyer for the family.") keeps its line.
    static func markClosingBio(in paragraphs: inout [Paragraph], authors: String?) {
        guard let last = paragraphs.lastIndex(where: { $0.kind == .body }),
            paragraphs.filter({ $0.kind == .body }).count >= 3, isClosingBio(paragraphs[last].text, authors: authors)
        else { return }
        paragraphs[last].kind = .editorNote
    }

    static func isClosingBio(_ text: String, authors: String?) -> Bool {
        guard text.utf8.count <= closingBioBytes, let first = text.first, first.isUppercase else { return false }
        let names = (authors ?? "").split(separator: ";").map { $0.trimmingWhitespace() }.filter { $0.contains(" ") }
        for name in names where text.hasPrefix(name) {
            let next = text.dropFirst(name.count).drop { $0 == " " }.prefix(while: \.isLetter).lowercased()
            if bioVerbs.contains(next) { return true }
        }
        // A known writer's story may end on someone else ("Ana Ruiz is a professor of law at Yale
        // who filed a brief"): only the writer's own line is their note.
        guard names.isEmpty else { return false }
        guard let (name, after) = leadingName(Substring(text)), name.split(separator: " ").count >= 2 else { return false }
        let rest = after.lowercased()
        guard ["is a ", "is an "].contains(where: { rest.hasPrefix(" " + $0) }) else { return false }
        let words = rest.split(whereSeparator: { !$0.isLetter }).prefix(bioPostWords)
        return words.contains { writerPosts.contains(String($0)) }
    }

    /// The longest closing line about a writer, in bytes.
    static let closingBioBytes = 500
    /// The words after a writer's name a line about them goes on with.
    static let bioVerbs: Set<String> = [
        "is", "was", "has", "covers", "writes", "teaches", "reports", "leads", "ist", "war", "schreibt", "est", "es", "é",
    ]
    /// How far into the line a writer's post is looked for.
    static let bioPostWords = 8
    /// Posts of the people who write opinion pieces.
    static let writerPosts: Set<String> = [
        "fellow", "professor", "author", "writer", "columnist", "editor", "correspondent", "researcher", "scholar",
        "contributor", "journalist", "analyst", "economist", "lecturer",
    ]

    static func outlet(in sentence: Substring) -> String? {
        guard
            ASCIIMatch.contains(sentence, "necessarily") || ASCIIMatch.contains(sentence, "reflect")
                || ASCIIMatch.contains(sentence, "represent") || ASCIIMatch.contains(sentence, "the author")
        else { return nil }
        // "… do not necessarily reflect Al Jazeera's editorial stance": the name before "'s editorial".
        for marker: StaticString in ["'s editorial", "’s editorial"] {
            guard let offset = ASCIIMatch.lastOffset(of: marker, in: sentence) else { continue }
            let before = sentence[..<ASCIIMatch.index(sentence, byteOffset: offset)]
            let words = before.split(separator: " ").reversed().prefix { $0.first?.isUppercase == true }
            guard (1...4).contains(words.count) else { continue }
            return words.reversed().joined(separator: " ")
        }
        for cue in outletCues {
            guard let offset = ASCIIMatch.lastOffset(of: cue, in: sentence) else { continue }
            var rest = sentence[ASCIIMatch.index(sentence, byteOffset: offset + cue.utf8CodeUnitCount)...].trimmingWhitespace()
            // ("the Diplomat" names the Diplomat; "The Guardian" is the outlet's own name.)
            if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
            while let last = rest.last, ".)\"”'’ ".contains(last) { rest = rest.dropLast() }
            // "those of CGTN or its editors" → CGTN
            for stop: StaticString in [" or ", " and ", ", ", " nor "] {
                if let cut = ASCIIMatch.firstOffset(of: stop, in: rest, ignoringCase: false) {
                    rest = rest[..<ASCIIMatch.index(rest, byteOffset: cut)]
                }
            }
            guard let first = rest.first, first.isUppercase, (1...6).contains(ASCIIMatch.spaceSeparatedWords(rest)) else { continue }
            return String(rest)
        }
        return nil
    }

    /// "Imran Khalid, a special commentator …, is a freelance columnist …" → ("Imran Khalid",
    /// "a special commentator …; a freelance columnist …"); "X is a senior researcher at Y" →
    /// ("X", "a senior researcher at Y"); "X and Y are …" → ("X; Y", …).
    static func author(in sentence: Substring) -> (String?, String?) {
        var text = sentence.trimmingWhitespace()
        while let last = text.last, last == "." { text = text.dropLast() }
        for lead: StaticString in [
            "the authors, ", "the author, ", "this article was written by ", "this piece was written by ",
            "written by ", "the author is ", "the writer is ", "by ",
        ] where ASCIIMatch.hasPrefix(text, lead) {
            text = text.dropFirst(lead.utf8CodeUnitCount)
            break
        }
        guard let (firstName, afterFirst) = leadingName(text) else { return (nil, nil) }
        var names = [firstName]
        var rest = afterFirst
        while rest.hasPrefix(" and "), names.count < 4, let (name, after) = leadingName(rest.dropFirst(5)) {
            names.append(name)
            rest = after
        }
        guard !names.isEmpty else { return (nil, nil) }
        let verbs = [
            " is ", " are ", " was ", " were ", " has ", " have ", " serves ", " works ", " teaches ",
            " writes ", " heads ", " leads ", " directs ", " chairs ",
        ]
        var description: Substring?
        if rest.hasPrefix(", ") {
            var appositive = rest.dropFirst(2)
            for verb: StaticString in [", is ", ", are ", ", was ", ", has been ", ", serves as "] {
                if let offset = ASCIIMatch.firstOffset(of: verb, in: appositive, ignoringCase: false) {
                    let lower = ASCIIMatch.index(appositive, byteOffset: offset)
                    let upper = ASCIIMatch.index(appositive, byteOffset: offset + verb.utf8CodeUnitCount)
                    appositive = appositive[..<lower] + "; " + appositive[upper...]
                    break
                }
            }
            description = appositive
        } else if let verb = verbs.first(where: { rest.hasPrefix($0) }) {
            let kept = [" is ", " are ", " was ", " were "].contains(verb) ? rest.dropFirst(verb.count) : rest.dropFirst(1)
            description = kept
        } else if !rest.isEmpty {
            // A capitalized phrase that is not followed by a description is not a byline.
            return (nil, nil)
        }
        let cleaned = description.map { String($0.trimmingWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 }
        return (names.joined(separator: "; "), cleaned)
    }

    /// A personal name at the start of the text: capitalized words, initials and particles,
    /// with honorifics dropped. Returns the name and the text after it.
    static func leadingName(_ text: Substring) -> (String, Substring)? {
        var index = text.startIndex
        var words: [Substring] = []
        var kept = 0
        var nameEnd = text.startIndex
        while index < text.endIndex, words.count < 6 {
            let end = text[index...].firstIndex(where: { $0 == " " || $0 == "," }) ?? text.endIndex
            let word = text[index..<end]
            let lower = word.lowercased()
            if words.isEmpty && honorifics.contains(lower) {
                guard end < text.endIndex, text[end] == " " else { return nil }
                index = text.index(after: end)
                continue
            }
            if let first = word.first, first.isUppercase {
                let letters = word.filter(\.isLetter)
                guard !letters.isEmpty, !stopWords.contains(String(word)),
                    letters.count == 1 || !word.hasSuffix(".")
                else { break }
                words.append(word)
                kept = words.count
                nameEnd = end
            } else if !words.isEmpty && particles.contains(lower) {
                words.append(word)
            } else if !words.isEmpty, PhraseChunker.opensWithParticle(String(word), hasHyphen: word.contains("-")) {
                // "Khalid al-Falih", "Abdullah bin Khalid al-Rashid", "Valéry d'Estaing"
                words.append(word)
                kept = words.count
                nameEnd = end
            } else {
                break
            }
            guard end < text.endIndex, text[end] == " " else { break }
            index = text.index(after: end)
        }
        let name = words.prefix(kept)
        let after = text[nameEnd...]
        guard name.count >= 2 || (name.count == 1 && name[0].count >= 3 && after.hasPrefix(", ")) else { return nil }
        return (name.joined(separator: " "), after)
    }

    static let stopWords: WordSet = ["The", "This", "That", "He", "She", "They", "It", "We", "I", "In", "As", "A", "An"]
}

/// Splits text into sentences at `.`, `!` or `?` followed by a space and a capital, except after
/// abbreviations and initials ("Dr. ", "U.S. ", "J. ").
enum SentenceSplitter {
    static let abbreviations: WordSet = [
        "dr", "mr", "mrs", "ms", "prof", "st", "gen", "col", "lt", "sen", "rep",
        "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
    ]

    static func split(_ text: Substring) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"), next < bytes.endIndex,
                bytes[next] == UInt8(ascii: " ")
            {
                let following = bytes.index(after: next)
                let startsUpper = following < bytes.endIndex && (text[following].isUppercase || "\"“(".contains(text[following]))
                if startsUpper && !(byte == UInt8(ascii: ".") && endsWithAbbreviation(text[start..<index])) {
                    sentences.append(text[start...index])
                    start = following
                }
            }
            index = next
        }
        if start < text.endIndex {
            let tail = text[start...].trimmingWhitespace()
            if !tail.isEmpty { sentences.append(tail) }
        }
        return sentences
    }

    static func endsWithAbbreviation(_ text: Substring) -> Bool {
        // The last word: what follows the last space Character (the same Characters as reading
        // back to it, without building a String from a reversed sequence).
        let token = String(text[(text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex)...])
        if token.count == 1, token.first?.isUppercase == true { return true }  // initial
        if token.contains(".") { return true }  // U.S, U.N
        return abbreviations.contains(token.lowercased())
    }
}
