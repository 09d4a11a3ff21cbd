import Commentary
import Foundation
import FuzzSupport

/// The CSV/TSV and DOCX readers: any bytes as a CSV document, as a TSV document (with a small row
/// limit, so long rows are passed over too) and as a Word document (a zip read through its central
/// directory, its XML scanned). What they return is not normalized here; `FuzzNormalize` covers that.
enum CSVAndDOCXReading {
    static func test(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = CSVArticleReader.read(text, format: .csv, file: "fuzz.csv", limit: 1 << 20)
        _ = CSVArticleReader.read(text, format: .tsv, file: "fuzz.tsv", limit: 64)
        _ = try? DOCXReader.html(Data(bytes), location: "fuzz.docx", limit: 1 << 20)
    }
}

@main
enum FuzzCSVDOCX {
    static func main() { FuzzHarness.run(CSVAndDOCXReading.test) }
}
