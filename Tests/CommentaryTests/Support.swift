import Foundation

@testable import Commentary

/// The repository's root, for Samples/ and Tests/Gold/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let seedPath = repositoryRoot.appending(path: "Samples/mishustin-visit-commentary.txt").path

/// One folder for the whole test run, removed when the run's process exits, so repeated runs
/// leave nothing behind in the system's temporary folder.
let testRunFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appending(path: "commentary-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: testRunFolder) }
    return url
}()

/// A fresh temporary folder per test, inside the run's folder.
func temporaryDirectory() -> URL {
    let url = testRunFolder.appending(path: UUID().uuidString)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func normalizeSeed() throws -> Article {
    let text = try String(contentsOfFile: seedPath, encoding: .utf8)
    return try ArticleNormalizer().normalize(RawArticle(source: "seed.txt", rawText: text, text: text))
}

/// Imports paths into a new archive and returns it with the summary.
func importInto(_ directory: URL, _ paths: [String], options: ImportOptions = ImportOptions()) throws -> (Archive, ImportSummary) {
    let archive = try Archive.open(path: directory.appending(path: "test.sqlite").path, mode: .create)
    let importer = try Importer(archive: archive, options: options)
    let summary = importer.run(paths: paths, standardInput: { nil }, report: { _ in })
    return (archive, summary)
}
