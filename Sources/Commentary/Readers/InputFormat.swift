/// The formats `import` reads.
public enum InputFormat: String, CaseIterable, Sendable {
    case text, html, json, jsonl, csv, tsv, docx

    /// The format a file name implies: `.txt` (and any unknown extension) is text; `.gz` looks
    /// through to the name beneath it. Nil for names the importer skips in a directory walk.
    public static func forPath(_ path: String) -> InputFormat? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let ext =
            name.split(separator: "/").last.flatMap { last -> Substring? in
                guard let dot = last.lastIndex(of: ".") else { return nil }
                return last[last.index(after: dot)...]
            } ?? ""
        switch ext {
        case "txt", "text": return .text
        case "html", "htm", "xhtml": return .html
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "docx": return .docx
        default: return nil
        }
    }

    /// A guess from the content itself, for standard input and reprocessing.
    public static func sniff(_ text: Substring) -> InputFormat {
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if start.hasPrefix("<") { return .html }
        if start.hasPrefix("[") { return .json }
        if start.hasPrefix("{") {
            // Several top-level objects, one per line: JSON Lines.
            let lines = start.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: true)
            if lines.count > 1, lines[0].hasSuffix("}"), lines[1].hasPrefix("{") { return .jsonl }
            return .json
        }
        return .text
    }
}
