import Foundation

/// A dictionary of categories, each one or more queries in the search language: the input of
/// `code`. Read from a small YAML form or from CSV:
///
/// ```yaml
/// # a comment
/// trade:
///   - tariff*
///   - "supply chain"
/// security: military OR defence
/// ```
///
/// ```csv
/// category,query
/// trade,tariff*
/// trade,"""supply chain"""
/// ```
public struct Codebook: Sendable, Equatable {
    public struct Category: Sendable, Equatable {
        public var name: String
        public var queries: [String]
    }

    public var categories: [Category]

    /// Reads `text` as CSV when `csv`, else as the YAML form. A line that cannot be read is a usage
    /// error naming `name` and the line.
    public init(parsing text: String, name: String, csv: Bool) throws(CommentaryError) {
        categories = []
        if csv { try readCSV(text, name: name) } else { try readYAML(text, name: name) }
        guard !categories.isEmpty else { throw .usage("\(name): no categories in the dictionary") }
        for category in categories where category.queries.isEmpty {
            throw .usage("\(name): category '\(category.name)' has no query")
        }
        for category in categories {
            for query in category.queries {
                do { _ = try SearchQuery(parsing: query) } catch {
                    throw .usage("\(name): category '\(category.name)', query '\(query)': \(error.description)")
                }
            }
        }
    }

    private mutating func add(_ category: String, _ query: String?, name: String, line: Int) throws(CommentaryError) {
        let label = category.trimmingSpaces()
        guard !label.isEmpty else { throw .usage("\(name):\(line): a category needs a name") }
        if let index = categories.firstIndex(where: { $0.name == label }) {
            if let query { categories[index].queries.append(query) }
        } else {
            categories.append(Category(name: label, queries: query.map { [$0] } ?? []))
        }
    }

    // MARK: - YAML

    /// `name:` then `- query` lines, or `name: query` on one line; `#` comments, blank lines.
    private mutating func readYAML(_ text: String, name: String) throws(CommentaryError) {
        var current: String?
        // A key said twice is an error in YAML, and YAML readers that take it keep only the last:
        // refused, so that a dictionary means here what it means to any other reader of it.
        var keyLines: [String: Int] = [:]
        // (At any line end: "\r\n", one Character in Swift, is no "\n".)
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = offset + 1
            let content = Self.withoutComment(String(raw)).trimmingSpaces()
            guard !content.isEmpty else { continue }
            let indented = raw.first == " " || raw.first == "\t"
            if content.hasPrefix("-") {
                guard let category = current, indented || raw.first == "-" else {
                    throw .usage("\(name):\(line): a '- query' line needs a 'category:' line above it")
                }
                let query = try Self.scalar(String(content.dropFirst()), name: name, line: line)
                guard !query.isEmpty else { throw .usage("\(name):\(line): an empty query") }
                try add(category, query, name: name, line: line)
                continue
            }
            guard !indented else { throw .usage("\(name):\(line): expected 'category:' or '- query', found '\(content)'") }
            guard let colon = Self.firstUnquotedColon(content) else {
                throw .usage("\(name):\(line): expected 'category:' or 'category: query', found '\(content)'")
            }
            let category = try Self.scalar(String(content[..<colon]), name: name, line: line)
            let rest = content[content.index(after: colon)...].trimmingSpaces()
            let query = rest.isEmpty ? nil : try Self.scalar(rest, name: name, line: line)
            let label = category.trimmingSpaces()
            if let first = keyLines[label] {
                throw .usage(
                    "\(name):\(line): category '\(label)' is already named on line \(first); list all its queries under one '\(label):'")
            }
            keyLines[label] = line
            try add(category, query, name: name, line: line)
            current = category.trimmingSpaces()
        }
    }

    /// A YAML scalar: plain, 'single-quoted' ('' for a quote) or "double-quoted" (\" and \\).
    static func scalar(_ text: String, name: String, line: Int) throws(CommentaryError) -> String {
        let value = text.trimmingSpaces()
        guard let first = value.first, first == "'" || first == "\"" else { return value }
        guard value.count >= 2, value.last == first else { throw .usage("\(name):\(line): an unclosed quote in \(value)") }
        let inner = String(value.dropFirst().dropLast())
        if first == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The line up to a `#` that starts a comment (at the start or after a space, outside quotes).
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for (index, character) in zip(line.indices, line) {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#" && (previous == " " || previous == "\t") {
                return String(line[..<index])
            }
            previous = character
        }
        return line
    }

    static func firstUnquotedColon(_ text: String) -> String.Index? {
        var quote: Character?
        for (index, character) in zip(text.indices, text) {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == ":" {
                return index
            }
        }
        return nil
    }

    // MARK: - CSV

    /// Two columns, category and query, per RFC 4180; a first row `category,query` is a header.
    private mutating func readCSV(_ text: String, name: String) throws(CommentaryError) {
        for (line, fields) in try Self.csvRecords(text, name: name) {
            if fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            guard fields.count == 2 else {
                throw .usage("\(name):\(line): expected two fields, category and query; found \(fields.count)")
            }
            if line == 1 && fields[0].lowercased() == "category" && fields[1].lowercased() == "query" { continue }
            let query = fields[1].trimmingSpaces()
            guard !query.isEmpty else { throw .usage("\(name):\(line): an empty query") }
            try add(fields[0], query, name: name, line: line)
        }
    }

    /// Records with the line each starts on.
    static func csvRecords(_ text: String, name: String) throws(CommentaryError) -> [(Int, [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character == "\"" {
                    if index < characters.count && characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n":
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                afterQuote = false
                line += 1
                recordLine = line
            default:
                guard !afterQuote else { throw .usage("\(name):\(line): text after a closing quote") }
                field.append(character)
            }
        }
        if quoted { throw .usage("\(name):\(recordLine): a quoted field is never closed") }
        return records
    }
}
