import Commentary
import Foundation
import FuzzSupport

/// The plain-text import path whole, as `commentary import --dry-run --format text -` runs it on
/// standard input: decoding (UTF-8, UTF-16 with a byte-order mark, invalid bytes, NUL bytes), the
/// batch, normalizing and extraction. Nothing is stored.
enum PlainTextImport {
    static let importer: Importer? = {
        var options = ImportOptions()
        options.dryRun = true
        options.format = .text
        return try? Importer(archive: nil, options: options)
    }()

    static func test(_ bytes: UnsafeRawBufferPointer) {
        guard let importer else { preconditionFailure("a dry-run importer without an archive could not be made") }
        let data = Data(bytes)
        _ = importer.run(paths: ["-"], standardInput: { data }, report: { _ in })
    }
}

@main
enum FuzzText {
    static func main() { FuzzHarness.run(PlainTextImport.test) }
}
