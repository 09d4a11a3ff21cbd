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
    /// Every paragraph holding the whole query (every clause) instead of one row per article.
    public var paragraphs = false
    /// Marks placed around each match in snippets.
    public var markStart = "["
    public var markEnd = "]"
    /// Tokens of context in a snippet.
    public var snippetTokens = 24
    /// How many paragraphs of a clause of words are read from the whole archive before each
    /// article on the page is looked up for it instead (`ArticleQuery.wordClauseLimit`); nil
    /// for the default. Set by tests, to run both ways on a small archive.
    var wordClauseLimit: Int?

    public init() {}
}

/// Runs searches: the query language of `SearchQuery`, article-level matching, BM25 ranking with
/// exact phrases first, snippets from the best paragraph, and the shared filters.
///
/// A plain query is matched and ranked in the article-level index `articles_fts` (`ArticleIndex`):
/// one MATCH with a column filter for `--in`, the total by `count(*)`, `ORDER BY rank LIMIT`
/// inside SQLite; `paragraphs_fts` is read only for the articles on the page, for the best
/// paragraph and its snippet. `--fts`, `--paragraphs`, CJK terms and archives not yet migrated
/// take the paragraph-level way (`search(paragraphLevel:)`). Either way the statements are built
/// once as `SearchStatement`s: what runs is what `--sql` prints.
public enum SearchEngine {
    /// Relevance weight of a paragraph kind, over paragraphs `p` (`ArticleIndex.weight`).
    static let kindWeights = ArticleIndex.kindWeightSQL

