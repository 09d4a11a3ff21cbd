import Foundation

/// Finds the records of a JSON document as it streams past, without decoding it: the elements of
/// a top-level array (`[{…}, {…}]`), or of the first array under a list key of a top-level
/// object (`{"status": "ok", "articles": [{…}, {…}]}`). Each record's bytes are handed over as
/// soon as it ends, so a file of a million records is read in constant memory and linear time,
/// and each record is then decoded on its own.
///
/// The scanner only tracks strings, escapes and bracket depth (no recursion): a record nested
/// deeper than `maxDepth` or longer than `limit` bytes is reported and passed over, not kept.
struct JSONRecordScanner {
    enum Event {
        /// Record `number` (1-based) and its bytes.
        case record(Data, number: Int)
        case tooLarge(number: Int)
        case tooDeep(number: Int)
        /// A second top-level value after the first: JSON Lines saved as `.json`.
        case anotherValue
    }

    enum Failure: Error, Equatable {
        case notAnArrayOrObject
        case unbalanced
        case truncated
        case trailingData
    }

    /// Keys under which a wrapper object keeps its records.
    let listKeys: Set<String>
    let limit: Int
    let maxDepth: Int

    init(listKeys: [String], limit: Int, maxDepth: Int = 512) {
        self.listKeys = Set(listKeys)
        self.limit = limit
        self.maxDepth = maxDepth
    }

    private var depth = 0
    private var inString = false
    private var escaped = false
    private var started = false
    private var finishedTopLevel = false
    /// The depth inside the records array (1 for a top-level array, 2 in a wrapper); 0 before it
    /// is found, -1 after it closed.
    private var recordsDepth = 0
    /// In a wrapper object: the member key being read, the last key read, and whether a key or a
    /// value comes next at depth 1.
    private var key: [UInt8] = []
    private var readingKey = false
    private var lastKey = ""
    private var expectingKey = false
    private var expectingValue = false
    /// The record being read.
    private var collecting = false
    private var record = Data()
    private var recordBytes = 0
    private var recordTooDeep = false
    private var number = 0
    /// Whether any record was found.
    private(set) var sawRecords = false
    /// Whether a second top-level object followed the first: the rest is not scanned.
    private(set) var sawAnotherValue = false
    /// Whether the records array was found (a top-level array is one).
    var foundRecords: Bool { recordsDepth != 0 }

    mutating func feed(_ chunk: Data, _ handle: (Event) -> Void) throws(Failure) {
        var failure: Failure?
        chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            do throws(Failure) {
                try scan(bytes, handle)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// The end of the input: a document left open was cut short.
    mutating func finish() throws(Failure) {
        if sawAnotherValue { return }
        if !started { throw .notAnArrayOrObject }
        if depth != 0 || inString { throw .truncated }
    }

    private mutating func scan(_ bytes: UnsafeRawBufferPointer, _ handle: (Event) -> Void) throws(Failure) {
        guard !sawAnotherValue else { return }
        // Where the current record's bytes start in this chunk.
        var segment = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if readingKey {
                        readingKey = false
                        lastKey = String(decoding: key, as: UTF8.self)
                    }
                } else if readingKey, key.count < 64 {
                    key.append(byte)
                }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                continue
            case 0xEF, 0xBB,
                0xBF where !started:
                continue  // a byte-order mark
            default:
                break
            }
            if finishedTopLevel {
                if byte == UInt8(ascii: "{") && !sawRecords {
                    sawAnotherValue = true
                    handle(.anotherValue)
                    return
                }
                throw .trailingData
            }
            if !started {
                guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { throw .notAnArrayOrObject }
                started = true
            }
            // Between records of the records array: a record starts, or the list goes on or ends.
            if recordsDepth > 0, depth == recordsDepth, !collecting, byte != UInt8(ascii: ","), byte != UInt8(ascii: "]") {
                collecting = true
                number += 1
                record = Data()
                recordBytes = 0
                recordTooDeep = false
                segment = index
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1, expectingKey {
                    readingKey = true
                    expectingKey = false
                    key.removeAll(keepingCapacity: true)
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 0 {
                    recordsDepth = byte == UInt8(ascii: "[") ? 1 : 0
                    expectingKey = byte == UInt8(ascii: "{")
                } else if depth == 1, recordsDepth == 0, expectingValue, byte == UInt8(ascii: "["), listKeys.contains(lastKey) {
                    recordsDepth = 2
                }
                if depth == 1 { expectingValue = false }
                depth += 1
                if collecting, depth - recordsDepth > maxDepth { recordTooDeep = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if collecting, depth == recordsDepth {
                    // The records array closes right after its last record.
                    endRecord(bytes, from: segment, to: index, handle)
                }
                guard depth > 0 else { throw .unbalanced }
                if depth == recordsDepth { recordsDepth = -1 }
                depth -= 1
                if depth == 0 { finishedTopLevel = true }
            case UInt8(ascii: ","):
                if collecting, depth == recordsDepth {
                    endRecord(bytes, from: segment, to: index, handle)
                } else if depth == 1 {
                    expectingKey = true
                }
            case UInt8(ascii: ":"):
                if depth == 1 { expectingValue = true }
            default:
                if depth == 1 { expectingValue = false }
            }
        }
        if collecting { keep(bytes, from: segment, to: bytes.count) }
    }

    private mutating func keep(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) {
        recordBytes += end - start
        guard !recordTooDeep, recordBytes <= limit else {
            record = Data()
            return
        }
        record.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
    }

    private mutating func endRecord(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, _ handle: (Event) -> Void) {
        keep(bytes, from: start, to: end)
        collecting = false
        sawRecords = true
        if recordTooDeep {
            handle(.tooDeep(number: number))
        } else if recordBytes > limit {
            handle(.tooLarge(number: number))
        } else {
            handle(.record(record, number: number))
        }
        record = Data()
    }
}
