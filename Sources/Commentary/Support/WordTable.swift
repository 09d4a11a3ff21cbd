import Foundation

/// A read-only table from strings to values, for the word lists extraction consults on every token
/// (cue words, month names, the gazetteer).
///
/// `Set<String>` and `Dictionary` hash with a seeded SipHash, which costs more than the rest of a
/// look-up for a five-letter word. This table hashes the UTF-8 bytes with a multiply-and-xor mix
/// over eight bytes at a time and compares with `memcmp`: its keys are fixed at build time, so a
/// keyed hash buys nothing. Strings are compared by their bytes, not by canonical equivalence;
/// extraction reads NFC text (see `TextCleaner`), and the word lists are NFC.
struct WordTable<Value: Sendable>: Sendable {
    /// A key: its hash, and where its bytes are in `bytes`. One array, so a probe reads one line.
    private struct StoredKey {
        var hash: UInt64
        var offset: Int32
        var length: Int32
    }

    /// Per slot: 1 + the entry's index, or 0 when empty. Open addressing, linear probing.
    private let slots: [Int32]
    private let keys: [StoredKey]
    private let bytes: [UInt8]
    let values: [Value]
    private let mask: Int

    /// The first value given for a key wins.
    init(_ pairs: some Sequence<(String, Value)>) {
        var keys: [StoredKey] = []
        var bytes: [UInt8] = []
        var values: [Value] = []
        var seen = Set<String>()
        for (key, value) in pairs where seen.insert(key).inserted {
            keys.append(StoredKey(hash: ASCIIMatch.withBytes(key, Self.hash), offset: Int32(bytes.count), length: Int32(key.utf8.count)))
            bytes += key.utf8
            values.append(value)
        }
        var capacity = 8
        while capacity < values.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.keys = keys
        self.bytes = bytes
        self.values = values
        self.mask = capacity - 1
    }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    subscript(key: some StringProtocol) -> Value? {
        ASCIIMatch.withBytes(key) { self[bytes: $0] }
    }

    /// The value for the key in lower case, for tables of lower-case words: ASCII capitals are
    /// folded in a copy on the stack, text outside ASCII goes through `lowercased()`.
    subscript(lowercasing key: some StringProtocol) -> Value? {
        ASCIIMatch.withBytes(key) { self[lowercasingBytes: $0] }
    }

    /// The value for the UTF-8 bytes of a key in lower case (see `subscript(lowercasing:)`).
    subscript(lowercasingBytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var hasCapital = false
        for byte in bytes {
            if byte >= 0x80 { return self[String(decoding: bytes, as: UTF8.self).lowercased()] }
            if byte >= 0x41 && byte <= 0x5A { hasCapital = true }
        }
        guard hasCapital else { return self[bytes: bytes] }
        guard bytes.count <= 64 else { return self[String(decoding: bytes, as: UTF8.self).lowercased()] }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { copy in
            for index in 0..<bytes.count { copy[index] = ASCIIMatch.lower(bytes[index]) }
            return self[bytes: UnsafeBufferPointer(copy)]
        }
    }

    subscript(bytes key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                bytes.withUnsafeBufferPointer { stored in
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return nil }
                        let candidate = keys[entry - 1]
                        if candidate.hash == hash, Int(candidate.length) == key.count,
                            key.isEmpty || memcmp(stored.baseAddress! + Int(candidate.offset), key.baseAddress!, key.count) == 0
                        {
                            return entry - 1
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return found.map { values[$0] }
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return hash ^ (hash >> 31) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= key.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        // The last 1 to 7 bytes in at most three loads.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        if index + 4 <= key.count {
            tail = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
            shift = 32
            index += 4
        }
        if index + 2 <= key.count {
            tail |= UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt16.self)) << shift
            shift += 16
            index += 2
        }
        if index < key.count { tail |= UInt64(base[index]) << shift }
        if key.count % 8 != 0 { hash = mix(hash ^ tail) }
        return hash ^ (hash >> 31)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 29
        return value &* 0x94D0_49BB_1331_11EB
    }
}

/// A read-only set of strings with `WordTable`'s look-up.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: some StringProtocol) -> Bool { table[word] != nil }
    func contains(bytes word: UnsafeBufferPointer<UInt8>) -> Bool { table[bytes: word] != nil }
    func contains(lowercasingBytes word: UnsafeBufferPointer<UInt8>) -> Bool { table[lowercasingBytes: word] != nil }
    /// Whether the word in lower case is in the set.
    func contains(lowercasing word: some StringProtocol) -> Bool { table[lowercasing: word] != nil }
    var isEmpty: Bool { table.isEmpty }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}
