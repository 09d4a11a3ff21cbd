import Foundation
import GRDB

/// Re-runs extraction over stored raw text, so an alias edit or a better extractor reaches the
/// articles already in the archive. Ids, sources and import times stay.
public enum Reprocessor {
    public struct Summary: Sendable, Equatable {
        public var reprocessed = 0
        public var failed = 0
        public var skipped = 0
    }

    /// Reprocesses the articles `filter` selects (all when it selects everything); with
    /// `onlyStale`, only those an older extractor wrote.
    public static func run(
        _ archive: Archive, filter: ArticleFilter, onlyStale: Bool,
        report: (CommentaryError) -> Void
    ) throws(CommentaryError) -> Summary {
        try archive.ensureUndamaged()
        let normalizer = ArticleNormalizer(aliases: try AliasStore.table(archive))
        let selected: Set<Int64>? = try archive.read { db in try SearchEngine.matchingArticles(db, filter) }
        let ids: [Int64] = try archive.read { db in
            var sql = "SELECT id FROM articles"
            if onlyStale { sql += " WHERE extractor_version < \(ArticleNormalizer.extractorVersion)" }
            return try Int64.fetchAll(db, sql: sql + " ORDER BY id")
        }.filter { selected?.contains($0) ?? true }

        var summary = Summary()
        for chunk in stride(from: 0, to: ids.count, by: 200).map({ Array(ids[$0..<min($0 + 200, ids.count)]) }) {
            let rows: [(Int64, String, String, InputFormat?)] = try archive.read { db in
                // One query per chunk, not one per article.
                try Row.fetchAll(
                    db,
                    sql:
                        "SELECT id, source, raw_text, input_format FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                    arguments: [IDList.json(chunk)]
                ).map { ($0[0], $0[1], $0[2], ($0[3] as String?).flatMap(InputFormat.init(rawValue:))) }
            }
            let results = ResultSlots<Result<Article, CommentaryError>>(count: rows.count)
            DispatchQueue.concurrentPerform(iterations: rows.count) { index in
                let (_, source, raw, format) = rows[index]
                results[index] = reread(source: source, rawText: raw, format: format).flatMap { raw in
                    Result { () throws(CommentaryError) -> Article in try normalizer.normalize(raw) }
                }
            }
            let now = ArticleStore.timestamp()
            try archive.write { db in
                var store = ArticleStore(db)
                for (index, (id, _, _, _)) in rows.enumerated() {
                    switch results[index] {
                    case .success(let article)?:
                        try store.replaceExtraction(id: id, with: article, now: now)
                        summary.reprocessed += 1
                    case .failure(let error)?:
                        report(error)
                        summary.failed += 1
                    case nil:
                        summary.skipped += 1
                    }
                }
                try store.writeIndex()
                try ArticleStore.pruneEntities(db)
            }
        }
        return summary
    }

    /// Reads stored raw text again in the format it was first read as; for articles stored before
    /// the format was recorded, the one its source implies (or its content shows).
    static func reread(source: String, rawText: String, format stored: InputFormat?) -> Result<RawArticle, CommentaryError> {
        let file = source.split(separator: "#", maxSplits: 1).first.map(String.init) ?? source
        let format = stored ?? InputFormat.forPath(file) ?? InputFormat.sniff(Substring(rawText))
        return read(rawText, as: format, source: source, file: file).map { raw in
            var raw = raw
            raw.format = format
            return raw
        }
    }

    /// One stored article's raw text read again: a stored record (of JSON, JSON Lines, CSV or TSV)
    /// is one JSON object, read as a JSON line of its file and named by its stored source.
    static func read(_ rawText: String, as format: InputFormat, source: String, file: String) -> Result<RawArticle, CommentaryError> {
        // A CSV or TSV row is stored as the JSON object its header and cells spell.
        let isRecord = [.json, .jsonl, .csv, .tsv].contains(format)
        let outcome = FormatDispatch.read(
            rawText, as: isRecord ? .jsonl : format, file: isRecord ? file : source, line: 1, record: nil, location: source)
        if var raw = outcome.articles.first {
            raw.source = source
            return .success(raw)
        }
        return .failure(outcome.failures.first ?? .input(location: source, reason: "no article text"))
    }
}
