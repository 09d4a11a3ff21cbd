import Foundation
import GRDB

/// Options for one `import` run.
public struct ImportOptions: Sendable {
    /// Overrides the format that file extensions imply.
    public var format: InputFormat?
    /// Names standard input's articles instead of `stdin#HASH`.
    public var sourceName: String?
    /// Largest article accepted, in bytes of text.
    public var maxArticleBytes = 50 * 1024 * 1024
    /// Parse and normalize, report, write nothing.
    public var dryRun = false
    /// Articles per transaction.
    public var batchSize = 500
    /// The binary to start in worker mode (`commentary worker`) for reading, normalizing and
    /// extracting, so that a crash or a hang costs one input, not the batch. Nil: in this process.
    public var workerExecutable: String?
    /// Worker processes (or threads, without workers); nil: one per core but the writer's.
    public var jobs: Int?
    /// Longest one input may take in a worker, in seconds, before it is stopped and reported.
    public var timeout: Double = 60
    /// Asked between units: true stops the run after the batches already read are stored (the
    /// CLI's Ctrl-C). Nothing half-stored is left; a re-run completes the import.
    public var isCancelled: @Sendable () -> Bool = { false }

    public init() {}
}

/// What the importer reports as it goes; the CLI decides what to print.
public enum ImportEvent: Sendable {
    case stored(source: String, outcome: StoreOutcome)
    /// Parsed and normalized in a dry run.
    case checked(source: String, paragraphs: Int)
    case failed(CommentaryError)
    case warning(String)
    case progress(ImportProgress)
}

public struct ImportProgress: Sendable {
    public var articles: Int
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var elapsed: Double
}

/// A file a folder walk passed over, and why.
public struct SkippedFile: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Not a format the importer reads (`.pdf`, `.docx`, `.csv` …; the extension, or "" for none).
        case unsupported(extension: String)
        /// A name starting with "." (hidden by convention: .git, .DS_Store).
        case hidden
    }

    public var path: String
    public var reason: Reason
}

/// The line that ends every import.
public struct ImportSummary: Sendable, Equatable {
    public var imported = 0
    public var duplicates = 0
    public var updated = 0
    public var failed = 0
    public var paragraphs = 0
    public var elapsed = 0.0
    /// Set when the run stopped early because the archive could not take more (a full disk, an
    /// I/O error, damage): what was stored before stays, and running the same import again
    /// completes it.
    public var stopped: CommentaryError?
    /// Set when `isCancelled` stopped the run early.
    public var interrupted = false
    /// Files a folder walk passed over: of a type the importer does not read, or hidden.
    public var skipped: [SkippedFile] = []

    public init() {}
}

/// Reads files, directories and standard input; normalizes on every core; stores through one
/// writer in batched transactions. Each failure is reported with its location and the rest goes on.
public final class Importer: Sendable {
    let archive: Archive?
    let options: ImportOptions
    let normalizer: ArticleNormalizer

    let pool: WorkerPool?

    public init(archive: Archive?, options: ImportOptions) throws(CommentaryError) {
        let aliases = try archive.map { archive throws(CommentaryError) in try AliasStore.table(archive) } ?? AliasTable()
        self.archive = archive
        self.options = options
        self.normalizer = ArticleNormalizer(aliases: aliases)
        self.pool = options.workerExecutable.map { executable in
            WorkerPool(executable: executable, slots: Self.workers(options), timeout: options.timeout, options: options, aliases: aliases)
        }
    }

    /// A worker's importer: parses units, stores nothing.
    init(options: ImportOptions, aliases: AliasTable) {
        self.archive = nil
        self.options = options
        self.normalizer = ArticleNormalizer(aliases: aliases)
        self.pool = nil
    }

    /// The process ids of the running worker processes.
    public var workerProcessIdentifiers: [Int32] { pool?.processIdentifiers ?? [] }

    /// One input file, or standard input.
    struct InputFile {
        var path: String
        /// The source name: the path as given, standardized.
        var source: String
        var format: InputFormat?
        var size: Int
        var isStandardInput = false
    }

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

    // MARK: - Inputs

