import Commentary
import Foundation
import FuzzSupport

/// The JSON reader alone: any bytes as a whole document (object, array, wrapper object, JSON Lines
/// saved as .json), and each of its lines as a JSON Lines record. What it returns is not normalized
/// here; `FuzzNormalize` covers that.
enum JSONReading {
    static func test(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = JSONArticleReader.readDocument(text, file: "fuzz.json")
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            _ = JSONArticleReader.readLine(line, file: "fuzz.jsonl", number: index + 1, location: "fuzz.jsonl:\(index + 1)")
        }
    }
}

@main
enum FuzzJSON {
    static func main() { FuzzHarness.run(JSONReading.test) }
}
