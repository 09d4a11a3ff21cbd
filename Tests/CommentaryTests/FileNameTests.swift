import Foundation
import Testing

@testable import Commentary

/// File names that are not UTF-8 as text and back, without loss.
@Suite("File names that are not UTF-8")
struct FileNameTests {
    @Test(
        arguments: [
            ([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x74, 0x78, 0x74], "caf\\xe9.txt"),
            ([0x61, 0x5C, 0xFF, 0x5C, 0x78, 0x34, 0x31], "a\\\\\\xff\\\\x41"),
            ([0xC3, 0xA9, 0xC3], "é\\xc3"),
            ([0xED, 0xA0, 0x80], "\\xed\\xa0\\x80"),
        ] as [([UInt8], String)])
    func aNameThatIsNotUTF8IsEscapedAndComesBack(_ bytes: [UInt8], _ text: String) {
        #expect(FileName.text(bytes) == text)
        #expect(FileName.unescaped(text) == bytes)
        #expect(FileName.systemPath(text).dropLast().map { UInt8(bitPattern: $0) } == bytes)
    }

    @Test(arguments: ["café.txt", "a\\b.txt", "plain/path.json", "a\\x41.txt"])
    func aUTF8NameIsItself(_ name: String) {
        #expect(FileName.text(Array(name.utf8)) == name)
        #expect(FileName.systemPath(name) == Array(name.utf8CString))
    }

    @Test func aFolderWalkImportsANameThatIsNotUTF8() throws {
        let directory = temporaryDirectory()
        let text = try Data(contentsOf: URL(fileURLWithPath: seedPath))
        // "caf\xE9.txt", written through the system call: Foundation takes only Strings.
        let name = Array(directory.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8)
        let descriptor = open(name.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)

        let (archive, summary) = try importInto(directory, [directory.path])
        #expect(summary.imported == 1)
        #expect(summary.failed == 0)
        let source = try archive.read { db in try String.fetchOne(db, sql: "SELECT source FROM articles") }
        #expect(source == SourcePath.standardize(directory.path) + "/caf\\xe9.txt")
    }
}
