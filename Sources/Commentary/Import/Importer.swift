import Foundation

/// Reads files, directories and standard input; normalizes on every core; stores through one
/// writer in batched transactions. Each failure is reported with its location and the rest goes on.
public final class Importer: Sendable {
    let archive: Archive?
    let options: ImportOptions
    let aliases: AliasTable

    let pool: WorkerPool?

    public init(archive: Archive?, options: ImportOptions) throws(CommentaryError) {
        let aliases = try archive.map { archive throws(CommentaryError) in try AliasStore.table(archive) } ?? AliasTable()
        self.archive = archive
        self.options = options
        self.aliases = aliases
        self.pool = options.workerExecutable.map { executable in
            WorkerPool(executable: executable, slots: Self.workers(options), timeout: options.timeout, options: options, aliases: aliases)
        }
    }

    /// A worker's importer: parses units, stores nothing.
    init(options: ImportOptions, aliases: AliasTable) {
        self.archive = nil
        self.options = options
        self.aliases = aliases
        self.pool = nil
    }

    /// Made where it is used: a parent whose workers extract never loads the gazetteer.
    var normalizer: ArticleNormalizer { ArticleNormalizer(aliases: aliases) }

    /// The process ids of the running worker processes.
    public var workerProcessIdentifiers: [Int32] { pool?.processIdentifiers ?? [] }

    /// A piece of text to parse: a whole file, or one line of a JSON Lines file.
    struct Unit: Sendable {
        var location: String
        var file: String
        var text: String
        var format: InputFormat
        var lineNumber: Int?
        /// A record of a JSON array or wrapper object read alone (1-based).
        var recordNumber: Int? = nil
        var standardInput: Bool
        var failure: CommentaryError?
        var warnings: [String] = []
        /// A file the parsing worker reads itself, so reading runs on every core too.
        var unread: InputFile?
        /// The resolved path of the unit's file (`InputFile.resolved`).
        var resolvedFile: String? = nil
    }

    /// The result of parsing and normalizing one unit.
    struct Parsed: Sendable {
        var articles: [Article] = []
        var failures: [CommentaryError] = []
        var warnings: [String] = []
    }

    /// Imports `paths` (files, directories, `-` for standard input), reporting as it goes.
    public func run(
        paths: [String], standardInput: @Sendable () -> Data?,
        report: @escaping @Sendable (ImportEvent) -> Void
    ) -> ImportSummary {
        let clock = ContinuousClock.now
        let state = RunState(report: report)
        let files = expand(paths, state: state)
        pool?.prestart(files.count)
        let articlesBefore = options.dryRun ? nil : try? archive?.articleCount()
        let bytesTotal = files.reduce(0) { $0 + $1.size }
        var bytesDone = 0
        var filesDone = 0

        let writer = DispatchQueue(label: "commentary.import.writer")
        let inFlight = DispatchSemaphore(value: 2)
        var batch: [Unit] = []
        var batchBytes = 0

        @Sendable func elapsed() -> Double {
            let duration = ContinuousClock.now - clock
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        func flush() {
            guard !batch.isEmpty, !state.isStopped else { return }
            let parsed = parseInParallel(batch)
            batch = []
            batchBytes = 0
            inFlight.wait()
            let done = bytesDone
            let filesCount = filesDone
            let total = files.count
            writer.async {
                self.write(parsed, state: state)
                state.report(
                    .progress(
                        ImportProgress(
                            articles: state.articles, filesDone: filesCount, filesTotal: total,
                            bytesDone: done, bytesTotal: bytesTotal, elapsed: elapsed())))
                inFlight.signal()
            }
        }
        func add(_ unit: Unit) {
            guard !options.isCancelled() else { return }
            batchBytes += unit.unread?.size ?? unit.text.utf8.count
            batch.append(unit)
            if batch.count >= options.batchSize || batchBytes >= 32 << 20 { flush() }
        }

        for file in files where !state.isStopped && !options.isCancelled() {
            if file.isStandardInput {
                // The caller reads at most one byte past the limit: more than the limit is refused.
                let data = standardInput() ?? Data()
                if data.count > options.maxArticleBytes {
                    state.fail(
                        .input(location: "standard input", reason: "larger than --max-size (more than \(options.maxArticleBytes) bytes)"))
                } else {
                    add(decodedUnit(data, file: file))
                }
            } else {
                units(of: file, state: state, add: add, progress: { bytesDone += $0 })
            }
            filesDone += 1
        }
        flush()
        writer.sync {}
        compactIfBuilt(from: articlesBefore, state: state)
        state.report(
            .progress(
                ImportProgress(
                    articles: state.articles, filesDone: files.count, filesTotal: files.count, bytesDone: bytesTotal,
                    bytesTotal: bytesTotal, elapsed: elapsed())))

        var summary = state.summary
        summary.elapsed = elapsed()
        summary.interrupted = options.isCancelled()
        return summary
    }

    /// After an import that built most of the archive (it stored at least as many articles as
    /// the archive held before), the paragraph index is merged into one segment: each batch left
    /// a segment of its own, and every search opens them all. An append into a larger archive
    /// merges only the small segments appends leave, a round of work per hundred articles it
    /// stored, so that appending stays as fast as the archive is large.
    func compactIfBuilt(from before: Int?, state: RunState) {
        guard let archive, let before, !options.isCancelled() else { return }
        let summary = state.summary
        guard summary.stopped == nil, summary.imported > 0 else { return }
        let built = summary.imported >= before
        if built { state.report(.compacting) }
        do {
            if built {
                try archive.compactParagraphIndex()
            } else {
                try archive.mergeParagraphIndex(rounds: max(1, summary.imported / 100))
            }
        } catch {
            // Everything is stored; the index only stays in more segments than it could.
            state.report(.warning("the search index could not be compacted (\(error.description)); searches read it as it is"))
        }
    }

    // MARK: - Parsing and normalizing

    /// Parses a batch in the worker processes, or on `parseWorkers` threads, each taking every
    /// n-th unit.
    func parseInParallel(_ units: [Unit]) -> [Parsed] {
        if let pool {
            return pool.parse(units) { unit in unit.failure != nil ? parse(unit) : nil }
        }
        let results = ResultSlots<Parsed>(count: units.count)
        let workers = min(parseWorkers, units.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: units.count, by: workers) {
                results[index] = parse(units[index])
            }
        }
        return results.values
    }

