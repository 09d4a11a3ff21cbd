import Foundation
import GRDB

/// One search result: an article (or, with `paragraphs`, one matching paragraph of it).
public struct SearchHit: Sendable, Equatable {
    public var articleID: Int64
    public var source: String
    public var title: String?
    public var author: String?
    public var outlet: String?
    public var published: String?
    /// Relevance: higher is better (BM25, weighted by paragraph kind).
    public var score: Double
    public var paragraphPosition: Int
    public var kind: ParagraphKind
    /// The best-matching paragraph's snippet, matches between the marks.
    public var snippet: String
}

public struct SearchResults: Sendable {
    /// Matching articles (or paragraphs, with `paragraphs`), before limit and offset.
    public var total: Int
    public var hits: [SearchHit]
}

public struct SearchOptions: Sendable {
    public enum Sort: String, Sendable, CaseIterable { case relevance, date }

    public var filter = ArticleFilter()
    public var limit = 20
    public var offset = 0
    public var sort = Sort.relevance
    /// Every matching paragraph instead of one row per article.
    public var paragraphs = false
    /// Marks placed around each match in snippets.
    public var markStart = "["
    public var markEnd = "]"
    /// Tokens of context in a snippet.
    public var snippetTokens = 24

    public init() {}
}

/// Runs searches: the query language of `SearchQuery`, article-level matching, BM25 ranking with
/// exact phrases first, snippets from the best paragraph, and the shared filters.
public enum SearchEngine {
    /// Relevance weight of a paragraph kind: titles count most, captions a little more than body.
    static let kindWeights = "CASE p.kind WHEN 'title' THEN 2.0 WHEN 'caption' THEN 1.2 WHEN 'editor_note' THEN 0.9 ELSE 1.0 END"

    /// The FTS5 expressions and SQL a search runs, for `--sql`.
    /// With `archive`, prefixes are spelled out against its index as the search would.
    public static func explain(_ options: SearchOptions, archive: Archive? = nil) throws(CommentaryError) -> [String] {
        let plan: Plan
        if let archive {
            plan = try archive.read { db in try Plan(options.filter, db) }
        } else {
            plan = try Plan(options.filter, nil)
        }
        var lines: [String] = []
        for (index, clause) in plan.clauses.enumerated() {
            lines.append("-- clause \(index + 1) (every matching article has a paragraph matching it):")
            lines.append("--   MATCH \(clause)")
            lines.append(plan.articleSQL(clause) + ";")
        }
        for clause in plan.cjkClauses {
            let alternatives = clause.map { $0.isCJK ? "LIKE '\($0.likePattern)'" : "MATCH \($0.fts)" }
            lines.append(
                "-- clause with CJK script (substrings in the trigram index paragraphs_cjk): \(alternatives.joined(separator: " OR "))")
            lines.append(plan.cjkClauseSQL(clause) + ";")
        }
        if let excluded = plan.excluded {
            lines.append("-- excluded: articles with a paragraph matching \(excluded)")
            lines.append(plan.articleSQL(excluded) + ";")
        }
        if !plan.cjkExcluded.isEmpty {
            lines.append(
                "-- excluded: articles with a paragraph holding \(plan.cjkExcluded.map { "LIKE '\($0.likePattern)'" }.joined(separator: " OR "))"
            )
            lines.append(plan.cjkClauseSQL(plan.cjkExcluded) + ";")
        }
        if let phrase = plan.phrase {
            lines.append("-- exact phrase (ranked first): MATCH \(phrase)")
        }
        lines.append("-- ranking and snippet, over paragraphs matching any clause:")
        lines.append("--   MATCH \(plan.any)")
        lines.append(plan.rankSQL + ";")
        lines.append(
            "SELECT snippet(paragraphs_fts, 0, '\(options.markStart)', '\(options.markEnd)', '…', \(options.snippetTokens)) FROM paragraphs_fts WHERE paragraphs_fts MATCH :any AND rowid = :paragraph_id;"
        )
        return lines
    }

