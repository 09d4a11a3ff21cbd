import Foundation
import GRDB

/// A paragraph holding a match of a query, in an article the query and filters select.
struct MatchedParagraph: Hashable, Sendable {
    var article: Int64
    var paragraph: Int64
}

extension SearchEngine {
    /// The paragraphs `search --paragraphs` would list for `filter`, unranked: every paragraph in
    /// scope that matches the whole query by itself (every clause; `Plan.any` or a CJK term of it
    /// when there is one), in the articles `matchingArticles` selects. The analysis commands count
    /// and read these.
    /// With `directory`, FTS5's matches become articles by look-ups in it instead of a join.
    static func matchingParagraphs(
        _ db: Database, _ filter: ArticleFilter, directory: ParagraphDirectory? = nil
    ) throws -> [MatchedParagraph] {
        precondition(filter.query != nil, "matching paragraphs need a query")
        let plan = try Plan(filter, db)
        let allowed: Set<Int64>?
        if plan.clauses.count == 1 && plan.any == plan.clauses[0] && plan.excluded == nil && plan.cjkClauses.isEmpty
            && plan.cjkExcluded.isEmpty
        {
            // One clause: a paragraph matching it makes its article match, so only the other
            // filters restrict (the clause's own article set would cost a second pass).
            var others = filter
            others.query = nil
            allowed = try matchingArticles(db, others)
        } else {
            allowed = try plan.matchingArticles(db)
        }
        var found: [MatchedParagraph] = []
        var seen: Set<Int64> = []
        // FTS5 gives each paragraph once; only a second statement (a CJK term) can repeat one.
        let deduplicates = !plan.cjkClauses.isEmpty
        func keep(_ rows: RowCursor) throws {
            while let row = try rows.next() {
                let article: Int64 = row[0]
                guard allowed?.contains(article) ?? true else { continue }
                let paragraph: Int64 = row[1]
                if !deduplicates || seen.insert(paragraph).inserted {
                    found.append(MatchedParagraph(article: article, paragraph: paragraph))
                }
            }
        }
        // Each match's article and kind from the index of them (migration 0011), not the text's pages.
        let byKinds = try ParagraphDirectory.byKinds(db)
        do {
            if !plan.any.isEmpty, let directory {
                let scope = ParagraphDirectory.mask(filter.scope)
                let rows = try Int64.fetchCursor(
                    db, sql: "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", arguments: [plan.any])
                while let paragraph = try rows.next() {
                    guard let article = directory.article(of: paragraph, in: scope), allowed?.contains(article) ?? true else { continue }
                    if !deduplicates || seen.insert(paragraph).inserted {
                        found.append(MatchedParagraph(article: article, paragraph: paragraph))
                    }
                }
            } else if !plan.any.isEmpty {
                try keep(
                    Row.fetchCursor(
                        db,
                        sql: """
                            SELECT p.article_id, p.id FROM paragraphs_fts JOIN paragraphs p\(byKinds) ON p.id = paragraphs_fts.rowid
                            WHERE paragraphs_fts MATCH ? AND p.kind IN (\(filter.kindList))
                            """, arguments: [plan.any]))
            }
        } catch let error as DatabaseError where filter.rawFTS {
            throw CommentaryError.query(Plan.explainFTSError(error, query: filter.query ?? ""))
        }
        for term in SearchQuery.unique(plan.cjkClauses.flatMap { $0.filter(\.isCJK) }) {
            try keep(
                Row.fetchCursor(
                    db,
                    sql: """
                        SELECT p.article_id, p.id FROM paragraphs p WHERE p.kind IN (\(filter.kindList))
                        AND p.id IN (\(term.cjkLookup(indexed: plan.cjkIndexed)))
                        """, arguments: [term.likePattern]))
        }
        guard let whole = try plan.wholeQueryParagraphs(db) else { return found }
        return found.filter { whole.contains($0.paragraph) }
    }
}
