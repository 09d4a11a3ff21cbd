import CZlib
import Foundation

/// Reads an input file's bytes in chunks, transparently gunzipping `.gz`, so a JSON Lines file of
/// any size streams through in bounded memory.
final class ChunkedInput {
    private let handle: FileHandle
    private let gzip: Bool
    private var stream = z_stream()
    private var streamOpen = false
    private var inputBuffer = Data()
    /// Whether the last gzip member read so far ended properly: a file that stops inside a member
    /// was cut short, and says so instead of passing for a shorter file.
    private var memberComplete = false
    private(set) var finished = false
    /// Compressed (on-disk) bytes consumed so far, for progress.
    private(set) var bytesRead = 0

    static let chunkSize = 1 << 20

    init(path: String) throws(CommentaryError) {
        let descriptor = open(FileName.systemPath(path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .input(location: path, reason: errno == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(errno))))")
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.gzip = path.lowercased().hasSuffix(".gz")
        if gzip {
            guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw .input(location: path, reason: "cannot start gzip decompression")
            }
            streamOpen = true
        }
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        try? handle.close()
    }

    /// The next chunk of decompressed bytes, or nil at the end.
    func next(path: String) throws(CommentaryError) -> Data? {
        guard !finished else { return nil }
        let raw: Data
        do {
            raw = try handle.read(upToCount: Self.chunkSize) ?? Data()
        } catch {
            throw .input(location: path, reason: "read failed (\(error.localizedDescription))")
        }
        bytesRead += raw.count
        if !gzip {
            if raw.isEmpty {
                finished = true
                return nil
            }
            return raw
        }
        if raw.isEmpty && inputBuffer.isEmpty {
            finished = true
            if bytesRead > 0 && !memberComplete {
                throw .input(location: path, reason: "gzip data ends early (truncated file?)")
            }
            return nil
        }
        inputBuffer.append(raw)
        var output = Data()
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        inputBuffer.withUnsafeMutableBytes { (input: UnsafeMutableRawBufferPointer) in
            stream.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.avail_in = uInt(input.count)
            repeat {
                scratch.withUnsafeMutableBytes { out in
                    stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.avail_out = uInt(out.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(out.baseAddress!.assumingMemoryBound(to: UInt8.self), count: out.count - Int(stream.avail_out))
                }
                if status == Z_STREAM_END {
                    // Concatenated gzip members: start the next one.
                    if stream.avail_in > 0 { status = inflateReset(&stream) } else { break }
                }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        let remaining = Int(stream.avail_in)
        inputBuffer = remaining > 0 ? inputBuffer.suffix(remaining) : Data()
        if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR {
            throw .input(location: path, reason: "not valid gzip data (zlib status \(status))")
        }
        memberComplete = status == Z_STREAM_END
        if raw.isEmpty && !output.isEmpty { return output }
        if raw.isEmpty {
            finished = true
            if !memberComplete { throw .input(location: path, reason: "gzip data ends early (truncated file?)") }
            return nil
        }
        return output
    }
}

/// Bytes → text, with the batch-level checks every input gets.
///
/// NUL characters are never stored (SQLite's `length()` and C strings stop at one, so they cut
/// titles and snippets short): a file whose first 8 KB hold a NUL byte is binary and refused;
/// NULs further on in a text file are dropped with a warning naming the file.
enum TextDecoding {
    /// Decodes UTF-8 (or UTF-16, by its byte-order mark or, without one, by its pattern of zero
    /// bytes); invalid sequences become U+FFFD with a warning.
    static func decode(_ data: Data, location: String) -> Result<(text: String, warnings: [String]), CommentaryError> {
        if data.isEmpty { return .failure(.input(location: location, reason: "empty file")) }
        var warnings: [String] = []
        var text: String
        // UTF-16 with its byte-order mark, as Windows tools save "Unicode" text.
        if data.count >= 2, let encoding = utf16(data[data.startIndex], data[data.startIndex + 1]) {
            guard data.count % 2 == 0, let decoded = String(data: data, encoding: encoding) else {
                return .failure(.input(location: location, reason: "UTF-16 text that cannot be decoded"))
            }
            text = decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded
        } else if probeHasNUL(data), let encoding = utf16Pattern(data), data.count % 2 == 0,
            let decoded = String(data: data, encoding: encoding), looksLikeText(decoded)
        {
            text = decoded
        } else {
            if probeHasNUL(data) {
                return .failure(.input(location: location, reason: "binary file (contains NUL bytes), not an article"))
            }
            let valid = data.withUnsafeBytes { bytes in String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self) }
            if let valid {
                text = valid
            } else {
                text = String(decoding: data, as: UTF8.self)
                warnings.append("\(location): invalid UTF-8; undecodable bytes were replaced with U+FFFD")
            }
        }
        let dropped = TextCleaner.dropNUL(&text)
        if dropped > 0 { warnings.append(TextCleaner.nulWarning(location, dropped)) }
        return .success((text, warnings))
    }

    /// Whether the first `binaryProbe` bytes hold a zero byte (memchr: every file is probed).
    static func probeHasNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, min(bytes.count, binaryProbe)) != nil
        }
    }

    /// Bytes looked at for a NUL that makes a file binary, and for UTF-16's zero bytes.
    static let binaryProbe = 8192

    static func utf16(_ first: UInt8, _ second: UInt8) -> String.Encoding? {
        switch (first, second) {
        case (0xFF, 0xFE): .utf16LittleEndian
        case (0xFE, 0xFF): .utf16BigEndian
        default: nil
        }
    }

    /// Text decoded on a guess: hardly any control characters besides line ends and tabs (binary
    /// data that happened to have the zero bytes of UTF-16 decodes to many).
    static func looksLikeText(_ text: String) -> Bool {
        var characters = 0
        var controls = 0
        for scalar in text.unicodeScalars.prefix(binaryProbe) {
            characters += 1
            if scalar.properties.generalCategory == .control && !"\t\n\r\u{0C}".unicodeScalars.contains(scalar) { controls += 1 }
        }
        return controls * 100 <= characters
    }

    /// UTF-16 without a byte-order mark, told by its zero bytes: text in a Latin script has the
    /// high byte of most characters zero, so one parity of positions is mostly zero and the other
    /// almost never. Binary data has zeros at both; UTF-8 text has none.
    static func utf16Pattern(_ data: Data) -> String.Encoding? {
        data.withUnsafeBytes { bytes -> String.Encoding? in
            let sample = bytes.prefix(binaryProbe & ~1)
            let pairs = sample.count / 2
            guard pairs >= 4 else { return nil }
            var evenZeros = 0
            var oddZeros = 0
            for (index, byte) in sample.enumerated() where byte == 0 {
                if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
            }
            // At least a third of the characters ASCII-range, and the other parity under 2%.
            if oddZeros * 3 >= pairs && evenZeros * 50 <= pairs { return .utf16LittleEndian }
            if evenZeros * 3 >= pairs && oddZeros * 50 <= pairs { return .utf16BigEndian }
            return nil
        }
    }
}

/// A whole file's bytes with plain POSIX calls (open, fstat, read): an import reads thousands of
/// small files, and a URL and Foundation's file machinery per file cost more than the reading.
enum WholeFile {
    static func read(_ path: String) throws(CommentaryError) -> Data {
        let descriptor = open(FileName.systemPath(path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(path) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw .input(location: path, reason: "cannot be read (a directory)") }
        // The size as stated, then whatever more the file turns out to hold; the buffer becomes the
        // Data without a copy.
        var capacity = max(Int(info.st_size), 0) + 1
        var buffer = malloc(capacity)!
        var total = 0
        while true {
            if total == capacity {
                capacity += 1 << 16
                buffer = realloc(buffer, capacity)!
            }
            let count = Glibc.read(descriptor, buffer + total, capacity - total)
            if count < 0 {
                if errno == EINTR { continue }
                free(buffer)
                throw failure(path)
            }
            if count == 0 { break }
            total += count
        }
        return Data(bytesNoCopy: buffer, count: total, deallocator: .free)
    }

    /// The error for a path the last system call could not read, with the system's reason.
    static func failure(_ path: String, what: String = "") -> CommentaryError {
        .input(location: path, reason: "\(what)cannot be read (\(String(cString: strerror(errno))))")
    }
}
