import Foundation
import GRDB

/// A plain query answered by the article-level index `articles_fts` (`ArticleIndex`): the page of
/// articles ranked inside SQLite (`ORDER BY exact DESC, rank LIMIT`), the total by `count(*)`, and
/// `paragraphs_fts` read only for the articles on the page, for the best paragraph and its snippet.
///
/// The best paragraph of an article: one holding the exact phrase first, then the one matching
/// the most clauses, weighted by its kind, then the first. (Ranking each article's paragraphs by
/// BM25 would make SQLite count every paragraph holding each word once per article on the page.)
struct ArticleQuery {
    let plan: SearchEngine.Plan
    let options: SearchOptions

    var match: String { plan.articleMatch }

    /// MATCH and the filters, over `articles_fts` (see `SearchEngine.Plan.articleFilterSQL`).
    private var condition: (sql: String, arguments: [DatabaseValue]) {
        let (filterSQL, arguments) = plan.articleFilterSQL()
        return ("\(ArticleIndex.table) MATCH ?" + filterSQL, [match.databaseValue] + arguments)
    }

    /// Whether the page statement counts every match too (`count(*) OVER ()`). With a phrase of
    /// several words, matching reads every position of its words, and a count of its own would
    /// read them all again, where the window counts the rows the page reads anyway. Without one,
    /// a count of its own reads only the doclists, which costs less than keeping every match of a
    /// common word for the window.
    var countsInPage: Bool { plan.hasMultiWordPhrase }

    /// The number of matching articles; run when the page is full or starts past the first
    /// article, unless the page counts (`countsInPage`) and has a row.
    var count: SearchStatement {
        let (sql, arguments) = condition
        let when = countsInPage ? "run only when the page is empty and --offset is given" : "run when the page is full or --offset is given"
        return SearchStatement(
            purpose: "the total: matching articles (\(when))",
            sql: "SELECT count(*) FROM \(ArticleIndex.table) WHERE \(sql)", arguments: arguments)
    }

    /// The page: article ids with their rank, exact phrase matches first; with the total as a
    /// fourth column when `countsInPage` (the window over a subquery: FTS5's auxiliary functions
    /// run only in the statement that reads the table itself).
    var page: SearchStatement {
        // The MATCH's first phrases are the clauses, in order (`SearchEngine.Plan.articleMatch`).
        let exact = plan.phrase == nil ? "0" : ExactPhrase.call(ArticleIndex.table, phrases: plan.clauses.count)
        var (sql, arguments) = condition
        // The article id by a name of its own: inside the date's subquery a bare `rowid` would be
        // the rowid of `articles`.
        let article = countsInPage ? "m.article" : "\(ArticleIndex.table).rowid"
        var order = "exact DESC, rank, \(article)"
        if options.sort == .date {
            order = "(SELECT a.published FROM articles a WHERE a.id = \(article)) DESC, " + order
        }
        arguments += [Int64(clamping: options.limit).databaseValue, Int64(clamping: options.offset).databaseValue]
        let from = "FROM \(ArticleIndex.table) WHERE \(sql)"
        return SearchStatement(
            purpose:
                "the page: matching articles, \(options.sort == .date ? "newest first, then " : "")exact phrase first, by rank\(countsInPage ? ", with the total" : "")",
            sql: countsInPage
                ? """
                SELECT m.article, m.rank, m.exact, count(*) OVER () AS total \
                FROM (SELECT rowid AS article, rank, \(exact) AS exact \(from)) AS m ORDER BY \(order) LIMIT ? OFFSET ?
                """
                : "SELECT rowid, rank, \(exact) AS exact \(from) ORDER BY \(order) LIMIT ? OFFSET ?",
            arguments: arguments)
    }

    /// Paragraphs among ids `range` matching `expression`; nil `range` for `--sql`.
    func withinStatement(_ expression: String, purpose: String, range: ClosedRange<Int64>?) -> SearchStatement {
        SearchStatement(
            purpose: purpose,
            sql: "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid BETWEEN ? AND ?",
            arguments: [expression.databaseValue, range?.lowerBound.databaseValue ?? .null, range?.upperBound.databaseValue ?? .null],
            perHit: range == nil)
    }

