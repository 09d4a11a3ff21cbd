/// What the naming rules read: the paragraph around a phrase, the phrase itself, and the shared
/// judgements (a known name, a title, a name-shaped word).

/// One paragraph's tokens and what the rules need to know about them. A class: every phrase and
/// every rule tried on it holds the context, and a struct of five arrays and strings was copied
/// (five retains and releases) each time.
final class PhraseContext {
    let tokens: Tokens
    let codePoints: CodePoints
    let paragraph: Int
    /// The paragraph is a headline in title case: capitals are no evidence of a name.
    let titleCased: Bool
    let authors: [String]
    let outlet: String?
    /// Whether each token ends with a possessive ('s or ’s).
    let possessive: [Bool]

    init(tokens: Tokens, codePoints: CodePoints, paragraph: Int, titleCased: Bool, authors: [String], outlet: String?) {
        self.tokens = tokens
        self.codePoints = codePoints
        self.paragraph = paragraph
        self.titleCased = titleCased
        self.authors = authors
        self.outlet = outlet
        self.possessive = tokens.indices.map { tokens[$0].kind == .word && tokens[$0].endsPossessive }
    }

    /// The span of tokens lo..<hi without a trailing possessive.
    func span(_ lo: Int, _ hi: Int) -> (start: Int, end: Int) {
        (tokens[lo].start, tokens[hi - 1].end - (possessive[hi - 1] ? 2 : 0))
    }

    func text(_ lo: Int, _ hi: Int) -> String {
        let (start, end) = span(lo, hi)
        return codePoints.string(start, end)
    }

    /// The UTF-8 bytes of the token's text without a possessive, in place.
    func withWordBytes<Result>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        tokens.withBytes(i) { bytes in
            // "'s" is two bytes, "’s" four.
            guard possessive[i] else { return body(bytes) }
            return body(UnsafeBufferPointer(rebasing: bytes.dropLast(bytes[bytes.count - 2] == UInt8(ascii: "'") ? 2 : 4)))
        }
    }

    /// The token's text without a possessive.
    func word(_ i: Int) -> String { possessive[i] ? String(tokens.text(i).unicodeScalars.dropLast(2)) : tokens.text(i) }

    /// A candidate for tokens lo..<hi.
    func candidate(_ lo: Int, _ hi: Int, name: String, kind: EntityKind?, titled: Bool = false) -> EntityExtractor.Candidate {
        let (start, end) = span(lo, hi)
        return EntityExtractor.Candidate(
            span: TextSpan(paragraphIndex: paragraph, start: start, length: end - start),
            surface: text(lo, hi), name: name, kind: kind, titled: titled)
    }
}

/// A capitalized phrase to name: tokens `lo..<hi` of its paragraph.
struct Phrase {
    let lo: Int
    let hi: Int
    let context: PhraseContext
    /// The phrase as written, without a trailing possessive.
    let text: String
    /// Its first word, without a possessive.
    let first: String

    init(lo: Int, hi: Int, context: PhraseContext) {
        self.lo = lo
        self.hi = hi
        self.context = context
        self.text = context.text(lo, hi)
        self.first = context.word(lo)
    }

    var tokens: Tokens { context.tokens }
    var count: Int { hi - lo }
    /// Its last word, without a possessive.
    var last: String { context.word(hi - 1) }

    /// A candidate for the whole phrase, or for tokens lo..<hi of its paragraph.
    func candidate(name: String, kind: EntityKind?, titled: Bool = false) -> EntityExtractor.Candidate {
        context.candidate(lo, hi, name: name, kind: kind, titled: titled)
    }

    /// The first index in `range` whose token's text is one of `words`.
    func firstIndex(in range: Range<Int>, of words: WordSet) -> Int? {
        range.first { tokens.text($0, isIn: words) }
    }

    /// The index past the connectors from `index` on: "… and the …" skips "and the".
    func skippingConnectors(from index: Int) -> Int {
        var end = index
        while end < hi, tokens.text(end, isIn: EntityExtractor.connectors) { end += 1 }
        return end
    }
}

extension EntityExtractor {
    /// A name the user's aliases, the article's authors and outlet, or the gazetteer know.
    func known(_ phrase: String, _ context: PhraseContext) -> (name: String, kind: EntityKind)? {
        if !aliases.entries.isEmpty, let target = aliases.entries[phrase] { return (target.name, target.kind) }
        if context.authors.contains(phrase) { return (phrase, .person) }
        if let outlet = context.outlet, phrase == outlet { return (phrase, .organization) }
        if let entry = gazetteer.lookup(phrase) { return (entry.name, entry.kind) }
        return nil
    }

    /// The length in tokens of a person title opening the phrase ("Prime Minister"), if any.
    func leadingTitle(_ lo: Int, _ hi: Int, _ context: PhraseContext) -> Int? {
        // After a title that ends the phrase, `lo` is `hi`, which may be past the paragraph's last token.
        guard lo < hi, let titles = context.withWordBytes(lo, { gazetteer.titlesByFirstWord[bytes: $0] }) else { return nil }
        for title in titles where title.count <= hi - lo {
            if zip(title, lo..<hi).allSatisfy({ $0.0 == context.word($0.1) || $0.0 == context.word($0.1) + "." }) { return title.count }
        }
        return nil
    }

    /// "15th", "3rd": digits, then an ordinal suffix.
    func isOrdinal(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        let lower = text.lowercased()
        guard ["st", "nd", "rd", "th"].contains(where: { lower.hasSuffix($0) }) else { return false }
        return lower.dropLast(2).allSatisfy(\.isNumber) && lower.count > 2
    }

    /// A word of a person's name at position `i` of `lo..<hi`: name-shaped, a particle joined to a
    /// name ("al-Falih"), or a particle between names ("Abdulaziz bin Salman", "Lula da Silva").
    func isPersonNameWord(_ i: Int, _ lo: Int, _ hi: Int, _ context: PhraseContext) -> Bool {
        let word = context.word(i)
        if looksLikeNameWord(word) { return true }
        if PhraseChunker.opensWithParticle(word, hasHyphen: context.tokens[i].hasHyphen) { return true }
        return i > lo && i < hi - 1 && EditorNoteParser.particles.contains(word)
    }

    /// Capitalized, not a common capitalized word, not a demonym, not all capitals.
    func looksLikeNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, Tokenizer.isUppercase(first) else { return false }
        if Self.commonCapitalized.contains(word) || gazetteer.demonyms.contains(word) { return false }
        // Most words are ASCII: count letters, capitals and digits on the bytes.
        if let shape = Self.asciiShape(word) {
            guard shape.letters >= 2 else { return word.hasSuffix(".") }
            return shape.capitals < shape.letters && !shape.hasDigit
        }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2 else { return word.hasSuffix(".") }
        return !letters.allSatisfy { $0.properties.isUppercase } && !word.contains(where: \.isNumber)
    }

    /// Letters, capitals and whether a digit occurs, for an ASCII word; nil for any other.
    static func asciiShape(_ word: String) -> (letters: Int, capitals: Int, hasDigit: Bool)? {
        var letters = 0
        var capitals = 0
        var hasDigit = false
        for byte in word.utf8 {
            switch byte {
            case 0x41...0x5A:
                letters += 1
                capitals += 1
            case 0x61...0x7A: letters += 1
            case 0x30...0x39: hasDigit = true
            case 0x80...: return nil
            default: break
            }
        }
        return (letters, capitals, hasDigit)
    }
}
