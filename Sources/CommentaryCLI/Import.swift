import ArgumentParser
import Commentary
import Foundation
import Synchronization

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles from files, directories or standard input.",
        discussion: """
            Reads plain text (.txt), HTML (.html, .htm), JSON (.json), JSON Lines
            (.jsonl, .ndjson; .gz of either), CSV (.csv) and TSV (.tsv) with a header
            row, one article per row, and Word documents (.docx). Directories are
            walked recursively; hidden files are skipped.
            A record of a JSON, JSON Lines, CSV or TSV file is named by its id, else
            its url, else its text; a file is the same source however its path is
            spelled. The same text imported again is stored once; a known source
            with changed text is updated in place.

            Examples:
              commentary import Samples/
              commentary import feed.jsonl.gz pages/ sheet.csv
              cat article.txt | commentary import - --input-format text --source my-article
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Files or directories to import; - reads standard input.")
    var paths: [String]

    @Option(help: "Read every input as this format: text, html, json, jsonl, csv, tsv or docx (default: by extension).")
    var inputFormat: InputFormat?

    @Option(help: "Source name for standard input (default: stdin#HASH).")
    var source: String?

    @Option(help: "Largest article accepted, in megabytes.")
    var maxSize: Int = 50

    @Flag(help: "Parse and report without writing anything.")
    var dryRun = false

    @Option(help: "Articles per transaction: larger batches write faster, smaller ones lose less work to a crash.")
    var batchSize: Int = ImportOptions().batchSize

    @Option(help: "Worker processes that read and extract (default: one per core but the writer's).")
    var jobs: Int?

    @Option(help: "Seconds one input may take before its worker is stopped and the input reported as failed.")
    var timeout: Double = 60

    @Flag(
        help: ArgumentHelp(
            "Read and extract in this process, without workers (for profiling: a crash stops the import).", visibility: .hidden))
    var inProcess = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors (no progress, no summary).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print one line per article stored.")
    var verbose = false

    /// 64 GB: more than any article could be, and far from overflowing when counted in bytes.
    static let largestMaxSize = 65_536

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to import (or - for standard input)") }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        // Megabytes become bytes by multiplication: the bound keeps it far from overflow.
        try NumericOption.check(maxSize, "--max-size", in: 1...Self.largestMaxSize, unit: "megabytes")
        try NumericOption.check(batchSize, "--batch-size", in: 1...1_000_000, unit: "articles")
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be a number of worker processes from 1 to 256") }
        if !(timeout > 0 && timeout <= 86_400) { throw ValidationError("--timeout must be a number of seconds above 0 and at most 86400") }
        if source != nil && !paths.contains("-") { throw ValidationError("--source names standard input; add - to the paths") }
    }

    /// This binary, for the workers: `/proc/self/exe` where there is one (it names this very
    /// file, even if it is replaced during the import); Foundation's `Bundle.main` finds it by
    /// listing the binary's folder, 36 M instructions in a folder of 14,000 files.
    static var ownExecutable: String? {
        FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : Bundle.main.executablePath ?? CommandLine.arguments.first
    }

    func run() throws {
        var options = ImportOptions()
        options.format = inputFormat
        options.sourceName = source
        options.maxArticleBytes = maxSize * 1024 * 1024
        options.dryRun = dryRun
        options.batchSize = batchSize
        options.jobs = jobs
        options.timeout = timeout
        options.workerExecutable = inProcess ? nil : Self.ownExecutable
        Interruption.install()
        options.isCancelled = { Interruption.requested }
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
            case .compacting:
                progress.note("compacting the search index")
            case .stored(let source, let outcome):
                guard verbose && !quiet else { return }
                progress.clear()
                switch outcome {
                case .imported(let id): Terminal.note("imported \(source) (id \(id))")
                case .duplicate(let id, let original): Terminal.note("duplicate \(source) (same text as \(original), id \(id))")
                case .updated(let id): Terminal.note("updated \(source) (id \(id))")
                }
            case .checked(let source, let paragraphs, let outcome):
                guard !quiet else { return }
                progress.clear()
                switch outcome {
                case nil, .imported: Terminal.note("ok \(source) (\(paragraphs) paragraphs)")
                case .duplicate(let id, let original):
                    Terminal.note("ok \(source): a duplicate (same text as \(original)\(id == 0 ? "" : ", id \(id)"))")
                case .updated(let id): Terminal.note("ok \(source) (\(paragraphs) paragraphs): an update of id \(id)")
                }
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
            reportSkipped(summary.skipped)
        }
        if summary.interrupted {
            let stored = summary.imported + summary.updated + summary.duplicates
            Terminal.error(
                "interrupted: \(stored) article\(stored == 1 ? "" : "s") of this run were stored, and what was stored is safe; "
                    + "run the same command again to import the rest")
            throw ExitCode(130)
        }
        if let stopped = summary.stopped {
            let stored = summary.imported + summary.updated + summary.duplicates
            Terminal.error(
                "\(stopped.description); the import stopped after storing \(stored) article\(stored == 1 ? "" : "s") of this run, "
                    + "and what was stored is safe; once the cause is fixed, run the same command again to import the rest")
            throw ExitCode(ExitStatus.of(stopped))
        }
        if summary.failed > 0 { throw ExitCode(ExitStatus.partialFailure) }
    }
}

extension Import {
    /// "skipped 3 files of types import does not read (.pdf ×2, .docx); -v lists them": never in
    /// silence. With --verbose, each file and why.
    func reportSkipped(_ skipped: [SkippedFile]) {
        var unsupported: [String: Int] = [:]
        var hidden = 0
        for file in skipped.sorted(by: { $0.path < $1.path }) {
            switch file.reason {
            case .unsupported(let fileExtension): unsupported[fileExtension.isEmpty ? "no extension" : fileExtension, default: 0] += 1
            case .hidden: hidden += 1
            }
            if verbose {
                let why: String
                switch file.reason {
                case .unsupported(let fileExtension):
                    why = fileExtension.isEmpty ? "no extension import reads" : "\(fileExtension) is not a type import reads"
                case .hidden: why = "hidden"
                }
                Terminal.note("skipped \(file.path) (\(why))")
            }
        }
        let more = verbose ? "" : "; -v lists them"
        if !unsupported.isEmpty {
            let count = unsupported.values.reduce(0, +)
            let kinds = unsupported.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { $0.value > 1 ? "\($0.key) ×\($0.value)" : $0.key }.joined(separator: ", ")
            Terminal.note("skipped \(count) file\(count == 1 ? "" : "s") of types import does not read (\(kinds))\(more)")
        }
        if hidden > 0 {
            Terminal.note("skipped \(hidden) hidden entr\(hidden == 1 ? "y" : "ies") (names starting with .)\(more)")
        }
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

    /// A word on what the import does after its last batch, in place of the bar.
    func note(_ text: String) {
        guard enabled else { return }
        Terminal.write("\r\u{1B}[2K" + text + "… ")
        shown = true
    }

    func clear() {
        guard enabled, shown else { return }
        Terminal.write("\r\u{1B}[2K")
        shown = false
    }
}

/// `commentary worker`: the hidden mode in which `import` runs its reading and extraction in child
/// processes. It speaks a binary protocol on its standard input and output; not for people.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Internal: the import's worker process.", shouldDisplay: false)

    func run() throws {
        ImportWorker.serve()
    }
}

/// Ctrl-C (or SIGTERM) during an import: the first one asks the import to stop after the batches
/// already read are stored; a second one ends the process at once (the archive stays sound either
/// way: a batch is one transaction).
enum Interruption {
    private static let flag = Atomic<Bool>(false)

    static var requested: Bool { flag.load(ordering: .relaxed) }

    static func install() {
        _ = requested
        for signal in [SIGINT, SIGTERM] {
            Foundation.signal(signal) { received in
                Interruption.flag.store(true, ordering: .relaxed)
                Foundation.signal(received, SIG_DFL)
            }
        }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }
}
