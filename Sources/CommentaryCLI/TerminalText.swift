/// Text from the archive or from file names, made safe to show on a terminal: control characters
/// are written as escapes, as `ls` and git do, so a stored title cannot move the cursor, recolour
/// or retitle the terminal. Data formats (csv, tsv, json, jsonl) keep the text as stored; only
/// what is meant for a person's eyes (tables, `show`, messages) goes through here.
///
/// ```swift
/// TerminalText.escaped("A\u{1B}[2Jtitle")   // "A\\x1b[2Jtitle"
/// ```
enum TerminalText {
    /// C0 controls (tab and newline as `\t`, `\n`), DEL and C1 controls as `\xHH`; bidirectional
    /// overrides and isolates, which reorder what follows them, as `\u{…}`. With `keepNewlines`,
    /// a newline stays a line break.
    static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepNewlines: keepNewlines) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepNewlines: keepNewlines) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0...0xFF: result += "\\x" + hex(scalar.value, digits: 2)
            default: result += "\\u{" + hex(scalar.value, digits: 4) + "}"
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: !keepNewlines
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
