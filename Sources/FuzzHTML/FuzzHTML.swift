import Commentary
import Foundation
import FuzzSupport

/// The HTML reader alone (libxml2's parser, body and metadata choice, JSON-LD): any bytes as a page.
/// What it returns is not normalized here; `FuzzNormalize` covers that.
enum HTMLReading {
    static func test(_ bytes: UnsafeRawBufferPointer) {
        let html = String(decoding: bytes, as: UTF8.self)
        _ = HTMLArticleReader.read(html, source: "fuzz.html")
    }
}

@main
enum FuzzHTML {
    static func main() { FuzzHarness.run(HTMLReading.test) }
}
