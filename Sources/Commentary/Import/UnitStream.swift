import Foundation

// MARK: - Splitting inputs into units

extension Importer {
    /// Splits one input into units: a JSON Lines file streams line by line, anything else is one unit.
    func units(of file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        if file.format == .jsonl {
            streamLines(file, state: state, add: add, progress: progress)
            return
        }
        if file.format == .csv || file.format == .tsv {
            streamRows(file, state: state, add: add, progress: progress)
            return
        }
        // A JSON array, or a wrapper object too large to be one article, streams record by record.
        if file.format == .json, let first = firstByte(of: file),
            first == UInt8(ascii: "[") || first == UInt8(ascii: "{") && file.size > options.maxArticleBytes
        {
            streamRecords(file, state: state, add: add, progress: progress)
            return
        }
        if file.size > options.maxArticleBytes {
            state.fail(.input(location: file.path, reason: "larger than --max-size (\(file.size) bytes > \(options.maxArticleBytes))"))
            progress(file.size)
            return
        }
        progress(file.size)
        add(
            Unit(
                location: file.path, file: file.source, text: "", format: file.format ?? .text, lineNumber: nil,
                standardInput: false, unread: file, resolvedFile: file.resolved))
    }

    /// Reads and decodes a file in a parsing worker.
    func read(_ file: InputFile) -> Unit {
        let data: Data
        do throws(CommentaryError) {
            if file.path.lowercased().hasSuffix(".gz") {
                let input = try ChunkedInput(path: file.path)
                var collected = Data()
                while let chunk = try input.next(path: file.path) {
                    collected.append(chunk)
                    // The size on disk says little about a compressed file: the limit holds once inflated.
                    guard collected.count <= options.maxArticleBytes else {
                        throw .input(
                            location: file.path,
                            reason: "larger than --max-size once decompressed (more than \(options.maxArticleBytes) bytes)")
                    }
                }
                data = collected
            } else {
                data = try WholeFile.read(file.path)
            }
        } catch {
            return Unit(
                location: file.path, file: file.source, text: "", format: .text, lineNumber: nil, standardInput: false, failure: error)
        }
        return decodedUnit(data, file: file)
    }

    func decodedUnit(_ data: Data, file: InputFile) -> Unit {
        let location = file.isStandardInput ? "standard input" : file.path
        if file.format == .docx {
            // A document is a zip of XML: its paragraphs are written out as HTML, kept as the raw
            // text, and read as HTML here and on reprocess.
            do throws(CommentaryError) {
                let html = try DOCXReader.html(data, location: location, limit: options.maxArticleBytes)
                return Unit(
                    location: location, file: file.source, text: html, format: .docx, lineNumber: nil,
                    standardInput: file.isStandardInput, resolvedFile: file.resolved)
            } catch {
                return Unit(
                    location: location, file: file.source, text: "", format: .text, lineNumber: nil,
                    standardInput: file.isStandardInput, failure: error)
            }
        }
        switch TextDecoding.decode(data, location: location) {
        case .success(let (text, warnings)):
            let format = file.format ?? InputFormat.sniff(Substring(text))
            return Unit(
                location: location, file: file.source, text: text, format: format, lineNumber: nil,
                standardInput: file.isStandardInput, warnings: warnings, resolvedFile: file.resolved)
        case .failure(let error):
            return Unit(
                location: location, file: file.source, text: "", format: .text, lineNumber: nil,
                standardInput: file.isStandardInput, failure: error)
        }
    }

    /// Opens `file` to stream it, or reports why it cannot be opened.
    func openStream(_ file: InputFile, state: RunState) -> ChunkedInput? {
        do {
            return try ChunkedInput(path: file.path)
        } catch {
            state.fail(error)
            return nil
        }
    }

