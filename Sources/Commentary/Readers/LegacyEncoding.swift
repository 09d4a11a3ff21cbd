import Foundation

/// An encoding older than Unicode that a page may declare (GBK, Big5, EUC-KR, KOI8-R, windows-1256 …),
/// read through glibc's iconv: its converters ship with the C library on every Debian machine, and
/// cover every legacy encoding of the WHATWG Encoding Standard, which Foundation's do not.
struct LegacyEncoding: Sendable, Equatable {
    /// The Encoding Standard's name for it, for warnings.
    let name: String
    /// glibc's converter that reads it as browsers do (GBK through GB18030, EUC-KR through CP949 …).
    let converter: String
    /// It switches character sets with escape sequences (ISO-2022-JP): seven-bit, so its bytes are
    /// valid UTF-8, and its shift state must outlast a damaged byte.
    var escapes = false

    /// Its labels, as the Encoding Standard lists them (https://encoding.spec.whatwg.org/#names-and-labels),
    /// each with the encoding it names. A label is matched in lower case, trimmed of ASCII spaces.
    static let table: [(encoding: LegacyEncoding, labels: [String])] = [
        (LegacyEncoding(name: "IBM866", converter: "IBM866"), ["866", "cp866", "csibm866", "ibm866"]),
        (
            LegacyEncoding(name: "ISO-8859-2", converter: "ISO-8859-2"),
            ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]
        ),
        (
            LegacyEncoding(name: "ISO-8859-3", converter: "ISO-8859-3"),
            ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]
        ),
        (
            LegacyEncoding(name: "ISO-8859-4", converter: "ISO-8859-4"),
            ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]
        ),
        (
            LegacyEncoding(name: "ISO-8859-5", converter: "ISO-8859-5"),
            ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]
        ),
        (
            LegacyEncoding(name: "ISO-8859-6", converter: "ISO-8859-6"),
            [
                "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
                "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987",
            ]
        ),
        (
            LegacyEncoding(name: "ISO-8859-7", converter: "ISO-8859-7"),
            [
                "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
                "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek",
            ]
        ),
        (
            LegacyEncoding(name: "ISO-8859-8", converter: "ISO-8859-8"),
            [
                "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
                "iso_8859-8", "iso_8859-8:1988", "visual",
            ]
        ),
        // The same bytes in logical order: the order is the text's, not the decoder's.
        (LegacyEncoding(name: "ISO-8859-8-I", converter: "ISO-8859-8"), ["csiso88598i", "iso-8859-8-i", "logical"]),
        (
            LegacyEncoding(name: "ISO-8859-10", converter: "ISO-8859-10"),
            ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]
        ),
        (LegacyEncoding(name: "ISO-8859-13", converter: "ISO-8859-13"), ["iso-8859-13", "iso8859-13", "iso885913"]),
        (LegacyEncoding(name: "ISO-8859-14", converter: "ISO-8859-14"), ["iso-8859-14", "iso8859-14", "iso885914"]),
        (
            LegacyEncoding(name: "ISO-8859-15", converter: "ISO-8859-15"),
            ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]
        ),
        (LegacyEncoding(name: "ISO-8859-16", converter: "ISO-8859-16"), ["iso-8859-16"]),
        (LegacyEncoding(name: "KOI8-R", converter: "KOI8-R"), ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        (LegacyEncoding(name: "KOI8-U", converter: "KOI8-U"), ["koi8-ru", "koi8-u"]),
        (LegacyEncoding(name: "macintosh", converter: "MACINTOSH"), ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        (
            LegacyEncoding(name: "windows-874", converter: "WINDOWS-874"),
            ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]
        ),
        (LegacyEncoding(name: "windows-1250", converter: "CP1250"), ["cp1250", "windows-1250", "x-cp1250"]),
        (LegacyEncoding(name: "windows-1251", converter: "CP1251"), ["cp1251", "windows-1251", "x-cp1251"]),
        // ISO-8859-1 and ASCII are read as their superset, as browsers must; so is x-user-defined
        // when a page declares it (the HTML standard's rule for <meta>).
        (
            LegacyEncoding(name: "windows-1252", converter: "CP1252"),
            [
                "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
                "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252", "x-user-defined",
            ]
        ),
        (LegacyEncoding(name: "windows-1253", converter: "CP1253"), ["cp1253", "windows-1253", "x-cp1253"]),
        (
            LegacyEncoding(name: "windows-1254", converter: "CP1254"),
            [
                "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5",
                "latin5", "windows-1254", "x-cp1254",
            ]
        ),
        (LegacyEncoding(name: "windows-1255", converter: "CP1255"), ["cp1255", "windows-1255", "x-cp1255"]),
        (LegacyEncoding(name: "windows-1256", converter: "CP1256"), ["cp1256", "windows-1256", "x-cp1256"]),
        (LegacyEncoding(name: "windows-1257", converter: "CP1257"), ["cp1257", "windows-1257", "x-cp1257"]),
        (LegacyEncoding(name: "windows-1258", converter: "CP1258"), ["cp1258", "windows-1258", "x-cp1258"]),
        (LegacyEncoding(name: "x-mac-cyrillic", converter: "MACUKRAINIAN"), ["x-mac-cyrillic", "x-mac-ukrainian"]),
        // GB2312 pages are GBK in fact, and GBK is read with the GB18030 decoder, its superset.
        (
            LegacyEncoding(name: "GBK", converter: "GB18030"),
            ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]
        ),
        (LegacyEncoding(name: "gb18030", converter: "GB18030"), ["gb18030"]),
        // Big5 as browsers read it holds the Hong Kong supplement.
        (LegacyEncoding(name: "Big5", converter: "BIG5-HKSCS"), ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        // EUC-JP with the NEC and IBM rows Windows added, as in the standard's index.
        (LegacyEncoding(name: "EUC-JP", converter: "EUC-JP-MS"), ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        (LegacyEncoding(name: "ISO-2022-JP", converter: "ISO-2022-JP", escapes: true), ["csiso2022jp", "iso-2022-jp"]),
        (
            LegacyEncoding(name: "Shift_JIS", converter: "CP932"),
            ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]
        ),
        // EUC-KR as browsers read it is windows-949, with the syllables of its extension.
        (
            LegacyEncoding(name: "EUC-KR", converter: "CP949"),
            [
                "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
                "windows-949",
            ]
        ),
    ]

    /// Each label of `table`, with its encoding.
    static let byLabel: [String: LegacyEncoding] = Dictionary(
        table.flatMap { entry in entry.labels.map { ($0, entry.encoding) } }, uniquingKeysWith: { first, _ in first })

    /// Labels of UTF-8 and UTF-16: bytes that are not UTF-8 (nor UTF-16, found before) under one of
    /// these are read as UTF-8 with replacements, as the HTML standard reads a page that declares UTF-16.
    static let unicodeLabels: Set<String> = [
        "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8", "csunicode", "iso-10646-ucs-2",
        "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le", "unicodefffe", "utf-16be",
    ]
}

