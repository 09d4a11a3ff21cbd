/// A user's plain search input, translated into safe FTS5 expressions. Nothing the user types
/// reaches `MATCH` as syntax: every term is re-emitted as a quoted FTS5 string.
///
/// ```swift
/// let query = try SearchQuery(parsing: "China-Russia Business Forum")
/// query.clauses   // ["\"china russia\"", "\"business\"", "\"forum\""]
/// ```
///
/// Semantics (design.md): words are ANDed across the whole article, each may stand in a
/// different paragraph; a phrase must stand within one paragraph. A compound joined by `-`, `/`,
/// `&` or an apostrophe is a phrase; `"quoted text"` is a phrase; an upper-case `OR` joins
/// alternatives, `AND` is the default conjunction and `NOT` excludes the next word or phrase; a
/// leading `-` excludes; a trailing `*` is a prefix. See https://sqlite.org/fts5.html.
/// A lower-case `or`, `and` or `not` between words is searched as the word it is, with a note in
/// `notes` saying so (the library never prints: the caller shows them).
public struct SearchQuery: Sendable, Equatable {
    /// One searchable unit: a token sequence (one token: a word; several: a phrase), maybe a prefix.
    public struct Term: Sendable, Equatable {
        public var tokens: [String]
        public var isPrefix: Bool

        /// The term as an FTS5 string: `"china russia"`, `"visit" *`.
        public var fts: String {
            "\"" + tokens.joined(separator: " ") + "\"" + (isPrefix ? " *" : "")
        }

        /// Whether the term holds Chinese, Japanese or Korean script: such a term is looked up in
        /// the trigram index `paragraphs_cjk` as a substring, not as a word of `paragraphs_fts`.
        public var isCJK: Bool { tokens.contains { CJKScript.contains($0) } }

        /// The term as a LIKE pattern for the trigram index: its tokens in order within a paragraph
        /// (CJK is written without spaces, so "习近平 主席" finds "习近平主席").
        /// Where the trigram index can answer `likePattern`: every token at least three characters
        /// long. SQLite's trigram tokenizer finds no row for a shorter run (3.40), so a term such as
        /// 中国 is looked for by a scan of the CJK paragraphs instead (`cjkLookup`).
        public var usesTrigrams: Bool { tokens.allSatisfy { $0.count >= 3 } }

        /// The SQL giving the ids of paragraphs that hold this CJK term, for one LIKE argument.
        /// `indexed`: the archive has the trigram index (migration 0007; a read command does not
        /// migrate an older archive, which is then scanned).
        func cjkLookup(indexed: Bool) -> String {
            guard indexed else { return "SELECT id FROM paragraphs WHERE text LIKE ?" }
            return usesTrigrams
                ? "SELECT rowid FROM paragraphs_cjk WHERE text LIKE ?" : "SELECT id FROM paragraphs_cjk_text WHERE text LIKE ?"
        }

        public var likePattern: String {
            // Tokens hold only letters, digits and marks: never a LIKE wildcard.
            "%" + tokens.joined(separator: "%") + "%"
        }
    }

    /// Positive clauses; each holds alternatives joined by OR. Every clause must match the article.
    public var clauses: [[Term]]
    /// Terms no paragraph in scope of a matching article may contain.
    public var excluded: [Term]
    /// How parts of the input that look like operators but are not were read, for a person.
    public var notes: [String] = []

    /// The notes of `input` (see `notes`); none when it does not parse.
    public static func notes(for input: String) -> [String] {
        (try? SearchQuery(parsing: input))?.notes ?? []
    }

    /// What a lower-case operator word between words is read as, and how to write the operator.
    static let operatorWordNotes: [String: String] = [
        "or": "write OR for either word",
        "and": "all words are required anyway; write AND, or nothing, to join words without searching 'and'",
        "not": "write NOT or -word to leave a word out",
    ]

    /// The FTS5 expression of each clause without CJK script, alternatives joined by OR.
    public var clauseExpressions: [String] {
        clauses.filter { !$0.contains(where: \.isCJK) }.map { $0.map(\.fts).joined(separator: " OR ") }
    }