    /// Paragraphs among ids `range` holding `words` one after another: the words ANDed, then
    /// checked for adjacency by `commentary_exact`. The same rows as the phrase's own MATCH, which
    /// FTS5 answers within a rowid range by walking on through every row holding all the words
    /// until one holds the phrase, past the range: 45–60 ms an article for "cooperation energy"
    /// at 1,000,000 articles, against 1 ms this way.
    func adjacentWordsStatement(_ words: [String], purpose: String, range: ClosedRange<Int64>?) -> SearchStatement {
        let match = words.map { "\"\($0)\"" }.joined(separator: " AND ")
        return SearchStatement(
            purpose: purpose,
            sql: """
                SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid BETWEEN ? AND ? \
                AND \(ExactPhrase.call("paragraphs_fts", phrases: words.count))
                """,
            arguments: [match.databaseValue, range?.lowerBound.databaseValue ?? .null, range?.upperBound.databaseValue ?? .null],
            perHit: range == nil)
    }

    func clauseStatements(range: ClosedRange<Int64>?) -> [SearchStatement] {
        plan.clauses.enumerated().map { index, clause in
            let purpose = "each article on the page: its paragraphs matching clause \(index + 1)"
            if index < plan.clauseWords.count, let words = plan.clauseWords[index], words.count > 1 {
                return adjacentWordsStatement(words, purpose: purpose, range: range)
            }
            return withinStatement(clause, purpose: purpose, range: range)
        }
    }

    func phraseStatement(range: ClosedRange<Int64>?) -> SearchStatement? {
        guard plan.phrase != nil else { return nil }
        let words = plan.clauseWords.compactMap { $0 }.flatMap { $0 }
        return adjacentWordsStatement(words, purpose: "each article on the page: its paragraphs holding the exact phrase", range: range)
    }

    /// What runs for the articles on the page, for `--sql`.
    var pageStatements: [SearchStatement] {
        if readsPageAtOnce {
            return [SearchEngine.articleRowsStatement(nil), allParagraphsStatement(articles: nil), pageParagraphsStatement(nil)]
        }
        return [SearchEngine.articleRowsStatement(nil), allParagraphsStatement(articles: nil)]
            + plan.clauses.indices.compactMap { wordClauseStatement($0) }
            + clauseStatements(range: nil) + [phraseStatement(range: nil)].compactMap { $0 }
            + [pageParagraphsStatement(nil), plan.snippetStatement(options, paragraph: nil)]
    }

    /// How many matching paragraphs of a clause of words are read from the whole archive before
    /// the page's articles are looked up one by one instead: reading a clause's matches costs
    /// about 0.3 µs a paragraph, a look-up within one article about as much as 250 of them.
    var wordClauseLimit: Int { options.wordClauseLimit ?? max(1_000, 250 * min(options.limit, 1_000)) }

    /// The paragraphs matching clause `index` anywhere in the archive, at most `wordClauseLimit` + 1:
    /// when fewer come back they are all of them, and no article on the page needs a look-up of its
    /// own for the clause. Nil for a clause with a phrase or a prefix, whose matches FTS5 lists
    /// only by reading positions or merging terms.
    func wordClauseStatement(_ index: Int) -> SearchStatement? {
        guard index < plan.wordClauses.count, plan.wordClauses[index] else { return nil }
        return SearchStatement(
            purpose: "clause \(index + 1): its paragraphs in the whole archive, at most \(wordClauseLimit + 1) "
                + "(when there are more, each article on the page is looked up for it below)",
            sql: "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?",
            arguments: [plan.clauses[index].databaseValue, Int64(wordClauseLimit + 1).databaseValue])
    }

    /// Whether the page's paragraphs are read in one statement rather than article by article: a
    /// prefix makes FTS5 merge every term it stands for on each run of a statement, so a seek per
    /// article would cost a pass over all of them per article.
    var readsPageAtOnce: Bool { plan.clauses.contains { $0.contains("*") } }

