import CZlib
import Foundation

/// The members of a zip archive held in memory, read through its central directory
/// (PKWARE APPNOTE.TXT, section 4.3): what a DOCX file is. Every offset and size the file states
/// is checked against the bytes there are before it is used, and a member inflates to at most a
/// given limit, so a damaged or hostile file is refused, never trusted.
///
/// ```swift
/// let zip = try ZipArchive(bytes)
/// let xml = try zip.member("word/document.xml", limit: 50 << 20)
/// ```
struct ZipArchive {
    struct Failure: Error, Equatable {
        var reason: String
    }

    struct Entry {
        var name: String
        var method: Int
        var flags: Int
        var compressedSize: Int
        var size: Int
        var localHeader: Int
        var checksum: UInt32
    }

    private let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535, at the end.
        guard bytes.count >= 22 else { throw Failure(reason: "not a zip file (too short)") }
        var end: Int?
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if u32(position) == 0x0605_4B50 {
                end = position
                break
            }
            position -= 1
        }
        guard let end else { throw Failure(reason: "not a zip file (no central directory)") }
        let count = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw Failure(reason: "a ZIP64 archive, which is not read")
        }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else {
            throw Failure(reason: "damaged zip file (the central directory lies outside the file)")
        }
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= end, u32(offset) == 0x0201_4B50 else {
                throw Failure(reason: "damaged zip file (a central directory entry is cut short)")
            }
            let nameLength = u16(offset + 28)
            let extraLength = u16(offset + 30)
            let commentLength = u16(offset + 32)
            let next = offset + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw Failure(reason: "damaged zip file (a central directory entry is cut short)") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name, method: u16(offset + 10), flags: u16(offset + 8), compressedSize: u32(offset + 20),
                size: u32(offset + 24), localHeader: u32(offset + 42), checksum: UInt32(u32(offset + 16)))
            if entries[name] == nil { entries[name] = entry }
            offset = next
        }
    }

    /// The bytes of the member called `name` (nil when there is none), inflated to at most `limit`.
    func member(_ name: String, limit: Int) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard entry.flags & 1 == 0 else { throw Failure(reason: "\(name) is encrypted") }
        let header = entry.localHeader
        guard header <= bytes.count - 30, u32(header) == 0x0403_4B50 else {
            throw Failure(reason: "damaged zip file (\(name) has no local header where the directory says)")
        }
        let start = header + 30 + u16(header + 26) + u16(header + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw Failure(reason: "damaged zip file (\(name) runs past the end of the file)")
        }
        let stored = bytes[start..<(start + entry.compressedSize)]
        let member: [UInt8]
        switch entry.method {
        case 0:
            guard stored.count <= limit else { throw Failure(reason: "\(name) is larger than \(limit) bytes") }
            member = Array(stored)
        case 8:
            member = try Self.inflate(stored, name: name, limit: limit)
        default:
            throw Failure(reason: "\(name) is compressed with method \(entry.method), which is not read (only stored and deflate)")
        }
        let checksum = member.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard checksum == entry.checksum else { throw Failure(reason: "damaged zip file (\(name) fails its checksum)") }
        return member
    }

    /// Raw deflate data inflated, at most `limit` bytes of it.
    static func inflate(_ input: ArraySlice<UInt8>, name: String, limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: "cannot start decompression")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        var copy = Array(input)
        copy.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while status == Z_OK, output.count <= limit {
                scratch.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                }
                // No progress and no end: the data stops short.
                if status == Z_OK, stream.avail_in == 0, stream.avail_out != 0 { status = Z_BUF_ERROR }
            }
        }
        guard output.count <= limit else { throw Failure(reason: "\(name) is larger than \(limit) bytes once decompressed") }
        guard status == Z_STREAM_END else { throw Failure(reason: "damaged zip file (\(name) does not decompress)") }
        return output
    }

    private func u16(_ offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private func u32(_ offset: Int) -> Int {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }
}
