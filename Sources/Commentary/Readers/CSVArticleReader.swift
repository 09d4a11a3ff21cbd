import Foundation

/// Reads CSV and TSV files, one article per row, as scrapers and spreadsheets export them: the
/// header row names the fields, with the names the JSON reader reads (`title`, `text`, `date`,
/// `author`, `url`, `id` and their aliases, case and surrounding spaces aside). Each row becomes
/// the JSON object its header and cells spell, so a row is read, named and reprocessed exactly as
/// a JSON record is.
public enum CSVArticleReader {
    /// Why a header or a row is not read.
    struct Refusal: Error, Equatable {
        var reason: String
    }

    /// The header row: which column holds which field.
    struct Header {
        let names: [String]

        /// The names the header row gives more than one column: the first such column is read.
        var repeated: [String] {
            var seen: Set<String> = []
            var twice: [String] = []
            for name in names where !name.isEmpty {
                if !seen.insert(name).inserted, !twice.contains(name) { twice.append(name) }
            }
            return twice
        }

        /// The warning for a header row that names a field twice; nil when none is.
        func repeatedWarning(_ location: String) -> String? {
            guard !repeated.isEmpty else { return nil }
            let list = repeated.map { "'\($0)'" }.joined(separator: ", ")
            return "\(location): the header row names \(list) more than once; the first such column is read, the others left out"
        }

        /// Nil, with the reason, when no column holds article text.
        static func read(_ fields: [String]) -> Result<Header, Refusal> {
            let names = fields.map { $0.trimmingSpacesAndNewlines().lowercased() }
            guard names.contains(where: JSONArticleReader.textFields.contains) else {
                let shown = names.prefix(12).map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: ", ")
                return .failure(
                    Refusal(
                        reason:
                            "no text column in the header row (looked for: \(JSONArticleReader.textFields.joined(separator: ", "))); its columns are: \(shown)"
                    ))
            }
            return .success(Header(names: names))
        }

        /// A row as the JSON object its header spells (keys sorted), or the reason it is refused;
        /// nil for a row of empty cells (a spreadsheet's trailing ",,,,"), which is no record.
        func object(_ row: [String]) -> Result<String?, Refusal> {
            if row.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return .success(nil) }
            guard row.count == names.count else {
                return .failure(
                    Refusal(
                        reason:
                            "\(row.count) field\(row.count == 1 ? "" : "s") where the header row has \(names.count); this row was not read")
                )
            }
            var object: [String: String] = [:]
            for (name, value) in zip(names, row) where !name.isEmpty && object[name] == nil && !value.isEmpty {
                object[name] = value
            }
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
                return .failure(Refusal(reason: "cannot be written as a record"))
            }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }

    /// Excel's first line naming the delimiter, `sep=;` (read with it: "sep=" and an empty field):
    /// no header row, and passed over.
    static func isSeparatorLine(_ fields: [String], line: Int) -> Bool {
        guard line == 1, let first = fields.first, (1...2).contains(fields.count), first.count <= 5 else { return false }
        return first.lowercased().hasPrefix("sep=") && fields.dropFirst().allSatisfy(\.isEmpty)
    }

    static func delimiter(_ format: InputFormat) -> UInt8 {
        format == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    }

    /// Reads a whole CSV or TSV document: the header row, then an article per row, named as
    /// records of `file` are.
    ///
    /// ```swift
    /// let outcome = CSVArticleReader.read("title,text\nKenya,Geothermal power grew.\n", format: .csv, file: "a.csv")
    /// ```
    public static func read(_ text: String, format: InputFormat, file: String, limit: Int = .max) -> ReadOutcome {
        readDocument(text, format: format, file: file, place: file, limit: limit)
    }

    /// Reads a whole CSV or TSV document (standard input): the header, then a record per row;
    /// `place` names it in messages (`place:LINE`).
    static func readDocument(_ text: String, format: InputFormat, file: String, place: String, limit: Int) -> ReadOutcome {
        var outcome = ReadOutcome()
        var scanner = CSVRecordScanner(delimiter: delimiter(format), limit: limit, detectingDelimiter: format == .csv)
        var header: Header?
        var refused = false
        func handle(_ event: CSVRecordScanner.Event) {
            guard !refused else { return }
            switch event {
            case .record(let fields, let line):
                guard let known = header else {
                    if isSeparatorLine(fields, line: line) { return }
                    switch Header.read(fields) {
                    case .success(let read):
                        header = read
                        if let warning = read.repeatedWarning("\(place):\(line)") { outcome.warnings.append(warning) }
                    case .failure(let refusal):
                        outcome.failures.append(.input(location: "\(place):\(line)", reason: refusal.reason))
                        refused = true
                    }
                    return
                }
                switch known.object(fields) {
                case .success(nil):
                    break
                case .success(let record?):
                    outcome.collect(row(record, file: file, line: line, location: "\(place):\(line)"))
                case .failure(let refusal):
                    outcome.failures.append(.input(location: "\(place):\(line)", reason: refusal.reason))
                }
            case .malformed(let line, let reason):
                outcome.failures.append(.input(location: "\(place):\(line)", reason: "malformed row: \(reason); not read"))
            case .tooLong(let line):
                outcome.failures.append(
                    .input(location: "\(place):\(line)", reason: "row larger than --max-size (more than \(limit) bytes)"))
            }
        }
        scanner.feed(Data(text.utf8), handle)
        scanner.finish(handle)
        if header == nil, outcome.failures.isEmpty {
            outcome.failures.append(.input(location: place, reason: "empty file (no header row)"))
        }
        return outcome
    }

    /// One row, already written as its JSON object, read as a record of its file.
    static func row(_ record: String, file: String, line: Int, location: String) -> Result<RawArticle, CommentaryError> {
        JSONArticleReader.readLine(Substring(record), file: file, number: line, location: location).map { raw in
            var raw = raw
            // Rows were never named by position: no older name to look for.
            raw.positionalSource = nil
            return raw
        }
    }
}