    /// The page's paragraphs matching any clause, with their snippets, in one pass; nil
    /// `paragraphs` (a JSON array of ids) for `--sql`.
    func pageParagraphsStatement(_ paragraphs: String?) -> SearchStatement {
        SearchStatement(
            purpose: readsPageAtOnce
                ? "the page's paragraphs in scope matching any clause, with snippets (a query with a prefix)"
                : "the snippets of the best paragraphs, when every clause's paragraphs were read whole above",
            sql: """
                SELECT rowid, snippet(paragraphs_fts, 0, ?, ?, '…', ?) FROM paragraphs_fts \
                WHERE paragraphs_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
                """,
            arguments: [
                options.markStart.databaseValue, options.markEnd.databaseValue, options.snippetTokens.databaseValue,
                plan.any.databaseValue, paragraphs?.databaseValue ?? .null,
            ], perHit: paragraphs == nil)
    }

    /// The page's articles' paragraphs in scope, in order; nil `articles` for `--sql`.
    func allParagraphsStatement(articles: Set<Int64>?) -> SearchStatement {
        SearchStatement(
            purpose: "the articles on the page: their paragraphs in scope",
            sql: """
                SELECT id, article_id, position, kind FROM paragraphs WHERE article_id IN (SELECT value FROM json_each(?)) \
                AND kind IN (\(plan.filter.kindList)) ORDER BY article_id, position
                """,
            arguments: [articles.map { IDList.json($0).databaseValue } ?? .null], perHit: articles == nil)
    }

    /// The paragraphs in scope of each of `articles`, in position order, from one statement.
    func pageParagraphs(of articles: Set<Int64>, _ db: Database) throws -> [Int64: [Paragraph]] {
        var byArticle: [Int64: [Paragraph]] = [:]
        for row in try Row.fetchAll(allParagraphsStatement(articles: articles).prepared(db)) {
            byArticle[row[1], default: []].append(
                Paragraph(id: row[0], position: row[2], kind: ParagraphKind(rawValue: row[3]) ?? .body))
        }
        return byArticle
    }

    /// The best paragraph of each article on the page with its snippet, read in one pass: the
    /// first matching paragraph of the highest kind weight (clauses are not told apart here).
    func bestParagraphsAtOnce(of articles: Set<Int64>, _ db: Database) throws -> [Int64: (Paragraph, String)] {
        guard !articles.isEmpty else { return [:] }
        let byArticle = try pageParagraphs(of: articles, db)
        let ids = byArticle.values.flatMap { $0.map(\.id) }
        var snippets: [Int64: String] = [:]
        for row in try Row.fetchAll(pageParagraphsStatement(IDList.json(ids)).prepared(db)) { snippets[row[0]] = row[1] }
        var best: [Int64: (Paragraph, String)] = [:]
        for (article, paragraphs) in byArticle {
            // In position order: a later paragraph must weigh strictly more.
            var chosen: Paragraph?
            for paragraph in paragraphs where snippets[paragraph.id] != nil {
                if let current = chosen, ArticleIndex.weight(paragraph.kind) <= ArticleIndex.weight(current.kind) { continue }
                chosen = paragraph
            }
            if let chosen { best[article] = (chosen, snippets[chosen.id] ?? "") }
        }
        return best
    }

    func run(_ db: Database) throws -> SearchResults {
        let rows = options.limit > 0 ? try Row.fetchAll(page.prepared(db)) : []
        // A page that is not full and starts at the first article holds them all.
        let total: Int
        if options.offset == 0 && rows.count < options.limit {
            total = rows.count
        } else if countsInPage, let first = rows.first {
            total = first[3]
        } else {
            total = try Int.fetchOne(count.prepared(db)) ?? 0
        }
        let whole = readsPageAtOnce ? [] : try wholeClauses(db)
        var hits: [SearchHit] = []
        hits.reserveCapacity(rows.count)
        // A slice of the page at a time, so that a page of every match (`--all`) holds the
        // paragraphs of one slice's articles, not of all of them.
        for start in stride(from: 0, to: rows.count, by: Self.slice) {
            let slice = rows[start..<min(start + Self.slice, rows.count)]
            let articles = Set(slice.map { $0[0] as Int64 })
            let metadata = try SearchEngine.articleRows(db, articles)
            let chosen = readsPageAtOnce ? try bestParagraphsAtOnce(of: articles, db) : try bestParagraphs(of: articles, whole: whole, db)
            for row in slice {
                let article: Int64 = row[0]
                let rank: Double = row[1]
                guard let about = metadata[article] else { continue }
                let (best, snippet) = chosen[article] ?? (nil, "")
                hits.append(
                    SearchHit(
                        articleID: article, source: about["source"], title: about["title"], author: about["author"],
                        outlet: about["outlet"], published: about["published"], score: (-rank * 1000).rounded() / 1000,
                        paragraphPosition: best?.position ?? 0, kind: best?.kind ?? .body,
                        snippet: SearchEngine.mergeAdjacentMarks(snippet, start: options.markStart, end: options.markEnd)))
            }
        }
        return SearchResults(total: total, hits: hits)
    }