    /// Files as given, directories walked recursively (hidden entries skipped, sorted by path).
    func expand(_ paths: [String], state: RunState) -> [InputFile] {
        var files: [InputFile] = []
        for path in paths {
            if path == "-" {
                files.append(
                    InputFile(path: "-", source: options.sourceName ?? "stdin", format: options.format, size: 0, isStandardInput: true))
                continue
            }
            // Through the name's bytes (FileName), so a name that is not UTF-8 is found too.
            var info = stat()
            guard stat(FileName.systemPath(path), &info) == 0 else {
                state.fail(.input(location: path, reason: "no such file or directory"))
                continue
            }
            if info.st_mode & S_IFMT != S_IFDIR {
                // A FIFO or a device named on the command line never ends (or never opens).
                if info.st_mode & S_IFMT != S_IFREG {
                    state.fail(.input(location: path, reason: WholeFile.notRegular(info.st_mode & S_IFMT)))
                    continue
                }
                // A document format read as text would be stored as garbage: say how to convert it.
                if options.format == nil, let hint = Self.conversionHint(Self.fileExtension(path)) {
                    state.fail(.input(location: path, reason: hint))
                    continue
                }
                let size = Int(info.st_size)
                files.append(
                    InputFile(
                        path: path, source: SourcePath.standardize(path), format: options.format ?? InputFormat.forPath(path), size: size))
                continue
            }
            files += walk(path, state: state)
        }
        return files
    }

