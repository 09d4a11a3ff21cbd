import Foundation
import Testing

/// The same file is the same source however its path is spelled (issue 14, item 2).
@Suite("Source identity")
struct SourceIdentityTests {
    func articles(_ database: String, in directory: URL) throws -> [String] {
        let result = try run(["export", "--db", database, "articles", "--format", "jsonl"], in: directory)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func anEditedFileReachedByAnotherSpellingOfItsPathIsUpdatedNotAdded() throws {
        let root = scratch()
        let folder = root.appending(path: "corpus/idt")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appending(path: "linked"), withDestinationURL: folder)
        let file = folder.appending(path: "x.txt")
        let database = root.appending(path: "a.sqlite").path
        let spellings: [(String, URL)] = [
            ("corpus/idt/x.txt", root),
            (file.path, root),
            ("./corpus/../corpus/idt/x.txt", root),
            ("linked/x.txt", root),
            ("idt/x.txt", root.appending(path: "corpus")),
            ("x.txt", folder),
        ]
        for (round, (path, directory)) in spellings.enumerated() {
            try "Kenya's geothermal plants near Naivasha grew again, officials in Nairobi said (round \(round))."
                .write(to: file, atomically: true, encoding: .utf8)
            let result = try run(["import", "--db", database, path], in: directory)
            #expect(result.status == 0, "\(path): \(result.stderr)")
            #expect(result.stderr.contains(round == 0 ? "imported 1" : "updated 1"), "\(path): \(result.stderr)")
        }
        let stored = try articles(database, in: root)
        #expect(stored.count == 1)
        #expect(stored.first?.contains(#""source":"corpus/idt/x.txt""#) == true)
    }

    @Test func anotherFileUnderTheSameRelativePathIsAnotherSource() throws {
        let root = scratch()
        for folder in ["one/idt", "two/idt"] {
            try FileManager.default.createDirectory(at: root.appending(path: folder), withIntermediateDirectories: true)
        }
        try "Kenya's geothermal plants near Naivasha grew again, officials in Nairobi said.".write(
            to: root.appending(path: "one/idt/x.txt"), atomically: true, encoding: .utf8)
        try "Chile's lithium policy changed in Santiago, where the senate voted on Tuesday.".write(
            to: root.appending(path: "two/idt/x.txt"), atomically: true, encoding: .utf8)
        let database = root.appending(path: "a.sqlite").path
        #expect(try run(["import", "--db", database, "idt/x.txt"], in: root.appending(path: "one")).status == 0)
        let second = try run(["import", "--db", database, "idt/x.txt"], in: root.appending(path: "two"))
        #expect(second.stderr.contains("imported 1"), "\(second.stderr)")
        let stored = try articles(database, in: root)
        #expect(stored.count == 2)
        // The name as given belongs to the first file; the second goes by its full path.
        #expect(stored.contains { $0.contains(#""source":"idt/x.txt""#) && $0.contains(#""words":11"#) })
        #expect(stored.contains { $0.contains(#"two/idt/x.txt""#) && $0.contains(#""words":12"#) })
    }
}
