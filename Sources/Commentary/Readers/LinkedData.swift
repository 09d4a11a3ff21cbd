import Foundation

/// schema.org metadata in `<script type="application/ld+json">`: many news sites state their
/// headline, author, publisher and publication time there and nowhere else.
/// https://schema.org/NewsArticle
enum LinkedData {
    /// Fills the page's JSON-LD fields from the first article object: at the top level, in a list,
    /// or in an `@graph`. Text that is not JSON is passed over.
    static func read(_ json: String, into page: inout HTMLArticleReader.Page) {
        guard let data = json.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data),
            let article = firstArticle(in: value)
        else { return }
        page.linkedHeadline = page.linkedHeadline ?? text(article["headline"]) ?? text(article["name"])
        page.linkedPublished = page.linkedPublished ?? text(article["datePublished"]) ?? text(article["dateCreated"])
        page.linkedAuthor = page.linkedAuthor ?? names(article["author"])
        page.linkedPublisher = page.linkedPublisher ?? names(article["publisher"])
        // Its line breaks part its paragraphs: kept, not collapsed.
        if page.linkedBody == nil, let body = article["articleBody"] as? String,
            !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            page.linkedBody = body
        }
    }

    static func isArticle(_ object: [String: Any]) -> Bool {
        let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { $0 as? String }
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    static func firstArticle(in value: Any) -> [String: Any]? {
        if let object = value as? [String: Any] {
            if isArticle(object) { return object }
            if let graph = object["@graph"] { return firstArticle(in: graph) }
            return nil
        }
        if let list = value as? [Any] {
            for item in list { if let found = firstArticle(in: item) { return found } }
        }
        return nil
    }

    static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = HTMLArticleReader.collapse(string)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A person or organization, or a list of them: their names joined with "; ".
    static func names(_ value: Any?) -> String? {
        let items = value as? [Any] ?? (value.map { [$0] } ?? [])
        let found = items.compactMap { item -> String? in
            if let name = text(item) { return name }
            return text((item as? [String: Any])?["name"])
        }
        return found.isEmpty ? nil : found.joined(separator: "; ")
    }
}
