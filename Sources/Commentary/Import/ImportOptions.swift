import Foundation

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
    /// Parsed and normalized in a dry run, with what storing it would do (nil: a new text; a
    /// duplicate of a text earlier in the run has the id 0).
    case checked(source: String, paragraphs: Int, outcome: StoreOutcome?)
    case failed(CommentaryError)
    case warning(String)
    case progress(ImportProgress)
    /// Every batch is stored; the paragraph index is being merged into one segment (seconds on a
    /// large archive).
    case compacting
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