    /// Hands each chunk of `input` to `body` while `more` holds, reporting progress. False when
    /// reading fails: what came before the damage is kept, and the file is reported once, for it.
    func readChunks(
        _ input: ChunkedInput, of file: InputFile, state: RunState, progress: (Int) -> Void, while more: () -> Bool = { true },
        _ body: (Data) -> Void
    ) -> Bool {
        var reported = 0
        // A file saved as UTF-16 ("Unicode text", as Excel and Notepad save it) is read as its
        // UTF-8, as a whole file is (TextDecoding).
        var utf16: UTF16Transcoder?
        var opened = false
        do {
            while more(), let chunk = try input.next(path: file.path) {
                if !opened {
                    opened = true
                    utf16 = UTF16Transcoder(forOpening: chunk)
                }
                if var transcoder = utf16 {
                    let converted = transcoder.convert(chunk, final: false)
                    utf16 = transcoder
                    body(converted)
                } else {
                    body(chunk)
                }
                progress(input.bytesRead - reported)
                reported = input.bytesRead
            }
            if var transcoder = utf16 {
                let rest = transcoder.convert(Data(), final: true)
                if !rest.isEmpty { body(rest) }
                if transcoder.replaced {
                    state.report(.warning("\(file.path): invalid UTF-16; undecodable units were replaced with U+FFFD"))
                }
            }
            return true
        } catch {
            state.fail(error)
            return false
        }
    }