    /// The statements a search runs, for `--sql`: purpose, arguments and SQL of each.
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
            lines.append("-- clause \(index + 1): MATCH \(clause)")
        }
        if let excluded = plan.excluded { lines.append("-- excluded: MATCH \(excluded)") }
        if let phrase = plan.phrase { lines.append("-- exact phrase (ranked first): MATCH \(phrase)") }
        if plan.usesArticleIndex(options) {
            let query = plan.articleQuery(options)
            lines.append("-- matched and ranked in the article-level index \(ArticleIndex.table): MATCH \(query.match)")
            if plan.phrase != nil {
                lines.append(
                    "-- \(ExactPhrase.name)(table, N): 1 when a row holds the MATCH's first N phrases one after another (a function commentary registers; sqlite3 does not have it)"
                )
            }
            for statement in [query.page, query.count] + query.pageStatements {
                lines += statement.lines
            }
        } else {
            for statement in plan.paragraphLevelStatements(options) { lines += statement.lines }
        }
        return lines
    }

    public static func search(_ archive: Archive, _ options: SearchOptions) throws(CommentaryError) -> SearchResults {
        return try archive.read { db in
            let plan = try Plan(options.filter, db)
            if plan.usesArticleIndex(options) {
                return try plan.articleQuery(options).run(db)
            }
            return try search(paragraphLevel: plan, options, db)
        }
    }

    /// Every paragraph in scope matching any clause ranked in Swift, within the articles every
    /// clause, filter and exclusion allows: what `--fts`, `--paragraphs` and CJK terms need.
    static func search(paragraphLevel plan: Plan, _ options: SearchOptions, _ db: Database) throws -> SearchResults {
        // One clause and metadata filters only: the ranking query alone answers, with the
        // filters inside it. Otherwise the clauses' article sets are intersected first.
        let allowed = plan.rankingAloneSuffices ? nil : try plan.matchingArticles(db)
        let phraseParagraphs: Set<Int64> = try plan.phraseStatement.map { Set(try Int64.fetchAll($0.prepared(db))) } ?? []

        // Rank every paragraph in scope that matches any clause, within the matching articles.
        var candidates: [Candidate] = []
        do {
            // A query of CJK terms only has no words for the word index to rank.
            if !plan.any.isEmpty {
                let rows = try Row.fetchCursor(plan.rankStatement.prepared(db))
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
        if !plan.cjkTerms.isEmpty {
            var byParagraph: [Int64: Int] = [:]
            for (index, candidate) in candidates.enumerated() { byParagraph[candidate.paragraph] = index }
            for statement in plan.cjkTermStatements {
                let rows = try Row.fetchCursor(statement.prepared(db))
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
                            Candidate(article: article, paragraph: paragraph, position: row[2], kind: row[3], score: row[5], phrase: false))
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
            // Paragraphs are the results: each holds the whole query, as an article does.
            let whole = try plan.wholeQueryParagraphs(db)
            chosen = whole.map { whole in candidates.filter { whole.contains($0.paragraph) } } ?? candidates
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

        var hits: [SearchHit] = []
        for candidate in page {
            guard let row = metadata[candidate.article] else { continue }
            let snippet =
                try cjkTexts[candidate.paragraph].map {
                    cjkSnippet($0, tokens: plan.cjkTerms.flatMap(\.tokens), start: options.markStart, end: options.markEnd)
                } ?? String.fetchOne(plan.snippetStatement(options, paragraph: candidate.paragraph).prepared(db)) ?? ""
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

    /// Title, source and the other columns of a hit, for the articles `ids` (nil for `--sql`).
    static func articleRowsStatement(_ ids: Set<Int64>?) -> SearchStatement {
        SearchStatement(
            purpose: "the articles on the page: what each hit shows",
            sql: "SELECT id, source, title, author, outlet, published FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            arguments: [ids.map { IDList.json($0).databaseValue } ?? .null], perHit: ids == nil)
    }

    static func articleRows(_ db: Database, _ ids: Set<Int64>) throws -> [Int64: Row] {
        guard !ids.isEmpty else { return [:] }
        var rows: [Int64: Row] = [:]
        for row in try Row.fetchAll(articleRowsStatement(ids).prepared(db)) {
            rows[row["id"]] = row
        }
        return rows
    }

    /// The matching articles of a filter (for `export`, `delete`, `reprocess` and the reports):
    /// nil when the filter selects everything. One MATCH in the article-level index when the
    /// archive has it and the query has no CJK term and is not raw FTS5.
    static func matchingArticles(_ db: Database, _ filter: ArticleFilter) throws -> Set<Int64>? {
        try Plan(filter, db).matchingArticles(db)
    }

    /// A filter turned into FTS5 expressions and the statements that run them.
    struct Plan {
        var filter: ArticleFilter
        var clauses: [String]
        var excluded: String?
        var any: String
        var phrase: String?
        /// Whether a clause holds a phrase of several words, which FTS5 matches by reading
        /// every position of its words.
        var hasMultiWordPhrase = false
        /// For each of `clauses`, its words when it is one phrase (not a prefix), else nil.
        var clauseWords: [[String]?] = []
        /// For each of `clauses`, whether it is words alone (one or several alternatives, no
        /// phrase of several words, no prefix): FTS5 lists its matches without reading positions.
        var wordClauses: [Bool] = []
        /// Clauses with CJK script, and CJK exclusions: substrings in the trigram index.
        var cjkClauses: [[SearchQuery.Term]] = []
        var cjkExcluded: [SearchQuery.Term] = []
        /// Whether the archive has the trigram index (see `SearchQuery.Term.cjkLookup`).
        var cjkIndexed = true
        /// Whether the archive has the article-level index (migration 0008); assumed without one.
        var articleIndexed = true
        /// The ids of the entity filter's entity, looked up in the archive (none without one).
        var entityIDs: [Int64] = []

        /// With `db`, one-word prefixes also match the stems they begin (`PrefixTerms`).
        init(_ filter: ArticleFilter, _ db: Database?) throws(CommentaryError) {
            self.filter = filter
            if let db {
                articleIndexed = ArticleIndex.exists(db)
                if let entity = filter.entity {
                    do {
                        entityIDs = try EntityLookup.knownIDs(db, name: entity)
                    } catch let error as CommentaryError {
                        throw error
                    } catch {
                        throw .failure("cannot read the archive's entities: \(error)")
                    }
                }
            }
            guard let text = filter.query else {
                clauses = []
                any = ""
                return
            }
            if filter.rawFTS {
                guard !text.trimmingSpaces().isEmpty else { throw .usage("an empty --fts query") }
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
                hasMultiWordPhrase = query.clauses.contains { $0.contains { $0.tokens.count > 1 } }
                clauseWords = query.clauses.filter { !$0.contains(where: \.isCJK) }.map {
                    $0.count == 1 && !$0[0].isPrefix ? $0[0].tokens : nil
                }
                wordClauses = query.clauses.filter { !$0.contains(where: \.isCJK) }.map {
                    $0.allSatisfy { $0.tokens.count == 1 && !$0.isPrefix }
                }
            }
        }

        /// Whether the article-level index answers: a plain query without CJK terms, one row per
        /// article, on an archive that has the index.
        func usesArticleIndex(_ options: SearchOptions) -> Bool {
            !options.paragraphs && answersFromArticleIndex
        }

        var answersFromArticleIndex: Bool {
            articleIndexed && !filter.rawFTS && !clauses.isEmpty && cjkClauses.isEmpty && cjkExcluded.isEmpty
        }

        /// The whole query as one expression over `articles_fts`: every clause, none of the
        /// excluded terms, all within the columns of the kinds in scope.
        var articleMatch: String {
            var expression = clauses.map { "(\($0))" }.joined(separator: " AND ")
            if let excluded { expression = "(\(expression)) NOT (\(excluded))" }
            return ArticleIndex.columnFilter(filter.scope) + "(\(expression))"
        }

        func articleQuery(_ options: SearchOptions) -> ArticleQuery {
            ArticleQuery(plan: self, options: options)
        }

        /// Conditions on the rowid of `articles_fts` for the metadata and entity filters, with
        /// their arguments in order. On `+rowid`: a plain `rowid IN (…)` is handed to FTS5, which
        /// then runs the MATCH once per id, a seek into every term's doclist per selected
        /// article; reading the matches once and checking each id costs less whenever the
        /// selection is more than a handful of articles (counting `cooperation` among one author's
        /// 20,000 articles of 1,000,000: 2.6 s by seeks, 0.2 s by one pass; with `rank`, bm25 also
        /// reads every row holding each term again on each run).
        func articleFilterSQL() -> (sql: String, arguments: [DatabaseValue]) {
            let column = "+rowid"
            var sql = ""
            var arguments: [DatabaseValue] = []
            let (conditions, values) = filter.articleConditions()
            if !conditions.isEmpty {
                sql += " AND \(column) IN (SELECT a.id FROM articles a WHERE \(conditions.joined(separator: " AND ")))"
                arguments += values
            }
            if filter.entity != nil {
                sql += """
                     AND \(column) IN (SELECT p.article_id FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id \
                    WHERE m.entity_id IN (SELECT value FROM json_each(?)))
                    """
                arguments.append(IDList.json(Set(entityIDs)).databaseValue)
            }
            return (sql, arguments)
        }

        // MARK: - Paragraph level

        /// The articles with a paragraph in scope matching `expression`.
        func clauseStatement(_ expression: String, purpose: String) -> SearchStatement {
            SearchStatement(
                purpose: purpose,
                sql: """
                    SELECT DISTINCT p.article_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid \
                    WHERE paragraphs_fts MATCH ? AND p.kind IN (\(filter.kindList))
                    """, arguments: [expression.databaseValue])
        }

        /// Whether the ranking query, with the metadata filters inside it, gives the answer alone.
        var rankingAloneSuffices: Bool {
            clauses.count <= 1 && excluded == nil && filter.entity == nil && cjkClauses.isEmpty && cjkExcluded.isEmpty
        }

        /// The articles with a paragraph in scope matching any of `terms`: CJK ones as substrings
        /// in the trigram index, the others as words in `paragraphs_fts`.
        func cjkClauseStatement(_ terms: [SearchQuery.Term], purpose: String) -> SearchStatement {
            let (lookups, arguments) = paragraphLookups(terms)
            return SearchStatement(
                purpose: purpose,
                sql: """
                    SELECT DISTINCT p.article_id FROM paragraphs p WHERE p.kind IN (\(filter.kindList)) \
                    AND (\(lookups.map { "p.id IN (\($0))" }.joined(separator: " OR ")))
                    """, arguments: arguments)
        }

        /// A statement for each way of finding the paragraphs that hold any of `terms`, with their
        /// arguments in order: each CJK term's substring look-up, and one MATCH of the other terms.
        func paragraphLookups(_ terms: [SearchQuery.Term]) -> (sql: [String], arguments: [DatabaseValue]) {
            var lookups = terms.filter(\.isCJK).map { $0.cjkLookup(indexed: cjkIndexed) }
            var arguments = terms.filter(\.isCJK).map(\.likePattern.databaseValue)
            let words = terms.filter { !$0.isCJK }
            if !words.isEmpty {
                lookups.append("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?")
                arguments.append(words.map(\.fts).joined(separator: " OR ").databaseValue)
            }
            return (lookups, arguments)
        }

        /// Paragraphs in scope matching any clause, with their kind-weighted BM25.
        var rankStatement: SearchStatement {
            let (conditions, values) = filter.articleConditions()
            let metadata =
                conditions.isEmpty
                ? ""
                : " AND p.article_id IN (SELECT a.id FROM articles a WHERE \(conditions.joined(separator: " AND ")))"
            return SearchStatement(
                purpose: "ranking: paragraphs in scope matching any clause",
                sql: """
                    SELECT p.article_id, p.id, p.position, p.kind, bm25(paragraphs_fts) * \(SearchEngine.kindWeights) \
                    FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid \
                    WHERE paragraphs_fts MATCH ? AND p.kind IN (\(filter.kindList))\(metadata)
                    """, arguments: [any.databaseValue] + values)
        }

        var phraseStatement: SearchStatement? {
            phrase.map {
                SearchStatement(
                    purpose: "paragraphs holding the exact phrase (ranked first)",
                    sql: "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", arguments: [$0.databaseValue])
            }
        }

        /// The statements whose rows, intersected, are the paragraphs holding every clause by
        /// themselves: none for a query of one clause (any paragraph matching it holds the whole
        /// query) or raw FTS5 (its expression is matched paragraph by paragraph already).
        var wholeQueryStatements: [SearchStatement] {
            guard !filter.rawFTS, clauses.count + cjkClauses.count > 1 else { return [] }
            var statements: [SearchStatement] = []
            if !clauses.isEmpty {
                statements.append(
                    SearchStatement(
                        purpose: "paragraphs holding every clause by themselves",
                        sql: "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?",
                        arguments: [clauses.map { "(\($0))" }.joined(separator: " AND ").databaseValue]))
            }
            for clause in cjkClauses {
                let (alternatives, arguments) = paragraphLookups(clause)
                statements.append(
                    SearchStatement(
                        purpose: "paragraphs holding a clause with CJK script", sql: alternatives.joined(separator: " UNION "),
                        arguments: arguments))
            }
            return statements
        }

        /// The paragraphs holding every clause by themselves (`wholeQueryStatements`); nil when
        /// every paragraph matching a clause does.
        func wholeQueryParagraphs(_ db: Database) throws -> Set<Int64>? {
            var whole: Set<Int64>?
            for statement in wholeQueryStatements {
                let ids = try Int64.fetchCursor(statement.prepared(db))
                var found: Set<Int64> = []
                while let id = try ids.next() {
                    if whole?.contains(id) ?? true { found.insert(id) }
                }
                whole = found
            }
            return whole
        }

        /// The CJK terms of the clauses, each looked up once.
        var cjkTerms: [SearchQuery.Term] { SearchQuery.unique(cjkClauses.flatMap { $0.filter(\.isCJK) }) }

        /// Paragraphs in scope holding each CJK term, with their text and kind weight.
        var cjkTermStatements: [SearchStatement] {
            cjkTerms.map { term in
                SearchStatement(
                    purpose: "paragraphs in scope holding \(term.tokens.joined(separator: " ")) (trigram index)",
                    sql: """
                        SELECT p.article_id, p.id, p.position, p.kind, p.text, \(SearchEngine.kindWeights) \
                        FROM paragraphs p WHERE p.kind IN (\(filter.kindList)) \
                        AND p.id IN (\(term.cjkLookup(indexed: cjkIndexed)))
                        """, arguments: [term.likePattern.databaseValue])
            }
        }

        /// The snippet of one paragraph; nil `paragraph` for `--sql`, where each hit's is shown as `?`.
        func snippetStatement(_ options: SearchOptions, paragraph: Int64?) -> SearchStatement {
            SearchStatement(
                purpose: "snippet of the best paragraph, for each article on the page",
                sql: "SELECT snippet(paragraphs_fts, 0, ?, ?, '…', ?) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid = ?",
                arguments: [
                    options.markStart.databaseValue, options.markEnd.databaseValue, options.snippetTokens.databaseValue,
                    any.databaseValue, paragraph?.databaseValue ?? .null,
                ], perHit: paragraph == nil)
        }

        /// The statements that select articles, in the order `matchingArticles` runs them.
        var selectionStatements: [SearchStatement] {
            var statements: [SearchStatement] = []
            for (index, clause) in clauses.enumerated() {
                statements.append(clauseStatement(clause, purpose: "clause \(index + 1): articles with a paragraph in scope matching it"))
            }
            func described(_ terms: [SearchQuery.Term]) -> String {
                terms.map { $0.isCJK ? "LIKE '\($0.likePattern)'" : "MATCH \($0.fts)" }.joined(separator: " OR ")
            }
            for clause in cjkClauses {
                statements.append(
                    cjkClauseStatement(
                        clause, purpose: "clause with CJK script (substrings in the trigram index paragraphs_cjk): \(described(clause))"))
            }
            if !cjkExcluded.isEmpty {
                statements.append(
                    cjkClauseStatement(cjkExcluded, purpose: "excluded: articles with a paragraph holding \(described(cjkExcluded))"))
            }
            if let excluded {
                statements.append(clauseStatement(excluded, purpose: "excluded: articles with a paragraph in scope matching it"))
            }
            let (conditions, values) = filter.articleConditions()
            if !conditions.isEmpty {
                statements.append(
                    SearchStatement(
                        purpose: "articles the metadata filters allow",
                        sql: "SELECT a.id FROM articles a WHERE " + conditions.joined(separator: " AND "), arguments: values))
            }
            if filter.entity != nil {
                statements.append(
                    SearchStatement(
                        purpose: "articles mentioning the entity",
                        sql: """
                            SELECT DISTINCT p.article_id FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id \
                            WHERE m.entity_id IN (SELECT value FROM json_each(?))
                            """, arguments: [IDList.json(Set(entityIDs)).databaseValue]))
            }
            return statements
        }

        /// What the paragraph-level way runs, for `--sql`.
        func paragraphLevelStatements(_ options: SearchOptions) -> [SearchStatement] {
            var statements =
                rankingAloneSuffices ? [] : answersFromArticleIndex ? [articleSelectionStatement] : selectionStatements
            if let phraseStatement { statements.append(phraseStatement) }
            if !any.isEmpty { statements.append(rankStatement) }
            statements += cjkTermStatements
            if options.paragraphs { statements += wholeQueryStatements }
            statements.append(SearchEngine.articleRowsStatement(nil))
            statements.append(snippetStatement(options, paragraph: nil))
            return statements
        }

        /// The articles a plain query and the filters select, in the article-level index.
        var articleSelectionStatement: SearchStatement {
            let (filterSQL, arguments) = articleFilterSQL()
            return SearchStatement(
                purpose: "matching articles, in the article-level index",
                sql: "SELECT rowid FROM \(ArticleIndex.table) WHERE \(ArticleIndex.table) MATCH ?\(filterSQL)",
                arguments: [articleMatch.databaseValue] + arguments)
        }

        /// Article ids every clause, filter and exclusion allows; nil when nothing restricts.
        func matchingArticles(_ db: Database) throws -> Set<Int64>? {
            if answersFromArticleIndex {
                return Set(try Int64.fetchAll(articleSelectionStatement.prepared(db)))
            }
            var result: Set<Int64>?
            func narrow(_ ids: Set<Int64>) {
                result = result.map { $0.intersection(ids) } ?? ids
            }
            do {
                // Clauses narrow, exclusions subtract: the order of selectionStatements.
                let clauseCount = clauses.count + cjkClauses.count
                for (index, statement) in selectionStatements.enumerated() {
                    let excluding =
                        index >= clauseCount && index < clauseCount + (cjkExcluded.isEmpty ? 0 : 1) + (excluded == nil ? 0 : 1)
                    if excluding {
                        if result != nil { result?.subtract(try Int64.fetchAll(statement.prepared(db))) }
                    } else {
                        narrow(Set(try Int64.fetchAll(statement.prepared(db))))
                        if index < clauseCount, result?.isEmpty == true { return result }
                    }
                }
            } catch let error as DatabaseError where filter.rawFTS {
                throw CommentaryError.query(Self.explainFTSError(error, query: filter.query ?? ""))
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
