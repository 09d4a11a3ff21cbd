import Commentary

/// Looks over the command line before swift-argument-parser does, for the two things it reads
/// in a way nobody means:
/// - a word starting with `-` that is no option (`-dash.txt`) is read as a bundle of short
///   flags, and one holding an `h` prints the help and exits 0 having done nothing; here it is an
///   unknown option, with how to write such a name;
/// - a negative number after an option (`--limit -1`) is read as an option, leaving "Missing
///   value"; here it is joined to its option (`--limit=-1`) so the command's own range check
///   says what is wrong;
/// - `search China -Russia`: once the query has begun, `-word` is an exclusion of the query, handed
///   over as `--exclude=word` (the parser would read it as flags); a query that starts with one
///   is still an error that shows how to write it;
/// - a mistyped command (`serach`) is named, with the closest command.
enum ArgumentCheck {
    /// The short flags each command has (every command has `-h`).
    static let shortFlags: [String: Set<Character>] = [
        "import": ["h", "q", "v"],
        "export": ["h", "o"],
    ]

    /// The arguments to parse, or the message for a usage error.
    static func check(_ arguments: [String]) -> Result<[String], UsageMessage> {
        guard let commandIndex = arguments.firstIndex(where: { !$0.hasPrefix("-") }) else { return .success(arguments) }
        let command = arguments[commandIndex]
        // Only a first word is surely meant as a command: after `--generate-completion-script`
        // the word is that option's value.
        if commandIndex == 0 && !commands.contains(command) {
            return .failure(UsageMessage(text: unknownCommand(command)))
        }
        let flags = shortFlags[command] ?? ["h"]
        // Set once a word that is no option has been seen after the command: for `search`, the query.
        var queryBegun = false
        var checked = Array(arguments[...commandIndex])
        var index = commandIndex + 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                checked += arguments[(index - 1)...]
                break
            }
            if argument.hasPrefix("--") {
                // `--limit -1`: the number is the option's value.
                if !argument.contains("="), index < arguments.count, isNegativeNumber(arguments[index]) {
                    checked.append(argument + "=" + arguments[index])
                    index += 1
                    continue
                }
                // Option names are lower-case words and dashes: `--notes.txt` is a file's name.
                let name = argument.dropFirst(2).prefix { $0 != "=" }
                if !name.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
                    return .failure(UsageMessage(text: unknown(argument, command: command)))
                }
                checked.append(argument)
                continue
            }
            if argument.hasPrefix("-"), argument.count > 1 {
                let letters = argument.dropFirst()
                // `-o FILE` and `-o=FILE` take a value: what follows the letter is that value's business.
                let takesValue = command == "export" && letters.first == "o"
                if !takesValue && !letters.allSatisfy({ flags.contains($0) }) {
                    if command == "search" && queryBegun && !isNegativeNumber(argument) {
                        checked.append("--exclude=" + letters)
                        continue
                    }
                    let example = arguments[index...].first { !$0.hasPrefix("-") }
                    return .failure(UsageMessage(text: unknown(argument, command: command, example: example)))
                }
            } else {
                queryBegun = true
            }
            checked.append(argument)
        }
        return .success(checked)
    }

    struct UsageMessage: Error {
        var text: String
    }

    static func isNegativeNumber(_ text: String) -> Bool {
        text.count > 1 && text.hasPrefix("-") && text.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    /// Every command's name, `help` included.
    static let commands: Set<String> = Set(
        CommentaryCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

    /// The commands a person is shown (not the import's internal worker).
    static let visibleCommands: [String] = CommentaryCommand.configuration.subcommands.filter { $0.configuration.shouldDisplay }
        .compactMap { $0.configuration.commandName }

    static func unknownCommand(_ word: String) -> String {
        let shown = TerminalText.escaped(word)
        if let question = NameSuggestion.question(NameSuggestion.closest(to: word, among: visibleCommands, limit: 2)) {
            return "unknown command '\(shown)'; \(question)"
        }
        return "unknown command '\(shown)'; the commands are \(visibleCommands.joined(separator: ", ")) (see 'commentary help')"
    }

    static func unknown(_ argument: String, command: String, example: String? = nil) -> String {
        let shown = TerminalText.escaped(argument)
        if isNegativeNumber(argument) {
            return "unknown option '\(shown)'; a negative number is no valid value here"
        }
        switch command {
        case "search":
            let word = TerminalText.escaped(example ?? "visit")
            return
                "unknown option '\(shown)'; a query cannot start with an exclusion: write a word to find first ('\(word) \(shown)'), or put -- before the query (commentary search -- \(shown) \(word))"
        default:
            return "unknown option '\(shown)'; to name a file starting with '-', write ./\(shown) or put -- before it"
        }
    }
}
