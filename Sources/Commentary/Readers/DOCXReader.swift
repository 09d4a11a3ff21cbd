import Foundation

/// Reads a Word document (DOCX: Office Open XML, ECMA-376) as one article: its paragraphs in
/// order, the paragraph styled Title (else a first Heading 1 before any text) as the title, other
/// headings as subheads and Caption-styled paragraphs as captions. The document is written out as
/// a small HTML page (`<h1>`, `<h2>`, `<p>`, `<figcaption>`), which is stored as the article's raw
/// text and read by the HTML reader, on import and on reprocess alike.
///
/// ```swift
/// let html = try DOCXReader.html(bytes, location: "essay.docx", limit: 50 << 20)
/// ```
public enum DOCXReader {
    /// What a paragraph's style makes it.
    enum Role: Equatable {
        case title, heading, caption, body
    }

    struct Paragraph: Equatable {
        var role: Role
        var text: String
    }

    /// The document as an HTML page, or why it cannot be read.
    public static func html(_ data: Data, location: String, limit: Int) throws(CommentaryError) -> String {
        let paragraphs = try read(data, location: location, limit: limit)
        guard paragraphs.contains(where: { !$0.text.isEmpty }) else {
            throw .input(location: location, reason: "a DOCX document with no text in it")
        }
        return page(paragraphs)
    }

