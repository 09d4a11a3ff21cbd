import Foundation
import Testing

@testable import Commentary

@Suite("list and its seeded samples")
struct ArticleListTests {
    /// The reference output of splitmix64.c for seed 0 (prng.di.unimi.it).
    @Test func splitMixMatchesItsReference() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func aSeedDrawsTheSameSampleAndAnotherSeedAnother() {
        let items = Array(1...1000)
        let first = SeededSample.draw(25, from: items, seed: 7)
        #expect(first == SeededSample.draw(25, from: items, seed: 7))
        #expect(first != SeededSample.draw(25, from: items, seed: 8))
        #expect(Set(first).count == 25)
        #expect(SeededSample.draw(2_000, from: items, seed: 7) == items)
    }

    @Test func boundedDrawsAreUniform() {
        var generator = SplitMix64(seed: 42)
        var counts = [Int](repeating: 0, count: 3)
        for _ in 0..<30_000 { counts[Int(generator.next(below: 3))] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 })
    }

    @Test func listsFilteredAndSorted() throws {
        let (archive, _) = try importInto(temporaryDirectory(), [repositoryRoot.appending(path: "Samples").path])
        var options = ListOptions()
        options.filter.outlet = "china daily"
        options.sort = .date
        let (articles, total) = try ArticleList.list(archive, options)
        #expect(total == articles.count)
        #expect(!articles.isEmpty)
        #expect(articles.allSatisfy { $0.outlet?.lowercased().contains("china daily") == true })
        let dates = articles.compactMap(\.published)
        #expect(dates == dates.sorted())
        // Undated articles come after the dated ones.
        if let firstUndated = articles.firstIndex(where: { $0.published == nil }) {
            #expect(articles[firstUndated...].allSatisfy { $0.published == nil })
        }
    }
}
