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
        for attempt in 0..<100 {
            temporary = target + ".partial-\(getpid())" + (attempt == 0 ? "" : "-\(attempt)")
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode == 0 ? 0o644 : mode_t(mode))
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw .usage("cannot write \(path) (\(String(cString: strerror(errno))))")
        }
        self.temporary = temporary
        self.descriptor = descriptor
        PartialFiles.register(temporary)
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
enum PartialFiles {
    /// Copies of the paths as C strings: the signal handler may not allocate.
    nonisolated(unsafe) private static var paths: [UnsafeMutablePointer<CChar>] = []
    nonisolated(unsafe) private static var installed = false

    static func register(_ path: String) {
        paths.append(strdup(path))
        guard !installed else { return }
        installed = true
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal) { received in
                for path in PartialFiles.paths { unlink(path) }
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
            sigaddset(&unblock, signal)
        }
        // A parent may start us with these signals blocked; they must reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func unregister(_ path: String) {
        paths.removeAll { candidate in
            guard String(cString: candidate) == path else { return false }
            free(candidate)
            return true
        }
    }
}
