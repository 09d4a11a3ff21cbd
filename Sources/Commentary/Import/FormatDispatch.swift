/// The one place an input format meets its reader: the importer's units and the reprocessor's
/// stored raw text both go through it, so a format is read the same way on import and on
/// `reprocess`.
enum FormatDispatch {
    /// Reads `text` in `format`. `file` names the articles (records add `#ID` to it); `line` is
    /// the 1-based line of one JSON Lines record, `record` the 1-based position of one record of a
    /// JSON array; both nil for a whole document. `location` names the input in messages.
    static func read(_ text: String, as format: InputFormat, file: String, line: Int?, record: Int?, location: String) -> ReadOutcome {
        guard format == .json || format == .jsonl else {
            return readAsIs(text, as: format, file: file, line: line, record: record, location: location)
        }
        // Half a character escaped in JSON is read as U+FFFD, not a reason to refuse the record.
        let (repaired, count) = JSONSurrogates.repaired(text)
        var outcome = readAsIs(repaired, as: format, file: file, line: line, record: record, location: location)
        if count > 0 { outcome.warnings.insert(JSONSurrogates.warning(location, count), at: 0) }
        return outcome
    }

    private static func readAsIs(_ text: String, as format: InputFormat, file: String, line: Int?, record: Int?, location: String)
        -> ReadOutcome
    {
        var outcome = ReadOutcome()
        switch format {
        case .text:
            outcome.articles = [RawArticle(source: file, rawText: text, text: text)]
        case .html:
            outcome.collect(HTMLArticleReader.read(text, source: file))
        case .json:
            if let record {
                outcome.collect(JSONArticleReader.readRecord(text, file: file, number: record, location: location))
            } else {
                outcome = JSONArticleReader.readDocument(text, file: file, location: location)
            }
        case .jsonl:
            if let line {
                outcome.collect(JSONArticleReader.readLine(Substring(text), file: file, number: line, location: location))
            } else {
                // A whole JSON Lines document (standard input): line by line.
                outcome = JSONArticleReader.readLines(text, file: file, place: location)
            }
        case .csv, .tsv:
            if let line {
                // One row, already written as the JSON object its header and cells spell.
                outcome.collect(CSVArticleReader.row(text, file: file, line: line, location: location))
            } else {
                outcome = CSVArticleReader.readDocument(text, format: format, file: file, place: location, limit: .max)
            }
        case .docx:
            // The document's paragraphs as DOCXReader wrote them out; short paragraphs are text too.
            outcome.collect(HTMLArticleReader.read(text, source: file, fragment: true))
        }
        return outcome
    }
}
