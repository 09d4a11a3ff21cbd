import GRDB

/// The full-text index's stems of words, as its tokenizer makes them.
enum IndexStems {
    /// The index's stem of each word: the words go through a scratch FTS5 table with the
    /// archive's tokenizer, in a database of their own in memory (the archive's connection is
    /// read-only), and its instances are read back.
    static func stems(of words: [String]) throws -> [String: String] {
        guard !words.isEmpty else { return [:] }
        return try DatabaseQueue().write { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE words USING fts5(word, tokenize = "porter unicode61 remove_diacritics 2");
                    CREATE VIRTUAL TABLE stems USING fts5vocab(words, instance);
                    """)
            let insert = try db.makeStatement(sql: "INSERT INTO words(rowid, word) VALUES (?, ?)")
            for (index, word) in words.enumerated() { try insert.execute(arguments: [index + 1, word]) }
            var stems: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT doc, term FROM stems WHERE \"offset\" = 0")
            while let row = try rows.next() {
                let index: Int = row[0]
                if index >= 1 && index <= words.count { stems[words[index - 1]] = row[1] }
            }
            return stems
        }
    }
}
