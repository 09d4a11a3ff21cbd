import Foundation

/// File names as text, losslessly. Linux names are bytes, and a name that is not UTF-8
/// (`caf\xE9.txt`, written by a Latin-1 system) has no String that opens it again: decoding
/// replaces the byte with U+FFFD. So a name that is not valid UTF-8 is written with each byte
/// outside a valid sequence as `\xHH` and each backslash as `\\` (`caf\xe9.txt`), and turned back
/// into its bytes whenever the file is opened. A name that is valid UTF-8 is itself, unchanged.
///
/// ```swift
/// FileName.text([0x63, 0x61, 0x66, 0xE9])      // "caf\\xe9"
/// FileName.systemPath("caf\\xe9")               // the bytes 63 61 66 E9 and a NUL
/// ```
public enum FileName {
    /// A name's (or path's) bytes as text: itself when valid UTF-8, else escaped.
    public static func text<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let array = Array(bytes)
        if let valid = String(validating: array, as: UTF8.self) { return valid }
        var result = ""
        var iterator = array.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\\" { result += "\\\\" } else { result.unicodeScalars.append(scalar) }
                position += encoded.count
            case .error(let length):
                for byte in array[position..<position + length] { result += "\\x" + hex(byte) }
                position += length
            case .emptyInput:
                return result
            }
        }
    }

    /// The bytes to hand the system for a name `text` made, NUL-terminated: the escapes undone
    /// when `text` is an escaped name (its escapes make bytes that are not UTF-8) and no file is
    /// literally called `text`; else its UTF-8.
    public static func systemPath(_ text: String) -> [CChar] {
        let literal = Array(text.utf8CString)
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return literal }
        let bytes = unescaped(text)
        guard String(validating: bytes, as: UTF8.self) == nil else { return literal }
        var info = stat()
        if lstat(literal, &info) == 0 { return literal }
        return bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// `\xHH` as the byte, `\\` as a backslash, anything else as it is.
    static func unescaped(_ text: String) -> [UInt8] {
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "\\"), index + 1 < source.count {
                if source[index + 1] == UInt8(ascii: "\\") {
                    bytes.append(UInt8(ascii: "\\"))
                    index += 2
                    continue
                }
                if source[index + 1] == UInt8(ascii: "x"), index + 3 < source.count,
                    let high = hexValue(source[index + 2]), let low = hexValue(source[index + 3])
                {
                    bytes.append(high << 4 | low)
                    index += 4
                    continue
                }
            }
            bytes.append(source[index])
            index += 1
        }
        return bytes
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