    /// Regular files under `path`, hidden entries skipped; symbolic links to files are followed,
    /// links to directories are not (no cycles). Read with readdir: a directory of 10,000 files is
    /// walked in milliseconds.
    private func walk(_ path: String, state: RunState) -> [InputFile] {
        var found: [InputFile] = []
        var pending = [""]
        while let relativeDirectory = pending.popLast() {
            let directory = relativeDirectory.isEmpty ? path : SourcePath.join(path, relativeDirectory)
            guard let handle = opendir(FileName.systemPath(directory)) else {
                state.fail(WholeFile.failure(directory, what: "directory "))
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                // The name's bytes as they are: one that is not UTF-8 gets FileName's escaped form.
                let name = withUnsafeBytes(of: entry.pointee.d_name) { FileName.text($0.prefix { $0 != 0 }) }
                let relative = relativeDirectory.isEmpty ? name : relativeDirectory + "/" + name
                let joined = SourcePath.join(path, relative)
                if name == "." || name == ".." { continue }
                guard !name.hasPrefix(".") else {
                    state.skip(SkippedFile(path: joined, reason: .hidden))
                    continue
                }
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    // Some file systems do not say: ask, without following a link.
                    var info = stat()
                    guard lstat(FileName.systemPath(joined), &info) == 0 else { continue }
                    let mode = info.st_mode & S_IFMT
                    type = mode == S_IFDIR ? Int32(DT_DIR) : mode == S_IFREG ? Int32(DT_REG) : mode == S_IFLNK ? Int32(DT_LNK) : -1
                }
                if type == Int32(DT_DIR) {
                    pending.append(relative)
                    continue
                }
                // A FIFO, device or socket in the folder is named, not read (reading one may never end).
                if type != Int32(DT_REG) && type != Int32(DT_LNK) {
                    var info = stat()
                    let mode = lstat(joined, &info) == 0 ? info.st_mode & S_IFMT : 0
                    state.fail(.input(location: joined, reason: WholeFile.notRegular(mode)))
                    continue
                }
                // In a directory walk only known article formats are read: regular files, and links
                // to regular files (a link to a directory is not followed, so there are no cycles).
                guard let format = options.format ?? InputFormat.forPath(relative) else {
                    state.skip(SkippedFile(path: joined, reason: .unsupported(extension: Self.fileExtension(name))))
                    continue
                }
                var info = stat()
                guard stat(FileName.systemPath(joined), &info) == 0 else {
                    state.fail(WholeFile.failure(joined))
                    continue
                }
                let mode = info.st_mode & S_IFMT
                // A link to a directory is not followed; a link to a FIFO or a device is named.
                guard mode == S_IFREG else {
                    if mode != S_IFDIR { state.fail(.input(location: joined, reason: WholeFile.notRegular(mode))) }
                    continue
                }
                found.append(InputFile(path: joined, source: joined, format: format, size: Int(info.st_size)))
            }
        }
        return found.sorted { $0.source < $1.source }
    }

    /// The lower-cased extension of a file name, with its dot ("" when there is none).
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[dot...].lowercased()
    }

    /// For a document format the importer does not read, how to turn it into one it does.
    static func conversionHint(_ fileExtension: String) -> String? {
        switch fileExtension {
        case ".pdf": "a PDF is not read; convert it to text first (pdftotext FILE.pdf FILE.txt) and import that"
        case ".docx", ".doc", ".odt", ".rtf":
            "a \(fileExtension.dropFirst().uppercased()) document is not read; save it as text or HTML (pandoc FILE\(fileExtension) -o FILE.html) and import that"
        case ".csv", ".tsv", ".xlsx", ".xls":
            "a \(fileExtension.dropFirst().uppercased()) file is not read as rows yet; save its rows as JSON Lines with the field names import reads (title, text, date, author, url, id) and import that"
        case ".epub", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".mp3", ".mp4":
            "a \(fileExtension.dropFirst().uppercased()) file holds no article text"
        default: nil
        }
    }

    /// Splits one input into units: a JSON Lines file streams line by line, anything else is one unit.
    func units(of file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        if file.format == .jsonl {
            streamLines(file, state: state, add: add, progress: progress)
            return
        }
        // A JSON array, or a wrapper object too large to be one article, streams record by record.
        if file.format == .json, let first = firstByte(of: file),
            first == UInt8(ascii: "[") || first == UInt8(ascii: "{") && file.size > options.maxArticleBytes
        {
            streamRecords(file, state: state, add: add, progress: progress)
            return
        }
        if file.size > options.maxArticleBytes {
            state.fail(.input(location: file.path, reason: "larger than --max-size (\(file.size) bytes > \(options.maxArticleBytes))"))
            progress(file.size)
            return
        }
        progress(file.size)
        add(
            Unit(
                location: file.path, file: file.source, text: "", format: file.format ?? .text, lineNumber: nil,
                standardInput: false, unread: file))
    }

    /// Reads and decodes a file in a parsing worker.
    func read(_ file: InputFile) -> Unit {
        let data: Data
        do throws(CommentaryError) {
            if file.path.lowercased().hasSuffix(".gz") {
                let input = try ChunkedInput(path: file.path)
                var collected = Data()
                while let chunk = try input.next(path: file.path) {
                    collected.append(chunk)
                    // The size on disk says little about a compressed file: the limit holds once inflated.
                    guard collected.count <= options.maxArticleBytes else {
                        throw .input(
                            location: file.path,
                            reason: "larger than --max-size once decompressed (more than \(options.maxArticleBytes) bytes)")
                    }
                }
                data = collected
            } else {
                data = try WholeFile.read(file.path)
            }
        } catch {
            return Unit(
                location: file.path, file: file.source, text: "", format: .text, lineNumber: nil, standardInput: false, failure: error)
        }
        return decodedUnit(data, file: file)
    }

    func decodedUnit(_ data: Data, file: InputFile) -> Unit {
        let location = file.isStandardInput ? "standard input" : file.path
        switch TextDecoding.decode(data, location: location) {
        case .success(let (text, warnings)):
            let format = file.format ?? InputFormat.sniff(Substring(text))
            return Unit(
                location: location, file: file.source, text: text, format: format, lineNumber: nil,
                standardInput: file.isStandardInput, warnings: warnings)
        case .failure(let error):
            return Unit(
                location: location, file: file.source, text: "", format: .text, lineNumber: nil,
                standardInput: file.isStandardInput, failure: error)
        }
    }

    /// Streams a JSON Lines file line by line. Each chunk's bytes are scanned once for line ends,
    /// so a line of any length costs linear time; a line that passes --max-size is refused at
    /// that moment and the rest of it is passed over without being kept.
    func streamLines(_ file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        let input: ChunkedInput
        do {
            input = try ChunkedInput(path: file.path)
        } catch {
            state.fail(error)
            return
        }
        var lines = LineSplitter(limit: options.maxArticleBytes)
        var lineNumber = 0
        var sawAny = false
        var reported = 0
        func emit(_ line: Data) {
            lineNumber += 1
            var bytes = line
            if bytes.last == 0x0D { bytes.removeLast() }
            if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
            sawAny = true
            let location = "\(file.path):\(lineNumber)"
            if bytes.count > options.maxArticleBytes {
                state.fail(
                    .input(location: location, reason: "record larger than --max-size (\(bytes.count) bytes > \(options.maxArticleBytes))"))
                return
            }
            if bytes.contains(0) {
                state.fail(.input(location: location, reason: "binary data (NUL bytes) in a JSON line"))
                return
            }
            let text: String
            if let valid = String(validating: bytes, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: bytes, as: UTF8.self)
                state.report(.warning("\(location): invalid UTF-8; undecodable bytes were replaced with U+FFFD"))
            }
            add(Unit(location: location, file: file.source, text: text, format: .jsonl, lineNumber: lineNumber, standardInput: false))
        }
        func handle(_ event: LineSplitter.Event) {
            switch event {
            case .line(let line): emit(line)
            case .tooLong:
                // Refused once, as soon as the line passes the limit; it ends later (or never).
                sawAny = true
                state.fail(
                    .input(
                        location: "\(file.path):\(lineNumber + 1)",
                        reason: "record larger than --max-size (more than \(options.maxArticleBytes) bytes)"))
            case .skippedLineEnded: lineNumber += 1
            }
        }
        do {
            while let chunk = try input.next(path: file.path) {
                lines.feed(chunk, handle)
                let read = input.bytesRead
                progress(read - reported)
                reported = read
            }
            lines.finish(handle)
        } catch {
            // The lines before the damage are imported; the file is reported once, for the damage.
            state.fail(error)
            return
        }
        if !sawAny {
            state.fail(.input(location: file.path, reason: "empty file (no JSON lines)"))
        }
    }

    /// The first byte of a file that is not white space or a byte-order mark; nil when there is
    /// none or the file cannot be read (the whole-file path reports why).
    func firstByte(of file: InputFile) -> UInt8? {
        guard let input = try? ChunkedInput(path: file.path) else { return nil }
        while let chunk = try? input.next(path: file.path) {
            if let byte = chunk.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) { return byte }
        }
        return nil
    }

    /// Streams the records of a JSON array, or of a wrapper object's list, one unit each: the file
    /// is never held whole, and each record is decoded alone in a parsing worker.
    func streamRecords(_ file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        let input: ChunkedInput
        do {
            input = try ChunkedInput(path: file.path)
        } catch {
            state.fail(error)
            return
        }
        var scanner = JSONRecordScanner(listKeys: JSONArticleReader.listFields, limit: options.maxArticleBytes)
        let maxDepth = scanner.maxDepth
        var severalValues = false
        var reported = 0
        func handle(_ event: JSONRecordScanner.Event) {
            switch event {
            case .record(let bytes, let number):
                let location = "\(file.path) [record \(number)]"
                var warning: String?
                let text: String
                if let valid = String(validating: bytes, as: UTF8.self) {
                    text = valid
                } else {
                    text = String(decoding: bytes, as: UTF8.self)
                    warning = "\(location): invalid UTF-8; undecodable bytes were replaced with U+FFFD"
                }
                add(
                    Unit(
                        location: location, file: file.source, text: text, format: .json, lineNumber: nil, recordNumber: number,
                        standardInput: false, warnings: warning.map { [$0] } ?? []))
            case .tooLarge(let number):
                state.fail(
                    .input(
                        location: "\(file.path) [record \(number)]",
                        reason: "record larger than --max-size (\(options.maxArticleBytes) bytes)"))
            case .tooDeep(let number):
                state.fail(
                    .input(
                        location: "\(file.path) [record \(number)]",
                        reason: "nested deeper than \(maxDepth) levels of arrays and objects; not read"))
            case .anotherValue:
                severalValues = true
            }
        }
        do {
            while !severalValues, let chunk = try input.next(path: file.path) {
                try scanner.feed(chunk, handle)
                progress(input.bytesRead - reported)
                reported = input.bytesRead
            }
            if severalValues {
                // Several objects one after another: JSON Lines saved as .json.
                streamLines(file, state: state, add: add, progress: { _ in })
                return
            }
            try scanner.finish()
        } catch let error as CommentaryError {
            state.fail(error)
            return
        } catch let failure as JSONRecordScanner.Failure {
            let reason =
                switch failure {
                case .notAnArrayOrObject: "not valid JSON (expected an array or an object)"
                case .unbalanced: "not valid JSON (a closing bracket without its opening one)"
                case .truncated: "not valid JSON (the document ends inside an array, object or string: cut short?)"
                case .trailingData: "not valid JSON (more data after the document)"
                }
            state.fail(.input(location: file.path, reason: reason))
            return
        } catch {
            state.fail(.input(location: file.path, reason: "\(error)"))
            return
        }
        if !scanner.foundRecords {
            state.fail(
                .input(
                    location: file.path,
                    reason:
                        "larger than --max-size (\(file.size) bytes > \(options.maxArticleBytes)) with no list of records (\(JSONArticleReader.listFields.joined(separator: ", "))) in it"
                ))
        } else if !scanner.sawRecords {
            state.fail(.input(location: file.path, reason: "no records (an empty list)"))
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
        var outcome = ReadOutcome()
        switch unit.format {
        case .text:
            outcome.articles = [RawArticle(source: unit.file, rawText: unit.text, text: unit.text)]
        case .html:
            outcome.collect(HTMLArticleReader.read(unit.text, source: unit.file))
        case .json:
            if let number = unit.recordNumber {
                outcome.collect(JSONArticleReader.readRecord(unit.text, file: unit.file, number: number, location: unit.location))
            } else {
                outcome = JSONArticleReader.readDocument(unit.text, file: unit.file, location: unit.location)
            }
        case .jsonl:
            if let line = unit.lineNumber {
                outcome.collect(JSONArticleReader.readLine(Substring(unit.text), file: unit.file, number: line, location: unit.location))
            } else {
                // A whole JSON Lines document (standard input): line by line.
                outcome = JSONArticleReader.readLines(unit.text, file: unit.file, place: unit.location)
            }
        }
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
                // Standard input has no name to tell one pipe from the next: without --source, every
                // article from it, a JSON record as much as a page, is named by its text (design.md),
                // so a second pipe never takes over the first one's `stdin#1`.
                if unit.standardInput, options.sourceName == nil {
                    article.source = "stdin#" + article.contentHash.prefix(12)
                }
                parsed.articles.append(article)
            } catch {
                parsed.failures.append(error)
            }
        }
        return parsed
    }

    // MARK: - Writing

    func write(_ batch: [Parsed], state: RunState) {
        for parsed in batch {
            for warning in parsed.warnings { state.report(.warning(warning)) }
            for failure in parsed.failures { state.fail(failure) }
        }
        // Two texts under one name in one run (a repeated id, or an id equal to another record's
        // line number) would have the second overwrite the first: the second is refused instead.
        let articles = batch.flatMap(\.articles).filter { state.claim($0) }
        guard !articles.isEmpty else { return }
        guard !options.dryRun, let archive else {
            articles.forEach(state.checked)
            return
        }
        guard !state.isStopped else { return }
        let now = ArticleStore.timestamp()
        do {
            let outcomes: [Result<StoreOutcome, CommentaryError>]
            do {
                // One transaction, no savepoints: FTS5 flushes its pending terms at every savepoint,
                // which would write a segment per article.
                outcomes = try archive.pool.write { db in
                    var store = ArticleStore(db)
                    return try articles.map { article in .success(try store.store(article, now: now)) }
                }
            } catch {
                if let stop = archive.stoppingError(error) { throw stop }
                // Something in the batch cannot be stored: again, each article on its own, so the
                // rest of the batch still lands.
                outcomes = try archive.pool.write { db in
                    var store = ArticleStore(db)
                    return try articles.map { article in
                        do {
                            var outcome: StoreOutcome = .imported(id: 0)
                            try db.inSavepoint {
                                outcome = try store.store(article, now: now)
                                return .commit
                            }
                            return .success(outcome)
                        } catch {
                            if archive.stoppingError(error) != nil { throw error }
                            return .failure(.input(location: article.source, reason: "could not be stored (\(error))"))
                        }
                    }
                }
            }
            for (article, result) in zip(articles, outcomes) {
                switch result {
                case .success(let outcome): state.stored(article, outcome)
                case .failure(let error): state.fail(error)
                }
            }
        } catch {
            // The batch was rolled back as a whole. Nothing later can land either: stop, once.
            state.stop(archive.stoppingError(error) ?? (error as? CommentaryError) ?? .failure("\(archive.path): \(error)"))
        }
    }
}