    /// Clauses with a CJK term: each alternative is matched in its own index (`isCJK`).
    public var cjkClauses: [[Term]] {
        clauses.filter { $0.contains(where: \.isCJK) }
    }

    /// Excluded terms with CJK script, looked up in the trigram index.
    public var cjkExcluded: [Term] { excluded.filter(\.isCJK) }

    /// An expression a paragraph matches when it matches any clause: for ranking and snippets.
    /// A CJK term is in it as the word-index token it is (a whole run of CJK text), so the
    /// expression is never empty; the substrings such a term stands for come from `cjkClauses`.
    public var anyExpression: String {
        clauses.flatMap { $0 }.map(\.fts).joined(separator: " OR ")
    }

    /// The whole query as one phrase, when it is a plain run of words: exact phrase matches rank first.
    public var phraseExpression: String? {
        guard clauses.count >= 2, clauses.allSatisfy({ $0.count == 1 && !$0[0].isPrefix && !$0[0].isCJK }) else { return nil }
        return "\"" + clauses.map { $0[0].tokens.joined(separator: " ") }.joined(separator: " ") + "\""
    }

    public var excludedExpression: String? {
        let words = excluded.filter { !$0.isCJK }
        return words.isEmpty ? nil : words.map(\.fts).joined(separator: " OR ")
    }

    /// Terms in the query, alternatives and exclusions included.
    var termCount: Int {
        clauses.reduce(excluded.count) { $0 + $1.count }
    }

    /// The query with each one-word prefix also standing for the index terms `alternatives` gives
    /// for it (`PrefixTerms`), as further alternatives of its clause.
    func expandingPrefixes(_ alternatives: (String) throws -> [String]) rethrows -> SearchQuery {
        func expand(_ terms: [Term]) throws -> [Term] {
            try terms.flatMap { term -> [Term] in
                guard term.isPrefix, term.tokens.count == 1 else { return [term] }
                return [term] + (try alternatives(term.tokens[0])).map { Term(tokens: [$0], isPrefix: false) }
            }
        }
        var query = self
        query.clauses = try clauses.map(expand)
        query.excluded = try expand(excluded)
        return query
    }

    /// Most spellings one term may stand for once `Đ` is folded (a phrase multiplies its words').
    static let strokedSpellingLimit = 16

    /// The query with each term also standing for its spellings with `d` and `đ` exchanged that
    /// `indexed` says the index holds, as further alternatives of its clause: FTS5's
    /// `remove_diacritics` leaves `đ` as it is (no decomposition), so "Da Nang" would not find
    /// "Đà Nẵng", nor "Đa" find "Da". `indexed` is asked about folded words ("đa", "da").
    func expandingStrokedD(_ indexed: (String) throws -> Bool) rethrows -> SearchQuery {
        func spellings(_ token: String) throws -> [String] {
            let plain = TextFold.fold(token)
            guard plain.contains("d") else { return [token] }
            var found = [token]
            for other in [plain, TextFold.stroked(token)] where other != token.lowercased() && !found.contains(other) {
                if try indexed(other) { found.append(other) }
            }
            return found
        }
        func expand(_ terms: [Term]) throws -> [Term] {
            try terms.flatMap { term -> [Term] in
                var variants: [[String]] = [[]]
                for token in term.tokens {
                    let options = try spellings(token)
                    variants = variants.flatMap { head in options.map { head + [$0] } }
                    guard variants.count <= Self.strokedSpellingLimit else { return [term] }
                }
                return variants.map { Term(tokens: $0, isPrefix: term.isPrefix) }
            }
        }
        var query = self
        query.clauses = try clauses.map { Self.unique(try expand($0)) }
        query.excluded = Self.unique(try expand(excluded))
        return query
    }