/// What the first 4 KB of a file say its encoding is: `<meta charset>`, `content="text/html;
/// charset=…"`, or an XML declaration's `encoding=`.
enum DeclaredCharset: Equatable {
    case legacy(LegacyEncoding, label: String)
    /// UTF-8 or UTF-16.
    case unicode
    /// A label the Encoding Standard does not list, or one of its encodings not read here (the
    /// ISO-2022-KR and -CN, HZ and `replacement` labels, which browsers refuse).
    case unknown(label: String)

    /// Bytes looked at for a declaration, as a browser's prescan does.
    static let window = 4096
    /// A label longer than this is not one: the longest the standard lists has 19 characters.
    static let longestLabel = 40

    /// The file's declaration, or nil. One inside a `<meta>` element or an XML declaration comes
    /// before a `charset=` anywhere else (a `<script charset="utf-8">` above the page's `<meta>`, a
    /// line of a text file), a known label before one that is not, then the first: a `charset=`
    /// before an `encoding=`, as a browser reads the `<meta>` and not the XML declaration.
    static func scan(_ data: Data) -> DeclaredCharset? {
        let head = [UInt8](data.prefix(window)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        var best: (rank: Int, declaration: DeclaredCharset)?
        for key in ["charset", "encoding"] {
            let pattern = Array(key.utf8)
            guard head.count > pattern.count else { continue }
            for start in 0...(head.count - pattern.count) where head[start..<start + pattern.count].elementsEqual(pattern) {
                guard let label = label(head, after: start + pattern.count) else { continue }
                let declaration: DeclaredCharset =
                    if let encoding = LegacyEncoding.byLabel[label] {
                        .legacy(encoding, label: label)
                    } else if LegacyEncoding.unicodeLabels.contains(label) {
                        .unicode
                    } else {
                        .unknown(label: label)
                    }
                var rank = insideDeclaringTag(head, start) ? 0 : 2
                if case .unknown = declaration { rank += 1 }
                if rank == 0 { return declaration }
                if best.map({ rank < $0.rank }) ?? true { best = (rank, declaration) }
            }
        }
        return best?.declaration
    }

    /// Whether `position` is inside a `<meta …>` tag or an `<?xml …?>` declaration: the last `<`
    /// before it opens one, and no `>` comes between.
    static func insideDeclaringTag(_ head: [UInt8], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 0, head[index] != UInt8(ascii: "<") {
            if head[index] == UInt8(ascii: ">") { return false }
            index -= 1
        }
        guard index >= 0 else { return false }
        for name in ["meta", "?xml"] {
            let end = index + 1 + name.utf8.count
            if end < position, head[index + 1..<end].elementsEqual(name.utf8), isSpace(head[end]) || head[end] == UInt8(ascii: "/") {
                return true
            }
        }
        return false
    }

    /// The label after a key: spaces, `=`, spaces, then the label, quoted or not (`charset = " gbk "`).
    /// Nil when no `=` follows or no label does.
    static func label(_ head: [UInt8], after keyEnd: Int) -> String? {
        var index = keyEnd
        func skipSpaces() { while index < head.count, isSpace(head[index]) { index += 1 } }
        skipSpaces()
        guard index < head.count, head[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        if index < head.count, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") {
            index += 1
            skipSpaces()
        }
        let start = index
        while index < head.count, index - start <= longestLabel, isLabelByte(head[index]) { index += 1 }
        guard index > start, index - start <= longestLabel else { return nil }
        return String(decoding: head[start..<index], as: UTF8.self)
    }

    /// ASCII whitespace as the standard trims it from a label.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }

    /// The bytes labels are made of, in lower case: `iso_8859-1:1987`, `ansi_x3.4-1968`.
    static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }
}

