import Foundation
import GRDB

/// What a one-word prefix stands for in the full-text index.
///
/// The index holds porter stems: "cooperation" and "cooperative" are both `cooper`. FTS5 also
/// stems a query's prefix as if it were a whole word ("tokay" becomes `tokai`). So `cooperat*`
/// found nothing (no stem starts with "cooperat") and `Tokay*` missed "Tokayev". A prefix is
/// therefore also looked up in the index's own terms, through the connection's `paragraphs_vocab`
/// table (fts5vocab, created with each connection; see `Archive`):
/// - the longest stem the prefix starts with, so `cooperat*` matches what `cooperation` matches:
///   the same words a search for "cooperation" finds, no more;
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
            if found != nil { return candidate }
        }
        return nil
    }
}