    /// Parses plain input. Throws a usage error when nothing searchable is left.
    public init(parsing input: String) throws(CommentaryError) {
        var clauses: [[Term]] = []
        var excluded: [Term] = []
        var joinNextWithOr = false
        var negateNext = false
        var notes: [String] = []

        let words = Self.words(Self.fold(input))
        for (index, word) in words.enumerated() {
            if word.text == "OR" && !word.quoted {
                joinNextWithOr = !clauses.isEmpty
                continue
            }
            // AND is what words do anyway; NOT excludes the word or phrase after it.
            if word.text == "AND" && !word.quoted {
                continue
            }
            if word.text == "NOT" && !word.quoted {
                negateNext = true
                continue
            }
            if !word.quoted, index > 0, index < words.count - 1, let how = Self.operatorWordNotes[word.text.lowercased()] {
                let note = "'\(word.text)' was read as a word; \(how)"
                if !notes.contains(note) { notes.append(note) }
            }
            if word.text == "&" && !word.quoted {
                continue
            }
            var text = Substring(word.text)
            var negated = false
            var prefix = false
            if !word.quoted {
                if text.hasPrefix("-"), text.count > 1 {
                    negated = true
                    text = text.drop(while: { $0 == "-" })
                }
                if text.hasSuffix("*") {
                    text = Substring(text.reversed().drop(while: { $0 == "*" }).reversed())
                    prefix = true
                }
            } else {
                prefix = word.prefix
                negated = word.negated
            }
            let tokens = Self.tokens(text)
            guard !tokens.isEmpty else { continue }
            // A prefix on a word with inner punctuation applies to its last token.
            let term = Term(tokens: tokens, isPrefix: prefix)
            if negated || negateNext {
                negateNext = false
                excluded.append(term)
                joinNextWithOr = false
                continue
            }
            if word.joinsPrevious, var last = clauses.popLast(), last.count == 1 {
                // "Science & Technology": an ampersand joins its neighbours into one phrase.
                last[0].tokens += term.tokens
                last[0].isPrefix = term.isPrefix
                clauses.append(last)
            } else if joinNextWithOr, !clauses.isEmpty {
                clauses[clauses.count - 1].append(term)
            } else {
                clauses.append([term])
            }
            joinNextWithOr = false
        }
        guard !clauses.isEmpty else {
            if excluded.isEmpty {
                throw .usage("nothing to search for in \(Self.describe(input)): give at least one word")
            }
            throw .usage("a search needs at least one word to look for, not only words to exclude")
        }
        // A query costs one full-text lookup per term and clause: repeats add nothing but time
        // ("china china …" a thousand times took 25 s), so they are merged before anything runs.
        self.clauses = Self.unique(clauses.map(Self.unique), by: { Set($0.map(\.fts)) })
        self.excluded = Self.unique(excluded)
        self.notes = notes
        let distinct = Set(self.clauses.joined().map(\.fts)).union(self.excluded.map(\.fts)).count
        guard distinct <= Self.maximumTerms else {
            throw .usage("the query has \(distinct) distinct words and phrases; at most \(Self.maximumTerms) are allowed")
        }
    }

    /// Most distinct words and phrases one query may hold, plain or `--fts`: each is an index
    /// lookup, and a search has to answer (or refuse) within a second.
    public static let maximumTerms = 64
    /// Longest raw `--fts` query accepted, in characters; counting its terms stays cheap below it.
    public static let maximumRawLength = 4_096

    static func unique(_ terms: [Term]) -> [Term] { unique(terms, by: \.fts) }

    /// `items` in their order, each key's first only.
    static func unique<Item, Key: Hashable>(_ items: [Item], by key: (Item) -> Key) -> [Item] {
        var seen: Set<Key> = []
        return items.filter { seen.insert(key($0)).inserted }
    }

    /// Refuses a raw FTS5 query too long or with too many terms to run in reasonable time.
    static func checkRaw(_ text: String) throws(CommentaryError) {
        guard text.utf8.count <= maximumRawLength else {
            throw .usage("the --fts query is \(text.utf8.count) bytes long; at most \(maximumRawLength) are allowed")
        }
        let terms = rawTermCount(text)
        guard terms <= maximumTerms else {
            throw .usage("the --fts query has \(terms) terms; at most \(maximumTerms) are allowed")
        }
    }

