import Foundation
import GRDB
import Testing

@testable import Commentary

@Suite("Collocates, scores checked by hand")
struct CollocatesTests {
    /// A record whose counts are known: "node" twice; "beta" twice within two words of it and
    /// once elsewhere; "alpha" once near it.
    func archive() throws -> Archive {
        try archive(of: "Alpha beta node gamma delta omega omega omega.\n\nNode beta epsilon omega omega omega.\n\nZeta zeta beta omega.")
    }

    /// An archive of one JSON record titled "Report" with `text`.
    func archive(of text: String) throws -> Archive {
        let directory = temporaryDirectory()
        let file = directory.appending(path: "records.jsonl")
        try JSONSerialization.data(withJSONObject: ["id": "1", "title": "Report", "text": text]).write(to: file)
        return try importInto(directory, [file.path]).0
    }

    /// N and f(c) counted apart from the index: the words of every stored paragraph.
    func corpusCounts(_ archive: Archive) throws -> (tokens: Int, beta: Int) {
        let texts = try archive.read { db in try String.fetchAll(db, sql: "SELECT text FROM paragraphs") }
        let words = texts.flatMap { $0.lowercased().split { !$0.isLetter && !$0.isNumber } }
        return (words.count, words.filter { $0 == "beta" }.count)
    }

    @Test func logDiceAndMIByHand() throws {
        let archive = try archive()
        let (tokens, beta) = try corpusCounts(archive)
        #expect(beta == 3)
        var options = CollocateOptions()
        options.filter.query = "node"
        options.filter.scope = ParagraphKind.allCases
        options.window = 2
        options.minimumCount = 1
        let results = try Collocates.find(archive, options)
        #expect(results.matches == 2)
        #expect(results.tokens == tokens)
        let found = try #require(results.collocates.first { $0.word == "beta" })
        #expect(found.cooccurrences == 2)
        #expect(found.frequency == 3)
        // log-Dice = 14 + log2(2·2 / (2 + 3)) = 14 + log2(0.8) = 13.678…
        #expect(abs(found.logDice - 13.678_071_9) < 1e-6)
        // MI = log2(2·N / (2·3))
        #expect(abs(found.mutualInformation - log2(Double(2 * tokens) / 6)) < 1e-9)
        let alpha = try #require(results.collocates.first { $0.word == "alpha" })
        #expect(alpha.cooccurrences == 1 && alpha.frequency == 1)
        // 14 + log2(2·1 / (2 + 1))
        #expect(abs(alpha.logDice - (14 + log2(2.0 / 3))) < 1e-9)
        // The node itself is no collocate of itself.
        #expect(!results.collocates.contains { $0.word == "node" })
        // Beta is the strongest by log-Dice.
        #expect(results.collocates.first?.word == "beta")
    }

    @Test func theMinimumCountAndStopWordsLeaveWordsOut() throws {
        let archive = try archive()
        var options = CollocateOptions()
        options.filter.query = "node"
        options.filter.scope = ParagraphKind.allCases
        options.window = 2
        #expect(try Collocates.find(archive, options).collocates.map(\.word) == ["beta"])
    }

    @Test func aWordBetweenTwoMatchesCoOccursOnce() throws {
        // "slow" stands within two words of both matches: one occurrence, one co-occurrence.
        let archive = try archive(of: "Talks on debt relief was slow and debt relief stalled again.")
        var options = CollocateOptions()
        options.filter.query = "\"debt relief\""
        options.filter.scope = ParagraphKind.allCases
        options.window = 2
        options.minimumCount = 1
        let results = try Collocates.find(archive, options)
        #expect(results.matches == 2)
        let slow = try #require(results.collocates.first { $0.word == "slow" })
        #expect(slow.frequency == 1)
        #expect(slow.cooccurrences == 1)
        #expect(results.collocates.allSatisfy { $0.cooccurrences <= $0.frequency })
    }

    @Test func aQueryInCJKScriptIsRefusedNotAnsweredEmpty() throws {
        let archive = try archive(of: "国家主席习近平在北京会见俄罗斯总理。双方就中俄关系交换了意见。")
        var options = CollocateOptions()
        options.filter.query = "习近平"
        options.filter.scope = ParagraphKind.allCases
        #expect(throws: CommentaryError.self) { try Collocates.find(archive, options) }
    }

    @Test func surfaceFormsAreCountedAsWritten() throws {
        let archive = try archive(of: "Tariffs rose and tariff talks stalled.\n\nThe tariffs hit exports of steel.\n\nSteel tariffs again.")
        var options = CollocateOptions()
        options.filter.query = "steel"
        options.filter.scope = ParagraphKind.allCases
        options.window = 1
        options.minimumCount = 1
        let stems = try Collocates.find(archive, options).collocates
        #expect(stems.first { $0.word == "tariff" }?.frequency == 4)
        options.surface = true
        let surface = try Collocates.find(archive, options).collocates
        #expect(surface.first { $0.word == "tariffs" }?.frequency == 3)
        #expect(surface.first { $0.word == "tariffs" }?.cooccurrences == 1)
    }

    @Test func varintsDecodeAsSQLiteWritesThem() {
        var offset = 0
        #expect(Collocates.varint([0x7F], &offset) == 127 && offset == 1)
        offset = 0
        #expect(Collocates.varint([0x81, 0x00], &offset) == 128 && offset == 2)
        offset = 0
        #expect(Collocates.varint([0x82, 0x80, 0x01], &offset) == (2 << 14) + 1)
    }
}