    /// How many articles of the page are read together: few enough that `--all` over every
    /// article of a large archive holds little, many enough that a query with a prefix, whose
    /// paragraphs' statement reads every match of the archive each time, runs it a few times.
    static let slice = 5_000

    struct Paragraph {
        var id: Int64
        var position: Int
        var kind: ParagraphKind
    }

    /// For each clause, every paragraph of the archive matching it when it is a clause of words
    /// in at most `wordClauseLimit` paragraphs (`wordClauseStatement`), else nil.
    func wholeClauses(_ db: Database) throws -> [Set<Int64>?] {
        let limit = wordClauseLimit
        return try plan.clauses.indices.map { index in
            guard let statement = wordClauseStatement(index) else { return nil }
            let ids = try Int64.fetchAll(statement.prepared(db))
            return ids.count <= limit ? Set(ids) : nil
        }
    }

    /// The best paragraph of each of `articles` (see the type's summary) with its snippet. Their
    /// paragraphs in scope come in one statement; a clause read `whole` needs no statement, any
    /// other is looked up within each article's paragraphs; the snippets come in one statement
    /// when every clause was read whole, else one for each article.
    func bestParagraphs(of articles: Set<Int64>, whole: [Set<Int64>?], _ db: Database) throws -> [Int64: (Paragraph, String)] {
        guard !articles.isEmpty else { return [:] }
        let byArticle = try pageParagraphs(of: articles, db)
        var best: [Int64: Paragraph] = [:]
        for (article, paragraphs) in byArticle {
            best[article] = try bestParagraph(among: paragraphs, known: whole, db)
        }
        var snippets: [Int64: String] = [:]
        if !whole.isEmpty && whole.allSatisfy({ $0 != nil }) {
            let ids = best.values.map(\.id)
            for row in try Row.fetchAll(pageParagraphsStatement(IDList.json(ids)).prepared(db)) { snippets[row[0]] = row[1] }
        } else {
            for paragraph in best.values {
                snippets[paragraph.id] = try String.fetchOne(plan.snippetStatement(options, paragraph: paragraph.id).prepared(db))
            }
        }
        return best.mapValues { ($0, snippets[$0.id] ?? "") }
    }

    /// The best of one article's `paragraphs` in scope, in position order; `known` holds, for a
    /// clause, every paragraph of the archive matching it, else nil and the clause is looked up
    /// within the article's paragraphs.
    func bestParagraph(among paragraphs: [Paragraph], known: [Set<Int64>?], _ db: Database) throws -> Paragraph? {
        guard let low = paragraphs.map(\.id).min(), let high = paragraphs.map(\.id).max() else { return nil }
        var clausesMatched: [Int64: Int] = [:]
        for (index, statement) in clauseStatements(range: low...high).enumerated() {
            let ids: [Int64]
            if index < known.count, let whole = known[index] {
                ids = paragraphs.map(\.id).filter(whole.contains)
            } else {
                ids = try Int64.fetchAll(statement.prepared(db))
            }
            for id in ids { clausesMatched[id, default: 0] += 1 }
        }
        let exact = try phraseStatement(range: low...high).map { Set(try Int64.fetchAll($0.prepared(db))) } ?? []
        func key(_ paragraph: Paragraph) -> (Int, Double) {
            (exact.contains(paragraph.id) ? 1 : 0, Double(clausesMatched[paragraph.id] ?? 0) * ArticleIndex.weight(paragraph.kind))
        }
        var best: Paragraph?
        for paragraph in paragraphs where clausesMatched[paragraph.id] != nil {
            // In position order: a later paragraph must score strictly better.
            if let current = best, key(paragraph) <= key(current) { continue }
            best = paragraph
        }
        return best ?? paragraphs.first
    }
}
