import Foundation

/// The Unicode clean-up every input goes through before anything else reads it: byte-order mark
/// stripped, CRLF and lone CR turned into LF, NFC, non-breaking spaces turned into spaces.
/// Nothing else is changed; searching folds case, diacritics, quotes and dashes on its own.
public enum TextCleaner {
    public static func clean(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0d {
            needsWork = true
            break
        }
        guard needsWork else { return text }

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
        return cleaned.utf8.contains(where: { $0 >= 0x80 }) ? cleaned.precomposedStringWithCanonicalMapping : cleaned
    }
}
