import Foundation

/// The encoding of a file that is not UTF-8 and declares none that can be read: a page saved
/// without its `<meta charset>`, a text file from an older Windows or Chinese system. As a
/// browser's detector does, each legacy encoding reads the bytes, and the one whose reading looks
/// most like text in its script is taken: the commonest characters of Chinese, Japanese's kana,
/// the commonest syllables of Korean, Russian's letters inside words. Nothing fits: windows-1252,
/// the encoding of Western pages that declare none.
enum EncodingGuess {
    /// Whether bytes that are not valid UTF-8 are not UTF-8 at all: more bytes that no UTF-8
    /// sequence explains than sequences of several bytes it does. A UTF-8 page with a damaged byte
    /// stays UTF-8 (the damage is U+FFFD), and so does a page mixing UTF-8 with a few stray bytes.
    static func isLegacy(_ data: Data) -> Bool {
        var valid = 0
        var invalid = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(bytes, at: index)
                if length > 0 {
                    valid += 1
                    index += length
                } else {
                    invalid += 1
                    index += 1
                }
            }
        }
        return invalid > valid
    }

    /// The length of the valid UTF-8 sequence of several bytes at `index`, or 0 when there is none
    /// (the Unicode standard's table of well-formed sequences: no overlong forms, no surrogates).
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let (length, low, high): (Int, UInt8, UInt8) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80, 0xBF)
            case 0xE0: (3, 0xA0, 0xBF)
            case 0xED: (3, 0x80, 0x9F)
            case 0xE1...0xEF: (3, 0x80, 0xBF)
            case 0xF0: (4, 0x90, 0xBF)
            case 0xF4: (4, 0x80, 0x8F)
            case 0xF1...0xF3: (4, 0x80, 0xBF)
            default: (0, 0, 0)
            }
        guard length > 0, index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }

    /// A script a legacy encoding writes, and how to tell text in it from other bytes read as it.
    enum Script {
        case chinese, japanese, korean, cyrillic

        /// Characters of a reading that count for this script: the commonest of its text.
        func counts(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
            switch self {
            case .chinese: EncodingGuess.commonHanzi.contains(scalar)
            case .japanese: (0x3041...0x309F).contains(scalar.value)
            case .korean: EncodingGuess.commonHangul.contains(scalar)
            // A small letter after another letter: words, not the odd letter inside a Latin word
            // that a Western page's accented letter becomes (`caf`+`й`), nor capitals, which are
            // most of what the other Cyrillic encoding's small letters become.
            case .cyrillic:
                ((0x0430...0x044F).contains(scalar.value) || scalar.value == 0x0451)
                    && previous.map { (0x0400...0x04FF).contains($0.value) } ?? false
            }
        }
    }

    /// The encodings tried, each with its script.
    static let candidates: [(label: String, script: Script)] = [
        ("gbk", .chinese), ("big5", .chinese), ("shift_jis", .japanese), ("euc-jp", .japanese), ("euc-kr", .korean),
        ("windows-1251", .cyrillic), ("koi8-r", .cyrillic),
    ]

    /// The share of a reading's characters outside ASCII that must count for its script.
    static let leastShare = 0.15
    /// Readings with more replacement characters than one in this many of those outside ASCII
    /// are not the file's encoding.
    static let replacementsAllowed = 200

    /// The legacy encoding that reads `data` best, with its reading.
    static func guess(_ data: Data) -> (encoding: LegacyEncoding, text: String, replaced: Bool)? {
        var best: (share: Double, encoding: LegacyEncoding, text: String, replaced: Bool)?
        for candidate in candidates {
            guard let encoding = LegacyEncoding.byLabel[candidate.label], let read = encoding.decode(data) else { continue }
            var outside = 0
            var replacements = 0
            var counted = 0
            var previous: Unicode.Scalar?
            for scalar in read.text.unicodeScalars {
                defer { previous = scalar }
                guard scalar.value >= 0x80 else { continue }
                if scalar.value == 0xFFFD {
                    replacements += 1
                    continue
                }
                outside += 1
                if candidate.script.counts(scalar, after: previous) { counted += 1 }
            }
            guard outside > 0, replacements <= max(1, outside / replacementsAllowed), counted >= 2 else { continue }
            let share = Double(counted) / Double(outside)
            if share >= leastShare, share > best?.share ?? 0 { best = (share, encoding, read.text, read.replaced) }
        }
        if let best { return (best.encoding, best.text, best.replaced) }
        guard let western = LegacyEncoding.byLabel["windows-1252"], let read = western.decode(data) else { return nil }
        return (western, read.text, read.replaced)
    }

    /// The commonest characters of Chinese text, simplified and traditional: about two in five
    /// characters of running text.
    static let commonHanzi: Set<Unicode.Scalar> = Set(
        ("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利"
            + "這個們來為國說時會對過發後裡種經麼學現當沒動還進樣實軍無與長機業將兩間問頭體見" + "，。、").unicodeScalars)

    /// The commonest syllables of Korean text.
    static let commonHangul: Set<Unicode.Scalar> = Set(
        "이다의는에을를하고가지한로서기리사들대자도인수어아나게그요해으있없것보시정전부일적상만라제주장원국구연개우여성화동경면중위세신미학생문계행거또년말".unicodeScalars)
}
