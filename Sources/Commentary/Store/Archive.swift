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
    /// One connection: read-write for writing commands, read-only for reading ones (which opens
    /// faster and is all a single query needs). Other processes read beside a writer (WAL).
    let pool: any DatabaseWriter

    private init(path: String, pool: any DatabaseWriter) {
        self.path = path
        self.pool = pool
    }

    /// Opens (or, in `.create` mode, creates) the archive at `path`.
    ///
    /// Everything that can refuse the file is decided on a read-only look first, so a refused file
    /// is left byte-identical: a missing file (outside `.create`), something that is not a regular
    /// file, a file that is not a commentary archive, one with commentary's application id but not
    /// its tables, and one written by a newer version. Only then is it opened for writing. Archives
    /// on read-only storage open for reading; writing modes say the archive is read-only.
    /// What upgrading an archive to this binary's schema does, for a command to tell its user:
    /// building an index over every article can take minutes on a large archive.
    public enum Upgrade: Sendable {
        /// Migrations about to run (names as in `Migrations/`), over an archive of `articles`.
        case started(migrations: [String], articles: Int)
        case finished(seconds: Double)
    }

    public static func open(
        path: String, mode: Mode, upgrade: (@Sendable (Upgrade) -> Void)? = nil
    ) throws(CommentaryError) -> Archive {
        SQLiteSettings.applied
        // Two imports creating one new archive at once: the second waits here until the first has
        // written the schema, then finds a complete archive.
        if mode == .create {
            let creationLock = try CreationLock(path: path)
            defer { creationLock.release() }
            var info = stat()
            let missing = stat(path, &info) != 0
            if missing || (info.st_mode & S_IFMT == S_IFREG && info.st_size == 0) { try create(path: path) }
        }

        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && info.st_mode & S_IFMT == S_IFDIR {
            throw .archive(path: path, reason: "is a directory, not a commentary archive")
        }
        if exists && info.st_mode & S_IFMT != S_IFREG {
            throw .archive(path: path, reason: "is not a regular file (a device, FIFO or socket), so it cannot be an archive")
        }
        if !exists || info.st_size == 0 {
            throw .archive(
                path: path,
                reason: exists
                    ? "is an empty file, not a commentary archive; run 'commentary import' to create one"
                    : "no such archive; run 'commentary import FILE…' to create it, or pass --db PATH")
        }
        try probe(path: path)

        let reader = try openReadOnly(path: path)
        try inspect(reader, path: path)
        if mode == .read { return Archive(path: path, pool: reader) }
        let pending: [String]
        var articles = 0
        do {
            pending = try reader.read { db in
                let applied = try Migrations.migrator.appliedIdentifiers(db)
                let pending = EmbeddedMigrations.all.map(\.name).filter { !applied.contains($0) }
                if !pending.isEmpty { articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
                return pending
            }
            try reader.close()
        } catch {
            throw archiveError(error, path: path)
        }
        try checkWritable(path: path)
        do {
            // One connection: a command writes from one thread, and a pool would commit a table
            // created and dropped at every open (GRDB's way of making sure a log exists), so that
            // a writing command that writes nothing would still change the file.
            let pool = try DatabaseQueue(path: path, configuration: configuration(readonly: false))
            if !pending.isEmpty {
                let start = Date()
                upgrade?(.started(migrations: pending, articles: articles))
                try Migrations.migrator.migrate(pool)
                upgrade?(.finished(seconds: Date().timeIntervalSince(start)))
            }
            return Archive(path: path, pool: pool)
        } catch {
            throw archiveError(error, path: path)
        }
    }

    static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // The archive is not shared across machines; NORMAL is durable at checkpoints and
            // keeps the database consistent on a crash at any point.
            if !db.configuration.readonly {
                // WAL, so searches answer while an import writes; persistent in the file, and a
                // no-op when it is already on.
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                guard mode == "wal" else {
                    throw DatabaseError(
                        resultCode: .SQLITE_BUSY, message: "could not switch the archive to WAL mode (it is \(mode ?? "?"))")
                }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A large cache for the writer's index updates; readers keep SQLite's default,
                // which recycles pages instead of allocating for every page a query reads.
                try db.execute(sql: "PRAGMA cache_size = -65536")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
                // A writer notices damaged pages when it reads them, before it builds on them
                // and spreads the damage. Readers spread nothing and rely on SQLite's own checks:
                // the extra ones cost a rare word's search at 1,000,000 articles 11 million
                // instructions (FTS5 reads many pages for little work).
                try db.execute(sql: "PRAGMA cell_size_check = ON")
            }
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // The index's terms, for spelling out search prefixes (PrefixTerms). In the temp schema:
            // nothing is written to the archive, and archives of any version have it.
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(PrefixTerms.vocabulary) USING fts5vocab(main, 'paragraphs_fts', 'row')")
            // Ranks the whole query as an exact phrase first without a second pass over the index.
            try ExactPhrase.register(db)
            // Folds an author's or outlet's name for the filters, as search folds words.
            db.add(function: TextFold.function)
        }
        return configuration
    }

    /// One read-only connection. On read-only storage (a mounted archive, a folder the user may not
    /// write) WAL mode cannot create its shared-memory file: the archive is then opened as
    /// immutable, which is exact as long as no write-ahead log holds writes the main file lacks.
    static func openReadOnly(path: String) throws(CommentaryError) -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            // Opening is lazy about the log: read once, so a file SQLite cannot use fails here.
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) {
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard log == 0 else {
                throw .archive(
                    path: path,
                    reason:
                        "cannot be read: its write-ahead log (\(path)-wal) holds recent writes and the folder is read-only; copy both files to a writable folder"
                )
            }
            do {
                return try DatabaseQueue(path: immutableURI(path), configuration: configuration(readonly: true))
            } catch {
                throw archiveError(error, path: path)
            }
        } catch {
            throw archiveError(error, path: path)
        }
    }

    /// `file:` URI for SQLite's `immutable` open: no locks, no shared memory, no log.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// Refuses a file with commentary's application id whose tables are not an archive's, and one
    /// whose schema is newer than this binary's; reads only.
    static func inspect(_ reader: DatabaseQueue, path: String) throws(CommentaryError) {
        let verdict: String?
        do {
            verdict = try reader.read { db -> String? in
                let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'"))
                guard tables.contains("grdb_migrations"), tables.contains("articles") else {
                    return "has commentary's application id but not an archive's tables; it was left as it is"
                }
                if try Migrations.migrator.hasBeenSuperseded(db) {
                    return "was written by a newer version of commentary; upgrade the tool to open it"
                }
                return nil
            }
        } catch {
            try? reader.close()
            throw archiveError(error, path: path)
        }
        if let verdict {
            try? reader.close()
            throw .archive(path: path, reason: verdict)
        }
    }

    /// Writing needs the file and its folder (for the log) to be writable.
    static func checkWritable(path: String) throws(CommentaryError) {
        let folder = (path as NSString).deletingLastPathComponent
        for (candidate, what) in [(path, "the archive"), (folder.isEmpty ? "." : folder, "its folder")]
        where access(candidate, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            throw .archive(
                path: path,
                reason:
                    "is read-only (\(what): \(reason)); reading commands work, writing ones need write access to the file and its folder")
        }
    }

    /// Creates the archive: every migration applied in rollback-journal mode, so the header (with
    /// the application id) is on disk before WAL mode starts, and WAL mode switched on before the
    /// creation lock is released, so no reader ever sees the new archive in another mode.
    ///
    /// It is built under another name (`building`) and renamed into place, which is atomic: a kill
    /// at any moment leaves no archive or a whole one. Built in place, a kill between the
    /// migrator's bookkeeping table and the first migration left a file without the application
    /// id, which every later run refused as another program's database. A leftover of a killed
    /// creation is removed by the next one, which holds the same creation lock.
    private static func create(path: String) throws(CommentaryError) {
        let building = Self.building(path)
        func removeBuilding() {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(building + suffix) }
        }
        removeBuilding()
        do {
            let queue = try DatabaseQueue(path: building)
            try Migrations.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
        } catch {
            removeBuilding()
            throw archiveError(error, path: path)
        }
        guard rename(building, path) == 0 else {
            let reason = String(cString: strerror(errno))
            removeBuilding()
            throw .archive(path: path, reason: "could not be created: \(reason)")
        }
    }

    /// Where `create` builds a new archive before renaming it to `path`.
    static func building(_ path: String) -> String { path + ".creating" }

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

    /// How to get back what a damaged archive still holds.
    public static func recoveryAdvice(_ path: String) -> String {
        "to recover what is readable: sqlite3 \(path) .recover | sqlite3 recovered.sqlite"
    }

    /// The advice every report of damage outside `check` ends with.
    public static func damageAdvice(_ path: String) -> String {
        "run 'commentary check --db \(path)' for details; \(recoveryAdvice(path))"
    }

    static func archiveError(_ error: any Error, path: String) -> CommentaryError {
        if let error = error as? DatabaseError {
            switch error.resultCode.primaryResultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return .archive(path: path, reason: "is damaged (\(error.message ?? "\(error.resultCode)")); \(damageAdvice(path))")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return .archive(path: path, reason: "cannot be opened (\(error.message ?? "\(error.resultCode)"))")
            case .SQLITE_FULL:
                return .failure("\(path): the disk is full; nothing of the failed step was written")
            default:
                return .failure("\(path): \(error.message ?? "\(error)")")
            }
        }
        return .failure("\(path): \(error)")
    }

    /// The error that must stop a writing command at once, rolled back, instead of being reported
    /// per article: a full disk, an I/O error, damage, or the file turning read-only. Nil for an
    /// error that concerns one article only.
    func stoppingError(_ error: any Error) -> CommentaryError? {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL:
            return .failure("\(path): the disk is full")
        case .SQLITE_IOERR:
            return .failure("\(path): input/output error (\(error.message ?? "\(error.resultCode)"))")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .archive(path: path, reason: "is damaged (\(error.message ?? "\(error.resultCode)")); \(Self.damageAdvice(path))")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .archive(path: path, reason: "cannot be written (\(error.message ?? "\(error.resultCode)"))")
        default:
            return nil
        }
    }

    /// SQLite's `quick_check` of every page, before a command that rewrites much of the archive
    /// (`reprocess`, `delete`): damage anywhere stops it before it writes, with exit status 3.
    func ensureUndamaged() throws(CommentaryError) {
        let lines: [String]
        do {
            lines = try pool.read { db in
                try String.fetchAll(db, sql: "PRAGMA quick_check(5)").flatMap { $0.split(separator: "\n").map(String.init) }
                    .filter { !$0.hasPrefix("***") }
            }
        } catch let error as DatabaseError {
            lines = [error.message ?? "\(error.resultCode)"]
        } catch {
            throw Self.archiveError(error, path: path)
        }
        guard lines == ["ok"] else {
            throw .archive(
                path: path, reason: "is damaged (\(lines.joined(separator: "; "))); nothing was changed; \(Self.damageAdvice(path))")
        }
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

    /// Closes the database. A writer first folds the write-ahead log into the main file and
    /// empties it (`PRAGMA wal_checkpoint(TRUNCATE)`), so that the main file alone holds every
    /// committed write: a user who copies `commentary.sqlite` copies the whole archive. A reader
    /// holding an old snapshot can hold the checkpoint back; the log then stays, and nothing is lost.
    public func close() {
        if !pool.configuration.readonly {
            try? pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        if let queue = pool as? DatabaseQueue { try? queue.close() }
    }
}

/// An exclusive `flock` on the archive's folder while `import` decides whether to create the
/// archive and creates it. The folder, not the file: closing any descriptor of the archive would
/// drop every POSIX lock this process holds on it, SQLite's included.
struct CreationLock {
    let descriptor: Int32

    init(path: String) throws(CommentaryError) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw .archive(path: path, reason: "cannot be created: its folder cannot be opened (\(reason))")
        }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        self.descriptor = descriptor
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// The embedded `Migrations/*.sql`, applied in order by GRDB's migrator.
enum Migrations {
    static let migrator: DatabaseMigrator = {
        // Migrations run with foreign keys off, as SQLite's procedure for rebuilding a table needs,
        // and without GRDB's check of every row afterwards (seconds on a large archive). The
        // migration tests upgrade a populated archive from the first migration and check it.
        var migrator = DatabaseMigrator().disablingDeferredForeignKeyChecks()
        // Test hook: the process is killed inside the first migration, before it commits, as a
        // kill in the middle of creating an archive would. Set only by the test of that case.
        let killInFirst = ProcessInfo.processInfo.environment["COMMENTARY_TEST_KILL_CREATING"] != nil
        for (index, migration) in EmbeddedMigrations.all.enumerated() {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.text)
                if killInFirst && index == 0 { kill(getpid(), SIGKILL) }
            }
        }
        return migrator
    }()

    /// The newest migration this binary knows: the schema version.
    static var latest: String { EmbeddedMigrations.all.last?.name ?? "" }
}
