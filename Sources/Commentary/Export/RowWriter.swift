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
    public private(set) var failed = false

    /// Writes to a file descriptor, e.g. `STDOUT_FILENO`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    /// Collects into memory; read `text` afterwards.
    public init() {
        self.descriptor = nil
    }

    public var text: String { flush(); return String(decoding: collected, as: UTF8.self) }

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

    public func flush() {
        guard !buffer.isEmpty else { return }
        if let descriptor {
            var offset = 0
            buffer.withUnsafeBytes { raw in
                while offset < raw.count {
                    let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 {
                        if written < 0 && errno == EINTR { continue }
                        failed = true
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
        if options.header {
            switch format {
            case .csv: writeDelimited(columns.map(Cell.text), csv: true)
            case .tsv: writeDelimited(columns.map(Cell.text), csv: false)
            default: break
            }
        }
        if format == .json { sink.write("[") }
    }

    public var count: Int { rowCount }

    public func write(_ cells: [Cell]) {
        switch format {
        case .csv: writeDelimited(cells, csv: true)
        case .tsv: writeDelimited(cells, csv: false)
        case .jsonl:
            writeObject(cells)
            sink.write(byte: 0x0A)
        case .json:
            sink.write(rowCount == 0 ? "\n" : ",\n")
            writeObject(cells)
        case .table:
            tableRows.append(cells.map { $0.plainText })
        }
        rowCount += 1
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

    private func safe(_ text: String) -> String {
        guard options.excelSafe, let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + text
        default: return text
        }
    }

    private func writeDelimited(_ cells: [Cell], csv: Bool) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { sink.write(byte: csv ? UInt8(ascii: ",") : 0x09) }
            switch cell {
            case .null: continue
            case .integer(let value): sink.write(String(value))
            case .real(let value): sink.write(Cell.format(value))
            case .text(let value):
                let text = safe(value)
                if csv { writeCSVField(text) } else { writeTSVField(text) }
            }
        }
        if csv { sink.write(byte: 0x0D) }
        sink.write(byte: 0x0A)
    }

    private func writeCSVField(_ text: String) {
        var needsQuotes = false
        for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            sink.write(text)
            return
        }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        sink.write(bytes: bytes)
    }

    private func writeTSVField(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            default: bytes.append(byte)
            }
        }
        sink.write(bytes: bytes)
    }

    private func writeObject(_ cells: [Cell]) {
        sink.write(byte: UInt8(ascii: "{"))
        for (index, cell) in cells.enumerated() {
            if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
            sink.write(bytes: jsonKeys[index])
            switch cell {
            case .null: sink.write("null")
            case .integer(let value): sink.write(String(value))
            case .real(let value): sink.write(value.isFinite ? String(value) : "null")
            case .text(let value): sink.write(JSONText.quoted(value))
            }
        }
        sink.write(byte: UInt8(ascii: "}"))
    }

    private func writeTable() {
        guard !columns.isEmpty else { return }
        var widths = columns.map { $0.count }
        let rows = tableRows.map { row in row.map { cell in Self.oneLine(cell, width: options.tableWidth) } }
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
