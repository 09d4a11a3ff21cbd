import Foundation

/// The Unicode clean-up every input goes through before anything else reads it: text encoded in
/// UTF-8 twice decoded once more (`DoubleEncoding`), byte-order mark stripped, CRLF and lone CR
/// turned into LF, NUL characters dropped, NFC, non-breaking spaces and Latin-1's "next line"
/// control (U+0085, left over) turned into spaces, and the invisible marks inside words dropped:
/// soft hyphens (a place a line may break, "eco\u{AD}nomy"), zero-width spaces, word joiners and
/// byte-order marks past the start, which hid the word from search.
/// Nothing else is changed; searching folds case, diacritics, quotes and dashes on its own.
public enum TextCleaner {
    public static func clean(_ text: String) -> String {
        // Only CR, a byte-order mark and non-breaking spaces need rewriting; only combining marks
        // and a few singletons need composing; only a Latin-1 letter before a continuation byte's
        // character may be a double encoding. Most text has none of them.
        var text = text
        var (needsRewrite, mayCompose, mayBeDoubled) = ASCIIMatch.withBytes(text, survey)
        // Encoded three times is read back twice; no more passes than that.
        for _ in 0..<DoubleEncoding.passes where mayBeDoubled {
            let repaired = DoubleEncoding.repaired(text)
            guard repaired != text else { break }
            text = repaired
            (needsRewrite, mayCompose, mayBeDoubled) = ASCIIMatch.withBytes(text, survey)
        }
        guard needsRewrite else { return mayCompose ? text.precomposedStringWithCanonicalMapping : text }

        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            // (A zero-width space is the only word break Thai, Lao, Khmer and Burmese write: kept
            // there, where search splits words at it.)
            case 0x200B where isSoutheastAsian(previous):
                scalars.append(scalar)
            case 0xFEFF, 0x00AD, 0x200B, 0x2060:
                continue
            case 0x00:
                // Never stored: SQLite's length() and C strings stop at a NUL.
                continue
            case 0x0D:
                scalars.append("\n")
                previousWasCR = true
                continue
            case 0x0A where previousWasCR:
                previousWasCR = false
                continue
            case 0x00A0, 0x2007, 0x202F, 0x0085:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
            previous = scalar.value
        }
        let cleaned = String(scalars)
        // The rewrite touches no scalar NFC could change, so the survey's answer still holds.
        return mayCompose ? cleaned.precomposedStringWithCanonicalMapping : cleaned
    }

    /// Thai, Lao, Burmese and Khmer letters.
    static func isSoutheastAsian(_ scalar: UInt32) -> Bool {
        (0x0E00...0x0EFF).contains(scalar) || (0x1000...0x109F).contains(scalar) || (0x1780...0x17FF).contains(scalar)
    }

    /// Removes every NUL character from `text`; returns how many there were.
    @discardableResult
    public static func dropNUL(_ text: inout String) -> Int {
        // Every article's text passes here: memchr answers for the common case, none.
        let count = text.withUTF8 { bytes -> Int in
            guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil else { return 0 }
            return bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        }
        if count > 0 { text.unicodeScalars.removeAll { $0 == "\0" } }
        return count
    }

    /// The warning for NUL characters dropped from an input.
    public static func nulWarning(_ location: String, _ count: Int) -> String {
        "\(location): contained \(count) NUL character\(count == 1 ? "" : "s"); dropped"
    }

    /// One pass over the bytes: whether the text holds anything to rewrite (CR, NUL, U+FEFF, U+00A0,
    /// U+2007, U+202F, U+0085, U+00AD, U+200B, U+2060), whether NFC could change it (see `changesUnderNFC`), and whether it may be
    /// encoded twice (`DoubleEncoding.mayStartRun`). Runs of eight ASCII bytes without a CR or NUL
    /// are passed over in one step.
    static func survey(_ bytes: UnsafeBufferPointer<UInt8>) -> (needsRewrite: Bool, mayCompose: Bool, mayBeDoubled: Bool) {
        guard let base = bytes.baseAddress else { return (false, false, false) }
        let count = bytes.count
        var needsRewrite = false
        var mayCompose = false
        var mayBeDoubled = false
        // The scalar before, when it was not ASCII (0 otherwise).
        var previous: UInt32 = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                let hasCR = (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0
                let hasNUL = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if word & 0x8080_8080_8080_8080 == 0 && !hasCR && !hasNUL {
                    previous = 0
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte < 0x80 {
                if byte == 0x0D || byte == 0 { needsRewrite = true }
                previous = 0
                index += 1
                continue
            }
            let (scalar, length) = decode(base, index, count)
            switch scalar {
            case 0xFEFF, 0x00A0, 0x2007, 0x202F, 0x0085, 0x00AD, 0x200B, 0x2060: needsRewrite = true
            default: if !mayCompose, scalar >= 0x300 { mayCompose = changesUnderNFC(scalar) }
            }
            if !mayBeDoubled, previous != 0 { mayBeDoubled = DoubleEncoding.mayStartRun(previous, scalar) }
            if needsRewrite && mayCompose && mayBeDoubled { break }
            previous = scalar
            index += length
        }
        return (needsRewrite, mayCompose, mayBeDoubled)
    }

    /// The scalar whose UTF-8 starts at `index`, and its length in bytes (valid UTF-8 assumed: it
    /// comes from a String).
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> (UInt32, Int) {
        let lead = UInt32(base[index])
        func continuation(_ offset: Int) -> UInt32 { index + offset < count ? UInt32(base[index + offset] & 0x3F) : 0 }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Whether NFC could change a text holding this scalar: a combining mark (canonical combining
    /// class other than 0), a Hangul jamo, or one of the singletons NFC replaces. A text with none
    /// of them already is NFC.
    static func changesUnderNFC(_ value: UInt32) -> Bool {
        if let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass != .notReordered { return true }
        switch value {
        case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x0958...0x095F, 0x09DC...0x09DF, 0x0A33, 0x0A36, 0x0A59...0x0A5E,
            0x0B5C, 0x0B5D, 0x0F43...0x0FB9, 0x1100...0x11FF, 0x1F71...0x1FFD, 0x2000, 0x2001, 0x2126, 0x212A, 0x212B,
            0x2329, 0x232A, 0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1D:
            return true
        default:
            return false
        }
    }
}
