import Foundation
import GRDB

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

    /// A name folded for matching a filter's words: case and accents, as `fold`, and the
    /// apostrophes and quotation marks a name may be written with (O’Neill, O'Neill) as one.
    static func name(_ text: String) -> String {
        let folded = fold(text)
        guard folded.unicodeScalars.contains(where: { quotes.contains($0) }) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.map { quotes.contains($0) ? "'" : $0 }))
    }

    static let quotes: Set<Unicode.Scalar> = ["\u{2018}", "\u{2019}", "\u{02BC}", "\u{2032}", "`", "\u{00B4}"]

    /// `name` as an SQL function on every connection to an archive, so that the author and
    /// outlet filters match as search does: `commentary_fold(a.author) LIKE ?`.
    static let function = DatabaseFunction("commentary_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(name)
    }
}
