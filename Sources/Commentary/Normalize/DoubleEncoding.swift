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
/// And only in a text that shows the double encoding somewhere beyond doubt (`isTelltale`), and
/// then, where the text also holds accented letters of its own, only the runs beyond doubt: French
/// "automatisé »" spells a CJK character by chance (E9 A0 BB), and stays.
enum DoubleEncoding {
    /// The most times a text is read again.
    static let passes = 3

    /// Whether `scalar` may be a lead byte's letter and `next` a continuation byte's character:
    /// what the clean-up's survey looks for before `repaired` is asked.
    @inline(__always)
    static func mayStartRun(_ scalar: UInt32, _ next: UInt32) -> Bool {
        (0xC2...0xF4).contains(scalar) && byte(next).map { (0x80...0xBF).contains($0) } == true
    }

    /// `text` with its runs read again, when the text shows the double encoding beyond doubt
    /// somewhere (`text` itself when not): every run when it holds no small Latin-1 letter outside
    /// a run (all its "é" and "ó" are runs: it was encoded twice throughout; a capital such as "Å"
    /// stands alone where a byte Windows-1252 lacks was lost), but a lone run of a
    /// character of three or four bytes; else only the runs beyond doubt (a French text with one
    /// pasted line of "itâ€™s" keeps its "automatisé »").
    static func repaired(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var runs: [(index: Int, character: Unicode.Scalar, length: Int, sure: Bool)] = []
        var loose = false
        var index = 0
        while index < scalars.count {
            if let (character, length) = character(at: index, in: scalars) {
                runs.append((index, character, length, isTelltale(scalars[index..<(index + length)])))
                index += length
            } else {
                if (0xDF...0xFF).contains(scalars[index].value) { loose = true }
                index += 1
            }
        }
        guard runs.contains(where: \.sure) else { return text }
        // A run not beyond doubt that spells a character of three or four bytes (CJK, punctuation,
        // an emoji) is read again only beside another run: alone, it is more likely letters and
        // signs of the text's own ("fatigué »").
        func touchesAnother(_ position: Int) -> Bool {
            let run = runs[position]
            return (position > 0 && runs[position - 1].index + runs[position - 1].length == run.index)
                || (position + 1 < runs.count && runs[position + 1].index == run.index + run.length)
        }
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var next = 0
        for (position, run) in runs.enumerated()
        where run.sure || (!loose && (run.character.value < 0x800 || touchesAnother(position))) {
            result.append(contentsOf: scalars[next..<run.index])
            result.append(run.character)
            next = run.index + run.length
        }
        result.append(contentsOf: scalars[next...])
        return String(result)
    }

    /// A run no text holds as written: a control character of Latin-1's (80 to 9F) among its
    /// continuations; "Â", "Ã", "Ð" or "Ñ" before a Latin-1 sign or letter other than the no-break
    /// space ("Â©", "Ã©", "Ð¿": Latin-1's symbols and accented letters, Cyrillic letters; not
    /// "IRMÃ”", "HÂLÂ…", where a capital ends a word before Windows-1252's punctuation); "â"
    /// before Windows-1252's "€", "‚", "ƒ" or "„" ("â€™": general punctuation, currency signs).
    static func isTelltale(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let lead = run.first?.value, run.count >= 2 else { return false }
        let continuations = run.dropFirst().map(\.value)
        if continuations.contains(where: { (0x80...0x9F).contains($0) }) { return true }
        let first = continuations[0]
        switch lead {
        case 0xC2, 0xC3, 0xD0, 0xD1: return (0xA1...0xBF).contains(first)
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
                // A control character of Latin-1's only from one (text read as Latin-1 more than
                // once, read back a pass at a time), never from Windows-1252's "…" ("Â…").
                || ((0x80...0x9F).contains(character.value) && (0x80...0x9F).contains(scalars[index + 1].value))
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

    /// Characters text holds, which a run may spell (not Latin-1's control characters): letters of
    /// the Latin, Greek, Cyrillic, Hebrew and Arabic scripts (not Hebrew's points and accents, which a letter and a symbol of Latin-1
    /// spell by chance), punctuation and symbols, CJK, kana, Hangul, full-width forms, emoji.
    static func isPlausible(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0x24F, 0x370...0x52F, 0x5D0...0x5EA, 0x600...0x6FF: true
        case 0x2000...0x2BFF, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xFF00...0xFFEF: true
        case 0x1F000...0x1FAFF: true
        default: false
        }
    }
}
