import Commentary
import Foundation

// Usage: commentary-eval GOLD.json... [--sealed SEALED.json] [--write-baseline FILE | --check-baseline FILE]
//
// Scores extraction against hand-annotated gold sets and prints per-article and total figures.
// The sealed set is scored in total only: its articles are not looked at while rules change.
// --write-baseline records the per-article figures and the output's digest (make gold-baseline);
// --check-baseline lists every regression against such a record and exits 1 when there is one.
// Paths inside the gold files are relative to the current folder.

func fail(_ message: String, status: Int32) -> Never {
    writeError("commentary-eval: \(message)\n")
    exit(status)
}

var goldFiles: [String] = []
var sealedFile: String?
var writeBaseline: String?
var checkBaseline: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--sealed": sealedFile = arguments.popFirst()
    case "--write-baseline": writeBaseline = arguments.popFirst()
    case "--check-baseline": checkBaseline = arguments.popFirst()
    default: goldFiles.append(argument)
    }
}
guard !goldFiles.isEmpty else {
    fail("usage: commentary-eval GOLD.json... [--sealed SEALED.json] [--write-baseline FILE | --check-baseline FILE]", status: 2)
}
let scorer = GoldScorer(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
func load(_ files: [String]) -> [GoldScorer.Annotation] {
    files.flatMap { file -> [GoldScorer.Annotation] in
        do {
            return try GoldScorer.load(URL(fileURLWithPath: file))
        } catch {
            fail("\(file): \(error)", status: 1)
        }
    }
}
let annotations = load(goldFiles)
let report = scorer.score(annotations)
let sealed = sealedFile.map { scorer.score(load([$0])) }
func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }

print("article                                              entities F1  dates F1  captions")
for article in report.articles {
    let name = article.file.count > 52 ? "…" + article.file.suffix(51) : article.file
    print(
        name.padding(toLength: 53, withPad: " ", startingAt: 0),
        percent(article.entities.f1), "     ", percent(article.dates.f1), "  ", "\(article.captionsMatched)/\(article.captionsExpected)")
    for line in article.fieldErrors { print("    field  \(line)") }
    for line in article.captionErrors { print("    \(line)") }
    if !article.missingEntities.isEmpty { print("    missing entities: \(article.missingEntities.joined(separator: "; "))") }
    if !article.extraEntities.isEmpty { print("    extra entities:   \(article.extraEntities.joined(separator: "; "))") }
    if !article.missingDates.isEmpty { print("    missing dates: \(article.missingDates.joined(separator: ", "))") }
    if !article.extraDates.isEmpty { print("    extra dates:   \(article.extraDates.joined(separator: ", "))") }
}
print("")
print("articles \(report.articles.count)")
print(
    "entities  precision \(percent(report.entities.precision))  recall \(percent(report.entities.recall))  F1 \(percent(report.entities.f1))  (target ≥ 90%)"
)
print(
    "dates     precision \(percent(report.dates.precision))  recall \(percent(report.dates.recall))  F1 \(percent(report.dates.f1))  (target ≥ 92%)"
)
print("captions  \(report.captionsMatched)/\(report.captionsExpected) with text and credit  (target: all)")
print("fields    \(report.fieldsCorrect)/\(report.fieldsTotal) title, author, outlet, published correct  (target: all authors and outlets)")
if let sealed {
    print("")
    print("sealed set (totals only), \(sealed.articles.count) articles:")
    print("  entities F1 \(percent(sealed.entities.f1))  dates F1 \(percent(sealed.dates.f1))")
    print("  captions \(sealed.captionsMatched)/\(sealed.captionsExpected)  fields \(sealed.fieldsCorrect)/\(sealed.fieldsTotal)")
    print("  fields by name: \(sealed.fieldSummary)")
}

let digest = scorer.digest(annotations + (sealedFile.map { load([$0]) } ?? []))
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
encoder.keyEncodingStrategy = .convertToSnakeCase
if let path = writeBaseline {
    do {
        let data = try encoder.encode(GoldBaseline(report: report, digest: digest, sealed: sealed))
        try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
        print("\nwrote \(path) (extractor version \(ArticleNormalizer.extractorVersion))")
    } catch {
        fail("\(path): \(error)", status: 1)
    }
}
if let path = checkBaseline {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let baseline: GoldBaseline
    do {
        baseline = try decoder.decode(GoldBaseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        fail("\(path): \(error)", status: 1)
    }
    let regressions = baseline.regressions(report, digest: digest, sealed: sealed)
    print("")
    if regressions.isEmpty {
        print("baseline: no regression against \(path)")
    } else {
        print("baseline: \(regressions.count) regression(s) against \(path):")
        for line in regressions { print("  \(line)") }
        exit(1)
    }
}

/// Writes `message` to standard error with write(2): a closed or full stderr drops it instead of
/// trapping, as FileHandle's write would.
func writeError(_ message: String) {
    var message = message
    message.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return }
        _ = write(2, base, bytes.count)
    }
}
