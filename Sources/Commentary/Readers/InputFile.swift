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
        self.handle = FileHandle(fileDescriptor: try WholeFile.openRegular(path), closeOnDealloc: true)
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
    }

    /// The next chunk of (decompressed) bytes, or nil at the end. A chunk of decompressed bytes is
    /// at most about `chunkSize`: a megabyte of gzip may inflate to a gigabyte, so compressed
    /// input is kept and inflated over several calls rather than at once.
    func next(path: String) throws(CommentaryError) -> Data? {
        while !finished {
            if let chunk = try nextChunk(path: path) { return chunk }
        }
        return nil
    }

    private func readRaw(path: String) throws(CommentaryError) -> Data {
        do {
            let raw = try handle.read(upToCount: Self.chunkSize) ?? Data()
            bytesRead += raw.count
            return raw
        } catch {
            throw .input(location: path, reason: "read failed (\(error.localizedDescription))")
        }
    }

    /// One step: a chunk, or nil when this step gave no bytes (more compressed input is needed,
    /// or the end was reached and `finished` is set).
    private func nextChunk(path: String) throws(CommentaryError) -> Data? {
        if !gzip {
            let raw = try readRaw(path: path)
            if raw.isEmpty { finished = true }
            return raw.isEmpty ? nil : raw
        }
        var atEnd = false
        if inputBuffer.isEmpty {
            let raw = try readRaw(path: path)
            // At the end, zlib may still hold output a capped step left behind: one more step drains it.
            atEnd = raw.isEmpty
            if atEnd && (bytesRead == 0 || memberComplete) {
                finished = true
                return nil
            }
            inputBuffer = raw
        }
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
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0) && output.count < Self.chunkSize
        }
        let remaining = Int(stream.avail_in)
        // A step that neither consumed nor produced a byte would be repeated forever.
        if output.isEmpty && remaining > 0 && remaining == inputBuffer.count && status != Z_STREAM_END {
            throw .input(location: path, reason: "not valid gzip data (zlib made no progress, status \(status))")
        }
        inputBuffer = remaining > 0 ? Data(inputBuffer.suffix(remaining)) : Data()
        if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR {
            throw .input(location: path, reason: "not valid gzip data (zlib status \(status))")
        }
        memberComplete = status == Z_STREAM_END
        if atEnd && output.isEmpty {
            finished = true
            if !memberComplete { throw .input(location: path, reason: "gzip data ends early (truncated file?)") }
        }
        return output.isEmpty ? nil : output
    }
}

