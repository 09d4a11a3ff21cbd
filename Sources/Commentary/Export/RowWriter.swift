import Foundation

/// Output formats shared by every read command.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl
}

/// A cell of tabular output, typed so JSON keeps numbers as numbers and null as null.
public enum Cell: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(_ value: String?) { self = value.map(Cell.text) ?? .null }
    public init(_ value: Int64?) { self = value.map(Cell.integer) ?? .null }
    public init(_ value: Int?) { self = value.map { Cell.integer(Int64($0)) } ?? .null }
    public init(_ value: Double?) { self = value.map(Cell.real) ?? .null }

    public var plainText: String {
        switch self {
        case .null: ""
        case .integer(let value): String(value)
        case .real(let value): Self.format(value)
        case .text(let value): value
        }
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) + ".0" }
        return String(value)
    }
}

/// Where output bytes go: a file descriptor (buffered) or memory (for tests).
public final class OutputSink {
    private var buffer: [UInt8] = []
    private let descriptor: Int32?
    public private(set) var collected: [UInt8] = []
    /// Whether a write failed; later output is dropped, and `errorNumber` says why.
    public private(set) var failed = false
    /// The `errno` of the first failed write (`EPIPE` when a reader such as `head` went away).
    public private(set) var errorNumber: Int32 = 0

    /// Writes to a file descriptor, e.g. `STDOUT_FILENO`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    /// Collects into memory; read `text` afterwards.
    public init() {
        self.descriptor = nil
    }

    public var text: String {
        flush()
        return String(decoding: collected, as: UTF8.self)
    }

    @inline(__always)
    public func write(_ string: String) {
        var string = string
        string.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 16 { flush() }
    }

