import Foundation

/// Case and accents aside, as the full-text index compares words: "Khürelsükh" and "khurelsukh"
/// fold alike. Entity names, entity filters and search prefixes all compare through it.
enum TextFold {
    static func fold(_ text: String) -> String {
        // Foundation only for the rare text with letters outside ASCII.
        text.utf8.allSatisfy { $0 < 0x80 }
            ? text.lowercased() : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
