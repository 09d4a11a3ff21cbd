import Foundation

/// The Unicode clean-up every input goes through before anything else reads it: byte-order mark
/// stripped, CRLF and lone CR turned into LF, NFC, non-breaking spaces turned into spaces.
/// Nothing else is changed; searching folds case, diacritics, quotes and dashes on its own.
public enum TextCleaner {
    public static func clean(_ text: String) -> String {
        // Only CR, a byte-order mark and non-breaking spaces need rewriting; only combining marks
        // and a few singletons need composing. Most text has neither.
        var needsRewrite = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0D: needsRewrite = true
            case 0xA0 where previous == 0xC2: needsRewrite = true  // U+00A0
            case 0xBF where previous == 0xBB && beforePrevious == 0xEF: needsRewrite = true  // U+FEFF
            case 0x87 where previous == 0x80 && beforePrevious == 0xE2,  // U+2007
                0xAF where previous == 0x80 && beforePrevious == 0xE2:
                needsRewrite = true  // U+202F
            default: break
            }
            if needsRewrite { break }
            beforePrevious = previous
            previous = byte
        }
        guard needsRewrite else { return mayNeedComposition(text) ? text.precomposedStringWithCanonicalMapping : text }

        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        var isFirst = true
        for scalar in text.unicodeScalars {
            defer { isFirst = false }
            switch scalar.value {
            case 0xFEFF where isFirst:
                continue
            case 0x0D:
                scalars.append("\n")
                previousWasCR = true
                continue
            case 0x0A where previousWasCR:
                previousWasCR = false
                continue
            case 0x00A0, 0x2007, 0x202F:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        let cleaned = String(scalars)
        return mayNeedComposition(cleaned) ? cleaned.precomposedStringWithCanonicalMapping : cleaned
    }

    /// Whether NFC could change the text: it holds a combining mark (canonical combining class
    /// other than 0), a Hangul jamo, or one of the singletons NFC replaces. Otherwise it already is NFC.
    static func mayNeedComposition(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            let value = scalar.value
            if scalar.properties.canonicalCombiningClass != .notReordered { return true }
            switch value {
            case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x0958...0x095F, 0x09DC...0x09DF, 0x0A33, 0x0A36, 0x0A59...0x0A5E,
                0x0B5C, 0x0B5D, 0x0F43...0x0FB9, 0x1100...0x11FF, 0x1F71...0x1FFD, 0x2000, 0x2001, 0x2126, 0x212A, 0x212B,
                0x2329, 0x232A, 0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1D:
                return true
            default:
                continue
            }
        }
        return false
    }
}