    @inline(__always)
    func write(byte: UInt8) {
        buffer.append(byte)
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    @inline(__always)
    func write(buffer bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    @inline(__always)
    func flushIfFull() {
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        if failed {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        if let descriptor {
            var offset = 0
            buffer.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                while offset < raw.count {
                    let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                    if written <= 0 {
                        if written < 0 && errno == EINTR { continue }
                        failed = true
                        errorNumber = written < 0 ? errno : ENOSPC
                        return
                    }
                    offset += written
                }
            }
        } else {
            collected.append(contentsOf: buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Options for how rows are written.
public struct RowWriterOptions: Sendable {
    public var header = true
    /// A UTF-8 byte-order mark first, for Excel.
    public var byteOrderMark = false
    /// Prefix cells that start with `=`, `+`, `-`, `@` (or tab/CR) with `'` so spreadsheets do not run them.
    public var excelSafe = false
    /// Widest a table column may be, in characters.
    public var tableWidth = 60
    /// What a table cell's text becomes before it is laid out: the command line escapes control
    /// characters there (a table is for a terminal); the data formats never use it.
    public var tableText: @Sendable (String) -> String = { $0 }

    public init() {}
}

/// A cell as a row format sees it: text as UTF-8 bytes it does not own.
enum RawCell {
    case null
    case integer(Int64)
    case real(Double)
    case text(UnsafeBufferPointer<UInt8>)
}

/// Streams rows in one of the output formats: CSV per RFC 4180, TSV quoted alike, JSON Lines and
/// JSON with typed values, or an aligned table (buffered: a terminal view). The format is chosen
/// once, here; each is its own `RowFormat` below.
public final class RowWriter {
    private let rows: any RowFormat
    private let sink: OutputSink
    private var rowCount = 0

    public init(format: OutputFormat, columns: [String], sink: OutputSink, options: RowWriterOptions = RowWriterOptions()) {
        self.sink = sink
        switch format {
        case .csv: rows = DelimitedRows(.csv, columns: columns, sink: sink, options: options)
        case .tsv: rows = DelimitedRows(.tsv, columns: columns, sink: sink, options: options)
        case .json: rows = JSONRows(lines: false, columns: columns, sink: sink)
        case .jsonl: rows = JSONRows(lines: true, columns: columns, sink: sink)
        case .table: rows = TableRows(columns: columns, sink: sink, options: options)
        }
        rows.begin()
    }

    public var count: Int { rowCount }

    /// Whether the output failed (a full disk, a reader gone): writing more is pointless.
    public var failed: Bool { sink.failed }

    public func write(_ cells: [Cell]) {
        // Text cells are read as UTF-8 in place; the closure sees each cell once, in order.
        var strings = cells.map { cell -> String? in if case .text(let text) = cell { return text } else { return nil } }
        writeRow(count: cells.count) { index, body in
            switch cells[index] {
            case .null: body(.null)
            case .integer(let value): body(.integer(value))
            case .real(let value): body(.real(value))
            case .text:
                strings[index]!.withUTF8 { body(.text($0)) }
            }
        }
    }

    /// Writes one row whose cells `cell(index, body)` hands to `body` one at a time: the path shared
    /// by `[Cell]` rows and rows read straight from SQLite.
    func writeRow(count: Int, _ cell: (Int, (RawCell) -> Void) -> Void) {
        rows.writeRow(number: rowCount, count: count, cell)
        rowCount += 1
        sink.flushIfFull()
    }

    /// Ends the output: closes the JSON array, lays out the table, flushes.
    public func finish() {
        rows.finish(rowCount: rowCount)
        sink.flush()
    }
}

/// One output format: what comes before the rows, each row, and what comes after.
protocol RowFormat: AnyObject {
    func begin()
    /// Row `number` (from 0), whose `count` cells `cell` hands over one at a time.
    func writeRow(number: Int, count: Int, _ cell: (Int, (RawCell) -> Void) -> Void)
    func finish(rowCount: Int)
}

// MARK: - CSV and TSV

/// CSV per RFC 4180 (CRLF line ends, quoted fields), or TSV (LF line ends, fields quoted alike).
final class DelimitedRows: RowFormat {
    enum Dialect { case csv, tsv }

    private let dialect: Dialect
    private let columns: [String]
    private let sink: OutputSink
    private let options: RowWriterOptions
    private let separator: UInt8

    init(_ dialect: Dialect, columns: [String], sink: OutputSink, options: RowWriterOptions) {
        self.dialect = dialect
        self.columns = columns
        self.sink = sink
        self.options = options
        self.separator = dialect == .csv ? UInt8(ascii: ",") : 0x09
    }

    func begin() {
        if options.byteOrderMark { sink.write(bytes: [0xEF, 0xBB, 0xBF]) }
        guard options.header else { return }
        for (index, column) in columns.enumerated() {
            if index > 0 { sink.write(byte: separator) }
            var name = column
            name.withUTF8 { writeField($0, prefix: false) }
        }
        endLine()
    }

    func writeRow(number: Int, count: Int, _ cell: (Int, (RawCell) -> Void) -> Void) {
        for index in 0..<count {
            if index > 0 { sink.write(byte: separator) }
            cell(index) { raw in self.writeCell(raw) }
        }
        endLine()
    }

    func finish(rowCount: Int) {}

    private func endLine() {
        if dialect == .csv { sink.write(byte: 0x0D) }
        sink.write(byte: 0x0A)
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    private func writeCell(_ cell: RawCell) {
        switch cell {
        case .null: return
        case .integer(let value): sink.write(String(value))
        case .real(let value): sink.write(Cell.format(value))
        case .text(let bytes):
            writeField(bytes, prefix: options.excelSafe && bytes.first.map(Self.formulaStarts.contains) == true)
        }
    }

    /// RFC 4180: quoted when it holds the separator, a quote, CR or LF; quotes doubled. TSV the
    /// same with a tab for the comma, as Excel writes it and pandas, R's read.delim and Python's
    /// csv module read it by default.
    private func writeField(_ bytes: UnsafeBufferPointer<UInt8>, prefix: Bool) {
        var needsQuotes = false
        for byte in bytes where byte == separator || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes {
            if prefix { sink.write(byte: UInt8(ascii: "'")) }
            sink.write(buffer: bytes)
            return
        }
        sink.write(byte: UInt8(ascii: "\""))
        if prefix { sink.write(byte: UInt8(ascii: "'")) }
        var runStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
            sink.write(buffer: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
            sink.write(byte: UInt8(ascii: "\""))
            runStart = index + 1
        }
        sink.write(buffer: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        sink.write(byte: UInt8(ascii: "\""))
    }
}

// MARK: - JSON and JSON Lines

/// One object per row, values typed (numbers as numbers, null as null): one per line, or a JSON
/// array (`[]` when empty).
final class JSONRows: RowFormat {
    private let lines: Bool
    private let sink: OutputSink
    private let keys: [[UInt8]]

    init(lines: Bool, columns: [String], sink: OutputSink) {
        self.lines = lines
        self.sink = sink
        self.keys = columns.map { Array(JSONText.quoted($0).utf8) + [UInt8(ascii: ":")] }
    }

    func begin() {
        if !lines { sink.write("[") }
    }

    func writeRow(number: Int, count: Int, _ cell: (Int, (RawCell) -> Void) -> Void) {
        if !lines { sink.write(number == 0 ? "\n" : ",\n") }
        sink.write(byte: UInt8(ascii: "{"))
        for index in 0..<count {
            if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
            sink.write(bytes: keys[index])
            cell(index) { raw in self.writeValue(raw) }
        }
        sink.write(byte: UInt8(ascii: "}"))
        if lines { sink.write(byte: 0x0A) }
    }

    func finish(rowCount: Int) {
        if !lines { sink.write(rowCount == 0 ? "]\n" : "\n]\n") }
    }

    private func writeValue(_ cell: RawCell) {
        switch cell {
        case .null: sink.write("null")
        case .integer(let value): sink.write(String(value))
        case .real(let value): sink.write(value.isFinite ? String(value) : "null")
        case .text(let bytes): JSONText.write(bytes, to: sink)
        }
    }
}

// MARK: - Table

/// Columns aligned for a terminal: every row is kept until `finish` knows the widths.
final class TableRows: RowFormat {
    private let columns: [String]
    private let sink: OutputSink
    private let options: RowWriterOptions
    private var rows: [[String]] = []

    init(columns: [String], sink: OutputSink, options: RowWriterOptions) {
        self.columns = columns
        self.sink = sink
        self.options = options
    }

    func begin() {}

    func writeRow(number: Int, count: Int, _ cell: (Int, (RawCell) -> Void) -> Void) {
        var cells: [String] = []
        for index in 0..<count {
            cell(index) { raw in
                switch raw {
                case .null: cells.append("")
                case .integer(let value): cells.append(String(value))
                case .real(let value): cells.append(Cell.format(value))
                case .text(let bytes): cells.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        rows.append(cells)
    }

    func finish(rowCount: Int) {
        guard !columns.isEmpty else { return }
        var widths = columns.map { $0.count }
        let laidOut = rows.map { row in row.map { cell in options.tableText(Self.oneLine(cell, width: options.tableWidth)) } }
        for row in laidOut {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        if options.header {
            sink.write(line(columns))
            sink.write(line(widths.map { String(repeating: "-", count: $0) }))
        }
        for row in laidOut { sink.write(line(row)) }
    }

    static func oneLine(_ text: String, width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard flat.count > width else { return flat }
        return String(flat.prefix(width - 1)) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = Substring(self)
        while copy.last == " " { copy = copy.dropLast() }
        return String(copy)
    }
}

/// JSON string literals, escaped per RFC 8259.
enum JSONText {
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to sink: OutputSink) {
        sink.write(byte: UInt8(ascii: "\""))
        var runStart = 0
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            sink.write(buffer: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): sink.write("\\\"")
            case UInt8(ascii: "\\"): sink.write("\\\\")
            case 0x0A: sink.write("\\n")
            case 0x0D: sink.write("\\r")
            case 0x09: sink.write("\\t")
            default:
                let hex = String(byte, radix: 16)
                sink.write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            runStart = index + 1
        }
        sink.write(buffer: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        sink.write(byte: UInt8(ascii: "\""))
    }

    static func quoted(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            needsEscape = true
            break
        }
        guard needsEscape else { return "\"" + text + "\"" }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
