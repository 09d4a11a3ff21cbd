import Foundation

/// How a record of a JSON, JSON Lines, CSV or TSV file is named: `FILE#ID` for its `id` field,
/// else `FILE#URL` for its url normalized, else `FILE#HASH` for its text (the first 12 hex digits
/// of the content hash, given after normalization). Never its position: a feed that gains a
/// record at the top would otherwise hand every record below it its neighbour's name.
public enum RecordIdentity {
    /// The key a record is named by after its file, or nil when it has neither an id nor a url
    /// (it is then named by its text).
    static func key(id: String?, url: String?) -> String? {
        if let id = id?.trimmingSpacesAndNewlines(), !id.isEmpty { return id }
        if let url, let normalized = normalizedURL(url) { return normalized }
        return nil
    }

    /// Query parameters that track a click rather than name a page.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid", "ref_src", "spm", "share", "smid",
    ]

    /// A url as a name: scheme and host in lower case, the default port, the fragment, a trailing
    /// slash and tracking parameters (`utm_*`, `fbclid`, `gclid` …) dropped; the rest as given.
    /// Nil for text that is not an absolute `scheme://host` url.
    ///
    /// ```swift
    /// RecordIdentity.normalizedURL("HTTPS://News.Example.com:443/a/b/?utm_source=x&id=3#top")
    /// // "https://news.example.com/a/b?id=3"
    /// ```
    public static func normalizedURL(_ text: String) -> String? {
        let trimmed = text.trimmingSpacesAndNewlines()
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            return nil
        }
        var rest = trimmed[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = String(rest[..<slash])
        var path = String(rest[slash...])
        guard !authority.isEmpty else { return nil }
        // The host in lower case; user information (before "@") is kept as given.
        let at = authority.lastIndex(of: "@")
        let userInfo = at.map { String(authority[...$0]) } ?? ""
        var host = (at.map { String(authority[authority.index(after: $0)...]) } ?? authority).lowercased()
        for (defaultScheme, port) in [("http", ":80"), ("https", ":443")] where scheme == defaultScheme && host.hasSuffix(port) {
            host.removeLast(port.count)
        }
        if host.hasSuffix(".") { host.removeLast() }
        authority = userInfo + host
        while path.hasSuffix("/") { path.removeLast() }
        let kept = query.split(separator: "&", omittingEmptySubsequences: true).filter { parameter in
            let name = (parameter.split(separator: "=", maxSplits: 1).first ?? parameter).lowercased()
            return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
        }
        var result = scheme + "://" + authority + path
        if !kept.isEmpty { result += "?" + kept.joined(separator: "&") }
        return result
    }

    /// The positional name versions up to 0.2 gave a record without an id (`FILE#N`): kept with
    /// the article, so an archive that holds it finds the record again by its text.
    static func positional(_ file: String, number: Int) -> String {
        "\(file)#\(number)"
    }
}
