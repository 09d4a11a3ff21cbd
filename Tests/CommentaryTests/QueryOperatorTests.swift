import Foundation
import Testing

@testable import Commentary

@Suite("Query operators and notes")
struct QueryOperatorTests {
    @Test(arguments: [
        ("China NOT Russia", ["\"china\""], "\"russia\""),
        ("China NOT \"Xi Jinping\" forum", ["\"china\"", "\"forum\""], "\"xi jinping\""),
        ("China AND Russia", ["\"china\"", "\"russia\""], nil),
        ("BRICS OR G20 AND forum", ["\"brics\" OR \"g20\"", "\"forum\""], nil),
        ("China \"NOT\" Russia", ["\"china\"", "\"not\"", "\"russia\""], nil),
    ])
    func upperCaseNotAndAndAreOperators(_ input: String, _ clauses: [String], _ excluded: String?) throws {
        let query = try SearchQuery(parsing: input)
        #expect(query.clauseExpressions == clauses)
        #expect(query.excludedExpression == excluded)
        #expect(query.notes.isEmpty)
    }

    @Test(arguments: ["NOT Russia", "AND", "NOT"])
    func operatorsAloneAreNothingToSearch(_ input: String) {
        #expect(throws: CommentaryError.self) { try SearchQuery(parsing: input) }
    }

    @Test(arguments: [
        ("China or Russia", "'or' was read as a word; write OR for either word"),
        ("China and Russia", "'and' was read as a word"),
        ("China not Russia", "'not' was read as a word; write NOT or -word to leave a word out"),
    ])
    func lowerCaseOperatorWordsBetweenWordsGetANote(_ input: String, _ note: String) throws {
        let query = try SearchQuery(parsing: input)
        #expect(query.notes.contains { $0.contains(note) }, "\(query.notes)")
        // Still searched as the word it is.
        #expect(query.clauseExpressions.count == 3)
    }

    @Test(arguments: ["or", "\"war and peace\"", "\"china or russia\"", "not China", "China and"])
    func operatorWordsNotBetweenWordsGetNoNote(_ input: String) throws {
        #expect(try SearchQuery(parsing: input).notes.isEmpty)
    }

    @Test(arguments: [
        ("Xi Jinpin", ["Xi Jinping", "Xi Jinping Thought", "Li Qiang"], ["Xi Jinping"]),
        ("xí jinpin", ["Xi Jinping", "Li Qiang"], ["Xi Jinping"]),
        ("Mishustn", ["Mikhail Mishustin", "Mishustin", "Russia"], ["Mishustin"]),
        ("Qqqqqqq", ["Xi Jinping", "Li Qiang"], []),
    ])
    func closestNamesAreSuggested(_ typed: String, _ names: [String], _ expected: [String]) {
        #expect(NameSuggestion.closest(to: typed, among: names) == expected)
    }
}

@Suite("Đ folds to D")
struct StrokedDTests {
    @Test(arguments: [("Đà Nẵng", "da nang"), ("đường", "duong"), ("ĐẶNG", "dang"), ("Nguyễn", "nguyen")])
    func textFoldTakesTheStrokeOff(_ text: String, _ folded: String) {
        #expect(TextFold.fold(text) == folded)
    }

    @Test func searchAndEntityFiltersFindĐWrittenWithoutTheStroke() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples/danang-chip-ambitions.txt").path])
        for query in ["Da Nang", "\"da nang\"", "Đà Nẵng", "dà nang*"] {
            var options = SearchOptions()
            options.filter.query = query
            let results = try SearchEngine.search(archive, options)
            #expect(results.total == 1, "\(query)")
            #expect(results.hits.first?.snippet.contains("[Đà Nẵng") == true, "\(query): \(results.hits.first?.snippet ?? "")")
        }
        var options = SearchOptions()
        options.filter.query = "chip"
        options.filter.entity = "Da Nang"
        #expect(try SearchEngine.search(archive, options).total == 1)
    }
}
