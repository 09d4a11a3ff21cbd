import Foundation
import Testing

/// The commands a user sees in `commentary help`.
let visibleCommands = [
    "import", "search", "show", "export", "entities", "stats", "aliases", "reprocess", "delete", "check",
    "count", "code", "collocates", "list",
]

/// Compares `text` with the snapshot file `name` in Tests/CLITests/Snapshots; with
/// UPDATE_SNAPSHOTS=1 in the environment, writes it instead (review the diff before committing).
func expectSnapshot(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = repository.appending(path: "Tests/CLITests/Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
        try Data(text.utf8).write(to: file)
        return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? "(no snapshot \(name); run with UPDATE_SNAPSHOTS=1)"
    #expect(
        text == expected, "\(name) differs from its snapshot; run with UPDATE_SNAPSHOTS=1 and review the diff",
        sourceLocation: sourceLocation)
}

@Suite("Help and completions, as snapshots")
struct HelpSnapshotTests {
    @Test(arguments: [""] + visibleCommands)
    func helpMatchesItsSnapshot(_ command: String) throws {
        let result = try run((command.isEmpty ? [] : [command]) + ["--help"], in: scratch())
        #expect(result.status == 0)
        try expectSnapshot(result.stdout, "help-\(command.isEmpty ? "commentary" : command).txt")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsMatchTheirSnapshot(_ shell: String) throws {
        let result = try run(["--generate-completion-script", shell], in: scratch())
        #expect(result.status == 0)
        try expectSnapshot(result.stdout, "completion.\(shell)")
    }

    /// At 80 columns (help's width when not on a terminal) every example stays on one line.
    @Test(arguments: visibleCommands)
    func examplesDoNotWrapMidCommand(_ command: String) throws {
        let help = try run([command, "--help"], in: scratch()).stdout
        var inExamples = false
        var examples = 0
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Example") && trimmed.hasSuffix(":") {
                inExamples = true
                continue
            }
            if trimmed.isEmpty || trimmed.hasSuffix(":") {
                inExamples = false
                continue
            }
            guard inExamples else { continue }
            examples += 1
            #expect(trimmed.contains("commentary "), "\(command): an example wrapped: '\(trimmed)'")
        }
        #expect(examples > 0, "\(command) --help shows no example")
    }
}
