import Commentary
import Foundation

// Usage: commentary-eval GOLD.json... — scores extraction against hand-annotated gold sets and
// prints per-article and total figures. Paths inside the gold files are relative to the current folder.

let files = CommandLine.arguments.dropFirst()
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("usage: commentary-eval GOLD.json...\n".utf8))
    exit(2)
}
let scorer = GoldScorer(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
var annotations: [GoldScorer.Annotation] = []
for file in files {
    do {
        annotations += try GoldScorer.load(URL(fileURLWithPath: file))
    } catch {
        FileHandle.standardError.write(Data("commentary-eval: \(file): \(error)\n".utf8))
        exit(1)
    }
}
let report = scorer.score(annotations)
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