    /// Streams a JSON Lines file line by line. Each chunk's bytes are scanned once for line ends,
    /// so a line of any length costs linear time; a line that passes --max-size is refused at
    /// that moment and the rest of it is passed over without being kept.
    func streamLines(_ file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        guard let input = openStream(file, state: state) else { return }
        var lines = LineSplitter(limit: options.maxArticleBytes)
        var lineNumber = 0
        var sawAny = false
        func emit(_ line: Data) {
            lineNumber += 1
            var bytes = line
            if bytes.last == 0x0D { bytes.removeLast() }
            if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
            sawAny = true
            let location = "\(file.path):\(lineNumber)"
            if bytes.count > options.maxArticleBytes {
                state.fail(
                    .input(location: location, reason: "record larger than --max-size (\(bytes.count) bytes > \(options.maxArticleBytes))"))
                return
            }
            if bytes.contains(0) {
                state.fail(.input(location: location, reason: "binary data (NUL bytes) in a JSON line"))
                return
            }
            let text: String
            if let valid = String(validating: bytes, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: bytes, as: UTF8.self)
                state.report(.warning("\(location): invalid UTF-8; undecodable bytes were replaced with U+FFFD"))
            }
            add(
                Unit(
                    location: location, file: file.source, text: text, format: .jsonl, lineNumber: lineNumber, standardInput: false,
                    resolvedFile: file.resolved))
        }
        func handle(_ event: LineSplitter.Event) {
            switch event {
            case .line(let line): emit(line)
            case .tooLong:
                // Refused once, as soon as the line passes the limit; it ends later (or never).
                sawAny = true
                state.fail(
                    .input(
                        location: "\(file.path):\(lineNumber + 1)",
                        reason: "record larger than --max-size (more than \(options.maxArticleBytes) bytes)"))
            case .skippedLineEnded: lineNumber += 1
            }
        }
        guard readChunks(input, of: file, state: state, progress: progress, { lines.feed($0, handle) }) else { return }
        lines.finish(handle)
        if !sawAny {
            state.fail(.input(location: file.path, reason: "empty file (no JSON lines)"))
        }
    }

    /// Streams a CSV or TSV file row by row: the header row first (a file without a text column
    /// is refused as a whole), then a unit per row, each the JSON object its header and cells
    /// spell. A malformed row or one with the wrong number of fields is reported with its line and
    /// the rest goes on; a row longer than --max-size is passed over to the end of its line.
    func streamRows(_ file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        guard let input = openStream(file, state: state) else { return }
        let format = file.format ?? .csv
        var scanner = CSVRecordScanner(
            delimiter: CSVArticleReader.delimiter(format), limit: options.maxArticleBytes, detectingDelimiter: format == .csv)
        var header: CSVArticleReader.Header?
        var refused = false
        var rows = 0
        func handle(_ event: CSVRecordScanner.Event) {
            guard !refused else { return }
            switch event {
            case .record(let fields, let line):
                let location = "\(file.path):\(line)"
                guard let known = header else {
                    if CSVArticleReader.isSeparatorLine(fields, line: line) { return }
                    switch CSVArticleReader.Header.read(fields) {
                    case .success(let read):
                        header = read
                        if let warning = read.repeatedWarning(location) { state.report(.warning(warning)) }
                    case .failure(let refusal):
                        state.fail(.input(location: location, reason: refusal.reason))
                        refused = true
                    }
                    return
                }
                switch known.object(fields) {
                case .success(nil):
                    // A row of empty cells: no record, no failure.
                    break
                case .success(let record?):
                    rows += 1
                    add(
                        Unit(
                            location: location, file: file.source, text: record, format: format, lineNumber: line, standardInput: false,
                            resolvedFile: file.resolved))
                case .failure(let refusal):
                    rows += 1
                    state.fail(.input(location: location, reason: refusal.reason))
                }
            case .malformed(let line, let reason):
                rows += 1
                state.fail(.input(location: "\(file.path):\(line)", reason: "malformed row: \(reason); not read"))
            case .tooLong(let line):
                rows += 1
                state.fail(
                    .input(
                        location: "\(file.path):\(line)", reason: "row larger than --max-size (more than \(options.maxArticleBytes) bytes)")
                )
            }
        }
        // A file that is not UTF-8 (a spreadsheet saved on an older system) is read in the legacy
        // encoding its opening fits, as a page that declares none is (EncodingGuess).
        var transcoder: LegacyTranscoder?
        var opened = false
        func feed(_ chunk: Data) {
            if !opened {
                opened = true
                transcoder = Self.legacyTranscoder(forOpening: chunk)
                if let transcoder {
                    state.report(.warning(TextDecoding.guessedWarning(file.path, nil, transcoder.encoding.name, replaced: false)))
                }
            }
            scanner.feed(transcoder.map { Data($0.convert(chunk, final: false)) } ?? chunk, handle)
        }
        guard readChunks(input, of: file, state: state, progress: progress, while: { !refused }, feed) else { return }
        if let rest = transcoder?.convert(Data(), final: true), !rest.isEmpty { scanner.feed(Data(rest), handle) }
        scanner.finish(handle)
        if transcoder?.replaced == true {
            state.report(.warning("\(file.path): invalid \(transcoder?.encoding.name ?? ""); undecodable bytes were replaced with U+FFFD"))
        }
        if scanner.sawInvalidUTF8 {
            state.report(.warning("\(file.path): invalid UTF-8; undecodable bytes were replaced with U+FFFD"))
        }
        if header == nil, !refused {
            state.fail(.input(location: file.path, reason: "empty file (no header row)"))
        } else if rows == 0, !refused {
            state.fail(.input(location: file.path, reason: "no rows under the header row"))
        }
    }

    /// The converter for a file whose first chunk is not UTF-8 but a legacy encoding's text, judged
    /// on that chunk without the bytes a chunk's end may cut a UTF-8 character at; nil for UTF-8.
    /// In a chunk that is not the whole file, fewer than `leastLegacyBytes` bytes outside UTF-8 are
    /// no evidence: the rest of the file may well be UTF-8, one stray byte damage.
    static func legacyTranscoder(forOpening chunk: Data) -> LegacyTranscoder? {
        let judged = chunk.count > 3 ? chunk.prefix(chunk.count - 3) : chunk
        let whole = chunk.count < ChunkedInput.chunkSize
        guard !judged.isEmpty, String(validating: judged, as: UTF8.self) == nil,
            whole || EncodingGuess.tally(judged).invalid >= leastLegacyBytes,
            EncodingGuess.isLegacy(judged),
            let guessed = EncodingGuess.guess(Data(judged))
        else { return nil }
        return LegacyTranscoder(guessed.encoding)
    }

    static let leastLegacyBytes = 3

    /// The first byte of a file that is not white space or a byte-order mark; nil when there is
    /// none or the file cannot be read (the whole-file path reports why).
    func firstByte(of file: InputFile) -> UInt8? {
        guard let input = try? ChunkedInput(path: file.path) else { return nil }
        while let chunk = try? input.next(path: file.path) {
            if let byte = chunk.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) { return byte }
        }
        return nil
    }

    /// Streams the records of a JSON array, or of a wrapper object's list, one unit each: the file
    /// is never held whole, and each record is decoded alone in a parsing worker.
    func streamRecords(_ file: InputFile, state: RunState, add: (Unit) -> Void, progress: (Int) -> Void) {
        guard let input = openStream(file, state: state) else { return }
        var scanner = JSONRecordScanner(listKeys: JSONArticleReader.listFields, limit: options.maxArticleBytes)
        let maxDepth = scanner.maxDepth
        var severalValues = false
        var reported = 0
        func handle(_ event: JSONRecordScanner.Event) {
            switch event {
            case .record(let bytes, let number):
                let location = "\(file.path) [record \(number)]"
                var warning: String?
                let text: String
                if let valid = String(validating: bytes, as: UTF8.self) {
                    text = valid
                } else {
                    text = String(decoding: bytes, as: UTF8.self)
                    warning = "\(location): invalid UTF-8; undecodable bytes were replaced with U+FFFD"
                }
                add(
                    Unit(
                        location: location, file: file.source, text: text, format: .json, lineNumber: nil, recordNumber: number,
                        standardInput: false, warnings: warning.map { [$0] } ?? [], resolvedFile: file.resolved))
            case .tooLarge(let number):
                state.fail(
                    .input(
                        location: "\(file.path) [record \(number)]",
                        reason: "record larger than --max-size (\(options.maxArticleBytes) bytes)"))
            case .tooDeep(let number):
                state.fail(
                    .input(
                        location: "\(file.path) [record \(number)]",
                        reason: "nested deeper than \(maxDepth) levels of arrays and objects; not read"))
            case .anotherValue:
                severalValues = true
            }
        }
        do {
            while !severalValues, let chunk = try input.next(path: file.path) {
                try scanner.feed(chunk, handle)
                progress(input.bytesRead - reported)
                reported = input.bytesRead
            }
            if severalValues {
                // Several objects one after another: JSON Lines saved as .json.
                streamLines(file, state: state, add: add, progress: { _ in })
                return
            }
            try scanner.finish()
        } catch let error as CommentaryError {
            state.fail(error)
            return
        } catch let failure as JSONRecordScanner.Failure {
            let reason =
                switch failure {
                case .notAnArrayOrObject: "not valid JSON (expected an array or an object)"
                case .unbalanced: "not valid JSON (a closing bracket without its opening one)"
                case .truncated: "not valid JSON (the document ends inside an array, object or string: cut short?)"
                case .trailingData: "not valid JSON (more data after the document)"
                }
            state.fail(.input(location: file.path, reason: reason))
            return
        } catch {
            state.fail(.input(location: file.path, reason: "\(error)"))
            return
        }
        if !scanner.foundRecords {
            state.fail(
                .input(
                    location: file.path,
                    reason:
                        "larger than --max-size (\(file.size) bytes > \(options.maxArticleBytes)) with no list of records (\(JSONArticleReader.listFields.joined(separator: ", "))) in it"
                ))
        } else if !scanner.sawRecords {
            state.fail(.input(location: file.path, reason: "no records (an empty list)"))
        }
    }

}

