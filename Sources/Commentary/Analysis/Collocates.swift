import Foundation
import GRDB

/// A word found near a query's matches, with how strongly it is attracted to them.
public struct Collocate: Sendable, Equatable {
    /// The stem as the index holds it, or with `surface` the folded word as written.
    public var word: String
    /// Times it stands within the window of a match.
    public var cooccurrences: Int
    /// Times it occurs in the whole archive's indexed text.
    public var frequency: Int
    public var logDice: Double
    public var mutualInformation: Double
}

/// What `collocates` looks for.
public struct CollocateOptions: Sendable {
    public enum Sort: String, Sendable, CaseIterable { case logdice, mi, count }

    /// The query (its filter's `query`) and the shared filters.
    public var filter = ArticleFilter()
    /// Words either side of each match.
    public var window = 5
    public var top = 30
    /// Fewest co-occurrences a word needs to be listed (MI overrates rare words).
    public var minimumCount = 2
    /// Drop English function words.
    public var stopWords = false
    /// Words as written (case and accents folded) instead of the index's porter stems.
    public var surface = false
    public var sort = Sort.logdice

    public init() {}
}

/// The result: the collocates, and the figures their scores came from.
public struct CollocateResults: Sendable {
    /// Matches of the query (the node's frequency, f(n)).
    public var matches: Int
    /// Tokens in the archive's indexed text (N).
    public var tokens: Int
    public var collocates: [Collocate]
}

/// Collocations of a query: the words within `window` words of its matches, scored by log-Dice
/// and mutual information.
///
/// With f(n,c) the co-occurrences of word c with the node (the matches), f(n) the matches, f(c)
/// the word's frequency and N the tokens of the archive's indexed text (all paragraph kinds):
/// - log-Dice = 14 + log2(2·f(n,c) / (f(n) + f(c))) (Rychlý 2008): at most 14, stable across
///   corpus sizes, not fooled by rare words;
/// - MI = log2(f(n,c)·N / (f(n)·f(c))): observed over expected co-occurrence, high for rare
///   exclusive pairs.
/// Matches are found as `export hits` finds them (the filters and `--in` apply); the reference
/// frequencies are the archive's whole. By default words are the index's porter stems and their
/// frequencies come from the index itself; with `surface`, words as written, counted by reading
/// every paragraph.
public enum Collocates {
    public static func find(_ archive: Archive, _ options: CollocateOptions) throws(CommentaryError) -> CollocateResults {
        guard options.filter.query != nil else { throw .usage("collocates needs a word or query") }
        return try archive.read { db in try find(db, options) }
    }

    static func find(_ db: Database, _ options: CollocateOptions) throws -> CollocateResults {
        let filter = options.filter
        let plan = try SearchEngine.Plan(filter, db)
        // Text in CJK script is one run to the index's tokenizer, not words to count around a match.
        guard plan.cjkTerms.isEmpty else {
            throw CommentaryError.usage(
                "collocates counts the words around a match, and text in Chinese, Japanese or Korean script is not split into words; `export hits` lists those matches in context"
            )
        }
        let ids = try SearchEngine.matchingArticles(db, filter).map { IDList.json($0.sorted()) }
        let open: Unicode.Scalar = "\u{E000}"
        let close: Unicode.Scalar = "\u{E001}"
        let sql = """
            SELECT highlight(paragraphs_fts, 0, '\(open)', '\(close)')
            FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
            WHERE paragraphs_fts MATCH :match AND p.kind IN (\(filter.kindList))
            \(ids == nil ? "" : "AND p.article_id IN (SELECT value FROM json_each(:ids))")
            """
        var arguments: [String: (any DatabaseValueConvertible)?] = ["match": plan.any]
        if let ids { arguments["ids"] = ids }
        var matches = 0
        var near: [String: Int] = [:]
        let rows = try String.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let marked = try rows.next() {
            let (words, nodes) = Self.words(marked, open: open, close: close)
            matches += nodes.count
            // A word within the window of two matches is one occurrence: it co-occurs once.
            var counted = Set<Int>()
            for node in nodes {
                let before = max(0, node.lowerBound - options.window)
                let after = min(words.count, node.upperBound + options.window)
                for index in Array(before..<node.lowerBound) + Array(node.upperBound..<after)
                where !words[index].inMatch && counted.insert(index).inserted {
                    near[words[index].text, default: 0] += 1
                }
            }
        }
        if options.stopWords { near = near.filter { !StopWords.english.contains($0.key) } }

        let frequency: [String: Int]
        let tokens: Int
        var counted: [String: Int] = [:]
        if options.surface {
            counted = near.filter { $0.value >= options.minimumCount }
            (frequency, tokens) = try surfaceFrequencies(db, of: Set(counted.keys))
        } else {
            let stems = try IndexStems.stems(of: Array(near.keys))
            for (word, count) in near { if let stem = stems[word] { counted[stem, default: 0] += count } }
            counted = counted.filter { $0.value >= options.minimumCount }
            frequency = try indexFrequencies(db, of: Array(counted.keys))
            tokens = try indexTokens(db)
        }
        var collocates: [Collocate] = []
        for (word, cooccurrences) in counted {
            // A word of the window the index does not hold (an index from before a change of
            // tokenizer) has no frequency to score against.
            guard let total = frequency[word], total > 0, matches > 0, tokens > 0 else { continue }
            collocates.append(
                Collocate(
                    word: word, cooccurrences: cooccurrences, frequency: total,
                    logDice: 14 + log2(2 * Double(cooccurrences) / Double(matches + total)),
                    mutualInformation: log2(Double(cooccurrences) * Double(tokens) / (Double(matches) * Double(total)))))
        }
        collocates.sort { a, b in
            let (x, y): (Double, Double)
            switch options.sort {
            case .logdice: (x, y) = (a.logDice, b.logDice)
            case .mi: (x, y) = (a.mutualInformation, b.mutualInformation)
            case .count: (x, y) = (Double(a.cooccurrences), Double(b.cooccurrences))
            }
            if x != y { return x > y }
            if a.cooccurrences != b.cooccurrences { return a.cooccurrences > b.cooccurrences }
            return a.word < b.word
        }
        return CollocateResults(matches: matches, tokens: tokens, collocates: Array(collocates.prefix(options.top)))
    }

