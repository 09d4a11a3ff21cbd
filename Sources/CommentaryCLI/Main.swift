import ArgumentParser
import Commentary
import Foundation

/// Entry point: runs the command and maps every failure to design.md's exit statuses
/// (2 usage, 3 archive, 1 input) with a one-line message on stderr.
@main
enum Main {
    static func main() {
        StandardOutput.prepare()
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
            finish(ExitStatus.success)
        } catch let error as CommentaryError {
            Terminal.error(error.description)
            finish(ExitStatus.of(error))
        } catch let error as ExitCode {
            finish(error.rawValue)
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

    /// Exits with `status`, or with 1 when standard output could not be written: a full disk or a
    /// closed descriptor must never look like success.
    static func finish(_ status: Int32) -> Never {
        if let failure = StandardOutput.failure() {
            Terminal.error(failure)
            exit(status == ExitStatus.success ? ExitStatus.partialFailure : status)
        }
        exit(status)
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
            Reprocess.self, Delete.self, Check.self, Count.self, Code.self, CollocatesCommand.self, List.self, Worker.self,
        ])
}