/// Cuts a byte stream into lines, looking at each byte once. A line longer than `limit` is not
/// kept: `tooLong` is reported when it passes the limit, and `skippedLineEnded` when it ends.
struct LineSplitter {
    enum Event {
        case line(Data)
        case tooLong
        case skippedLineEnded
    }

    let limit: Int
    /// The start of a line whose end has not come yet.
    private var pending = Data()
    /// Inside a line already refused for its length.
    private var skipping = false

    init(limit: Int) {
        self.limit = limit
    }

    mutating func feed(_ chunk: Data, _ handle: (Event) -> Void) {
        chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count {
                guard let found = memchr(base + start, 0x0A, bytes.count - start) else {
                    keep(UnsafeRawBufferPointer(rebasing: bytes[start...]), handle)
                    return
                }
                let newline = base.distance(to: UnsafeRawPointer(found))
                if skipping {
                    skipping = false
                    handle(.skippedLineEnded)
                } else if pending.isEmpty {
                    handle(.line(Data(bytes[start..<newline])))
                } else {
                    keep(UnsafeRawBufferPointer(rebasing: bytes[start..<newline]), handle)
                    if skipping {
                        skipping = false
                        handle(.skippedLineEnded)
                    } else {
                        handle(.line(pending))
                    }
                    pending = Data()
                }
                start = newline + 1
            }
        }
    }

    /// The last line, when the stream does not end with a newline.
    mutating func finish(_ handle: (Event) -> Void) {
        if skipping {
            skipping = false
            handle(.skippedLineEnded)
        } else if !pending.isEmpty {
            handle(.line(pending))
            pending = Data()
        }
    }

    /// Keeps the start of an unfinished line, or refuses it once it passes the limit (with room
    /// for a CR before the newline).
    private mutating func keep(_ bytes: UnsafeRawBufferPointer, _ handle: (Event) -> Void) {
        guard !skipping else { return }
        if pending.count + bytes.count > limit + 1 {
            pending = Data()
            skipping = true
            handle(.tooLong)
            return
        }
        pending.append(contentsOf: bytes)
    }
}
