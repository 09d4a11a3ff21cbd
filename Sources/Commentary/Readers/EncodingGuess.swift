import Foundation

/// The encoding of a file that is not UTF-8 and declares none that can be read: a page saved
/// without its `<meta charset>`, a text file from an older Windows or Chinese system. As a
/// browser's detector does, each legacy encoding reads the bytes, and the reading that looks most
/// like text in its script is taken: how much of it is that script's (ideographs, kana, Hangul, an
/// alphabet's words), weighted by how much is its commonest (common hanzi and syllables, kana,
/// small letters). Nothing fits: windows-1252, the encoding of Western pages that declare none.
/// Central European pages (windows-1250) are not told from Western ones.
enum EncodingGuess {
    /// Whether bytes that are not valid UTF-8 are not UTF-8 at all: at least twice as many bytes
    /// that no UTF-8 sequence explains as sequences of several bytes it does (two-byte Chinese has
    /// about one such sequence by chance for four bytes left over; Western text none). A UTF-8 page
    /// with a damaged byte stays UTF-8 (the damage is U+FFFD), and so does one mixing UTF-8 with
    /// a few stray bytes.
    static func isLegacy(_ data: Data) -> Bool {
        let (valid, invalid, _) = tally(data)
        return invalid > 0 && invalid >= 2 * valid
    }

