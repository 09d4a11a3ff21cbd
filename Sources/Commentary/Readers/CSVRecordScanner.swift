import Foundation

/// Cuts CSV or TSV bytes into records, as RFC 4180 writes them: fields parted by the delimiter,
/// records by LF or CRLF (or CR alone, as old Macintosh spreadsheets end lines); a field that opens with `"` runs to its closing quote and may hold
/// delimiters, newlines and doubled quotes (`""` is one `"`). Fed chunk by chunk, so a file of any
/// size streams through in bounded memory: a record longer than `limit` bytes is refused and passed
/// over to the end of its line.
///
/// ```swift
/// var scanner = CSVRecordScanner(delimiter: UInt8(ascii: ","), limit: 1 << 20)
/// scanner.feed(Data("a,\"b \"\"c\"\"\nd\"\n".utf8)) { event in … }  // .record(["a", "b \"c\"\nd"], line: 1)
/// ```
struct CSVRecordScanner {
    enum Event: Equatable {
        /// A record and the line it starts on (1-based).
        case record([String], line: Int)
        /// A record that breaks the quoting rules; not read.
        case malformed(line: Int, reason: String)
        /// A record longer than the limit; passed over to the end of its line.
        case tooLong(line: Int)
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted, skipping
    }

    private(set) var delimiter: UInt8
    let limit: Int
    /// Whether the delimiter is still to be read off the header row (`detectingDelimiter`).
    private var detecting: Bool
    /// The bytes held while the delimiter is read off the header row, and whether they end inside
    /// a quoted name.
    private var header: [UInt8] = []
    private var headerQuoted = false
    private var state = State.fieldStart
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var recordBytes = 0
    private var line = 1
    private var recordLine = 1
    private var problem: String?
    /// How much of a leading byte-order mark has been seen; 3 once past the start.
    private var bomMatched = 0
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Whether any field so far held bytes that are not UTF-8 (replaced with U+FFFD).
    private(set) var sawInvalidUTF8 = false

    /// `detectingDelimiter`: the header row decides between `delimiter`, a semicolon and a tab
    /// (`likelyDelimiter`), as spreadsheets in much of Europe export CSV with semicolons.
    init(delimiter: UInt8, limit: Int, detectingDelimiter: Bool = false) {
        self.delimiter = delimiter
        self.limit = limit
        self.detecting = detectingDelimiter
    }

