import Commentary
import Foundation

/// The file `--output` names. Rows go to a temporary file beside it, which is renamed into place
/// only when every write has landed; until then the named file is untouched.
///
/// `--force` replaces a regular file (or the regular file a symbolic link points to, keeping the
/// link), never a directory, a device, a FIFO, a socket, or any file of the archive being read,
/// compared by device and inode rather than by spelling. The temporary file is removed on failure
/// and on Ctrl-C or SIGTERM.
final class OutputFile {
    /// The path as given, for messages.
    let path: String
    /// Where the rows land: `path`, or the file a link at `path` points to.
    let target: String
    let temporary: String
    let descriptor: Int32
    private var done = false

    /// Checks `path` against the rules above and opens its temporary file.
    init(path: String, force: Bool, archive: Archive) throws(CommentaryError) {
        self.path = path
        var info = stat()
        var target = path
        if lstat(path, &info) == 0 {
            guard force else { throw .usage("\(path) exists; add --force to overwrite it") }
            guard stat(path, &info) == 0 else {
                throw .usage("\(path) is a symbolic link to nothing; remove it or name another file")
            }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFREG else {
                let what = kind == S_IFDIR ? "a directory" : kind == S_IFIFO ? "a FIFO" : kind == S_IFSOCK ? "a socket" : "a device"
                throw .usage("\(path) is \(what); --force replaces only a regular file, so name a file to write")
            }
            if Self.belongsToArchive(info, archive: archive) {
                throw .usage("\(path) is a file of the archive being read (\(archive.path)); name another file to write")
            }
            target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        }
        self.target = target
        let mode = info.st_mode & 0o7777
        var temporary = ""
        var descriptor: Int32 = -1
        // An interrupt between creating the file and registering it waits until it is registered,
        // and then removes it.
        PartialFiles.install()
        PartialFiles.whileHeld {
            for attempt in 0..<100 {
                temporary = target + ".partial-\(getpid())" + (attempt == 0 ? "" : "-\(attempt)")
                descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode == 0 ? 0o644 : mode_t(mode))
                if descriptor >= 0 || errno != EEXIST { break }
            }
            if descriptor >= 0 { PartialFiles.register(temporary) }
        }
        guard descriptor >= 0 else {
            throw .usage("cannot write \(path) (\(String(cString: strerror(errno))))")
        }
        self.temporary = temporary
        self.descriptor = descriptor
    }

    /// Whether `info` is the archive's main file, its log, its shared memory or its journal.
    static func belongsToArchive(_ info: stat, archive: Archive) -> Bool {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            var other = stat()
            if stat(archive.path + suffix, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino {
                return true
            }
        }
        return false
    }

    /// Syncs the temporary file and renames it over the target.
    func commit() throws(CommentaryError) {
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .failure("writing \(path) failed: \(reason)")
        }
        close(descriptor)
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .failure("cannot move the finished file into place at \(path): \(reason)")
        }
        PartialFiles.unregister(temporary)
        done = true
    }

    /// Removes the temporary file; the named file keeps what it had.
    func discard() {
        guard !done else { return }
        done = true
        close(descriptor)
        unlink(temporary)
        PartialFiles.unregister(temporary)
    }

    deinit { discard() }
}

/// Temporary files to remove when the process is interrupted (SIGINT, SIGTERM, SIGHUP).
///
/// The handler reads a fixed table of C strings, not a Swift array: a signal handler may not
/// allocate, retain or take part in Swift's checks of exclusive access, any of which could abort
/// the process and leave the file behind. The table changes only while the signals are held
/// (`whileHeld`), so the handler never sees it half changed.
enum PartialFiles {
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    /// The most temporary files open at once (a command writes one).
    static let capacity = 16
    nonisolated(unsafe) private static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    nonisolated(unsafe) private static var installed = false

    /// Runs `body` with the signals held back; one that arrives meanwhile is handled after it.
    static func whileHeld<T>(_ body: () throws -> T) rethrows -> T {
        var held = sigset_t()
        var previous = sigset_t()
        sigemptyset(&held)
        for signal in signals { sigaddset(&held, signal) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// Adds a path to remove on an interrupt; called with the signals held, after `install`.
    static func register(_ path: String) {
        let table = table
        for slot in 0..<capacity where table[slot] == nil {
            table[slot] = strdup(path)
            return
        }
    }

    static func unregister(_ path: String) {
        whileHeld {
            let table = table
            for slot in 0..<capacity {
                guard let candidate = table[slot], String(cString: candidate) == path else { continue }
                table[slot] = nil
                free(candidate)
            }
        }
    }

    /// Sets the handler of the signals, once, before any file is registered.
    static func install() {
        guard !installed else { return }
        installed = true
        _ = table
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in signals {
            Foundation.signal(signal) { received in
                PartialFiles.removeAll()
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
            sigaddset(&unblock, signal)
        }
        // A parent may start us with these signals blocked; they must reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Unlinks every registered file: only `unlink` on the table's C strings.
    private static func removeAll() {
        let table = table
        for slot in 0..<capacity {
            if let path = table[slot] { unlink(path) }
        }
    }
}
