import Foundation

/// The compact binary form in which the importer and its worker processes exchange units of work
/// and their results: LEB128 integers, length-prefixed UTF-8 strings, a flag byte before each
/// optional, a case of a fixed set (a paragraph kind, an entity kind) as its position in one byte. Both ends are the same binary, so there is no versioning; a message that does not
/// parse is treated like a worker that died.
struct WireWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 14)
    }

    mutating func integer(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func optional(_ value: Int?) {
        bool(value != nil)
        if let value { integer(value) }
    }

    /// A case as its position among all cases: no string to make at either end.
    mutating func enumCase<T: CaseIterable & Equatable>(_ value: T) where T.AllCases == [T] {
        bytes.append(UInt8(truncatingIfNeeded: T.allCases.firstIndex(of: value) ?? 0))
    }

    mutating func optionalCase<T: CaseIterable & Equatable>(_ value: T?) where T.AllCases == [T] {
        bool(value != nil)
        if let value { enumCase(value) }
    }
}

/// Reads what `WireWriter` wrote; every read throws `WireError` past the end or on a bad value.
struct WireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func integer() throws(WireError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw WireError() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value))
    }

    mutating func bool() throws(WireError) -> Bool {
        guard offset < bytes.count else { throw WireError() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func string() throws(WireError) -> String {
        let count = try integer()
        guard count >= 0, count <= bytes.count - offset else { throw WireError() }
        let text = bytes[offset..<offset + count].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        offset += count
        return text
    }

    mutating func optionalString() throws(WireError) -> String? {
        try bool() ? try string() : nil
    }

    mutating func optionalInteger() throws(WireError) -> Int? {
        try bool() ? try integer() : nil
    }

    mutating func value<T: RawRepresentable>(_: T.Type) throws(WireError) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw WireError() }
        return value
    }

    /// A case written by `WireWriter.enumCase(_:)`.
    mutating func enumCase<T: CaseIterable>(_: T.Type) throws(WireError) -> T where T.AllCases == [T] {
        guard offset < bytes.count else { throw WireError() }
        let position = Int(bytes[offset])
        offset += 1
        let cases = T.allCases
        guard position < cases.count else { throw WireError() }
        return cases[position]
    }

    mutating func optionalCase<T: CaseIterable>(_: T.Type) throws(WireError) -> T? where T.AllCases == [T] {
        try bool() ? try enumCase(T.self) : nil
    }
}

/// A message that does not parse.
struct WireError: Error {}

// MARK: - What crosses the pipe

extension WireWriter {
    mutating func options(_ options: ImportOptions, aliases: AliasTable) {
        optional(options.sourceName)
        integer(options.maxArticleBytes)
        optional(options.format?.rawValue)
        integer(aliases.entries.count)
        for (alias, target) in aliases.entries.sorted(by: { $0.key < $1.key }) {
            string(alias)
            string(target.name)
            string(target.kind.rawValue)
        }
    }

    mutating func unit(_ unit: Importer.Unit) {
        string(unit.location)
        string(unit.file)
        string(unit.text)
        string(unit.format.rawValue)
        optional(unit.lineNumber)
        optional(unit.recordNumber)
        bool(unit.standardInput)
        integer(unit.warnings.count)
        for warning in unit.warnings { string(warning) }
        optional(unit.resolvedFile)
        bool(unit.unread != nil)
        if let file = unit.unread {
            string(file.path)
            string(file.source)
            optional(file.format?.rawValue)
            integer(file.size)
            bool(file.isStandardInput)
            optional(file.resolved)
        }
    }

    mutating func parsed(_ parsed: Importer.Parsed) {
        integer(parsed.articles.count)
        for article in parsed.articles { self.article(article) }
        integer(parsed.failures.count)
        for failure in parsed.failures { error(failure) }
        integer(parsed.warnings.count)
        for warning in parsed.warnings { string(warning) }
    }

    mutating func error(_ error: CommentaryError) {
        switch error {
        case .usage(let message):
            integer(0)
            string(message)
        case .archive(let path, let reason):
            integer(1)
            string(path)
            string(reason)
        case .input(let location, let reason):
            integer(2)
            string(location)
            string(reason)
        case .query(let message):
            integer(3)
            string(message)
        case .failure(let message):
            integer(4)
            string(message)
        }
    }

