/// JSON text whose `\u` escapes spell half a character: a high surrogate (`\ud83c`) without the
/// low one after it, or a low one alone, as a scraper leaves text it cut inside an emoji. Such an
/// escape is no character, and JSON parsers refuse the whole document ("expected low-surrogate
/// code point"). Each is read as U+FFFD instead, and the reader is told how many there were.
enum JSONSurrogates {
    /// `text` with each lone surrogate escape written `\ufffd`, and how many there were.
    static func repaired(_ text: String) -> (text: String, repaired: Int) {
        // Most JSON holds no surrogate escape at all.
        guard ASCIIMatch.contains(text, "\\ud") || ASCIIMatch.contains(text, "\\uD") else { return (text, 0) }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var repaired = 0
        var index = 0
        func escape(at position: Int) -> UInt32? {
            guard position + 5 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                return nil
            }
            var value: UInt32 = 0
            for offset in 2..<6 {
                guard let digit = hexValue(bytes[position + offset]) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                output.append(bytes[index])
                index += 1
                continue
            }
            guard let value = escape(at: index) else {
                // Another escape (`\\`, `\"`, `\n` …): both bytes as they are.
                output.append(contentsOf: bytes[index...index + 1])
                index += 2
                continue
            }
            if (0xD800...0xDBFF).contains(value), let low = escape(at: index + 6), (0xDC00...0xDFFF).contains(low) {
                output.append(contentsOf: bytes[index..<index + 12])
                index += 12
            } else if (0xD800...0xDFFF).contains(value) {
                output.append(contentsOf: Array("\\ufffd".utf8))
                repaired += 1
                index += 6
            } else {
                output.append(contentsOf: bytes[index..<index + 6])
                index += 6
            }
        }
        return repaired == 0 ? (text, 0) : (String(decoding: output, as: UTF8.self), repaired)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The warning for `count` escapes read as U+FFFD in the input at `location`.
    static func warning(_ location: String, _ count: Int) -> String {
        "\(location): \(count) lone surrogate escape\(count == 1 ? "" : "s") (half of a character, as in \\ud800) read as U+FFFD"
    }
}