/// Bytes → text, with the batch-level checks every input gets.
///
/// NUL characters are never stored (SQLite's `length()` and C strings stop at one, so they cut
/// titles and snippets short): a file whose first 8 KB hold a NUL byte is binary and refused;
/// NULs further on in a text file are dropped with a warning naming the file.
enum TextDecoding {
    /// Decodes UTF-8 (or UTF-16, by its byte-order mark or, without one, by its pattern of zero
    /// bytes, or bytes that are not UTF-8 in the legacy encoding the file declares, or, declaring
    /// none read here, in the one its text fits best); invalid sequences become U+FFFD with a warning.
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
                return .failure(
                    .input(location: location, reason: "binary file (contains NUL bytes), not an article" + binaryHint(data)))
            }
            let valid = data.withUnsafeBytes { bytes in String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self) }
            if let valid {
                text = valid
                // ISO-2022-JP is seven-bit: valid UTF-8 that holds the escapes switching to Japanese.
                if hasISO2022Escape(data), case .legacy(let encoding, let label)? = DeclaredCharset.scan(data), encoding.escapes,
                    let decoded = encoding.decode(data)
                {
                    text = decoded.text
                    if decoded.replaced { warnings.append(invalid(location, encoding.name, label)) }
                } else if case .legacy(let encoding, let label)? = DeclaredCharset.scan(data), hasLatinRun(data),
                    let again = EncodingGuess.readAgain(valid, declared: encoding)
                {
                    text = again.text
                    warnings.append(
                        "\(location): \(encoding.name) (declared charset \(label)) that was read as \(again.readAs) and saved as UTF-8; read as \(encoding.name)"
                    )
                }
            } else {
                // Bytes that are not UTF-8 are read in the encoding the file declares, as a browser
                // would; valid UTF-8 never is, as pages that declare Latin-1 and are UTF-8 are common.
                let declared = DeclaredCharset.scan(data)
                if case .legacy(let encoding, let label)? = declared, let decoded = encoding.decode(data) {
                    text = decoded.text
                    if decoded.replaced { warnings.append(invalid(location, encoding.name, label)) }
                } else if EncodingGuess.isMisdeclared(data, declared), let guessed = EncodingGuess.reading(data, declared: declared) {
                    // Declared in no encoding read here, or as UTF-8 with no UTF-8 in it, and not
                    // UTF-8 with a damaged byte: the legacy encoding its text reads best in.
                    text = guessed.text
                    warnings.append(guessedWarning(location, declared, guessed.encoding.name, replaced: guessed.replaced))
                } else {
                    text = String(decoding: data, as: UTF8.self)
                    switch declared {
                    case .legacy(let encoding, let label)?:
                        warnings.append(notRead(location, label, "cannot be read (this system's iconv has no \(encoding.converter))"))
                    case .unknown(let label)?: warnings.append(notRead(location, label, "is not one read here"))
                    case .unicode?, nil: warnings.append("\(location): invalid UTF-8; undecodable bytes were replaced with U+FFFD")
                    }
                }
            }
        }
        let dropped = TextCleaner.dropNUL(&text)
        if dropped > 0 { warnings.append(TextCleaner.nulWarning(location, dropped)) }
        return .success((text, warnings))
    }

    /// Whether UTF-8 holds two characters of Latin-1's upper half in a row (bytes C2 or C3 and
    /// one more, twice): what a legacy page read as a Western encoding is made of, and a page in
    /// UTF-8 of its own seldom holds (a German "öß" does, and is judged further).
    static func hasLatinRun(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 4 else { return false }
            for index in 0..<(bytes.count - 3)
            where (bytes[index] == 0xC2 || bytes[index] == 0xC3) && (bytes[index + 2] == 0xC2 || bytes[index + 2] == 0xC3) {
                return true
            }
            return false
        }
    }

    /// The warning for bytes not valid in the encoding the file declares.
    static func invalid(_ location: String, _ encoding: String, _ label: String) -> String {
        "\(location): invalid \(encoding) (declared charset \(label)); undecodable bytes were replaced with U+FFFD"
    }

    /// The warning for a file read in a guess from its text (EncodingGuess).
    static func guessedWarning(_ location: String, _ declared: DeclaredCharset?, _ encoding: String, replaced: Bool) -> String {
        let declaration =
            switch declared {
            case .unknown(let label)?: ", and its declared charset \(label) is not one read here"
            case .unicode?: ", and though it declares utf-8 no character of it is UTF-8"
            case .legacy?, nil: " and no charset declared"
            }
        return "\(location): invalid UTF-8\(declaration); read as \(encoding), a guess from its text"
            + (replaced ? "; undecodable bytes were replaced with U+FFFD" : "")
    }

    /// The warning for invalid UTF-8 in a file that declares a charset not read, saying why.
    static func notRead(_ location: String, _ label: String, _ why: String) -> String {
        "\(location): invalid UTF-8, and its declared charset \(label) \(why); undecodable bytes were replaced with U+FFFD"
    }

    /// Whether valid UTF-8 holds ISO-2022-JP's switch to a two-byte set (ESC $): text hardly ever
    /// holds an escape character otherwise, and memchr looks for it at memory speed.
    static func hasISO2022Escape(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            guard var next = bytes.baseAddress else { return false }
            let end = next + bytes.count
            while next < end, let escape = memchr(next, 0x1B, end - next) {
                next = UnsafeRawPointer(escape) + 1
                if next < end && next.load(as: UInt8.self) == UInt8(ascii: "$") { return true }
            }
            return false
        }
    }

    /// What a binary file is, from its first bytes, and how to import it: "" when not known.
    static func binaryHint(_ data: Data) -> String {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return "; it is a PDF: convert it to text first (pdftotext FILE.pdf FILE.txt)" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "; it is a zip file: a Word document is read with --input-format docx" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "; it is an old Word or Office file: save it as DOCX and import that" }
        return ""
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
        let descriptor = try openRegular(path)
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(path) }
        // The size as stated, then whatever more the file turns out to hold; the buffer becomes the
        // Data without a copy.
        var capacity = max(Int(info.st_size), 0) + 1
        let outOfMemory = CommentaryError.input(location: path, reason: "cannot be read: not enough memory for \(capacity) bytes")
        guard var buffer = malloc(capacity) else { throw outOfMemory }
        var total = 0
        while true {
            if total == capacity {
                capacity += 1 << 16
                guard let larger = realloc(buffer, capacity) else {
                    free(buffer)
                    throw outOfMemory
                }
                buffer = larger
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

    /// A descriptor open for reading on a regular file. Opening does not wait (a FIFO without a
    /// writer would block `open` forever), and anything but a regular file is refused: a FIFO or
    /// a device (`/dev/urandom`, `/dev/zero`) never ends.
    static func openRegular(_ path: String) throws(CommentaryError) -> Int32 {
        // Through the name's bytes (FileName), so a name that is not UTF-8 opens too.
        let descriptor = open(FileName.systemPath(path), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(path) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = failure(path)
            close(descriptor)
            throw error
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            throw type == S_IFDIR
                ? .input(location: path, reason: "cannot be read (a directory)") : .input(location: path, reason: notRegular(type))
        }
        // Reads of a regular file never wait anyway; blocking mode back for plain read(2).
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// "not a regular file (a FIFO)": what a file of this type is, for the message.
    static func notRegular(_ type: mode_t) -> String {
        let what =
            switch type {
            case S_IFIFO: "a FIFO"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            case S_IFSOCK: "a socket"
            default: "a special file"
            }
        return "not a regular file (\(what)); only regular files are imported"
    }

    /// The error for a path the last system call could not read, with the system's reason.
    static func failure(_ path: String, what: String = "") -> CommentaryError {
        .input(location: path, reason: "\(what)cannot be read (\(String(cString: strerror(errno))))")
    }
}

/// Standard input read up to a limit, so an endless stream (`< /dev/zero`) stops at the limit.
public enum BoundedInput {
    /// At most `limit` bytes of standard input; more are left unread.
    public static func readStandardInput(upTo limit: Int) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < limit {
            let wanted = min(buffer.count, limit - data.count)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, wanted) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            data.append(buffer, count: count)
        }
        return data
    }
}

