/// Looks over the command line before swift-argument-parser does, for the two things it reads
/// in a way nobody means:
/// - a word starting with `-` that is no option (`-dash.txt`) is read as a bundle of short
///   flags, and one holding an `h` prints the help and exits 0 having done nothing; here it is an
///   unknown option, with how to write such a name;
/// - a negative number after an option (`--limit -1`) is read as an option, leaving "Missing
///   value"; here it is joined to its option (`--limit=-1`) so the command's own range check
///   says what is wrong.
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
        let flags = shortFlags[command] ?? ["h"]
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
                    return .failure(UsageMessage(text: unknown(argument, command: command)))
                }
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

    static func unknown(_ argument: String, command: String) -> String {
        let shown = TerminalText.escaped(argument)
        if isNegativeNumber(argument) {
            return "unknown option '\(shown)'; a negative number is no valid value here"
        }
        switch command {
        case "search":
            return "unknown option '\(shown)'; to exclude a word, put -- before the query (commentary search -- visit \(shown))"
        default:
            return "unknown option '\(shown)'; to name a file starting with '-', write ./\(shown) or put -- before it"
        }
    }
}
