import Foundation
import GRDB

/// The archive: one SQLite file with the schema of `Migrations/`, in WAL mode so searches answer
/// while an import writes.
///
/// ```swift
/// let archive = try Archive.open(path: "commentary.sqlite", mode: .create)
/// ```
public final class Archive: Sendable {
    /// How a command may open the archive.
    public enum Mode: Sendable {
        /// Create it when the file is missing or empty (only `import` does).
        case create
        /// Open an existing archive for writing.
        case write
        /// Open an existing archive for reading.
        case read
    }

    /// `PRAGMA application_id` of every commentary archive: 'CMNT'.
    public static let applicationID: Int32 = 0x434D_4E54

    public let path: String
    /// A pool (WAL readers beside the writer) for writing commands; one read-only connection for
    /// reading ones, which opens faster and is all a single query needs.
    let pool: any DatabaseWriter

    private init(path: String, pool: any DatabaseWriter) {
        self.path = path
        self.pool = pool
    }

    /// Opens (or, in `.create` mode, creates) the archive at `path`. A missing file, a file that is
    /// not a commentary archive, or one written by a newer version is refused without touching it.
    public static func open(path: String, mode: Mode) throws(CommentaryError) -> Archive {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            throw .archive(path: path, reason: "is a directory, not a commentary archive")
        }
        let size = exists ? ((try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) : 0
        if !exists || size == 0 {
            guard mode == .create else {
                throw .archive(
                    path: path,
                    reason: exists
                        ? "is an empty file, not a commentary archive; run 'commentary import' to create one"
                        : "no such archive; run 'commentary import FILE…' to create it, or pass --db PATH")
            }
            try create(path: path)
        } else {
            try probe(path: path)
        }

        var configuration = Configuration()
        configuration.readonly = mode == .read
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // The archive is not shared across machines; NORMAL is durable at checkpoints and
            // keeps the database consistent on a crash at any point.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A large cache for the writer's index updates; readers keep SQLite's default,
                // which recycles pages instead of allocating for every page a query reads.
                try db.execute(sql: "PRAGMA cache_size = -65536")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
            }
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // The index's terms, for spelling out search prefixes (PrefixTerms). In the temp schema:
            // nothing is written to the archive, and archives of any version have it.
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(PrefixTerms.vocabulary) USING fts5vocab(main, 'paragraphs_fts', 'row')")
        }
        do {
            let pool: any DatabaseWriter =
                mode == .read
                ? try DatabaseQueue(path: path, configuration: configuration)
                : try DatabasePool(path: path, configuration: configuration)
            let superseded = try pool.read { db in try Migrations.migrator.hasBeenSuperseded(db) }
            if superseded {
                throw CommentaryError.archive(
                    path: path, reason: "was written by a newer version of commentary; upgrade the tool to open it")
            }
            if mode != .read {
                let completed = try pool.read { db in try Migrations.migrator.hasCompletedMigrations(db) }
                if !completed { try Migrations.migrator.migrate(pool) }
            }
            return Archive(path: path, pool: pool)
        } catch let error as CommentaryError {
            throw error
        } catch {
            throw archiveError(error, path: path)
        }
    }

    /// Creates the file and applies every migration in rollback-journal mode, so the header (with
    /// the application id) is on disk before WAL mode starts.
    private static func create(path: String) throws(CommentaryError) {
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue)
            try queue.close()
        } catch {
            throw archiveError(error, path: path)
        }
    }

    /// Reads the 100-byte header without SQLite, so nothing about the file changes.
    private static func probe(path: String) throws(CommentaryError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .archive(path: path, reason: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        let magic = Data("SQLite format 3\0".utf8)
        guard header.count >= 100, header.prefix(16) == magic else {
            throw .archive(path: path, reason: "is not a commentary archive (not an SQLite database); pass --db with the archive's path")
        }
        let id = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        guard id == applicationID else {
            throw .archive(path: path, reason: "is an SQLite database but not a commentary archive; pass --db with the archive's path")
        }
    }

    static func archiveError(_ error: any Error, path: String) -> CommentaryError {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return .archive(path: path, reason: "is damaged (\(error.message ?? "\(error.resultCode)"))")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return .archive(path: path, reason: "cannot be opened (\(error.message ?? "\(error.resultCode)"))")
            default:
                return .failure("\(path): \(error.message ?? "\(error)")")
            }
        }
        return .failure("\(path): \(error)")
    }

    /// Runs a read in a consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(CommentaryError) -> T {
        do {
            return try pool.read(body)
        } catch let error as CommentaryError {
            throw error
        } catch {
            throw Self.archiveError(error, path: path)
        }
    }

    /// Runs writes in one transaction.
    func write<T>(_ body: (Database) throws -> T) throws(CommentaryError) -> T {
        do {
            return try pool.write(body)
        } catch let error as CommentaryError {
            throw error
        } catch {
            throw Self.archiveError(error, path: path)
        }
    }

    /// Closes the database. The write-ahead log is synced and left beside the main file, which is
    /// not written: SQLite's automatic checkpoints fold the log in once it holds 16,384 pages.
    public func close() {
        // Make every committed batch durable: with synchronous=NORMAL, WAL commits reach the disk at
        // checkpoints, so the log is synced once here. Copying it into the main file is left to
        // SQLite's automatic checkpoints; a checkpoint here would make an append's cost grow with the
        // archive (its pages land all over a larger file). Readers, sqlite3 and Datasette read the log.
        if !pool.configuration.readonly, let log = FileHandle(forUpdatingAtPath: path + "-wal") {
            try? log.synchronize()
            try? log.close()
        }
        if let pool = pool as? DatabasePool { try? pool.close() }
        if let queue = pool as? DatabaseQueue { try? queue.close() }
    }
}

/// The embedded `Migrations/*.sql`, applied in order by GRDB's migrator.
enum Migrations {
    static let migrator: DatabaseMigrator = {
        // Migrations run with foreign keys off, as SQLite's procedure for rebuilding a table needs,
        // and without GRDB's check of every row afterwards (seconds on a large archive). The
        // migration tests upgrade a populated archive from the first migration and check it.
        var migrator = DatabaseMigrator().disablingDeferredForeignKeyChecks()
        for migration in EmbeddedMigrations.all {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }()

    /// The newest migration this binary knows: the schema version.
    static var latest: String { EmbeddedMigrations.all.last?.name ?? "" }
}
