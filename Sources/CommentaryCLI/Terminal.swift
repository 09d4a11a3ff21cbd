import Foundation

/// Messages to stderr, terminal detection, and highlighting.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func error(_ message: String) {
        write("commentary: error: \(TerminalText.escaped(message, keepNewlines: true))\n")
    }

    static func warning(_ message: String) {
        write("commentary: warning: \(TerminalText.escaped(message, keepNewlines: true))\n")
    }

    static func note(_ message: String) {
        write("\(TerminalText.escaped(message, keepNewlines: true))\n")
    }

    /// Writes to standard error. A closed or full stderr (cron jobs, services, `2> /dev/full`)
    /// never stops the work: a message that cannot be written is dropped.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = Foundation.write(STDERR_FILENO, next, left)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                next += written
                left -= written
            }
        }
    }

    /// Colour when stdout is a terminal and NO_COLOR is unset, unless `--color` says otherwise.
    static func useColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto: stdoutIsTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }

    enum ColorChoice: String, CaseIterable {
        case auto, always, never
    }

    static let bold = "\u{1B}[1m"
    static let highlight = "\u{1B}[1;33m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"
}
