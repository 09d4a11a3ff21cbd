import Foundation

/// schema.org metadata in `<script type="application/ld+json">`: many news sites state their
/// headline, author, publisher and publication time there and nowhere else.
/// https://schema.org/NewsArticle
enum LinkedData {
    /// Fills the page's JSON-LD fields from the first article object: at the top level, in a list,
    /// or in an `@graph`; and the date the first web page object states, which an SEO plugin's
    /// graph often gives for the page's one story when its article has none, or there is no
    /// article (its date only: a page's name is its title, not the headline). Text that is not
    /// JSON is passed over.
    static func read(_ json: String, into page: inout HTMLArticleReader.Page) {
        guard let data = json.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) else { return }
        page.pageDate = page.pageDate ?? first(in: value, where: isWebPage).flatMap { text($0["datePublished"]) }
        guard let article = firstArticle(in: value) else { return }
        page.linkedHeadline = page.linkedHeadline ?? text(article["headline"]) ?? text(article["name"])
        page.linkedPublished = page.linkedPublished ?? text(article["datePublished"]) ?? text(article["dateCreated"])
        page.linkedAuthor = page.linkedAuthor ?? names(article["author"])
        // An author typed as an organization is the house, as a publisher is.
        if page.linkedAuthorOrganization == nil, let authors = article["author"] {
            page.linkedAuthorOrganization = names((authors as? [Any] ?? [authors]).filter(isOrganization))
        }
        page.linkedPublisher = page.linkedPublisher ?? names(article["publisher"])
        // Its line breaks part its paragraphs: kept, not collapsed.
        if page.linkedBody == nil, let body = article["articleBody"] as? String,
            !body.trimmingSpacesAndNewlines().isEmpty
        {
            page.linkedBody = body
        }
    }

    static func types(_ object: [String: Any]) -> [String] {
        (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { $0 as? String }
    }

    /// An article, a report, a posting (a blog's, a forum's, a social network's: schema.org's kinds
    /// of article too; not a `JobPosting`), or a piece that reviews (a fact-check's `ClaimReview`, a
    /// critic's review; not a customer's `Review` of a product).
    static func isArticle(_ object: [String: Any]) -> Bool {
        types(object).contains { $0.hasSuffix("Article") || postings.contains($0) || reviews.contains($0) || $0 == "Report" }
    }

    static let postings: Set<String> = ["BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "SocialMediaPosting"]
    static let reviews: Set<String> = ["ClaimReview", "CriticReview"]

    /// An organization of any kind (`Organization`, `NewsMediaOrganization`, `Corporation`).
    static func isOrganization(_ item: Any) -> Bool {
        guard let object = item as? [String: Any] else { return false }
        return types(object).contains { $0.hasSuffix("Organization") || $0 == "Corporation" }
    }

    /// A web page (`WebPage`, `MedicalWebPage`).
    static func isWebPage(_ object: [String: Any]) -> Bool {
        types(object).contains { $0.hasSuffix("WebPage") }
    }

    static func firstArticle(in value: Any) -> [String: Any]? { first(in: value, where: isArticle) }

    /// The first object that passes `test`: at the top level, in a list, or in an `@graph`.
    static func first(in value: Any, where test: ([String: Any]) -> Bool) -> [String: Any]? {
        if let object = value as? [String: Any] {
            if test(object) { return object }
            if let graph = object["@graph"] { return first(in: graph, where: test) }
            return nil
        }
        if let list = value as? [Any] {
            for item in list { if let found = first(in: item, where: test) { return found } }
        }
        return nil
    }

    static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = HTMLArticleReader.collapse(string)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A name a template quoted when it was quoted already (`"name":"\"David Kim\""`), without
    /// the extra quotes; any other name as it is.
    static func unquoted(_ name: String) -> String {
        guard name.count > 2, name.first == "\"", name.last == "\"" else { return name }
        let inner = name.dropFirst().dropLast()
        return inner.contains("\"") ? name : HTMLArticleReader.collapse(String(inner))
    }

    /// A person or organization, or a list of them: their names joined with "; ".
    static func names(_ value: Any?) -> String? {
        let items = value as? [Any] ?? (value.map { [$0] } ?? [])
        let found = items.compactMap { item -> String? in
            (text(item) ?? text((item as? [String: Any])?["name"])).map(unquoted)
        }
        return found.isEmpty ? nil : found.joined(separator: "; ")
    }
}