extension LegacyEncoding {
    /// `data` read in this encoding through iconv, and whether any of it was not valid in it (each
    /// byte no sequence starts with, and a sequence cut short by the end, is U+FFFD). Nil when this
    /// system's iconv has no such converter. A converter per call: imports decode on several threads.
    func decode(_ data: Data) -> (text: String, replaced: Bool)? {
        guard let transcoder = LegacyTranscoder(self) else { return nil }
        let output = transcoder.convert(data, final: true)
        return (String(decoding: output, as: UTF8.self), transcoder.replaced)
    }
}

/// A legacy encoding's bytes to UTF-8 through iconv, given whole or in pieces (a CSV file read a
/// chunk at a time): a sequence a piece's end cuts short waits for the next piece. One per file
/// or text: a converter keeps state, and imports decode on several threads.
final class LegacyTranscoder {
    let encoding: LegacyEncoding
    private let converter: iconv_t
    /// The bytes of a sequence the last piece ended inside.
    private var pending: [UInt8] = []
    /// Whether any byte was not valid in the encoding (each is U+FFFD).
    private(set) var replaced = false

    /// Nil when this system's iconv has no converter for the encoding.
    init?(_ encoding: LegacyEncoding) {
        guard let converter = iconv_open("UTF-8", encoding.converter), converter != iconv_t(bitPattern: -1) else { return nil }
        self.encoding = encoding
        self.converter = converter
    }

    deinit { iconv_close(converter) }

    /// The next piece as UTF-8; `final` for the last, when a sequence cut short is U+FFFD.
    func convert(_ piece: Data, final: Bool) -> [UInt8] {
        let data = pending.isEmpty ? piece : Data(pending) + piece
        pending = []
        var output: [UInt8] = []
        output.reserveCapacity(data.count * 2)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        data.withUnsafeBytes { bytes in
            buffer.withUnsafeMutableBytes { scratch in
                guard let scratchBase = scratch.baseAddress else { return }
                var input: UnsafeMutablePointer<CChar>? = bytes.baseAddress.map {
                    UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: CChar.self))
                }
                var inputLeft = bytes.count
                /// One call of iconv into the scratch buffer, what it wrote kept; `flush` writes out
                /// what the converter holds back (windows-1258 keeps a letter for its accent) and
                /// returns it to its initial state. The call's errno, or 0.
                func step(flush: Bool) -> Int32 {
                    var next: UnsafeMutablePointer<CChar>? = scratchBase.assumingMemoryBound(to: CChar.self)
                    var outputLeft = scratch.count
                    let result =
                        flush ? iconv(converter, nil, nil, &next, &outputLeft) : iconv(converter, &input, &inputLeft, &next, &outputLeft)
                    let error = result == -1 ? errno : 0
                    output.append(contentsOf: UnsafeRawBufferPointer(start: scratchBase, count: scratch.count - outputLeft))
                    return error
                }
                while inputLeft > 0 {
                    let error = step(flush: false)
                    if error == 0 { break }
                    // The output buffer is full: kept, and the conversion goes on.
                    if error == E2BIG { continue }
                    // A sequence the piece's end cuts short: kept for the next piece.
                    if error == EINVAL, !final, let rest = input {
                        pending = Array(UnsafeRawBufferPointer(start: rest, count: inputLeft))
                        return
                    }
                    // A byte no sequence starts with (EILSEQ), or a sequence the end cuts short
                    // (EINVAL, all input being given): U+FFFD after what the converter holds, and on
                    // one byte later, so a damaged byte never stops the file nor repeats.
                    if !encoding.escapes { while step(flush: true) == E2BIG {} }
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced = true
                    if error == EINVAL || inputLeft <= 1 { break }
                    input = input.map { $0 + 1 }
                    inputLeft -= 1
                }
                if final { while step(flush: true) == E2BIG {} }
            }
        }
        return output
    }
}