    public static func search(_ archive: Archive, _ options: SearchOptions) throws(CommentaryError) -> SearchResults {
        return try archive.read { db in
            let plan = try Plan(options.filter, db)
            // One clause and metadata filters only: the ranking query alone answers, with the
            // filters inside it. Otherwise the clauses' article sets are intersected first.
            let allowed = plan.rankingAloneSuffices ? nil : try plan.matchingArticles(db)
            let phraseParagraphs: Set<Int64> =
                try plan.phrase.map {
                    Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", arguments: [$0]))
                } ?? []

            // Rank every paragraph in scope that matches any clause, within the matching articles.
            var candidates: [Candidate] = []
            do {
                // A query of CJK terms only has no words for the word index to rank.
                if !plan.any.isEmpty {
                    let rows = try Row.fetchCursor(db, sql: plan.rankSQL, arguments: plan.rankArguments)
                    while let row = try rows.next() {
                        let article: Int64 = row[0]
                        guard allowed?.contains(article) ?? true else { continue }
                        let paragraph: Int64 = row[1]
                        candidates.append(
                            Candidate(
                                article: article, paragraph: paragraph, position: row[2], kind: row[3],
                                score: -(row[4] as Double), phrase: phraseParagraphs.contains(paragraph)))
                    }
                }
            } catch let error as DatabaseError where plan.filter.rawFTS {
                throw CommentaryError.query(Plan.explainFTSError(error, query: plan.filter.query ?? ""))
            }
            // Paragraphs holding a CJK term: scored by their kind's weight for each term they hold.
            var cjkTexts: [Int64: String] = [:]
            let cjkTerms = SearchQuery.unique(plan.cjkClauses.flatMap { $0.filter(\.isCJK) })
            if !cjkTerms.isEmpty {
                var byParagraph: [Int64: Int] = [:]
                for (index, candidate) in candidates.enumerated() { byParagraph[candidate.paragraph] = index }
                for term in cjkTerms {
                    let rows = try Row.fetchCursor(
                        db,
                        sql: """
                            SELECT p.article_id, p.id, p.position, p.kind, p.text, \(SearchEngine.kindWeights)
                            FROM paragraphs p WHERE p.kind IN (\(plan.filter.kindList))
                            AND p.id IN (\(term.cjkLookup(indexed: plan.cjkIndexed)))
                            """, arguments: [term.likePattern])
                    while let row = try rows.next() {
                        let article: Int64 = row[0]
                        guard allowed?.contains(article) ?? true else { continue }
                        let paragraph: Int64 = row[1]
                        cjkTexts[paragraph] = row[4]
                        if let index = byParagraph[paragraph] {
                            candidates[index].score += row[5]
                        } else {
                            byParagraph[paragraph] = candidates.count
                            candidates.append(
                                Candidate(
                                    article: article, paragraph: paragraph, position: row[2], kind: row[3], score: row[5], phrase: false))
                        }
                    }
                }
            }
            func better(_ a: Candidate, _ b: Candidate) -> Bool {
                if a.phrase != b.phrase { return a.phrase }
                if a.score != b.score { return a.score > b.score }
                return (a.article, a.position) < (b.article, b.position)
            }
            var chosen: [Candidate]
            if options.paragraphs {
                chosen = candidates
            } else {
                var best: [Int64: Candidate] = [:]
                for candidate in candidates where best[candidate.article].map({ better(candidate, $0) }) ?? true {
                    best[candidate.article] = candidate
                }
                chosen = Array(best.values)
            }
            var metadata: [Int64: Row] = [:]
            if options.sort == .date {
                metadata = try articleRows(db, Set(chosen.map(\.article)))
                chosen.sort { a, b in
                    let da: String? = metadata[a.article]?["published"]
                    let db: String? = metadata[b.article]?["published"]
                    if da != db { return (da ?? "") > (db ?? "") }
                    return better(a, b)
                }
            } else {
                chosen.sort(by: better)
            }
            let total = chosen.count
            let page = Array(chosen.dropFirst(options.offset).prefix(options.limit))
            if options.sort != .date { metadata = try articleRows(db, Set(page.map(\.article))) }

            let snippetStatement = try db.makeStatement(
                sql: """
                    SELECT snippet(paragraphs_fts, 0, ?, ?, '…', ?) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid = ?
                    """)
            var hits: [SearchHit] = []
            for candidate in page {
                guard let row = metadata[candidate.article] else { continue }
                let snippet =
                    try cjkTexts[candidate.paragraph].map {
                        cjkSnippet($0, tokens: cjkTerms.flatMap(\.tokens), start: options.markStart, end: options.markEnd)
                    }
                    ?? String.fetchOne(
                        snippetStatement,
                        arguments: [
                            options.markStart, options.markEnd,
                            options.snippetTokens, plan.any, candidate.paragraph,
                        ]) ?? ""
                let merged = mergeAdjacentMarks(snippet, start: options.markStart, end: options.markEnd)
                hits.append(
                    SearchHit(
                        articleID: candidate.article, source: row["source"], title: row["title"], author: row["author"],
                        outlet: row["outlet"], published: row["published"], score: (candidate.score * 1000).rounded() / 1000,
                        paragraphPosition: candidate.position, kind: ParagraphKind(rawValue: candidate.kind) ?? .body,
                        snippet: merged))
            }
            return SearchResults(total: total, hits: hits)
        }
    }

