/// Text encoded in UTF-8 twice: its UTF-8 bytes once read as Windows-1252 (or Latin-1) and encoded
/// again, so that "it’s" reads "itâ€™s", "Côté" reads "CÃ´tÃ©" and "—" reads "â\u{80}\u{94}". Pages,
/// feeds and spreadsheets that passed through a misconfigured system come this way; searching them
/// for "it’s" or "Côté" finds nothing, and their words split where the stray letters stand.
///
/// Each run that spells one character's UTF-8 bytes (a lead byte's letter, Â to ô, then as many
/// continuation bytes' characters as it calls for) is read as that character again, when the bytes
/// are valid UTF-8 and the character is one such text holds: a Latin, Greek, Cyrillic, Hebrew or
/// Arabic letter, punctuation or a symbol, a CJK or Hangul character, an emoji. German "ß“" (the
/// bytes DF 93) would make a rare NKo letter: it stays as written, as do "píše" and "recordó–",
/// whose bytes make no character at all.
///
/// And only in a text that shows the double encoding somewhere beyond doubt (`isTelltale`): French
/// "automatisé »" spells a CJK character by chance (E9 A0 BB), and stays in French text.
enum DoubleEncoding {
    /// Whether `scalar` may be a lead byte's letter and `next` a continuation byte's character:
    /// what the clean-up's survey looks for before `repaired` is asked.
    @inline(__always)
    static func mayStartRun(_ scalar: UInt32, _ next: UInt32) -> Bool {
        (0xC2...0xF4).contains(scalar) && byte(next).map { (0x80...0xBF).contains($0) } == true
    }

    /// `text` with every run that spells one character's UTF-8 read as that character; `text`
    /// itself when no run is a telltale.
    static func repaired(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var sure = false
        var index = 0
        while index < scalars.count {
            if let (character, length) = character(at: index, in: scalars) {
                sure = sure || isTelltale(scalars[index..<(index + length)])
                result.append(character)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return sure ? String(result) : text
    }

    /// A run no text holds as written: a control character of Latin-1's (80 to 9F) among its
    /// continuations; "Â" or "Ã" before one other than a no-break space ("Â©", "Ã©": the UTF-8 of
    /// Latin-1's symbols and accented letters); "Ð" or "Ñ" before one (Cyrillic letters); "â"
    /// before Windows-1252's "€", "‚", "ƒ" or "„" ("â€™": general punctuation, currency signs).
    static func isTelltale(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let lead = run.first?.value, run.count >= 2 else { return false }
        let continuations = run.dropFirst().map(\.value)
        if continuations.contains(where: { (0x80...0x9F).contains($0) }) { return true }
        let first = continuations[0]
        switch lead {
        case 0xC2, 0xC3, 0xD0, 0xD1: return first != 0xA0
        case 0xE2: return [0x20AC, 0x201A, 0x0192, 0x201E].contains(first)
        default: return false
        }
    }

    /// The character the run at `index` spells, and the run's length; nil when it spells none.
    static func character(at index: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let lead = scalars[index].value
        guard (0xC2...0xF4).contains(lead) else { return nil }
        let continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        guard index + continuations < scalars.count else { return nil }
        var bytes = [UInt8(lead)]
        for offset in 1...continuations {
            guard let next = byte(scalars[index + offset].value), (0x80...0xBF).contains(next) else { return nil }
            bytes.append(next)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self), let character = decoded.unicodeScalars.first,
            isPlausible(character.value)
        else { return nil }
        return (character, continuations + 1)
    }

    /// The byte Windows-1252 (Latin-1 where Windows-1252 leaves a byte undefined) reads as
    /// `scalar`, for the bytes 80 to FF; nil for any other character.
    static func byte(_ scalar: UInt32) -> UInt8? {
        if (0x80...0xFF).contains(scalar) { return UInt8(scalar) }
        return windows1252[scalar]
    }

    /// Windows-1252's characters for the bytes 80 to 9F, where Latin-1 has control characters.
    static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Characters text holds, which a run may spell: letters of the Latin, Greek, Cyrillic, Hebrew
    /// and Arabic scripts (not Hebrew's points and accents, which a letter and a symbol of Latin-1
    /// spell by chance), punctuation and symbols, CJK, kana, Hangul, full-width forms, emoji.
    static func isPlausible(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0x24F, 0x370...0x52F, 0x5D0...0x5EA, 0x600...0x6FF: true
        case 0x2000...0x2BFF, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xFF00...0xFFEF: true
        case 0x1F000...0x1FAFF: true
        default: false
        }
    }
}
