import Foundation

/// Reads scraper output: one JSON object, a JSON array of objects, or JSON Lines, with the field
/// names trafilatura, newspaper and most home-grown scrapers write (first present wins).
public enum JSONArticleReader {
    static let titleFields = ["title", "title_page", "headline"]
    static let authorFields = ["author", "authors", "byline"]
    static let outletFields = ["outlet", "media_name", "sitename", "source-hostname", "source_domain", "hostname"]
    static let publishedFields = [
        "published", "date_publish", "publish_date", "date", "datePublished", "published_at", "publishedAt", "pubDate",
        "published_date", "date_published",
    ]
    static let urlFields = ["url", "source", "link"]
    static let textFields = ["text", "maintext", "body", "content", "raw_text"]
    static let languageFields = ["language", "lang"]

    /// A field's value; a CSV's header names its fields in lower case ("publishedat").
    static func value(_ object: [String: Any], _ field: String) -> Any? {
        object[field] ?? object[field.lowercased()]
    }

    /// Reads a whole JSON document (an object or an array of objects).
    public static func readDocument(_ text: String, file: String, location: String? = nil) -> ReadOutcome {
        let place = location ?? file
        var outcome = ReadOutcome()
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            // JSON Lines saved as .json: one object per line.
            if looksLikeLines(text) { return readLines(text, file: file, place: place) }
            outcome.failures.append(.input(location: place, reason: "not valid JSON (\(describe(error)))"))
            return outcome
        }
        // {"status": "ok", "articles": [...]}: a list of records inside a wrapper object.
        if let object = value as? [String: Any], firstString(object, textFields) == nil,
            let list = listFields.lazy.compactMap({ object[$0] as? [Any] }).first
        {
            return readDocument(list, text: text, file: file, place: place)
        }
        return readDocument(value, text: text, file: file, place: place)
    }

    /// Paragraph or line-break tags: text that is HTML. Not prose that names a tag ("a <br> tag"):
    /// markup closes its paragraphs or divisions, or sets two tags of them; one alone is markup
    /// only in a text with no blank lines between its paragraphs.
    static func looksLikeHTML(_ text: String) -> Bool {
        if ASCIIMatch.contains(text, "</p>") || ASCIIMatch.contains(text, "</div>") { return true }
        let tags = ["<p>", "<p ", "<br"].reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
        guard tags > 0 else { return false }
        return tags >= 2 || (!text.contains("\n\n") && !text.contains("\r\n\r\n"))
    }

    /// A text field's paragraphs: read as HTML when it looks like HTML and opens no element that
    /// would take the rest of the text as its own, unclosed (prose that names one: "the <script>
    /// element runs …" lost what followed the name to the element); else as it is.
    static func paragraphsText(_ text: String, location: String) -> String {
        guard looksLikeHTML(text), !opensRawElement(text),
            case .success(let page) = HTMLArticleReader.read(text, source: location, fragment: true)
        else { return text }
        return page.text
    }

    /// Whether the text opens an element whose content an HTML parser reads as raw text or moves
    /// out of the body (`<script>`, `<style>`, `<title>`, `<textarea>` …) and never closes it.
    static func opensRawElement(_ text: String) -> Bool {
        guard text.contains("<") else { return false }
        let lower = text.lowercased()
        return rawElements.contains { name in
            (lower.contains("<\(name)>") || lower.contains("<\(name) ")) && !lower.contains("</\(name)")
        }
    }

    static let rawElements = ["script", "style", "title", "textarea", "xmp", "iframe", "noscript", "template", "plaintext", "head"]

    /// Keys under which a wrapper object keeps its records.
    static let listFields = ["articles", "items", "records", "results", "data", "docs"]

    /// The lines of a document; "\r\n" is one Character in Swift, so lines end at either.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// A whole JSON Lines document, line by line; `place` names it in messages (`place:N`).
    public static func readLines(_ text: String, file: String, place: String) -> ReadOutcome {
        var outcome = ReadOutcome()
        for (index, line) in lines(text).enumerated() where !line.allSatisfy(\.isWhitespace) {
            outcome.collect(readLine(line, file: file, number: index + 1, location: "\(place):\(index + 1)"))
        }
        return outcome
    }

    /// Two or more lines that each open with "{": JSON Lines, whatever the file is called.
    static func looksLikeLines(_ text: String) -> Bool {
        let filled = lines(text).filter { !$0.allSatisfy(\.isWhitespace) }
        return filled.count >= 2 && filled.allSatisfy { $0.drop(while: \.isWhitespace).first == "{" }
    }

    static func readDocument(_ value: Any, text: String, file: String, place: String) -> ReadOutcome {
        var outcome = ReadOutcome()
        if let object = value as? [String: Any] {
            outcome.collect(article(object, rawText: text, file: file, number: nil, location: place))
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() {
                outcome.collect(record(element, file: file, number: index + 1, location: "\(place) [record \(index + 1)]"))
            }
        } else {
            outcome.failures.append(.input(location: place, reason: "expected a JSON object or an array of objects"))
        }
        return outcome
    }

    /// Reads one record of a JSON array (or of a wrapper object's list), given alone: what a
    /// streamed `.json` file hands over record by record. `number` is its 1-based position.
    public static func readRecord(_ text: String, file: String, number: Int, location: String) -> Result<RawArticle, CommentaryError> {
        do {
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return record(value, file: file, number: number, location: location)
        } catch {
            return .failure(.input(location: location, reason: "not valid JSON (\(describe(error)))"))
        }
    }

    /// An element of an array of records; its raw text is the object written again with sorted keys.
    static func record(_ element: Any, file: String, number: Int, location: String) -> Result<RawArticle, CommentaryError> {
        guard let object = element as? [String: Any] else {
            return .failure(.input(location: location, reason: "expected a JSON object"))
        }
        let raw =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        return article(object, rawText: raw, file: file, number: number, location: location)
    }

    /// Reads one line of a JSON Lines file; `number` is its 1-based line number.
    public static func readLine(_ line: Substring, file: String, number: Int, location: String) -> Result<RawArticle, CommentaryError> {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            return .failure(.input(location: location, reason: "malformed JSON line (\(describe(error)))"))
        }
        guard let object = value as? [String: Any] else {
            return .failure(.input(location: location, reason: "expected a JSON object on this line"))
        }
        return article(object, rawText: String(line), file: file, number: number, location: location)
    }

    static func article(
        _ object: [String: Any], rawText: String, file: String, number: Int?,
        location: String
    ) -> Result<RawArticle, CommentaryError> {
        guard var text = firstString(object, textFields), !text.allSatisfy(\.isWhitespace) else {
            return .failure(.input(location: location, reason: "no article text (looked for: \(textFields.joined(separator: ", ")))"))
        }
        // Scrapers often keep the page's HTML in the text field: its paragraphs, not its tags.
        text = paragraphsText(text, location: location)
        var metadata = ArticleMetadata()
        // WordPress's `title.rendered` is HTML, its punctuation as entities (`CBN&#8217;s`).
        metadata.title = firstString(object, titleFields).map { title in
            guard title.contains("&") || title.contains("<"),
                case .success(let read) = HTMLArticleReader.read("<p>\(title)</p>", source: location, fragment: true),
                !read.text.isEmpty
            else { return title }
            return read.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        metadata.author = authorField(object)
        metadata.outlet = firstString(object, outletFields).map(OutletName.fromHost)
        metadata.url = firstString(object, urlFields)
        // No outlet field: the url's host names it when the host spells a known outlet
        // (globaltimes.cn, scmp.com); other hosts leave it to the text (the editor's note, a byline).
        if metadata.outlet == nil, let url = metadata.url { metadata.outlet = OutletName.knownName(ofHost: url) }
        metadata.language = firstString(object, languageFields)
        var warnings: [String] = []
        if let published = publishedValue(object) {
            (metadata.published, metadata.publishedTime) = PublicationDate.parse(published)
            // A date that is none, or none of a day, is said, not dropped unseen.
            // (The value as given stays in `publishedTime`.)
            if metadata.published == nil {
                metadata.publishedTime = published
                warnings.append(
                    "\(location): its date '\(published)' is no full date read here (a day as YYYY-MM-DD, a timestamp or words); stored undated"
                )
            } else if let day = metadata.published, let year = Int(day.prefix(4)), year > PublicationDate.latestYear {
                warnings.append("\(location): its date '\(published)' is years ahead; stored undated")
                (metadata.published, metadata.publishedTime) = (nil, published)
            }
        }
        let id: String? =
            switch object["id"] {
            case let string as String: string
            case let number as NSNumber: number.stringValue
            default: nil
            }
        // A single object is the file itself; a record of an array or a JSON Lines file is named by
        // its id, else its url, else its text (RecordIdentity), never by its position.
        guard let number else {
            var raw = RawArticle(source: id.map { "\(file)#\($0)" } ?? file, rawText: rawText, text: text, metadata: metadata)
            raw.warnings = warnings
            return .success(raw)
        }
        let key = RecordIdentity.key(id: id, url: metadata.url)
        var raw = RawArticle(source: key.map { "\(file)#\($0)" } ?? file, rawText: rawText, text: text, metadata: metadata)
        raw.warnings = warnings
        raw.namedByText = key == nil
        if RecordIdentity.key(id: id, url: nil) == nil { raw.positionalSource = RecordIdentity.positional(file, number: number) }
        return .success(raw)
    }

    /// The first date field's value as text. A number, or a string of digits alone, is a Unix time
    /// of 10 to 13 digits (seconds, or milliseconds as JavaScript gives it), written out as UTC, or
    /// a day of 8 (`20230515`); any other number stays as written, for the warning. A list or an
    /// object is read as text fields are.
    private static func publishedValue(_ object: [String: Any]) -> String? {
        func digits(_ text: String) -> String? {
            guard (8...13).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if text.count == 8 { return "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))" }
            guard text.count >= 10, let value = Double(text) else { return nil }
            return PublicationDate.unixTime(value)
        }
        for field in publishedFields {
            switch Self.value(object, field) {
            case let number as NSNumber where !(number is Bool):
                return digits(number.stringValue) ?? number.stringValue
            case let string as String where !string.trimmingSpaces().isEmpty:
                return digits(string.trimmingSpaces()) ?? string
            case .some:
                if let text = firstString(object, [field]) { return text }
            default: continue
            }
        }
        return nil
    }

    /// The first field holding text: a string, a list of strings (Scrapy's `getall()`, joined one
    /// per line) or an object with `rendered` (WordPress).
    private static func firstString(_ object: [String: Any], _ fields: [String]) -> String? {
        for field in fields {
            let value: String?
            switch Self.value(object, field) {
            case let string as String: value = string
            case let list as [Any]:
                let parts = list.compactMap { $0 as? String }
                value = parts.isEmpty ? nil : parts.joined(separator: "\n")
            case let nested as [String: Any]: value = nested["rendered"] as? String
            default: value = nil
            }
            if let value, !value.trimmingSpacesAndNewlines().isEmpty { return value }
        }
        return nil
    }

    private static func authorField(_ object: [String: Any]) -> String? {
        for field in authorFields {
            switch Self.value(object, field) {
            case let string as String where !string.trimmingSpaces().isEmpty:
                return AuthorList.tidy(string.trimmingSpaces())
            case let list as [Any]:
                let names = list.compactMap { item -> String? in
                    if let name = item as? String { return name }
                    return (item as? [String: Any])?["name"] as? String
                }.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                if !names.isEmpty { return names.joined(separator: "; ") }
            default:
                continue
            }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}

/// What a reader found in one input: articles, per-record failures and warnings.
public struct ReadOutcome: Sendable {
    public var articles: [RawArticle] = []
    public var failures: [CommentaryError] = []
    public var warnings: [String] = []

    public init() {}

    mutating func collect(_ result: Result<RawArticle, CommentaryError>) {
        switch result {
        case .success(let article):
            warnings += article.warnings
            articles.append(article)
        case .failure(let error): failures.append(error)
        }
    }
}

/// Publication dates as sources give them.
public enum PublicationDate {
    /// The latest year a publication date may name: next year's (a piece dated ahead by a time
    /// zone or an embargo); later is a slip of the keys ("2924-03-01").
    static var latestYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) + 1 }

    /// A Unix time as an ISO timestamp in UTC: seconds, or milliseconds (13 digits); nil outside
    /// 1970-2200.
    static func unixTime(_ value: Double) -> String? {
        let seconds = value >= 100_000_000_000 ? value / 1000 : value
        guard seconds >= 0, seconds < 7_258_118_400 else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// `2024-01-10T23:30:00+08:00` → (`2024-01-10`, the timestamp as given): the local date as
    /// written, never shifted to UTC. Dates in words go through the date extractor's parser.
    public static func parse(_ text: String) -> (date: String?, timestamp: String?) {
        let trimmed = text.trimmingSpacesAndNewlines()
        let scalars = Array(trimmed.unicodeScalars)
        func digit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        if scalars.count >= 10, (0..<4).allSatisfy(digit), scalars[4] == "-", digit(5), digit(6), scalars[7] == "-", digit(8), digit(9) {
            let date = String(String.UnicodeScalarView(scalars[0..<10]))
            let hasTime = scalars.count > 10
            return (DateArithmetic.isValidISO(date) ? date : nil, hasTime ? trimmed : nil)
        }
        if let date = numericDayMonthYear(scalars) {
            return (date, scalars.count > 10 ? trimmed : nil)
        }
        if let date = weekdayMonthDayYear(trimmed) { return (date, trimmed) }
        if let date = foreignDayMonthYear(trimmed) { return (date, trimmed) }
        if let found = DateExtractor.parseStandalone(trimmed) {
            return (found, trimmed.count > 11 && trimmed.contains(":") ? trimmed : nil)
        }
        // A time of day and a zone's letters between the day and the year, as Java's Date writes
        // it (`Mon Aug 03 12:45:00 EDT 2015`): the date without them.
        let words = trimmed.split(separator: " ")
        let dateWords = words.filter { word in
            !word.contains(":") && !(2...5 ~= word.count && word.allSatisfy { $0.isASCII && $0.isUppercase })
        }
        if dateWords.count < words.count, dateWords.count >= 3,
            let found = DateExtractor.parseStandalone(dateWords.joined(separator: " "))
        {
            return (found, trimmed)
        }
        return (nil, trimmed.isEmpty ? nil : trimmed)
    }

    /// The date in a story's address: a year, month and day as path segments of their own
    /// (`/2025/12/16/the-best-board-games`) or one segment `2025-12-16`; nil when none makes a date.
    public static func inAddress(_ url: String) -> String? {
        let path = url.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "#", maxSplits: 1).first ?? $0 } ?? ""
        let segments = path.split(separator: "/").map(String.init)
        func number(_ text: String, digits: ClosedRange<Int>) -> Int? {
            digits.contains(text.count) && text.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(text) : nil
        }
        for index in segments.indices {
            if index + 2 < segments.count, let year = number(segments[index], digits: 4...4), (1990...2100).contains(year),
                let month = number(segments[index + 1], digits: 1...2), let day = number(segments[index + 2], digits: 1...2),
                let found = date(year, month: month, day: day)
            {
                return found.iso
            }
            let parts = segments[index].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, let year = number(parts[0], digits: 4...4), (1990...2100).contains(year),
                let month = number(parts[1], digits: 2...2), let day = number(parts[2], digits: 2...2),
                let found = date(year, month: month, day: day)
            {
                return found.iso
            }
        }
        return nil
    }

    /// Drupal's default format for a moment, `Thu, 09/25/2025 - 11:38`: the day of the week, the
    /// numeric date, a dash, the time. The date is month first by default and day first where a
    /// site set it so: the order whose date falls on the weekday given, else the only order that
    /// makes a date.
    static func weekdayMonthDayYear(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count == 4, words[2] == "-", words[3].contains(":"), words[0].hasSuffix(","),
            let weekday = weekdays.firstIndex(of: words[0].dropLast().lowercased()),
            let (a, b, year) = numericParts(words[1])
        else { return nil }
        let orders = [date(year, month: a, day: b), date(year, month: b, day: a)].compactMap { $0 }
        return (orders.first { $0.weekday == weekday } ?? (orders.count == 1 ? orders[0] : nil))?.iso
    }

    /// A day written out in German, French, Spanish, Portuguese, Italian or Dutch, as a page's
    /// date line gives it after its label: `3. März 2024`, `Publié le 3 mars 2024`, `3 de março de
    /// 2024`, `3 marzo 2024`: a day, the month's name (after "de", "di"), the year. Only for a line
    /// that is a date: these names are no months in English text ("Mars", "mei").
    static func foreignDayMonthYear(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{00A0}" || $0 == "." })
            .map(String.init)
        for (index, word) in words.enumerated() {
            guard let day = Int(word), (1...31).contains(day), word.count <= 2 else { continue }
            var next = index + 1
            if next < words.count, ["de", "di", "del"].contains(words[next]) { next += 1 }
            guard next < words.count, let month = foreignMonths[words[next]] else { continue }
            next += 1
            if next < words.count, ["de", "del", "di"].contains(words[next]) { next += 1 }
            guard next < words.count, words[next].count == 4, let year = Int(words[next]), (1900...2200).contains(year) else { continue }
            return date(year, month: month, day: day)?.iso
        }
        return nil
    }

    /// Months' names in German, French, Spanish, Portuguese, Italian and Dutch, in lower case, in
    /// full and cut short as date lines print them ("3. Okt. 2023", "24 may 2023", "5 févr. 2024").
    static let foreignMonths: [String: Int] = {
        let names: [[String]] = [
            ["januar", "jänner", "janvier", "enero", "janeiro", "gennaio", "januari", "jan", "janv", "ene", "gen"],
            ["februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februari", "feb", "févr", "fevr", "fév", "fev"],
            ["märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mär", "mar", "mrt"],
            ["april", "avril", "abril", "aprile", "apr", "avr", "abr"],
            ["mai", "mayo", "maio", "maggio", "mei", "may", "mag"],
            ["juni", "juin", "junio", "junho", "giugno", "jun", "giu"],
            ["juli", "juillet", "julio", "julho", "luglio", "jul", "juil", "lug"],
            ["august", "août", "aout", "agosto", "augustus", "aug", "ago"],
            ["september", "septembre", "septiembre", "setembro", "settembre", "setiembre", "sep", "sept", "set"],
            ["oktober", "octobre", "octubre", "outubro", "ottobre", "okt", "oct", "out", "ott"],
            ["november", "novembre", "noviembre", "novembro", "nov"],
            ["dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "december", "dez", "déc", "dec", "dic"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    /// Sunday first, as `SimpleDate.weekday` counts.
    static let weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// `23/05/2023`, `23.05.2023`, `5/23/2023`: day and month in either order when only one order
    /// makes a date (a day over 12); nil when both do, rather than a guess.
    static func numericDayMonthYear(_ scalars: [Unicode.Scalar]) -> String? {
        let head = scalars.prefix { $0 != " " && $0 != "T" }
        guard let (a, b, year) = numericParts(Substring(String(String.UnicodeScalarView(head)))) else { return nil }
        if a == b { return date(year, month: a, day: a)?.iso }
        let orders = [date(year, month: a, day: b), date(year, month: b, day: a)].compactMap { $0 }
        return orders.count == 1 ? orders[0].iso : nil
    }

    /// `05/02/2024` read day first, as a line in a language that writes dates so states it.
    static func numericDayFirst(_ text: String) -> String? {
        guard let head = text.split(separator: " ").first, let (day, month, year) = numericParts(head) else { return nil }
        return date(year, month: month, day: day)?.iso
    }

    /// The three numbers of `5/23/2023` or `23.05.2023`: two of one or two digits, a year of four.
    static func numericParts(_ text: Substring) -> (Int, Int, Int)? {
        // (One separator throughout: "23/-5/2023" is none.)
        let separators = Set(text.filter { $0 == "/" || $0 == "." || $0 == "-" })
        guard separators.count == 1 else { return nil }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        // Digits only: Int("-023") is -23 and Int("+023") is 23, neither a year the text gave.
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return (a, b, year)
    }

    static func date(_ year: Int, month: Int, day: Int) -> SimpleDate? {
        guard (1...12).contains(month), (1...DateArithmetic.daysIn(month: month, year: year)).contains(day) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }
}
