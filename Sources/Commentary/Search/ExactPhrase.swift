import GRDB
import GRDBSQLite

/// `commentary_exact(TABLE, N)`: an FTS5 auxiliary function, 1 when the current row holds the
/// first N phrases of its MATCH expression one right after another in one column (the whole
/// query as an exact phrase), else 0.
///
/// ```sql
/// SELECT rowid, rank, commentary_exact(articles_fts, 3) AS exact FROM articles_fts
/// WHERE articles_fts MATCH '("china russia") AND ("business") AND ("forum")'
/// ORDER BY exact DESC, rank LIMIT 20
/// ```
///
/// It reads the phrase instances FTS5 has already gathered for `rank`, so ranking exact phrases
/// first costs no second pass over the index (a `rowid IN (… MATCH 'the phrase')` reads every
/// doclist of its words again). The paragraph separator of `ArticleIndex` is a token of its own,
/// so no phrase runs across two paragraphs. A function of commentary's connections, not of
/// SQLite: sqlite3 and Datasette do not know it. https://sqlite.org/fts5.html#custom_auxiliary_functions
enum ExactPhrase {
    static let name = "commentary_exact"

    /// The SQL calling the function over `table` for a query of `phrases` clauses.
    static func call(_ table: String, phrases: Int) -> String {
        "\(name)(\(table), \(phrases))"
    }

    /// Registers the function on `db`'s connection.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { return }
        let code = create(UnsafeMutablePointer(mutating: api), name, nil, exactPhrase, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "could not register \(name)")
        }
    }

    /// Whether `instances` (phrase numbers with positions `column << 32 | offset`, in position
    /// order, as FTS5's xInst gives them) hold phrases 0..<starts.count at their `starts` from one
    /// position: phrase i at the position of phrase 0 plus `starts[i]`.
    static func holdsInOrder(_ instances: UnsafeBufferPointer<(phrase: Int32, position: Int64)>, starts: [Int64]) -> Bool {
        for (index, instance) in instances.enumerated() where instance.phrase == 0 {
            var next = index + 1
            var found = true
            for phrase in 1..<starts.count {
                let wanted = instance.position + starts[phrase]
                while next < instances.count
                    && (instances[next].position < wanted
                        || (instances[next].position == wanted && instances[next].phrase != Int32(phrase)))
                {
                    next += 1
                }
                guard next < instances.count, instances[next].position == wanted else {
                    found = false
                    break
                }
            }
            if found { return true }
        }
        return false
    }
}

/// The C entry point of `commentary_exact` (see `ExactPhrase`).
private func exactPhrase(
    _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?, _ count: Int32,
    _ values: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee, let values, count == 1, let phraseCount = api.xPhraseCount?(fts),
        let phraseSize = api.xPhraseSize, let instanceCount = api.xInstCount, let instance = api.xInst
    else {
        sqlite3_result_error(context, "\(ExactPhrase.name) takes the FTS5 table and a number of phrases", -1)
        return
    }
    let phrases = Int(sqlite3_value_int(values[0]))
    guard phrases >= 2, phrases <= Int(phraseCount) else {
        sqlite3_result_int(context, 0)
        return
    }
    // Where each phrase must start, counted in tokens from the start of phrase 0.
    var starts: [Int64] = [0]
    for phrase in 1..<phrases { starts.append(starts[phrase - 1] + Int64(phraseSize(fts, Int32(phrase - 1)))) }
    var total: Int32 = 0
    var code = instanceCount(fts, &total)
    guard code == SQLITE_OK else {
        sqlite3_result_error_code(context, code)
        return
    }
    let held = withUnsafeTemporaryAllocation(of: (phrase: Int32, position: Int64).self, capacity: Int(total)) { buffer in
        var used = 0
        for index in 0..<total {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            code = instance(fts, index, &phrase, &column, &offset)
            guard code == SQLITE_OK else { return false }
            // Phrases past the first `phrases` (exclusions) never count.
            guard phrase < Int32(phrases) else { continue }
            buffer[used] = (phrase, Int64(column) << 32 | Int64(offset))
            used += 1
        }
        return ExactPhrase.holdsInOrder(UnsafeBufferPointer(rebasing: buffer[0..<used]), starts: starts)
    }
    guard code == SQLITE_OK else {
        sqlite3_result_error_code(context, code)
        return
    }
    sqlite3_result_int(context, held ? 1 : 0)
}
