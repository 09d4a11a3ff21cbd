import ArgumentParser
import Commentary
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles from files, directories or standard input.",
        discussion: """
            Plain text (.txt), HTML (.html, .htm), JSON (.json) and JSON Lines (.jsonl, .ndjson, and .gz of either).
            Directories are walked recursively; hidden files are skipped. The same text imported again is stored
            once; a known source with changed text is updated in place.

            Examples:
              commentary import Samples/
              commentary import feed.jsonl.gz pages/
              cat article.txt | commentary import - --input-format text --source my-article
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Files or directories to import; - reads standard input.")
    var paths: [String]

    @Option(help: "Read every input as this format: text, html, json or jsonl (default: by extension).")
    var inputFormat: InputFormat?

    @Option(help: "Source name for standard input (default: stdin#HASH).")
    var source: String?

    @Option(help: "Largest article accepted, in megabytes.")
    var maxSize: Int = 50

    @Flag(help: "Parse and report without writing anything.")
    var dryRun = false

    @Option(help: "Articles per transaction: larger batches write faster, smaller ones lose less work to a crash.")
    var batchSize: Int = ImportOptions().batchSize

    @Flag(name: .shortAndLong, help: "Print nothing but errors (no progress, no summary).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print one line per article stored.")
    var verbose = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to import (or - for standard input)") }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if maxSize <= 0 { throw ValidationError("--max-size must be a positive number of megabytes") }
        if batchSize <= 0 { throw ValidationError("--batch-size must be a positive number of articles") }
        if source != nil && !paths.contains("-") { throw ValidationError("--source names standard input; add - to the paths") }
    }

    func run() throws {
        var options = ImportOptions()
        options.format = inputFormat
        options.sourceName = source
        options.maxArticleBytes = maxSize * 1024 * 1024
        options.dryRun = dryRun
        options.batchSize = batchSize
        let store: Archive? =
            try dryRun && !FileManager.default.fileExists(atPath: archive.path) ? nil : archive.open(dryRun ? .read : .create)
        defer { store?.close() }
        let importer = try Importer(archive: store, options: options)
        let progress = ProgressLine(enabled: !quiet && Terminal.stderrIsTerminal)
        let quiet = self.quiet
        let verbose = self.verbose
        let report: @Sendable (ImportEvent) -> Void = { event in
            switch event {
            case .failed(let error):
                progress.clear()
                Terminal.error(error.description)
            case .warning(let message):
                progress.clear()
                Terminal.warning(message)
            case .progress(let state):
                progress.show(state)
            case .stored(let source, let outcome):
                guard verbose && !quiet else { return }
                progress.clear()
                switch outcome {
                case .imported(let id): Terminal.note("imported \(source) (id \(id))")
                case .duplicate(let id, let original): Terminal.note("duplicate \(source) (same text as \(original), id \(id))")
                case .updated(let id): Terminal.note("updated \(source) (id \(id))")
                }
            case .checked(let source, let paragraphs):
                guard !quiet else { return }
                progress.clear()
                Terminal.note("ok \(source) (\(paragraphs) paragraphs)")
            }
        }
        let limit = options.maxArticleBytes + 1
        let summary = importer.run(paths: paths, standardInput: { BoundedInput.readStandardInput(upTo: limit) }, report: report)
        progress.clear()
        if !quiet {
            let verb = dryRun ? "checked" : "imported"
            Terminal.note(
                String(
                    format: "%@ %d, duplicates %d, updated %d, failed %d, paragraphs %d, %.2fs",
                    verb, summary.imported, summary.duplicates, summary.updated, summary.failed,
                    summary.paragraphs, summary.elapsed))
        }
        if summary.failed > 0 { throw ExitCode(ExitStatus.partialFailure) }
    }
}

/// One self-rewriting progress line on a terminal's stderr.
final class ProgressLine: @unchecked Sendable {
    let enabled: Bool
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ state: ImportProgress) {
        guard enabled else { return }
        let megabytes = Double(state.bytesDone) / 1_048_576
        let rate = state.elapsed > 0 ? megabytes / state.elapsed : 0
        let fraction = state.bytesTotal > 0 ? min(1, Double(state.bytesDone) / Double(state.bytesTotal)) : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let remaining = fraction > 0 && rate > 0 ? (Double(state.bytesTotal - state.bytesDone) / 1_048_576) / rate : 0
        let line = String(
            format: "\r%@ %3.0f%%  files %d/%d  articles %d  %.1f MB/s  ETA %.0fs ",
            bar, fraction * 100, state.filesDone, state.filesTotal, state.articles, rate, remaining)
        Terminal.write(line)
        shown = true
    }

    func clear() {
        guard enabled, shown else { return }
        Terminal.write("\r\u{1B}[2K")
        shown = false
    }
}
