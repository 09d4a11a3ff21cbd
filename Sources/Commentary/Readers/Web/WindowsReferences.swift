/// Reads a numeric character reference to 128-159 (`&#146;`, `&#x93;`) as the Windows-1252
/// character it stands for, as browsers do.
///
/// Pages written on Windows in the 2000s spell their quotation marks and dashes as the code
/// points of Windows-1252 (`Monday&#146;s ambush &#151; during`). Those numbers are control
/// characters in Unicode; libxml2 keeps them, and the text lost its apostrophes and dashes
/// without a word. The HTML standard maps them to the characters Windows-1252 has there.
/// https://html.spec.whatwg.org/multipage/parsing.html#numeric-character-reference-end-state
///
/// One pass over the bytes; a page with no such reference (nearly every page) is returned as nil.
enum WindowsReferences {
    /// The page with those references written as the characters' UTF-8, or nil when it has none.
    static func mended(_ html: [UInt8]) -> [UInt8]? {
        html.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            while let ampersand = ASCIIMatch.next(UInt8(ascii: "&"), in: bytes, from: index), ampersand + 4 < bytes.count {
                index = ampersand
                guard bytes[index + 1] == UInt8(ascii: "#") else {
                    index += 1
                    continue
                }
                guard let (value, end) = reference(in: bytes, at: index + 2), let character = character(value) else {
                    index += 2
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(contentsOf: String(character).utf8)
                copied = end
                index = end
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }

    /// The number of a reference whose digits start at `start` (decimal, or hexadecimal after
    /// `x`), and where the reference ends (past its `;`); nil past six digits.
    static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        var index = start
        let hexadecimal = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if hexadecimal { index += 1 }
        var value: UInt32 = 0
        var digits = 0
        while index < bytes.count, digits <= 6 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: digit = 16
            }
            guard digit < 16 else { break }
            value = value * (hexadecimal ? 16 : 10) + digit
            digits += 1
            index += 1
        }
        guard digits > 0, digits <= 6 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (value, index)
    }

    /// Windows-1252's character for 128-159, nil for the five numbers it leaves undefined and
    /// for any other number.
    static func character(_ value: UInt32) -> Character? {
        guard (0x80...0x9F).contains(value), let scalar = byWindowsByte[UInt8(value)].flatMap(Unicode.Scalar.init)
        else { return nil }
        return Character(scalar)
    }

    static let byWindowsByte: [UInt8: UInt32] = Dictionary(
        uniqueKeysWithValues: DoubleEncoding.windows1252.map { ($0.value, $0.key) })
}
