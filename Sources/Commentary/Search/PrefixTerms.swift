import Foundation
import GRDB

/// What a one-word prefix stands for in the full-text index.
///
/// The index holds porter stems: "cooperation" and "cooperative" are both `cooper`. FTS5 also
/// stems a query's prefix as if it were a whole word ("tokay" becomes `tokai`). So `cooperat*`
/// found nothing (no stem starts with "cooperat") and `Tokay*` missed "Tokayev". A prefix is
/// therefore also looked up in the index's own terms, through the connection's `paragraphs_vocab`
/// table (fts5vocab, created with each connection; see `Archive`):
/// - the longest stem the prefix starts with that a word beginning with the prefix is stemmed to,
///   so `cooperat*` matches what `cooperation` matches: the same words a search for "cooperation"
///   finds, no more. A stem that only looks like a start (`expo`, of "the world expo", for
///   `export*`; `polic`, of "police", for `policy*`) is no word's that begins with the prefix;
/// - when FTS5 would rewrite the prefix's last letter (a final "y"), the terms that start with the
///   prefix as typed.
/// https://sqlite.org/fts5.html#the_fts5vocab_virtual_table_module
enum PrefixTerms {
    /// The vocabulary table every connection creates in its temp schema.
    static let vocabulary = "paragraphs_vocab"
    /// Most terms one prefix spells out; a prefix matching more keeps FTS5's own prefix query.
    static let limit = 200
    /// Most terms the prefixes of one query may spell out together; a query past it is refused.
    static let queryLimit = 1_000
    /// Most letters a stem may drop from the prefix ("cooperat" → "cooper" drops two).
    static let longestSuffix = 5

    /// The terms to search besides `prefix *`, or an empty list.
    static func alternatives(for prefix: String, _ db: Database) throws -> [String] {
        guard try db.tableExists(vocabulary, in: "temp") else { return [] }
        let typed = TextFold.fold(prefix)
        let letters = Array(typed)
        var terms: [String] = []

        if let stem = try longestStem(of: letters, db) { terms.append(stem) }
        if typed.hasSuffix("y") {
            let spelled = try String.fetchAll(
                db, sql: "SELECT term FROM temp.\(vocabulary) WHERE term >= ? AND term < ? LIMIT ?",
                arguments: [typed, typed + "\u{10FFFF}", limit + 1])
            if spelled.count <= limit { terms += spelled }
        }
        return terms
    }

    /// Whether the index holds `term` (a folded word) as it is.
    static func isIndexed(_ term: String, _ db: Database) throws -> Bool {
        guard try db.tableExists(vocabulary, in: "temp") else { return false }
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM temp.\(vocabulary) WHERE term = ?"), arguments: [term]) != nil
    }

    private static func longestStem(of letters: [Character], _ db: Database) throws -> String? {
        let shortest = max(4, (letters.count + 1) / 2, letters.count - longestSuffix)
        guard letters.count > shortest else { return nil }
        for length in stride(from: letters.count - 1, through: shortest, by: -1) {
            let candidate = String(letters[..<length])
            let found = try Int.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM temp.\(vocabulary) WHERE term = ?"), arguments: [candidate])
            if found != nil, try isStem(candidate, ofWordsBeginning: String(letters[length...])) { return candidate }
        }
        return nil
    }

    /// Whether `stem` followed by `rest` begins a word the tokenizer stems to `stem`: `cooper` with
    /// "at" ("cooperation", "cooperate"), not `expo` with "rt" nor `polic` with "y".
    private static func isStem(_ stem: String, ofWordsBeginning rest: String) throws -> Bool {
        let words = endings.filter { $0.hasPrefix(rest) }.map { stem + $0 }
        return try IndexStems.stems(of: words).values.contains(stem)
    }

    /// The endings a stemmer takes off English words, alone and in the chains it takes off in
    /// steps ("ational" → "ate" → ""), inflected.
    static let endings = [
        "s", "es", "ed", "ing", "ings", "e", "er", "ers", "est", "ly", "al", "als", "ally", "alism", "alist", "ality",
        "alize", "alized", "ance", "ances", "ancy", "ence", "ences", "ency", "ant", "ants", "ent", "ents", "ently",
        "ate", "ates", "ated", "ating", "ation", "ations", "ational", "ative", "atives", "ator", "ators", "ion",
        "ions", "ional", "ive", "ives", "ively", "iveness", "ivity", "ity", "ities", "ism", "isms", "ist", "ists",
        "ize", "izes", "ized", "izing", "ization", "izations", "izer", "ise", "ises", "ised", "ising", "isation",
        "ment", "ments", "ness", "nesses", "ful", "fully", "fulness", "ous", "ously", "ousness", "able", "ably",
        "ability", "ible", "ibly", "ibility", "ic", "ics", "ical", "ically", "icate", "icity",
    ]
}