    static func read(_ data: Data, location: String, limit: Int) throws(CommentaryError) -> [Paragraph] {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw .input(location: location, reason: "not a DOCX document (not a zip file); \(notADocumentHint(bytes))")
        }
        do throws(ZipArchive.Failure) {
            let zip = try ZipArchive(bytes)
            guard let document = try zip.member("word/document.xml", limit: limit) else {
                throw ZipArchive.Failure(reason: "a zip file with no word/document.xml in it: not a Word document")
            }
            let styles = try zip.member("word/styles.xml", limit: limit).map(styleNames) ?? [:]
            return paragraphs(document, styles: styles)
        } catch {
            throw .input(location: location, reason: error.reason)
        }
    }

    /// What a file given as DOCX that is no zip may be instead.
    static func notADocumentHint(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: Array("%PDF-".utf8)) { return "it is a PDF: convert it to text (pdftotext FILE FILE.txt)" }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "it is RTF: save it as DOCX or HTML (pandoc FILE -o FILE.html)" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "it is an old Word .doc: save it as DOCX" }
        return "save it as DOCX from a word processor"
    }

    // MARK: - WordprocessingML

    /// Style ids to their names in lower case (`Heading1` → `heading 1`), from word/styles.xml:
    /// documents written in another language keep English names there and local ids elsewhere.
    static func styleNames(_ xml: [UInt8]) -> [String: String] {
        var names: [String: String] = [:]
        var currentID: String?
        XMLTags.scan(xml) { tag in
            switch tag.name {
            case "w:style" where !tag.isClosing: currentID = tag.attribute("w:styleId")
            case "w:name": if let id = currentID, let name = tag.attribute("w:val") { names[id] = name.lowercased() }
            case "w:style": currentID = nil
            default: break
            }
        } text: { _ in
        }
        return names
    }

    static func role(styleID: String?, names: [String: String]) -> Role {
        guard let styleID else { return .body }
        let name = names[styleID] ?? styleID.lowercased()
        let compact = name.replacingOccurrences(of: " ", with: "")
        if compact == "title" { return .title }
        if compact == "caption" { return .caption }
        if compact == "subtitle" || compact.hasPrefix("heading") { return .heading }
        return .body
    }

    /// The paragraphs of word/document.xml in order: the text of its `<w:t>` runs, tabs and breaks
    /// as spaces. Deleted text (`<w:delText>`) and the fallback copy of alternate content are left out.
    static func paragraphs(_ xml: [UInt8], styles: [String: String]) -> [Paragraph] {
        var found: [Paragraph] = []
        // Paragraphs nest (a text box inside a paragraph): each keeps its own style and text.
        var open: [(style: String?, text: String)] = []
        var inText = false
        var fallbackDepth = 0
        XMLTags.scan(xml) { tag in
            if tag.name == "mc:Fallback" {
                if tag.isClosing { fallbackDepth = max(0, fallbackDepth - 1) } else if !tag.isSelfClosing { fallbackDepth += 1 }
                return
            }
            guard fallbackDepth == 0 else { return }
            switch tag.name {
            case "w:p":
                if tag.isClosing, let paragraph = open.popLast() {
                    let text = paragraph.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                    found.append(Paragraph(role: role(styleID: paragraph.style, names: styles), text: text))
                } else if !tag.isClosing {
                    open.append((nil, ""))
                    if tag.isSelfClosing { _ = open.popLast() }
                }
            case "w:pStyle":
                if !open.isEmpty { open[open.count - 1].style = tag.attribute("w:val") }
            case "w:t":
                inText = !tag.isClosing && !tag.isSelfClosing
            case "w:tab", "w:br", "w:cr":
                if !open.isEmpty, !tag.isClosing { open[open.count - 1].text += " " }
            default:
                break
            }
        } text: { text in
            if inText, fallbackDepth == 0, !open.isEmpty { open[open.count - 1].text += text }
        }
        return found
    }

    // MARK: - The page

    static func page(_ paragraphs: [Paragraph]) -> String {
        var title = paragraphs.first { $0.role == .title && !$0.text.isEmpty }?.text
        var html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><article>\n"
        var sawBody = false
        for paragraph in paragraphs where !paragraph.text.isEmpty {
            let text = escaped(paragraph.text)
            switch paragraph.role {
            case .title where paragraph.text == title:
                html += "<h1>\(text)</h1>\n"
            case .heading where title == nil && !sawBody:
                // No Title-styled paragraph: a heading before any text is the headline.
                title = paragraph.text
                html += "<h1>\(text)</h1>\n"
            case .title, .heading:
                html += "<h2>\(text)</h2>\n"
            case .caption:
                html += "<figure><figcaption>\(text)</figcaption></figure>\n"
            case .body:
                sawBody = true
                html += "<p>\(text)</p>\n"
            }
        }
        return html + "</article></body></html>\n"
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// A forgiving scanner of XML tags and the text between them, enough for the parts of an Office
/// document: names with their prefix (`w:p`), attributes, character and the five named entities.
/// Comments, processing instructions and CDATA are passed over. It never fails: what is not a tag
/// is text.
enum XMLTags {
    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        /// The tag's inside after its name, where its attributes are.
        var rest: ArraySlice<UInt8>

        /// The value of attribute `name`, entities decoded.
        func attribute(_ name: String) -> String? {
            let key = Array(name.utf8)
            var index = rest.startIndex
            while index < rest.endIndex {
                // Find `key` followed by optional spaces, "=", and a quote, at a word boundary.
                guard rest[index...].starts(with: key), index == rest.startIndex || isSpace(rest[index - 1]) else {
                    index += 1
                    continue
                }
                var cursor = index + key.count
                while cursor < rest.endIndex, isSpace(rest[cursor]) { cursor += 1 }
                guard cursor < rest.endIndex, rest[cursor] == UInt8(ascii: "=") else {
                    index += 1
                    continue
                }
                cursor += 1
                while cursor < rest.endIndex, isSpace(rest[cursor]) { cursor += 1 }
                guard cursor < rest.endIndex, rest[cursor] == UInt8(ascii: "\"") || rest[cursor] == UInt8(ascii: "'") else { return nil }
                let quote = rest[cursor]
                let start = cursor + 1
                guard let end = rest[start...].firstIndex(of: quote) else { return nil }
                return XMLTags.decode(rest[start..<end])
            }
            return nil
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func scan(_ xml: [UInt8], tag handleTag: (Tag) -> Void, text handleText: (String) -> Void) {
        var index = 0
        let count = xml.count
        while index < count {
            guard xml[index] == UInt8(ascii: "<") else {
                let start = index
                while index < count, xml[index] != UInt8(ascii: "<") { index += 1 }
                handleText(decode(xml[start..<index]))
                continue
            }
            // <!-- … -->, <![CDATA[ … ]]>, <? … ?>, <!DOCTYPE …>: passed over.
            if xml[index...].starts(with: Array("<!--".utf8)) {
                index = end(of: "-->", in: xml, from: index + 4)
                continue
            }
            if xml[index...].starts(with: Array("<![CDATA[".utf8)) {
                let start = index + 9
                let close = end(of: "]]>", in: xml, from: start)
                handleText(String(decoding: xml[start..<max(start, close - 3)], as: UTF8.self))
                index = close
                continue
            }
            guard let close = xml[index...].firstIndex(of: UInt8(ascii: ">")) else { return }
            var inside = xml[(index + 1)..<close]
            index = close + 1
            if inside.first == UInt8(ascii: "?") || inside.first == UInt8(ascii: "!") { continue }
            let isClosing = inside.first == UInt8(ascii: "/")
            if isClosing { inside = inside.dropFirst() }
            let isSelfClosing = inside.last == UInt8(ascii: "/")
            if isSelfClosing { inside = inside.dropLast() }
            let nameEnd = inside.firstIndex(where: isSpace) ?? inside.endIndex
            handleTag(
                Tag(
                    name: String(decoding: inside[inside.startIndex..<nameEnd], as: UTF8.self), isClosing: isClosing,
                    isSelfClosing: isSelfClosing, rest: inside[nameEnd...]))
        }
    }

    /// The index just past `marker`, or the end of `xml` when it never comes.
    static func end(of marker: String, in xml: [UInt8], from start: Int) -> Int {
        let pattern = Array(marker.utf8)
        var index = start
        while index + pattern.count <= xml.count {
            if xml[index] == pattern[0], xml[index...].starts(with: pattern) { return index + pattern.count }
            index += 1
        }
        return xml.count
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#N;`/`&#xH;` decoded; anything
    /// else (or a reference to no valid scalar) kept as written.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var replacement: String?
            switch name {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let replacement {
                result += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}
