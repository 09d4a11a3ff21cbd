import ArgumentParser
import Commentary
import Foundation

/// Entry point: runs the command and maps every failure to design.md's exit statuses
/// (2 usage, 3 archive, 1 input) with a one-line message on stderr.
@main
enum Main {
    static func main() {
        let arguments: [String]
        // From the raw argv: CommandLine.arguments replaces bytes that are not UTF-8, and a file
        // name holding one could not be opened again; FileName writes them as \xHH instead.
        let given = (1..<max(1, Int(CommandLine.argc))).map { index in
            CommandLine.unsafeArgv[index].map {
                FileName.text(UnsafeBufferPointer(start: $0, count: strlen($0)).map { UInt8(bitPattern: $0) })
            }
                ?? ""
        }
        switch ArgumentCheck.check(given) {
        case .success(let checked): arguments = checked
        case .failure(let usage):
            Terminal.error(usage.text)
            exit(ExitStatus.usage)
        }
        do {
            var command = try CommentaryCommand.parseAsRoot(arguments)
            try command.run()
        } catch let error as CommentaryError {
            Terminal.error(error.description)
            exit(ExitStatus.of(error))
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch {
            let code = CommentaryCommand.exitCode(for: error)
            if code == .validationFailure {
                Terminal.error(CommentaryCommand.message(for: error))
                Terminal.note("see 'commentary help' or 'commentary SUBCOMMAND --help'")
                exit(ExitStatus.usage)
            }
            CommentaryCommand.exit(withError: error)
        }
    }
}

enum ExitStatus {
    static let success: Int32 = 0
    static let partialFailure: Int32 = 1
    static let usage: Int32 = 2
    static let archive: Int32 = 3

    static func of(_ error: CommentaryError) -> Int32 {
        switch error {
        case .usage, .query: usage
        case .archive: archive
        case .input, .failure: partialFailure
        }
    }
}

struct CommentaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commentary",
        abstract: "Archive, search and export opinion and commentary pieces in one SQLite file.",
        discussion: """
            Import a batch, then search and export it:
              commentary import Samples/
              commentary search "China-Russia Business Forum"
              commentary export paragraphs > paragraphs.csv

            The archive is --db PATH, else $COMMENTARY_DB, else ./commentary.sqlite.
            Exit status: 0 success, 1 some input failed, 2 usage error, 3 archive missing, foreign, newer or damaged.
            """,
        version: CommentaryVersion.string,
        subcommands: [
            Import.self, Search.self, Show.self, Export.self, Entities.self, Stats.self, Aliases.self,
            Reprocess.self, Delete.self,
        ])
}

enum CommentaryVersion {
    static let string = "0.1.0"
}
