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

/// Streams rows in one of the output formats: CSV per RFC 4180, TSV with escapes, JSON Lines and
/// JSON with typed values, or an aligned table (buffered: a terminal view).
public final class RowWriter {
    let format: OutputFormat
    let columns: [String]
    let sink: OutputSink
    let options: RowWriterOptions
    private var rowCount = 0
    private var tableRows: [[String]] = []
    private let jsonKeys: [[UInt8]]

    public init(format: OutputFormat, columns: [String], sink: OutputSink, options: RowWriterOptions = RowWriterOptions()) {
        self.format = format
        self.columns = columns
        self.sink = sink
        self.options = options
        self.jsonKeys = columns.map { Array(JSONText.quoted($0).utf8) + [UInt8(ascii: ":")] }
        if options.byteOrderMark && (format == .csv || format == .tsv) { sink.write(bytes: [0xEF, 0xBB, 0xBF]) }
        if options.header && (format == .csv || format == .tsv) {
            for (index, column) in columns.enumerated() {
                if index > 0 { sink.write(byte: format == .csv ? UInt8(ascii: ",") : 0x09) }
                var name = column
                name.withUTF8 { format == .csv ? writeCSVField($0, prefix: false) : writeTSVField($0, prefix: false) }
            }
            if format == .csv { sink.write(byte: 0x0D) }
            sink.write(byte: 0x0A)
        }
        if format == .json { sink.write("[") }
    }

    public var count: Int { rowCount }

    /// Whether the output failed (a full disk, a reader gone): writing more is pointless.
    public var failed: Bool { sink.failed }

    public func write(_ cells: [Cell]) {
        if format == .table {
            tableRows.append(cells.map { $0.plainText })
            rowCount += 1
            return
        }
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

    /// A cell as the writer sees it: text as UTF-8 bytes it does not own.
    enum RawCell {
        case null
        case integer(Int64)
        case real(Double)
        case text(UnsafeBufferPointer<UInt8>)
    }

    /// Writes one row whose cells `cell(index, body)` hands to `body` one at a time: the path shared
    /// by `[Cell]` rows and rows read straight from SQLite.
    func writeRow(count: Int, _ cell: (Int, (RawCell) -> Void) -> Void) {
        switch format {
        case .csv, .tsv:
            let csv = format == .csv
            for index in 0..<count {
                if index > 0 { sink.write(byte: csv ? UInt8(ascii: ",") : 0x09) }
                cell(index) { raw in self.writeDelimitedCell(raw, csv: csv) }
            }
            if csv { sink.write(byte: 0x0D) }
            sink.write(byte: 0x0A)
        case .json, .jsonl:
            if format == .json { sink.write(rowCount == 0 ? "\n" : ",\n") }
            sink.write(byte: UInt8(ascii: "{"))
            for index in 0..<count {
                if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
                sink.write(bytes: jsonKeys[index])
                cell(index) { raw in self.writeJSONValue(raw) }
            }
            sink.write(byte: UInt8(ascii: "}"))
            if format == .jsonl { sink.write(byte: 0x0A) }
        case .table:
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
            tableRows.append(cells)
        }
        rowCount += 1
        sink.flushIfFull()
    }

    /// Ends the output: closes the JSON array, lays out the table, flushes.
    public func finish() {
        switch format {
        case .json: sink.write(rowCount == 0 ? "]\n" : "\n]\n")
        case .table: writeTable()
        default: break
        }
        sink.flush()
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    private func writeDelimitedCell(_ cell: RawCell, csv: Bool) {
        switch cell {
        case .null: return
        case .integer(let value): sink.write(String(value))
        case .real(let value): sink.write(Cell.format(value))
        case .text(let bytes):
            let prefix = options.excelSafe && bytes.first.map(Self.formulaStarts.contains) == true
            if csv { writeCSVField(bytes, prefix: prefix) } else { writeTSVField(bytes, prefix: prefix) }
        }
    }

    /// RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
    private func writeCSVField(_ bytes: UnsafeBufferPointer<UInt8>, prefix: Bool) {
        var needsQuotes = false
        for byte in bytes where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
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

    /// Tabs, newlines, carriage returns and backslashes as \t \n \r \\.
    private func writeTSVField(_ bytes: UnsafeBufferPointer<UInt8>, prefix: Bool) {
        if prefix { sink.write(byte: UInt8(ascii: "'")) }
        for byte in bytes {
            switch byte {
            case 0x09:
                sink.write(byte: UInt8(ascii: "\\"))
                sink.write(byte: UInt8(ascii: "t"))
            case 0x0A:
                sink.write(byte: UInt8(ascii: "\\"))
                sink.write(byte: UInt8(ascii: "n"))
            case 0x0D:
                sink.write(byte: UInt8(ascii: "\\"))
                sink.write(byte: UInt8(ascii: "r"))
            case UInt8(ascii: "\\"):
                sink.write(byte: UInt8(ascii: "\\"))
                sink.write(byte: UInt8(ascii: "\\"))
            default: sink.write(byte: byte)
            }
        }
    }

    private func writeJSONValue(_ cell: RawCell) {
        switch cell {
        case .null: sink.write("null")
        case .integer(let value): sink.write(String(value))
        case .real(let value): sink.write(value.isFinite ? String(value) : "null")
        case .text(let bytes): JSONText.write(bytes, to: sink)
        }
    }

    private func writeTable() {
        guard !columns.isEmpty else { return }
        var widths = columns.map { $0.count }
        let rows = tableRows.map { row in row.map { cell in options.tableText(Self.oneLine(cell, width: options.tableWidth)) } }
        for row in rows {
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
        for row in rows { sink.write(line(row)) }
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