    /// One core is the writer's while it stores the previous batch; the others normalize. A dry run
    /// writes nothing and normalizes on every core.
    var parseWorkers: Int { Self.workers(options) }

    static func workers(_ options: ImportOptions) -> Int {
        if let jobs = options.jobs { return max(1, jobs) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return options.dryRun ? cores : max(1, cores - 1)
    }

    func parse(_ unit: Unit) -> Parsed {
        if let file = unit.unread { return parse(read(file)) }
        var parsed = Parsed()
        parsed.warnings += unit.warnings
        if let failure = unit.failure {
            parsed.failures.append(failure)
            return parsed
        }
        let outcome = FormatDispatch.read(
            unit.text, as: unit.format, file: unit.file, line: unit.lineNumber, record: unit.recordNumber, location: unit.location)
        parsed.failures = outcome.failures
        parsed.warnings += outcome.warnings
        for var raw in outcome.articles {
            raw.format = unit.format
            let dropped = raw.dropNUL()
            if dropped > 0 { parsed.warnings.append(TextCleaner.nulWarning(raw.source, dropped)) }
            if raw.text.utf8.count > options.maxArticleBytes {
                parsed.failures.append(
                    .input(location: raw.source, reason: "article larger than --max-size (\(raw.text.utf8.count) bytes)"))
                continue
            }
            do {
                var article = try normalizer.normalize(raw)
                article.positionalSource = raw.positionalSource
                if raw.namedByText { article.source = raw.source + "#" + article.contentHash.prefix(12) }
                if let resolved = unit.resolvedFile, article.source.hasPrefix(unit.file) {
                    article.resolvedSource = resolved + article.source.dropFirst(unit.file.count)
                }
                // Standard input has no name to tell one pipe from the next: without --source, every
                // article from it, a JSON record as much as a page, is named by its text (design.md),
                // so a second pipe never takes over the first one's `stdin#1`.
                if unit.standardInput, options.sourceName == nil {
                    article.source = "stdin#" + article.contentHash.prefix(12)
                    article.positionalSource = nil
                }
                parsed.articles.append(article)
            } catch {
                parsed.failures.append(error)
            }
        }
        return parsed
    }

}

/// Fixed slots filled concurrently, one writer per slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
