import Foundation
import Testing

@Suite("Import of endless and special inputs, end to end")
struct PathologicalInputCLITests {
    /// An endless standard input is read up to --max-size and refused there (it trapped before).
    @Test func endlessStandardInputIsRefusedAtTheSizeLimit() throws {
        let directory = scratch()
        let result = try run(["import", "-", "--max-size", "1"], in: directory, stdinPath: "/dev/zero")
        #expect(result.status == 1)
        #expect(result.stderr.contains("standard input: larger than --max-size (more than 1048576 bytes)"))
    }

    /// A device or a FIFO named on the command line is refused by name (both hung before).
    @Test func aDeviceOrFIFONamedOnTheCommandLineIsRefused() throws {
        let directory = scratch()
        #expect(mkfifo(directory.appending(path: "pipe.jsonl").path, 0o600) == 0)
        let result = try run(["import", "/dev/urandom", "pipe.jsonl", seed], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/urandom: not a regular file (a character device)"))
        #expect(result.stderr.contains("pipe.jsonl: not a regular file (a FIFO)"))
        #expect(result.stderr.contains("imported 1, duplicates 0, updated 0, failed 2"))
    }
}
