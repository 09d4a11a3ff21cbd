import Foundation
import Testing

@testable import Commentary

@Suite("The paragraph index after an import")
struct IndexCompactionTests {
    /// Every batch leaves a segment in the paragraph index, and a search opens each of them once
    /// per article on its page: an import that builds the archive merges them into one.
    @Test func anImportThatBuildsTheArchiveLeavesOneSegment() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = ImportOptions()
        options.batchSize = 2
        let (archive, summary) = try importInto(directory, [repositoryRoot.appending(path: "Samples").path], options: options)
        #expect(summary.imported >= 10)
        let segments = try archive.indexSegments("paragraphs_fts")
        #expect(segments == 1)
        try archive.write { db in
            try db.execute(sql: "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)")
        }
        var search = SearchOptions()
        search.filter.query = "Mishustin"
        let found = try SearchEngine.search(archive, search)
        #expect(found.total > 0)

        // An append into a larger archive leaves the index as it is: one more segment, no rewrite.
        let extra = directory.appending(path: "harbour.txt")
        try Data(
            """
            Ports reopen after the storm

            The harbour authority said on Monday that all three container terminals had reopened after the storm.
            """.utf8
        ).write(to: extra)
        let appended = try Importer(archive: archive, options: options).run(paths: [extra.path], standardInput: { nil }, report: { _ in })
        #expect(appended.imported == 1)
        let after = try archive.indexSegments("paragraphs_fts")
        #expect(after == 2)
    }

    /// Appends leave a segment each; once four stand on one level, an append merges them, without
    /// rewriting the segment the first import left.
    @Test func appendsMergeTheSegmentsTheyLeave() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = ImportOptions()
        options.batchSize = 1
        let (archive, _) = try importInto(directory, [repositoryRoot.appending(path: "Samples").path], options: options)
        #expect(try archive.indexSegments("paragraphs_fts") == 1)
        let towns = ["Ardmore", "Balloch", "Carrick", "Dunmore", "Enniscrone", "Fethard", "Glenties", "Howth"]
        for (index, town) in towns.enumerated() {
            let file = directory.appending(path: "append-\(index).txt")
            try Data(
                """
                Harbour works in \(town)

                The harbour authority in \(town) said on Monday that the new slipway would open to boats in the spring, after \(index + 2) years of planning.
                """.utf8
            ).write(to: file)
            let appended = try Importer(archive: archive, options: options).run(
                paths: [file.path], standardInput: { nil }, report: { _ in })
            #expect(appended.imported == 1)
        }
        // Eight appends would leave nine segments unmerged.
        let segments = try archive.indexSegments("paragraphs_fts")
        #expect(segments <= 4)
        try archive.write { db in
            try db.execute(sql: "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES('integrity-check', 1)")
        }
        for town in towns {
            var search = SearchOptions()
            search.filter.query = town
            #expect(try SearchEngine.search(archive, search).total == 1)
        }
    }

    /// A dry run and an import that stores nothing leave the archive untouched.
    @Test func anImportOfDuplicatesLeavesTheIndexAsItIs() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = ImportOptions()
        options.batchSize = 1
        let samples = repositoryRoot.appending(path: "Samples").path
        let (archive, _) = try importInto(directory, [samples], options: options)
        let compacted = try archive.indexSegments("paragraphs_fts")
        let again = try Importer(archive: archive, options: options).run(paths: [samples], standardInput: { nil }, report: { _ in })
        #expect(again.imported == 0)
        let segments = try archive.indexSegments("paragraphs_fts")
        #expect(segments == compacted)
    }
}
