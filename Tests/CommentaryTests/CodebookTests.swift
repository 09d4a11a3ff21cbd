import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("Codebooks for code --dictionary")
struct CodebookTests {
    @Test func yamlListsAndOneLineCategories() throws {
        let book = try Codebook(
            parsing: """
                # topics
                trade:
                  - tariff*   # a comment
                  - '"supply chain"'
                climate: climate OR emissions

                "debt: relief":
                  - "debt relief"
                """, name: "book.yaml", csv: false)
        #expect(
            book.categories == [
                .init(name: "trade", queries: ["tariff*", "\"supply chain\""]),
                .init(name: "climate", queries: ["climate OR emissions"]),
                .init(name: "debt: relief", queries: ["debt relief"]),
            ])
    }

    @Test func yamlWithWindowsLineEndsReadsEveryCategory() throws {
        // Saved by Notepad or Excel: "\r\n" is one character in Swift, so a split at "\n" saw one
        // line, the whole book, and coded it as one category.
        for end in ["\r\n", "\r"] {
            let text = ["# topics", "place: Eldoret", "meeting:", "  - cooperative", "  - council", ""].joined(separator: end)
            let book = try Codebook(parsing: text, name: "book.yaml", csv: false)
            #expect(
                book.categories == [
                    .init(name: "place", queries: ["Eldoret"]), .init(name: "meeting", queries: ["cooperative", "council"]),
                ])
        }
    }

    @Test func csvWithHeaderQuotesAndRepeatedCategories() throws {
        let book = try Codebook(
            parsing: "category,query\r\ntrade,tariff*\r\nclimate,climate\r\ntrade,\"\"\"supply chain\"\"\"\r\n", name: "book.csv", csv: true
        )
        #expect(
            book.categories == [
                .init(name: "trade", queries: ["tariff*", "\"supply chain\""]), .init(name: "climate", queries: ["climate"]),
            ])
    }

    @Test(arguments: [
        ("trade:\n  - tariff\n    oops\n", false, "book:3:"),
        ("- tariff\n", false, "book:1:"),
        ("trade\n", false, "book:1:"),
        ("trade:\n  - 'tariff\n", false, "book:2: an unclosed quote"),
        ("trade:\nclimate: climate\n", false, "category 'trade' has no query"),
        ("trade: AND\n", false, "category 'trade', query 'AND'"),
        ("category,query\ntrade,tariff\nclimate\n", true, "book:3: expected two fields"),
        ("trade,\"tariff\n", true, "book:1: a quoted field is never closed"),
        ("", true, "no categories"),
        // A category named twice: YAML readers keep only its last list; this one refuses it.
        ("trade:\n  - tariff\nclimate: climate\ntrade:\n  - quota\n", false, "book:4: category 'trade' is already named on line 1"),
        ("trade: tariff\n\"trade\": quota\n", false, "book:2: category 'trade' is already named on line 1"),
    ])
    func badLinesAreNamed(_ text: String, _ csv: Bool, _ message: String) {
        #expect {
            try Codebook(parsing: text, name: "book", csv: csv)
        } throws: { error in
            (error as? CommentaryError)?.description.contains(message) == true
        }
    }

    @Test func theSampleCodebookReads() throws {
        let text = try String(contentsOf: repositoryRoot.appending(path: "Samples/codebook.yaml"), encoding: .utf8)
        let book = try Codebook(parsing: text, name: "Samples/codebook.yaml", csv: false)
        #expect(book.categories.count == 6)
        #expect(book.categories[0].queries.contains("\"supply chain\""))
    }
}

/// The table of each paragraph's article and kind that `code` reads once for all its queries.
@Suite("Paragraph directory")
struct ParagraphDirectoryTests {
    @Test func givesEachParagraphsArticleWithinTheScopeAndNothingForGaps() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        let first = try archive.read { db in try Int64.fetchOne(db, sql: "SELECT min(id) FROM articles") ?? 0 }
        try Deletion.plan(archive, references: [String(first)], filter: nil).apply(archive)
        try archive.read { db in
            let directory = try ParagraphDirectory(db)
            let all = ParagraphDirectory.mask(ParagraphKind.allCases)
            let scope = ParagraphDirectory.mask(ParagraphKind.defaultScope)
            let rows = try Row.fetchAll(db, sql: "SELECT id, article_id, kind FROM paragraphs")
            #expect(rows.count > 100)
            for row in rows {
                let id: Int64 = row[0]
                let article: Int64 = row[1]
                let kind = try #require(ParagraphKind(rawValue: row[2]))
                #expect(directory.article(of: id, in: all) == article)
                #expect(directory.article(of: id, in: scope) == (ParagraphKind.defaultScope.contains(kind) ? article : nil))
            }
            let present = Set(rows.map { $0[0] as Int64 })
            let highest = try #require(present.max())
            // The deleted article's paragraphs, and ids past the last, belong to no article.
            for id in Int64(0)...(highest + 2) where !present.contains(id) {
                #expect(directory.article(of: id, in: all) == nil)
            }
        }
    }
}