    mutating func article(_ article: Article) {
        string(article.source)
        string(article.contentHash)
        for field in [
            article.title, article.author, article.authorDescription, article.outlet, article.published,
            article.publishedTime, article.url, article.language, article.inputFormat?.rawValue, article.positionalSource,
            article.resolvedSource,
        ] {
            optional(field)
        }
        string(article.rawText)
        integer(article.paragraphs.count)
        for paragraph in article.paragraphs {
            enumCase(paragraph.kind)
            string(paragraph.text)
        }
        integer(article.captions.count)
        for caption in article.captions {
            integer(caption.paragraphIndex)
            string(caption.text)
            optional(caption.credit)
            optional(caption.date)
        }
        integer(article.mentions.count)
        for mention in article.mentions {
            string(mention.name)
            enumCase(mention.kind)
            span(mention.span)
            string(mention.surface)
        }
        integer(article.dates.count)
        for date in article.dates {
            span(date.span)
            string(date.surface)
            optional(date.value)
            enumCase(date.precision)
            enumCase(date.resolution)
            optionalCase(date.anchor)
        }
    }

    mutating func span(_ span: TextSpan) {
        integer(span.paragraphIndex)
        integer(span.start)
        integer(span.length)
    }
}

extension WireReader {
    mutating func options() throws(WireError) -> (ImportOptions, AliasTable) {
        var options = ImportOptions()
        options.sourceName = try optionalString()
        options.maxArticleBytes = try integer()
        options.format = try optionalString().flatMap(InputFormat.init(rawValue:))
        var entries: [String: AliasTable.Target] = [:]
        for _ in 0..<(try count()) {
            let alias = try string()
            entries[alias] = AliasTable.Target(name: try string(), kind: try value(EntityKind.self))
        }
        return (options, AliasTable(entries))
    }

    mutating func unit() throws(WireError) -> Importer.Unit {
        var unit = Importer.Unit(
            location: try string(), file: try string(), text: try string(), format: try value(InputFormat.self),
            lineNumber: try optionalInteger(), recordNumber: try optionalInteger(), standardInput: try bool())
        for _ in 0..<(try count()) { unit.warnings.append(try string()) }
        unit.resolvedFile = try optionalString()
        if try bool() {
            unit.unread = Importer.InputFile(
                path: try string(), source: try string(), format: try optionalString().flatMap(InputFormat.init(rawValue:)),
                size: try integer(), isStandardInput: try bool(), resolved: try optionalString())
        }
        return unit
    }

    mutating func parsed() throws(WireError) -> Importer.Parsed {
        var parsed = Importer.Parsed()
        for _ in 0..<(try count()) { parsed.articles.append(try article()) }
        for _ in 0..<(try count()) { parsed.failures.append(try error()) }
        for _ in 0..<(try count()) { parsed.warnings.append(try string()) }
        return parsed
    }

    mutating func error() throws(WireError) -> CommentaryError {
        switch try integer() {
        case 0: return .usage(try string())
        case 1: return .archive(path: try string(), reason: try string())
        case 2: return .input(location: try string(), reason: try string())
        case 3: return .query(try string())
        case 4: return .failure(try string())
        default: throw WireError()
        }
    }

    mutating func article() throws(WireError) -> Article {
        var article = Article(source: try string(), contentHash: try string(), rawText: "")
        article.title = try optionalString()
        article.author = try optionalString()
        article.authorDescription = try optionalString()
        article.outlet = try optionalString()
        article.published = try optionalString()
        article.publishedTime = try optionalString()
        article.url = try optionalString()
        article.language = try optionalString()
        article.inputFormat = try optionalString().flatMap(InputFormat.init(rawValue:))
        article.positionalSource = try optionalString()
        article.resolvedSource = try optionalString()
        article.rawText = try string()
        for _ in 0..<(try count()) {
            article.paragraphs.append(Paragraph(kind: try enumCase(ParagraphKind.self), text: try string()))
        }
        for _ in 0..<(try count()) {
            article.captions.append(
                Caption(paragraphIndex: try integer(), text: try string(), credit: try optionalString(), date: try optionalString()))
        }
        for _ in 0..<(try count()) {
            article.mentions.append(
                EntityMention(name: try string(), kind: try enumCase(EntityKind.self), span: try span(), surface: try string()))
        }
        for _ in 0..<(try count()) {
            article.dates.append(
                DateMention(
                    span: try span(), surface: try string(), value: try optionalString(), precision: try enumCase(DatePrecision.self),
                    resolution: try enumCase(DateResolution.self), anchor: try optionalCase(DateAnchor.self)))
        }
        return article
    }

    mutating func span() throws(WireError) -> TextSpan {
        TextSpan(paragraphIndex: try integer(), start: try integer(), length: try integer())
    }

    /// A count of items that follow: never negative, never more than the bytes left.
    mutating func count() throws(WireError) -> Int {
        let count = try integer()
        guard count >= 0, count <= 1 << 28 else { throw WireError() }
        return count
    }
}
