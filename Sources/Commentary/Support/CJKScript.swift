/// Chinese, Japanese and Korean script: the text the trigram index `paragraphs_cjk` holds
/// (migration 0007, whose GLOB names the same ranges).
enum CJKScript {
    /// Kana, CJK Extension A, CJK Unified Ideographs, Hangul syllables, compatibility ideographs,
    /// Extensions B and later.
    static let ranges: [ClosedRange<UInt32>] = [
        0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF,
    ]

    static func contains(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { scalar in ranges.contains { $0.contains(scalar.value) } }
    }

    /// Whether `text` has CJK script; ASCII text, most of what an import stores, is told eight
    /// bytes at a time.
    static func contains(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            var index = 0
            var high: UInt64 = 0
            while index + 8 <= bytes.count {
                high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                index += 8
            }
            while index < bytes.count {
                high |= UInt64(bytes[index])
                index += 1
            }
            return high & 0x8080_8080_8080_8080 == 0
        }
        return !ascii && contains(text[...])
    }
}
