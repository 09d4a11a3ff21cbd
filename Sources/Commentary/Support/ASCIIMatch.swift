import Foundation

/// Matching of ASCII patterns ("editor's note", "views of ") inside UTF-8 text, ignoring ASCII case,
/// on the bytes themselves: no lower-cased copy, no Character iteration. Byte offsets returned are
/// offsets into the text's own UTF-8, so they index it directly.
enum ASCIIMatch {
    /// The index of the first `byte` at or after `start`, or nil: memchr, which looks at memory
    /// speed, for the passes over a whole page that stop only at a `<` or a `&`.
    @inline(__always)
    static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start >= 0, start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether the bytes are those of `word`.
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        for index in 0..<bytes.count where bytes[index] != word.utf8Start[index] { return false }
        return true
    }

    /// The value of four ASCII digits; nil for any other four bytes.
    static func fourDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Calls `body` with the text's UTF-8 bytes, copying only a text that is not stored contiguously.
    @inline(__always)
    static func withBytes<T>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The number of the text's bytes that match `prefix` (lower-case ASCII) at its start, ignoring
    /// ASCII case; a curly single quote (’ or ‘) in the text matches "'" in the prefix.
    static func prefixLength(_ prefix: StaticString, in text: some StringProtocol) -> Int? {
        withBytes(text) { bytes in matchLength(prefix, bytes, at: 0) }
    }

    static func hasPrefix(_ text: some StringProtocol, _ prefix: StaticString) -> Bool {
        prefixLength(prefix, in: text) != nil
    }

    /// Whether the text ends with `suffix` (lower-case ASCII), ignoring ASCII case.
    static func hasSuffix(_ text: some StringProtocol, _ suffix: StaticString) -> Bool {
        withBytes(text) { bytes in
            bytes.count >= suffix.utf8CodeUnitCount
                && firstOffset(of: suffix, inBytes: UnsafeBufferPointer(rebasing: bytes[(bytes.count - suffix.utf8CodeUnitCount)...])) == 0
        }
    }

    @inline(__always)
    static func matchLength(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let count = pattern.utf8CodeUnitCount
        let pattern = pattern.utf8Start
        var position = start
        for index in 0..<count {
            guard position < bytes.count else { return nil }
            let expected = pattern[index]
            let byte = bytes[position]
            if lower(byte) == expected {
                position += 1
            } else if expected == UInt8(ascii: "'"), byte == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80,
                bytes[position + 2] == 0x98 || bytes[position + 2] == 0x99
            {
                position += 3
            } else {
                return nil
            }
        }
        return position - start
    }

    /// Whether `needle` (lower-case ASCII) occurs in the text, ignoring ASCII case.
    static func contains(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        firstOffset(of: needle, in: text) != nil
    }

    /// The byte offset of the first occurrence of `needle` (lower-case ASCII unless `ignoringCase`
    /// is false), ignoring ASCII case unless told.
    static func firstOffset(of needle: StaticString, in text: some StringProtocol, ignoringCase: Bool = true) -> Int? {
        withBytes(text) { bytes in firstOffset(of: needle, inBytes: bytes, ignoringCase: ignoringCase) }
    }

    /// `firstOffset(of:in:)` on bytes already at hand (a libxml2 string, a compacted copy).
    /// From `start` on; the case kept, its first byte is looked for by memchr.
    static func firstOffset(
        of needle: StaticString, inBytes bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, ignoringCase: Bool = true
    ) -> Int? {
        let first = needle.utf8Start[0]
        let last = bytes.count - needle.utf8CodeUnitCount
        guard last >= start else { return nil }
        if !ignoringCase {
            var position = start
            while let found = next(first, in: bytes, from: position), found <= last {
                if matchesExactly(needle, bytes, at: found, ignoringCase: false) { return found }
                position = found + 1
            }
            return nil
        }
        for offset in start...last where lower(bytes[offset]) == first && matchesExactly(needle, bytes, at: offset) {
            return offset
        }
        return nil
    }

    /// The byte offset of the last occurrence of `needle` (lower-case ASCII), ignoring ASCII case.
    static func lastOffset(of needle: StaticString, in text: some StringProtocol) -> Int? {
        withBytes(text) { bytes in
            let first = needle.utf8Start[0]
            let last = bytes.count - needle.utf8CodeUnitCount
            guard last >= 0 else { return nil }
            for start in stride(from: last, through: 0, by: -1)
            where lower(bytes[start]) == first && matchesExactly(needle, bytes, at: start) {
                return start
            }
            return nil
        }
    }

    @inline(__always)
    private static func matchesExactly(
        _ needle: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, ignoringCase: Bool = true
    ) -> Bool {
        let pattern = needle.utf8Start
        for index in 1..<needle.utf8CodeUnitCount {
            let byte = bytes[start + index]
            if (ignoringCase ? lower(byte) : byte) != pattern[index] { return false }
        }
        return true
    }

    /// The index `offset` bytes into the text.
    static func index(_ text: Substring, byteOffset offset: Int) -> Substring.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Words separated by single spaces, counted as `split(separator: " ").count` would.
    static func spaceSeparatedWords(_ text: some StringProtocol) -> Int {
        withBytes(text) { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
    }
}

/// A set of ASCII bytes as a 128-bit mask: membership is a shift and a test.
struct ASCIISet: Sendable {
    private let low: UInt64
    private let high: UInt64

    init(_ characters: StaticString) {
        let bytes = UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
        precondition(bytes.allSatisfy { $0 < 0x80 }, "ASCIISet holds ASCII only")
        self.init(where: bytes.contains)
    }

    /// The ASCII bytes `isMember` holds.
    init(where isMember: (UInt8) -> Bool) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in UInt8(0)..<0x80 where isMember(byte) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return high >> UInt64(byte - 64) & 1 == 1 }
        return false
    }
}