    struct Word {
        var text: String
        var inMatch: Bool
    }

    /// The words of a highlighted paragraph (runs of letters, digits and marks, folded: as the
    /// index's unicode61 tokenizer splits them) and the word ranges of its matches, counted as
    /// `export hits` counts them (`Concordance.merged`).
    static func words(_ marked: String, open: Unicode.Scalar, close: Unicode.Scalar) -> ([Word], [Range<Int>]) {
        let (plain, matches) = Concordance.unmarked(marked, open: open, close: close)
        let merged = Concordance.merged(plain, matches)
        var words: [Word] = []
        var nodes: [Range<Int>] = []
        var nodeOf: Int?
        var match = 0
        var index = 0
        while index < plain.count {
            guard isTokenScalar(plain[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < plain.count && isTokenScalar(plain[end]) { end += 1 }
            while match < merged.count && merged[match].upperBound <= index { match += 1 }
            let inMatch = match < merged.count && merged[match].contains(index)
            if inMatch {
                if nodeOf == match, let last = nodes.last {
                    nodes[nodes.count - 1] = last.lowerBound..<words.count + 1
                } else {
                    nodes.append(words.count..<words.count + 1)
                    nodeOf = match
                }
            }
            words.append(Word(text: TextFold.fold(Concordance.text(plain, index..<end)), inMatch: inMatch))
            index = end
        }
        return (words, nodes)
    }

    static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    // MARK: - Reference frequencies

    /// Each stem's occurrences in the index (`fts5vocab` row table's `cnt`).
    static func indexFrequencies(_ db: Database, of stems: [String]) throws -> [String: Int] {
        var result: [String: Int] = [:]
        let statement = try db.cachedStatement(sql: "SELECT cnt FROM temp.\(PrefixTerms.vocabulary) WHERE term = ?")
        for stem in stems {
            if let count = try Int.fetchOne(statement, arguments: [stem]) { result[stem] = count }
        }
        return result
    }

    /// Tokens in the index: FTS5 keeps the total per column in its averages record (rowid 1 of
    /// the `_data` table: the row count, then each column's token count, as varints).
    /// https://sqlite.org/src/file?name=ext/fts5/fts5_index.c (FTS5_AVERAGES_ROWID)
    static func indexTokens(_ db: Database) throws -> Int {
        guard let block = try Data.fetchOne(db, sql: "SELECT block FROM paragraphs_fts_data WHERE id = 1") else { return 0 }
        let bytes = [UInt8](block)
        var offset = 0
        _ = varint(bytes, &offset)
        return Int(varint(bytes, &offset))
    }

    /// SQLite's variable-length integer: big-endian 7-bit groups, the ninth byte whole.
    static func varint(_ bytes: [UInt8], _ offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<9 {
            guard offset < bytes.count else { return value }
            let byte = bytes[offset]
            offset += 1
            if index == 8 { return (value << 8) | UInt64(byte) }
            value = (value << 7) | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return value }
        }
        return value
    }

    /// Each word's occurrences as written, and all tokens, over every paragraph's text.
    static func surfaceFrequencies(_ db: Database, of words: Set<String>) throws -> ([String: Int], Int) {
        var counts: [String: Int] = [:]
        var tokens = 0
        let rows = try String.fetchCursor(db, sql: "SELECT text FROM paragraphs")
        while let text = try rows.next() {
            let (found, _) = Self.words(text, open: "\u{E000}", close: "\u{E001}")
            tokens += found.count
            for word in found where words.contains(word.text) { counts[word.text, default: 0] += 1 }
        }
        return (counts, tokens)
    }
}

/// English function words (a short list in the spirit of Snowball's): `collocates --stopwords en`.
enum StopWords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "s", "said", "same",
        "shall", "she", "should", "so", "some", "such", "t", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "yourselves",
    ]
}