/// UTF-16 read a chunk at a time into UTF-8, for the inputs read as a stream (CSV, TSV, JSON
/// Lines), as `TextDecoding` reads a whole file: a spreadsheet's "Unicode text" export. A code
/// unit or a surrogate pair cut by a chunk's end waits for the next chunk; a unit that is no
/// character becomes U+FFFD (`replaced`).
struct UTF16Transcoder {
    let bigEndian: Bool
    private var carried: [UInt8] = []
    private var atStart = true
    private(set) var replaced = false

    /// The transcoder for a stream whose first chunk is UTF-16, by its byte-order mark or, without
    /// one, by its pattern of zero bytes; nil for any other stream.
    init?(forOpening chunk: Data) {
        let encoding: String.Encoding?
        if chunk.count >= 2, let marked = TextDecoding.utf16(chunk[chunk.startIndex], chunk[chunk.startIndex + 1]) {
            encoding = marked
        } else if TextDecoding.probeHasNUL(chunk) {
            encoding = TextDecoding.utf16Pattern(chunk)
        } else {
            encoding = nil
        }
        guard let encoding else { return nil }
        bigEndian = encoding == .utf16BigEndian
    }

    /// The UTF-8 of `chunk`, less what waits for the next one (all of it when `final`).
    mutating func convert(_ chunk: Data, final: Bool) -> Data {
        let bytes = carried + chunk
        carried = []
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        if index < bytes.count {
            // An odd byte at the very end is half a unit: no character.
            if final {
                units.append(0xFFFD)
                replaced = true
            } else {
                carried = [bytes[index]]
            }
        }
        // A high surrogate last: its pair starts the next chunk.
        if !final, let last = units.last, (0xD800...0xDBFF).contains(last) {
            units.removeLast()
            carried = Array(bytes[(index - 2)..<index]) + carried
        }
        if atStart, !units.isEmpty {
            atStart = false
            if units[0] == 0xFEFF { units.removeFirst() }
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        if transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false, into: { output.append($0) }) {
            replaced = true
        }
        return Data(output)
    }
}