    /// FTS5 marks each token: "[China]-[Russia] [Forum]" becomes "[China-Russia Forum]".
    static func mergeAdjacentMarks(_ snippet: String, start: String, end: String) -> String {
        guard !start.isEmpty, !end.isEmpty else { return snippet }
        var result = snippet
        var searchFrom = result.startIndex
        while let close = result.range(of: end, range: searchFrom..<result.endIndex) {
            let rest = result[close.upperBound...]
            let separator = rest.prefix(while: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "'" || $0 == "’" || $0 == "&" })
            if separator.count <= 3, rest.dropFirst(separator.count).hasPrefix(start) {
                let openEnd = result.index(close.upperBound, offsetBy: separator.count + start.count)
                result.replaceSubrange(close.lowerBound..<openEnd, with: String(separator))
                searchFrom = close.lowerBound
            } else {
                searchFrom = close.upperBound
            }
        }
        return result
    }

    /// A snippet of a paragraph found through the trigram index: the text around the first
    /// match, every occurrence of `tokens` in it between the marks.
    static func cjkSnippet(_ text: String, tokens: [String], start: String, end: String, context: Int = 40) -> String {
        var matches: [Range<String.Index>] = []
        for token in tokens where !token.isEmpty {
            var from = text.startIndex
            while let found = text.range(of: token, options: .caseInsensitive, range: from..<text.endIndex) {
                matches.append(found)
                from = found.upperBound
            }
        }
        matches.sort { $0.lowerBound < $1.lowerBound }
        guard let first = matches.first else { return String(text.prefix(context * 2)) }
        let lower = text.index(first.lowerBound, offsetBy: -context, limitedBy: text.startIndex) ?? text.startIndex
        let upper = text.index(first.upperBound, offsetBy: context, limitedBy: text.endIndex) ?? text.endIndex
        var snippet = lower > text.startIndex ? "…" : ""
        var cursor = lower
        for match in matches where match.lowerBound >= cursor && match.upperBound <= upper {
            snippet += text[cursor..<match.lowerBound] + start + text[match] + end
            cursor = match.upperBound
        }
        snippet += text[cursor..<upper]
        return snippet + (upper < text.endIndex ? "…" : "")
    }

    struct Candidate {
        var article: Int64
        var paragraph: Int64
        var position: Int
        var kind: String
        var score: Double
        var phrase: Bool
    }

    static func articleRows(_ db: Database, _ ids: Set<Int64>) throws -> [Int64: Row] {
        guard !ids.isEmpty else { return [:] }
        var rows: [Int64: Row] = [:]
        let list = IDList.json(ids)
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, source, title, author, outlet, published FROM articles WHERE id IN (SELECT value FROM json_each(?))
                """, arguments: [list])
        {
            rows[row["id"]] = row
        }
        return rows
    }

    /// The matching articles of a filter, for `export`: nil when the filter selects everything.
    static func matchingArticles(_ db: Database, _ filter: ArticleFilter) throws -> Set<Int64>? {
        try Plan(filter, db).matchingArticles(db)
    }

    /// A filter turned into FTS5 expressions and SQL.
    struct Plan {
        var filter: ArticleFilter
        var clauses: [String]
        var excluded: String?
        var any: String
        var phrase: String?
        /// Clauses with CJK script, and CJK exclusions: substrings in the trigram index.
        var cjkClauses: [[SearchQuery.Term]] = []
        var cjkExcluded: [SearchQuery.Term] = []
        /// Whether the archive has the trigram index (see `SearchQuery.Term.cjkLookup`).
        var cjkIndexed = true

        /// With `db`, one-word prefixes also match the stems they begin (`PrefixTerms`).
        init(_ filter: ArticleFilter, _ db: Database?) throws(CommentaryError) {
            self.filter = filter
            guard let text = filter.query else {
                clauses = []
                any = ""
                return
            }
            if filter.rawFTS {
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw .usage("an empty --fts query") }
                try SearchQuery.checkRaw(text)
                clauses = [text]
                any = text
            } else {
                var query = try SearchQuery(parsing: text)
                if let db {
                    let typed = query.termCount
                    do {
                        query = try query.expandingPrefixes { try PrefixTerms.alternatives(for: $0, db) }
                    } catch {
                        throw .failure("cannot read the full-text index's terms: \(error)")
                    }
                    // Each prefix may stand for up to 200 index terms: 64 of them made one OR of
                    // 12,800, which ran for seconds. Refused, rather than searched for fewer words.
                    let spelled = query.termCount - typed
                    guard spelled <= PrefixTerms.queryLimit else {
                        throw .usage(
                            "the query's prefixes stand for \(spelled) words of the index; at most \(PrefixTerms.queryLimit) are allowed (use fewer or longer prefixes)"
                        )
                    }
                    do {
                        query = try query.expandingStrokedD { try PrefixTerms.isIndexed($0, db) }
                    } catch {
                        throw .failure("cannot read the full-text index's terms: \(error)")
                    }
                }
                clauses = query.clauseExpressions
                cjkClauses = query.cjkClauses
                cjkExcluded = query.cjkExcluded
                if let db, !cjkClauses.isEmpty || !cjkExcluded.isEmpty {
                    cjkIndexed = (try? db.tableExists("paragraphs_cjk")) ?? false
                }
                excluded = query.excludedExpression
                any = query.anyExpression
                phrase = query.phraseExpression
            }
        }

        func articleSQL(_ expression: String) -> String {
            """
            SELECT DISTINCT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid \
            WHERE paragraphs_fts MATCH '\(expression.replacingOccurrences(of: "'", with: "''"))' AND p.kind IN (\(filter.kindList))
            """
        }

        /// Whether the ranking query, with the metadata filters inside it, gives the answer alone.
        var rankingAloneSuffices: Bool {
            clauses.count <= 1 && excluded == nil && filter.entity == nil && cjkClauses.isEmpty && cjkExcluded.isEmpty
        }

        /// The articles with a paragraph in scope matching any of `terms`: CJK ones as substrings
        /// in the trigram index, the others as words in `paragraphs_fts`.
        func cjkClauseSQL(_ terms: [SearchQuery.Term]) -> String {
            var alternatives = terms.filter(\.isCJK).map { "p.id IN (\($0.cjkLookup(indexed: cjkIndexed)))" }
            if terms.contains(where: { !$0.isCJK }) {
                alternatives.append("p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)")
            }
            return """
                SELECT DISTINCT p.article_id FROM paragraphs p WHERE p.kind IN (\(filter.kindList)) \
                AND (\(alternatives.joined(separator: " OR ")))
                """
        }

        func cjkClauseArguments(_ terms: [SearchQuery.Term]) -> StatementArguments {
            var arguments = StatementArguments(terms.filter(\.isCJK).map(\.likePattern))
            let words = terms.filter { !$0.isCJK }
            if !words.isEmpty { _ = arguments.append(contentsOf: [words.map(\.fts).joined(separator: " OR ")]) }
            return arguments
        }

        var rankSQL: String {
            let (conditions, _) = filter.articleConditions()
            let metadata =
                conditions.isEmpty
                ? ""
                : " AND p.article_id IN (SELECT a.id FROM articles a WHERE \(conditions.joined(separator: " AND ")))"
            return """
                SELECT p.article_id, p.id, p.position, p.kind, bm25(paragraphs_fts) * \(SearchEngine.kindWeights) \
                FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid \
                WHERE paragraphs_fts MATCH ? AND p.kind IN (\(filter.kindList))\(metadata)
                """
        }

        var rankArguments: StatementArguments {
            var arguments: StatementArguments = [any]
            _ = arguments.append(contentsOf: filter.articleConditions().arguments)
            return arguments
        }

        /// Article ids every clause, filter and exclusion allows; nil when nothing restricts.
        func matchingArticles(_ db: Database) throws -> Set<Int64>? {
            var result: Set<Int64>?
            func narrow(_ ids: Set<Int64>) {
                result = result.map { $0.intersection(ids) } ?? ids
            }
            do {
                // Fewest first would be cheaper, but SQLite's doclists make each clause one index read.
                for clause in clauses {
                    narrow(
                        Set(
                            try Int64.fetchAll(
                                db,
                                sql: """
                                    SELECT DISTINCT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                                    WHERE paragraphs_fts MATCH ? AND p.kind IN (\(filter.kindList))
                                    """, arguments: [clause])))
                    if result?.isEmpty == true { return result }
                }
                for clause in cjkClauses {
                    narrow(Set(try Int64.fetchAll(db, sql: cjkClauseSQL(clause), arguments: cjkClauseArguments(clause))))
                    if result?.isEmpty == true { return result }
                }
                if !cjkExcluded.isEmpty, result != nil {
                    result?.subtract(
                        try Int64.fetchAll(db, sql: cjkClauseSQL(cjkExcluded), arguments: cjkClauseArguments(cjkExcluded)))
                }
                if let excluded, result != nil {
                    let out = Set(
                        try Int64.fetchAll(
                            db,
                            sql: """
                                SELECT DISTINCT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                                WHERE paragraphs_fts MATCH ? AND p.kind IN (\(filter.kindList))
                                """, arguments: [excluded]))
                    result?.subtract(out)
                }
            } catch let error as DatabaseError where filter.rawFTS {
                throw CommentaryError.query(Self.explainFTSError(error, query: filter.query ?? ""))
            }
            let (conditions, arguments) = filter.articleConditions()
            if !conditions.isEmpty {
                narrow(
                    Set(
                        try Int64.fetchAll(
                            db, sql: "SELECT a.id FROM articles a WHERE " + conditions.joined(separator: " AND "),
                            arguments: arguments)))
            }
            if let entity = filter.entity {
                let ids = try EntityLookup.knownIDs(db, name: entity)
                let list = IDList.json(ids)
                narrow(
                    Set(
                        try Int64.fetchAll(
                            db,
                            sql: """
                                SELECT DISTINCT p.article_id FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id
                                WHERE m.entity_id IN (SELECT value FROM json_each(?))
                                """, arguments: [list])))
            }
            return result
        }

        static func explainFTSError(_ error: DatabaseError, query: String) -> String {
            let message = error.message ?? "\(error)"
            var explanation = "the --fts query \"\(query)\" is not valid FTS5 syntax (\(message))"
            if message.contains("no such column") {
                explanation += "; a word followed by ':' is read as a column name: quote it, or search without --fts"
            } else if message.contains("syntax error") {
                explanation += "; quote phrases with \"double quotes\", balance parentheses, and write AND, OR, NOT in capitals"
            }
            return explanation
        }
    }
}

/// Finds entity ids by canonical name or alias (the archive's, then the gazetteer's), ignoring case.
enum EntityLookup {
    /// The ids of `name`; a name the archive does not know is a usage error that suggests the
    /// closest names and aliases it does know, so a typo never reads as "no articles".
    static func knownIDs(_ db: Database, name: String) throws -> [Int64] {
        let ids = try ids(db, name: name)
        guard ids.isEmpty else { return ids }
        throw unknown(db, name: name)
    }

    static func unknown(_ db: Database, name: String) -> CommentaryError {
        let sql = "SELECT name FROM entities WHERE id IN (SELECT entity_id FROM mentions) UNION SELECT alias FROM aliases"
        let names = (try? String.fetchAll(db, sql: sql)) ?? []
        let question = NameSuggestion.question(NameSuggestion.closest(to: name, among: names))
        return .usage("no entity named '\(name)' in the archive; " + (question.map { $0 + " " } ?? "") + "(see 'commentary entities')")
    }

    static func ids(_ db: Database, name: String) throws -> [Int64] {
        var names: Set<String> = [name]
        if let target = try String.fetchOne(
            db,
            sql: """
                SELECT e.name FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ? COLLATE NOCASE
                """, arguments: [name])
        {
            names.insert(target)
        }
        if let entry = Gazetteer.shared.lookup(name) { names.insert(entry.name) }
        // "President Xi": a title before a known name.
        for title in Gazetteer.shared.titles {
            let prefix = title.joined(separator: " ") + " "
            if name.hasPrefix(prefix) {
                let rest = String(name.dropFirst(prefix.count))
                names.insert(rest)
                if let entry = Gazetteer.shared.lookup(rest) { names.insert(entry.name) }
            }
        }
        let list = try String(data: JSONEncoder().encode(Array(names)), encoding: .utf8) ?? "[]"
        let exact = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM entities WHERE name COLLATE NOCASE IN (SELECT value FROM json_each(?))
                """, arguments: [list])
        guard exact.isEmpty else { return exact }
        // "Nguyen Phu Trong" for "Nguyễn Phú Trọng": accents and case aside, as search folds them.
        let folded = Set(names.map(TextFold.fold))
        var found: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM entities")
        while let row = try rows.next() {
            if folded.contains(TextFold.fold(row[1])) { found.append(row[0]) }
        }
        return found
    }
}
