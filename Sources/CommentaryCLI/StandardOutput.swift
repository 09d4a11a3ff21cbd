import Commentary
import Foundation

/// Standard output and its failures. Every row and report the commands print goes through a sink
/// made here, so a failed write (a full disk, a closed descriptor) is reported once at the end and
/// the exit status says so. A reader that went away (`| head`) is not an error.
enum StandardOutput {
    /// Whether descriptor 1 was open when the process started. A closed one is replaced by
    /// /dev/null (so no file this process opens takes its number) and every write to it fails.
    nonisolated(unsafe) private static var wasClosed = false
    nonisolated(unsafe) private static var sinks: [OutputSink] = []

    /// Run once, first: descriptors 0, 1 and 2 that are closed are pointed at /dev/null, so that a
    /// file opened later (an export's temporary file) never becomes "standard output".
    static func prepare() {
        // A reader that goes away (| head) makes writes fail with EPIPE, which the sinks handle
        // (quietly); the default SIGPIPE would end the process with status 141 instead, or not,
        // depending on what the parent left the signal at.
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            if descriptor == STDOUT_FILENO { wasClosed = true }
            let replacement = open("/dev/null", O_RDWR)
            if replacement >= 0 && replacement != descriptor {
                dup2(replacement, descriptor)
                close(replacement)
            }
        }
    }

    /// A sink on standard output, checked when the command ends.
    static func sink() -> OutputSink {
        let sink = OutputSink(descriptor: wasClosed ? -1 : STDOUT_FILENO)
        sinks.append(sink)
        return sink
    }

    /// Writes whole lines (for output that is not rows).
    static func write(_ text: String) {
        let sink = sink()
        sink.write(text)
        sink.flush()
    }

    /// The failure to report once the command is done: nil when every write landed, or when the
    /// reader closed the pipe.
    static func failure() -> String? {
        for sink in sinks {
            sink.flush()
            guard sink.failed, sink.errorNumber != EPIPE else { continue }
            return "writing to standard output failed: \(String(cString: strerror(sink.errorNumber)))"
        }
        return nil
    }

    /// Whether the reader of standard output went away, so the work may stop.
    static var readerGone: Bool { sinks.contains { $0.failed } }
}
