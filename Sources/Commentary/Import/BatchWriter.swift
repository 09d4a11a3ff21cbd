import Foundation
import GRDB

// MARK: - Writing batches

extension Importer {
    /// Stores parsed units through the one writer, a batch per transaction; an article that cannot
    /// be stored is retried alone so the rest of its batch lands.
    func write(_ batch: [Parsed], state: RunState) {
        for parsed in batch {
            for warning in parsed.warnings { state.report(.warning(warning)) }
            for failure in parsed.failures { state.fail(failure) }
        }
        // Two texts under one name in one run (a repeated id or url) would have the second
        // overwrite the first: the second is refused instead.
        let articles = batch.flatMap(\.articles).filter { state.claim($0) }
        guard !articles.isEmpty else { return }
        guard !options.dryRun, let archive else {
            // A dry run says what the import would do: a text the archive or this run already
            // holds is a duplicate, a known source's changed text an update.
            for article in articles {
                var outcome: StoreOutcome?
                if let archive {
                    do {
                        outcome = try archive.pool.read { db in try ArticleStore(db).predictedOutcome(article) }
                    } catch {
                        state.fail(.input(location: article.source, reason: "could not be looked up in the archive (\(error))"))
                        continue
                    }
                }
                state.checked(article, outcome)
            }
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
                    let outcomes: [Result<StoreOutcome, CommentaryError>] = try articles.map { article in
                        .success(try store.store(article, now: now))
                    }
                    try store.writeIndex()
                    return outcomes
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
                                try store.writeIndex()
                                return .commit
                            }
                            return .success(outcome)
                        } catch {
                            // Rolled back with the savepoint: its index rows and the entities it added.
                            store.discardPendingIndex()
                            store.entityIDs = [:]
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
    /// In a dry run, the first source of each new text, by content hash.
    private var checkedTexts: [String: String] = [:]

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
                        "another record of this import has the same name with different text (a repeated id or url); this one was not stored"
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

    /// A dry run's article, with what storing it would do (nil: a new text), unless an earlier
    /// article of this run has its text.
    func checked(_ article: Article, _ predicted: StoreOutcome?) {
        let outcome: StoreOutcome? = lock.withLock {
            var outcome = predicted
            switch predicted {
            case .duplicate: break
            case nil, .imported, .updated:
                // A text new to the archive: the first article of the run with it is stored.
                if let first = checkedTexts[article.contentHash] {
                    outcome = .duplicate(id: 0, of: first)
                } else {
                    checkedTexts[article.contentHash] = article.source
                }
            }
            switch outcome {
            case nil:
                counts.imported += 1
                counts.paragraphs += article.paragraphs.count
            case .duplicate: counts.duplicates += 1
            case .updated:
                counts.updated += 1
                counts.paragraphs += article.paragraphs.count
            case .imported: counts.imported += 1
            }
            stored += 1
            return outcome
        }
        report(.checked(source: article.source, paragraphs: article.paragraphs.count, outcome: outcome))
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