/// Counters and the report callback, shared by the reading thread and the writer.
final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private let reportBody: @Sendable (ImportEvent) -> Void
    private var counts = ImportSummary()
    private var stored = 0

    init(report: @escaping @Sendable (ImportEvent) -> Void) {
        self.reportBody = report
    }

    /// The text each source name carries in this run, both as 64-bit hashes: a 1 GB JSON Lines
    /// file names hundreds of thousands of records, and strings would hold tens of megabytes.
    private var names: [Int: UInt64] = [:]

    /// Whether `article` may be stored under its name: false, with the failure reported, when
    /// another text of this run already has the name.
    func claim(_ article: Article) -> Bool {
        let text = UInt64(article.contentHash.prefix(16), radix: 16) ?? 0
        let taken = lock.withLock { () -> Bool in
            if let known = names[article.source.hashValue] { return known != text }
            names[article.source.hashValue] = text
            return false
        }
        if taken {
            fail(
                .input(
                    location: article.source,
                    reason:
                        "another record of this import has the same name with different text (a repeated id, or an id equal to another record's line number); this one was not stored"
                ))
        }
        return !taken
    }

    var summary: ImportSummary { lock.withLock { counts } }

    /// Whether the run was stopped by an error no later batch can get past.
    var isStopped: Bool { lock.withLock { counts.stopped != nil } }

    /// A file a walk passed over.
    func skip(_ file: SkippedFile) {
        lock.withLock { counts.skipped.append(file) }
    }

    /// Stops the run: reported once, by the command, with how much was stored.
    func stop(_ error: CommentaryError) {
        lock.withLock { if counts.stopped == nil { counts.stopped = error } }
    }
    var articles: Int { lock.withLock { stored } }

    func report(_ event: ImportEvent) {
        lock.withLock { reportBody(event) }
    }

    func fail(_ error: CommentaryError) {
        lock.withLock { counts.failed += 1 }
        report(.failed(error))
    }

    func checked(_ article: Article) {
        lock.withLock {
            counts.imported += 1
            counts.paragraphs += article.paragraphs.count
            stored += 1
        }
        report(.checked(source: article.source, paragraphs: article.paragraphs.count))
    }

    func stored(_ article: Article, _ outcome: StoreOutcome) {
        lock.withLock {
            switch outcome {
            case .imported:
                counts.imported += 1
                counts.paragraphs += article.paragraphs.count
            case .duplicate:
                counts.duplicates += 1
            case .updated:
                counts.updated += 1
                counts.paragraphs += article.paragraphs.count
            }
            stored += 1
        }
        report(.stored(source: article.source, outcome: outcome))
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

/// Cuts a byte stream into lines, looking at each byte once. A line longer than `limit` is not
/// kept: `tooLong` is reported when it passes the limit, and `skippedLineEnded` when it ends.
struct LineSplitter {
    enum Event {
        case line(Data)
        case tooLong
        case skippedLineEnded
    }

    let limit: Int
    /// The start of a line whose end has not come yet.
    private var pending = Data()
    /// Inside a line already refused for its length.
    private var skipping = false

    init(limit: Int) {
        self.limit = limit
    }

    mutating func feed(_ chunk: Data, _ handle: (Event) -> Void) {
        chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count {
                guard let found = memchr(base + start, 0x0A, bytes.count - start) else {
                    keep(UnsafeRawBufferPointer(rebasing: bytes[start...]), handle)
                    return
                }
                let newline = base.distance(to: UnsafeRawPointer(found))
                if skipping {
                    skipping = false
                    handle(.skippedLineEnded)
                } else if pending.isEmpty {
                    handle(.line(Data(bytes[start..<newline])))
                } else {
                    keep(UnsafeRawBufferPointer(rebasing: bytes[start..<newline]), handle)
                    if skipping {
                        skipping = false
                        handle(.skippedLineEnded)
                    } else {
                        handle(.line(pending))
                    }
                    pending = Data()
                }
                start = newline + 1
            }
        }
    }

    /// The last line, when the stream does not end with a newline.
    mutating func finish(_ handle: (Event) -> Void) {
        if skipping {
            skipping = false
            handle(.skippedLineEnded)
        } else if !pending.isEmpty {
            handle(.line(pending))
            pending = Data()
        }
    }

    /// Keeps the start of an unfinished line, or refuses it once it passes the limit (with room
    /// for a CR before the newline).
    private mutating func keep(_ bytes: UnsafeRawBufferPointer, _ handle: (Event) -> Void) {
        guard !skipping else { return }
        if pending.count + bytes.count > limit + 1 {
            pending = Data()
            skipping = true
            handle(.tooLong)
            return
        }
        pending.append(contentsOf: bytes)
    }
}
