import Foundation

/// Case and accents aside, as the full-text index compares words: "Khürelsükh" and "khurelsukh"
/// fold alike. Entity names, entity filters and search prefixes all compare through it.
///
/// `Đ`/`đ` (Vietnamese, Serbo-Croatian) is a letter of its own to Unicode, with no decomposition,
/// so neither Foundation's diacritic folding nor FTS5's `remove_diacritics` takes it to `d`; here
/// it folds to `d` as the other accented letters do ("Đà Nẵng" and "da nang" fold alike). The
/// index keeps `đ`: a search reaches it through `SearchQuery.expandingStrokedD`.
enum TextFold {
    static func fold(_ text: String) -> String {
        // Foundation only for the rare text with letters outside ASCII.
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.contains("đ") ? folded.replacingOccurrences(of: "đ", with: "d") : folded
    }

    /// `text` folded, with every `d` written `đ`: how the index spells a word typed without the
    /// stroke ("da" → "đa").
    static func stroked(_ text: String) -> String {
        fold(text).replacingOccurrences(of: "d", with: "đ")
    }
}
