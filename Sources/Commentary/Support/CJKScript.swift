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
}