    /// The terms of a raw FTS5 query, counted without parsing it: each "quoted string" and each
    /// bareword other than the operators `AND`, `OR`, `NOT`, `NEAR`. Column names and NEAR's
    /// distance count too, which only errs towards refusing. https://sqlite.org/fts5.html#full_text_query_syntax
    static func rawTermCount(_ text: String) -> Int {
        var count = 0
        var bareword = ""
        var inQuote = false
        func finishBareword() {
            if !bareword.isEmpty && !["AND", "OR", "NOT", "NEAR"].contains(bareword) { count += 1 }
            bareword = ""
        }
        for scalar in text.unicodeScalars {
            if inQuote {
                // A doubled quote inside a string ends it and opens another, counted again:
                // an over-count, which only errs towards refusing.
                if scalar == "\"" { inQuote = false }
                continue
            }
            switch scalar {
            case "\"":
                finishBareword()
                inQuote = true
                count += 1
            case " ", "\t", "\n", "\r", "(", ")", ":", "*", "^", "+", ",", "{", "}", "-":
                finishBareword()
            default:
                bareword.unicodeScalars.append(scalar)
            }
        }
        finishBareword()
        return count
    }

    static func describe(_ input: String) -> String {
        let trimmed = input.trimmingSpacesAndNewlines()
        return trimmed.isEmpty ? "an empty query" : "'\(trimmed)'"
    }

    /// Curly quotes and typographic dashes to their plain forms.
    static func fold(_ input: String) -> String {
        var result = ""
        result.reserveCapacity(input.utf8.count)
        for scalar in input.unicodeScalars {
            switch scalar {
            case "“", "”", "„", "‟", "«", "»", "″": result.append("\"")
            case "‘", "’", "‚", "‛", "′": result.append("'")
            case "‐", "‑", "‒", "–", "—", "―", "−": result.append("-")
            case "\u{00A0}", "\u{2007}", "\u{202F}": result.append(" ")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    struct Word {
        var text: String
        var quoted: Bool
        var prefix = false
        var joinsPrevious = false
        /// `-"a phrase"`: the dash right before the opening quote excludes the phrase.
        var negated = false
    }

    /// Whitespace-separated words; `"…"` groups a phrase (an unclosed quote runs to the end).
    static func words(_ input: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var inQuote = false
        var pendingAmpersand = false
        var negatesQuote = false
        func finish(quoted: Bool) {
            defer { current = "" }
            guard !current.isEmpty else { return }
            if !quoted && current == "&" {
                pendingAmpersand = !words.isEmpty
                return
            }
            var word = Word(text: current, quoted: quoted)
            word.joinsPrevious = pendingAmpersand
            word.negated = quoted && negatesQuote
            pendingAmpersand = false
            negatesQuote = false
            words.append(word)
        }
        var characters = Array(input)
        characters.append(" ")
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" {
                if inQuote {
                    finish(quoted: true)
                    inQuote = false
                    // "quoted phrase"* is a prefix phrase.
                    if index + 1 < characters.count, characters[index + 1] == "*" {
                        if !words.isEmpty { words[words.count - 1].prefix = true }
                        index += 1
                    }
                } else {
                    // A dash, or dashes, glued to the opening quote: the phrase is excluded.
                    if !current.isEmpty && current.allSatisfy({ $0 == "-" }) {
                        current = ""
                        negatesQuote = true
                    }
                    finish(quoted: false)
                    inQuote = true
                }
            } else if character.isWhitespace && !inQuote {
                finish(quoted: false)
            } else {
                current.append(character)
            }
            index += 1
        }
        if inQuote { finish(quoted: true) }
        return words
    }

    /// Splits text into tokens the way FTS5's unicode61 tokenizer does: runs of letters, digits
    /// and marks; everything else separates.
    static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // The article index's paragraph separator is never part of a term (`ArticleIndex`).
            if (Tokenizer.isWordScalar(scalar) || scalar.properties.generalCategory == .privateUse)
                && scalar != ArticleIndex.separator
            {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current).lowercased()) }
        return tokens
    }
}