    /// Of a comma, a semicolon and a tab, the one the header row (the bytes up to the first line
    /// end outside quotes) holds most of outside quotes; `fallback` when it holds none of them.
    static func likelyDelimiter(_ bytes: some Sequence<UInt8>, fallback: UInt8) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A || byte == 0x0D { break }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x09 { counts[byte, default: 0] += 1 }
            }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key != fallback && b.key == fallback }
        guard let best, best.value > (counts[fallback] ?? 0) else { return fallback }
        return best.key
    }

    mutating func feed(_ chunk: Data, _ handle: (Event) -> Void) {
        if detecting {
            // Held until the header row has ended (or is longer than any header), then read.
            var ended = false
            for byte in chunk {
                if byte == UInt8(ascii: "\"") {
                    headerQuoted.toggle()
                } else if !headerQuoted && (byte == 0x0A || byte == 0x0D) {
                    ended = true
                    break
                }
            }
            header.append(contentsOf: chunk)
            guard ended || header.count >= Self.longestHeader else { return }
            detecting = false
            delimiter = Self.likelyDelimiter(header, fallback: delimiter)
            let held = header
            header = []
            feed(Data(held), handle)
            return
        }
        for byte in chunk {
            if bomMatched < 3 {
                // A byte-order mark opens many spreadsheet exports; it is no part of the first name.
                // Matched byte by byte, so a mark split across chunks is found too.
                if byte == Self.byteOrderMark[bomMatched] {
                    bomMatched += 1
                    continue
                }
                let swallowed = Self.byteOrderMark.prefix(bomMatched)
                bomMatched = 3
                for earlier in swallowed { step(earlier, handle) }
            }
            // A CR alone ends a line, as old Macintosh spreadsheets write them; a CR before an LF
            // is read as it stands (the pair is one line end). Which it is, the next byte says.
            if afterCR {
                afterCR = false
                step(byte == 0x0A ? 0x0D : 0x0A, handle)
            }
            if byte == 0x0D {
                afterCR = true
                continue
            }
            step(byte, handle)
        }
    }

    /// Whether the last byte fed was a CR, not yet read.
    private var afterCR = false

    /// The most bytes held for a header row.
    static let longestHeader = 1 << 16

    /// The last record, when the input does not end with a newline; a quote left open is reported.
    mutating func finish(_ handle: (Event) -> Void) {
        if detecting {
            detecting = false
            delimiter = Self.likelyDelimiter(header, fallback: delimiter)
            let held = header
            header = []
            feed(Data(held), handle)
        }
        if bomMatched < 3 {
            let swallowed = Self.byteOrderMark.prefix(bomMatched)
            bomMatched = 3
            for earlier in swallowed { step(earlier, handle) }
        }
        if afterCR {
            afterCR = false
            step(0x0A, handle)
        }
        switch state {
        case .quoted:
            problem = problem ?? "a quoted field is not closed before the end of the file"
            endRecord(handle)
        case .skipping:
            break
        case .fieldStart:
            if !fields.isEmpty { endRecord(handle) }
        case .unquoted, .quoteInQuoted:
            endRecord(handle)
        }
        state = .fieldStart
    }

    private mutating func step(_ byte: UInt8, _ handle: (Event) -> Void) {
        if byte == 0x0A { line += 1 }
        if case .skipping = state {
            if byte == 0x0A { startRecord() }
            return
        }
        recordBytes += 1
        if recordBytes > limit {
            handle(.tooLong(line: recordLine))
            fields = []
            field = []
            state = .skipping
            if byte == 0x0A { startRecord() }
            return
        }
        switch state {
        case .fieldStart:
            if byte == UInt8(ascii: "\"") {
                state = .quoted
            } else if byte == delimiter {
                endField()
            } else if byte == 0x0A {
                endRecord(handle)
            } else {
                field.append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == delimiter {
                endField()
                state = .fieldStart
            } else if byte == 0x0A {
                endRecord(handle)
            } else {
                // A quote inside an unquoted field is kept as it is, as spreadsheets read it.
                field.append(byte)
            }
        case .quoted:
            if byte == UInt8(ascii: "\"") { state = .quoteInQuoted } else { field.append(byte) }
        case .quoteInQuoted:
            if byte == UInt8(ascii: "\"") {
                field.append(byte)
                state = .quoted
            } else if byte == delimiter {
                endField()
                state = .fieldStart
            } else if byte == 0x0A {
                endRecord(handle)
            } else if byte == 0x0D {
                // CRLF after a closing quote.
            } else {
                problem = problem ?? "text after a closing quote (a quote inside a quoted field is written twice: \"\")"
                field.append(byte)
                state = .unquoted
            }
        case .skipping:
            break
        }
    }

    private mutating func endField() {
        if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            sawInvalidUTF8 = true
            fields.append(String(decoding: field, as: UTF8.self))
        }
        field = []
    }

    private mutating func endRecord(_ handle: (Event) -> Void) {
        // The CR of a CRLF that ends an unquoted field.
        if case .unquoted = state, field.last == 0x0D { field.removeLast() }
        if case .fieldStart = state, fields.isEmpty, field.last == 0x0D { field.removeLast() }
        endField()
        let record = fields
        let blank = record.count == 1 && record[0].isEmpty
        if let problem {
            handle(.malformed(line: recordLine, reason: problem))
        } else if !blank {
            handle(.record(record, line: recordLine))
        }
        startRecord()
    }

    private mutating func startRecord() {
        fields = []
        field = []
        recordBytes = 0
        problem = nil
        recordLine = line
        state = .fieldStart
    }
}
