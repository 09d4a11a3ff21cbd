import Foundation
import Testing

@testable import Commentary

@Suite("One version in one place")
struct VersionTests {
    /// Changes not yet in a version wait under "Unreleased", above the newest version.
    @Test func theChangelogsNewestEntryIsTheToolsVersion() throws {
        let changelog = try String(contentsOf: repositoryRoot.appending(path: "CHANGELOG.md"), encoding: .utf8)
        let newest = changelog.split(separator: "\n").first { $0.hasPrefix("## ") && $0 != "## Unreleased" }.map { $0.dropFirst(3) }
        #expect(newest.map(String.init) == CommentaryVersion.string)
    }

    @Test func theDocumentsTheReadmeLinksExist() throws {
        let readme = try String(contentsOf: repositoryRoot.appending(path: "README.md"), encoding: .utf8)
        for document in ["ARCHITECTURE.md", "CONTRIBUTING.md", "CHANGELOG.md", "LICENSE", "NOTICE"] {
            #expect(readme.contains("(\(document))"), "README does not link \(document)")
            #expect(FileManager.default.fileExists(atPath: repositoryRoot.appending(path: document).path))
        }
    }
}