    /// The sequences of several bytes UTF-8 explains, the bytes outside ASCII it does not, and of
    /// those the sequences cut short (a lead byte, then a byte that continues it, then one that
    /// does not: UTF-8 damaged, not another encoding).
    static func tally(_ data: Data) -> (valid: Int, invalid: Int, cut: Int) {
        var valid = 0
        var invalid = 0
        var cut = 0
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
                    if (0xC2...0xF4).contains(byte), index + 1 < bytes.count, (0x80...0xBF).contains(bytes[index + 1]) { cut += 1 }
                    index += 1
                }
            }
        }
        return (valid, invalid, cut)
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
        case chinese, japanese, korean
        /// An alphabet written in words set apart by spaces: its letters' range, and whether it has
        /// small letters (most of a text's letters are).
        case alphabet(ClosedRange<UInt32>, cased: Bool)

        /// Whether a character outside ASCII belongs to text in this script (`typical`), and is one
        /// of its commonest (`common`): the commonest hanzi or Korean syllables, Japanese's kana, an
        /// alphabet's small letters. An alphabet's letters count only inside a word of that
        /// alphabet alone, between spaces or punctuation: not the odd letter a Western page's
        /// accented one becomes inside a Latin word (`caf`+`й`), nor the runs of letters and box
        /// drawings two-byte Chinese becomes.
        func weigh(_ scalars: [Unicode.Scalar], at index: Int, inWord: Bool) -> (typical: Bool, common: Bool) {
            let value = scalars[index].value
            // A character set inside a Latin word (`Elei`+`踥`+`es`) is two accented letters read as one.
            func isLatinLetter(_ offset: Int) -> Bool {
                let position = index + offset
                guard position >= 0, position < scalars.count else { return false }
                return (scalars[position].value | 0x20) &- 0x61 < 26
            }
            if case .alphabet = self {} else if isLatinLetter(-1) && isLatinLetter(1) { return (false, false) }
            let ideograph = (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            let punctuation = (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
            switch self {
            case .chinese:
                return (ideograph || punctuation, EncodingGuess.commonHanzi.contains(scalars[index]))
            case .japanese:
                let kana = (0x3041...0x30FF).contains(value)
                return (kana || ideograph || punctuation, kana)
            case .korean:
                return ((0xAC00...0xD7A3).contains(value) || ideograph || punctuation, EncodingGuess.commonHangul.contains(scalars[index]))
            case .alphabet(let letters, let cased):
                guard letters.contains(value), inWord else { return (false, false) }
                return (true, !cased || Character(scalars[index]).isLowercase)
            }
        }
    }

    /// The encodings tried, each with its script, and whether its text never takes an ASCII byte
    /// into a character (GBK's Chinese is GB2312's, two bytes above ASCII; the EUC encodings): a
    /// reading that does has eaten a Western text's letters (`è` and `s` as one hanzi).
    static let candidates: [(label: String, script: Script, keepsASCII: Bool)] = [
        ("gbk", .chinese, true), ("big5", .chinese, false), ("shift_jis", .japanese, false), ("euc-jp", .japanese, true),
        ("euc-kr", .korean, true),
        // Hebrew and Arabic before Cyrillic: their letters read as windows-1251 are small Cyrillic
        // letters in words too, while Russian read as them meets bytes they leave undefined.
        ("windows-1255", .alphabet(0x05D0...0x05EA, cased: false), true), ("windows-1256", .alphabet(0x0621...0x064A, cased: false), true),
        ("windows-1251", .alphabet(0x0400...0x04FF, cased: true), true), ("koi8-r", .alphabet(0x0400...0x04FF, cased: true), true),
        ("windows-1253", .alphabet(0x0370...0x03FF, cased: true), true),
    ]

    /// The fewest characters of its script a reading must hold: one letter is no evidence. An
    /// alphabet's letters say less each than a hanzi or a kana: two stray bytes in an English text
    /// read as windows-1251 make a word "яю", and a third a "Г". Such a reading needs a few words.
    static let leastTypical = 3
    static let leastTypicalLetters = 8

    /// The least score a reading needs: its share of typical characters times a half and its share
    /// of common ones. Text in the script scores 0.65 and more; other bytes read as it, under 0.4.
    static let leastScore = 0.45
    /// Whether a file's declaration does not say how to read it: it declares nothing, or a label
    /// not read here, and its bytes are not UTF-8 (`isLegacy`); or it declares UTF-8 and holds not
    /// one multi-byte UTF-8 sequence among two or more bytes none explains (a server's UTF-8 header
    /// on a windows-1252 page: a UTF-8 page with its one accented letter damaged stays UTF-8).
    static func isMisdeclared(_ data: Data, _ declared: DeclaredCharset?) -> Bool {
        switch declared {
        case nil, .unknown?: return isLegacy(data)
        case .unicode?:
            // (A sequence cut short is UTF-8 damaged.)
            let (valid, invalid, cut) = tally(data)
            return valid == 0 && invalid >= 2 && cut == 0
        case .legacy?: return false
        }
    }

    /// The reading of a file whose declaration does not say how to read it: the guess from its
    /// text, but for a page declaring UTF-8 with few bytes outside it, windows-1252 (a degree sign
    /// or a quote or two are no evidence of Chinese or Japanese).
    static func reading(_ data: Data, declared: DeclaredCharset?) -> (encoding: LegacyEncoding, text: String, replaced: Bool)? {
        if case .unicode? = declared, tally(data).invalid < fewestForAGuess { return western(data) }
        return guess(data)
    }

    /// Bytes outside UTF-8 a page declaring it needs before its text is judged for a script.
    static let fewestForAGuess = 20

    /// Readings with more replacement characters than one in this many of those outside ASCII
    /// are not the file's encoding (a short text none: a Western one read as a two-byte encoding
    /// meets an accented letter before a space).
    static let replacementsAllowed = 200

    /// The legacy encoding that reads `data` best, with its reading.
    static func guess(_ data: Data) -> (encoding: LegacyEncoding, text: String, replaced: Bool)? {
        if let best = bestScript(data) { return (best.encoding, best.text, best.replaced) }
        return western(data)
    }

    /// The encoding among `candidates` whose reading of `data` looks most like text in its script,
    /// with its score; nil when none scores `leastScore`.
    static func bestScript(_ data: Data) -> (score: Double, encoding: LegacyEncoding, text: String, replaced: Bool)? {
        var best: (score: Double, encoding: LegacyEncoding, text: String, replaced: Bool)?
        let asciiBytes = data.count(where: { $0 < 0x80 })
        for candidate in candidates {
            guard let encoding = LegacyEncoding.byLabel[candidate.label], let read = encoding.decode(data) else { continue }
            let scalars = Array(read.text.unicodeScalars)
            var outside = 0
            var replacements = 0
            var typical = 0
            var common = 0
            var index = 0
            while index < scalars.count {
                let value = scalars[index].value
                if value < 0x80 {
                    index += 1
                    continue
                }
                if value == 0xFFFD {
                    replacements += 1
                    index += 1
                    continue
                }
                // A run of the alphabet's letters, and whether it is a word of its own.
                var end = index + 1
                if case .alphabet(let letters, _) = candidate.script, letters.contains(value) {
                    while end < scalars.count, letters.contains(scalars[end].value) { end += 1 }
                }
                let inWord = (index == 0 || isWordEdge(scalars[index - 1])) && (end == scalars.count || isWordEdge(scalars[end]))
                for position in index..<end {
                    outside += 1
                    let weighed = candidate.script.weigh(scalars, at: position, inWord: inWord)
                    if weighed.typical { typical += 1 }
                    if weighed.typical && weighed.common { common += 1 }
                }
                index = end
            }
            // The ASCII bytes the reading took into its characters, counted against it.
            let eaten = candidate.keepsASCII ? max(0, asciiBytes - scalars.count(where: { $0.value < 0x80 })) : 0
            let least = if case .alphabet = candidate.script { leastTypicalLetters } else { leastTypical }
            guard outside > 0, replacements * replacementsAllowed <= outside, typical >= least else { continue }
            let score = Double(typical) / Double(outside + eaten) * (0.5 + Double(common) / Double(outside + eaten))
            if score >= leastScore, score > best?.score ?? 0 { best = (score, encoding, read.text, read.replaced) }
        }
        return best
    }

    /// A page in a legacy encoding that was read once as a Western one and saved as UTF-8, as
    /// scrapers and converters leave it: GBK's "意大利" as "ÒâŽóÀû". Such a text's every character
    /// outside ASCII is one byte of windows-1252 (Latin-1's for the five it leaves undefined), of
    /// ISO-8859-15 (whose "Ž" is 0xB4, not 0x8E) or of Latin-1, and nearly all of them stand beside
    /// another (a character of two bytes, a word of Cyrillic letters), where a Western text's
    /// accented letters stand between plain ones ("città", "è", "été"). Those bytes are read again
    /// in the encoding the page declares, and taken when they read best in it (`bestScript`) as
    /// text in its script. Nil when the text is not so made, or its bytes read better as something
    /// else (a French or Italian page that declares windows-1251 in error stays as it is).
    static func readAgain(_ text: String, declared: LegacyEncoding) -> (text: String, readAs: String)? {
        guard candidates.contains(where: { LegacyEncoding.byLabel[$0.label]?.converter == declared.converter }) else { return nil }
        let scalars = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" })
        var outside = 0
        var paired = 0
        for index in scalars.indices where scalars[index].value >= 0x80 {
            outside += 1
            if (index > 0 && scalars[index - 1].value >= 0x80) || (index + 1 < scalars.count && scalars[index + 1].value >= 0x80) {
                paired += 1
            }
        }
        guard outside >= fewestForAGuess, paired * 5 >= outside * 4 else { return nil }
        let readings: [(name: String, table: [UInt32: UInt8], replaced: Set<UInt32>)] = [
            ("windows-1252", DoubleEncoding.windows1252, windows1252Replaced), ("ISO-8859-15", latin9, latin9Replaced),
            ("ISO-8859-1", [:], []),
        ]
        // A character one of them cannot spell rules it out (windows-1252's "†" for 0x86, where
        // the others have a control character; ISO-8859-15's "Ž" for 0xB4, where the others have
        // "´"). A text more than one spells (its "Ž" 0x8E in one, 0xB4 in another) is the bytes
        // that read best.
        var best: (score: Double, text: String, readAs: String)?
        reading: for (name, table, replaced) in readings {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count)
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    bytes.append(UInt8(value))
                } else if let byte = table[value] {
                    bytes.append(byte)
                } else if value < 0x100, !replaced.contains(value) {
                    bytes.append(UInt8(value))
                } else {
                    continue reading
                }
            }
            guard let read = bestScript(Data(bytes)), read.encoding.converter == declared.converter, !read.replaced,
                read.score > best?.score ?? 0
            else { continue }
            best = (read.score, read.text, name)
        }
        return best.map { ($0.text, $0.readAs) }
    }

    /// ISO-8859-15's letters and sign where Latin-1 has others.
    static let latin9: [UInt32: UInt8] = [
        0x20AC: 0xA4, 0x0160: 0xA6, 0x0161: 0xA8, 0x017D: 0xB4, 0x017E: 0xB8, 0x0152: 0xBC, 0x0153: 0xBD, 0x0178: 0xBE,
    ]
    /// The control characters of Latin-1 whose bytes windows-1252 gives characters (all of 0x80 to
    /// 0x9F but the five it leaves undefined, which a reading of it keeps as Latin-1's).
    static let windows1252Replaced: Set<UInt32> = Set(0x80...0x9F).subtracting([0x81, 0x8D, 0x8F, 0x90, 0x9D])
    /// The Latin-1 characters ISO-8859-15 gives up for them: ¤ ¦ ¨ ´ ¸ ¼ ½ ¾.
    static let latin9Replaced: Set<UInt32> = [0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE]

    /// The reading in windows-1252, the encoding of Western pages that declare none.
    static func western(_ data: Data) -> (encoding: LegacyEncoding, text: String, replaced: Bool)? {
        guard let encoding = LegacyEncoding.byLabel["windows-1252"], let read = encoding.decode(data) else { return nil }
        return (encoding, read.text, read.replaced)
    }

    /// What may stand beside a word: ASCII that is no letter, and the quotes and dashes legacy
    /// encodings set outside ASCII.
    static func isWordEdge(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? !(scalar.properties.isAlphabetic) : "«»„“”‘’—–…·".unicodeScalars.contains(scalar)
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
