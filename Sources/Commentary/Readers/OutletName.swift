import Foundation

/// Scrapers name the outlet by its host (`source_domain: "cgtn.com"`); researchers group and filter
/// by the outlet's name (`CGTN`), as the editor's note and HTML pages give it. A host is read as the
/// name of a known organization when its main label spells one (`globaltimes.cn` → Global Times),
/// or one of the hosts whose label does not (`xinhuanet.com` → Xinhua). Other hosts stay as given.
enum OutletName {
    /// Hosts whose label is not their outlet's name run together.
    static let knownHosts: [String: String] = [
        "xinhuanet": "Xinhua", "news.cn": "Xinhua", "people": "People's Daily", "nytimes": "The New York Times",
        "washingtonpost": "The Washington Post", "wsj": "The Wall Street Journal", "ft": "Financial Times",
        "scmp": "South China Morning Post", "theguardian": "The Guardian", "apnews": "Associated Press",
        "ecns": "China News Service", "chinanews": "China News Service", "yahoo": "Yahoo News",
    ]
    /// Suffixes that are not the outlet's label: top-level and second-level domains.
    static let suffixLabels: Set<String> = [
        "com", "cn", "net", "org", "co", "uk", "gov", "edu", "info", "int", "news", "io", "tv", "us", "au", "in", "jp",
        "kr", "ru", "de", "fr", "sg", "hk", "tw", "eu", "ca", "nz", "za", "ae", "qa", "pk", "ng", "ke", "br",
    ]
    static let hostPrefixes: Set<String> = ["www", "m", "amp", "mobile", "en", "english", "news", "global", "opinion"]

    /// Organizations by their name with spaces and punctuation removed, lower-cased: "globaltimes".
    static let compactNames: [String: String] = {
        var names: [String: String] = [:]
        Gazetteer.forEachRecord(in: GazetteerData.entries) { name, kind, aliases in
            guard kind == .organization else { return }
            for spelling in [name] + aliases { names[compact(spelling)] = names[compact(spelling)] ?? name }
        }
        return names
    }()

    static func compact(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    /// A page's address as a site's name may spell it, `compact`ed: its host without `www.`
    /// (`webdev` for web.dev) and each name of the host before its domain of three letters or more
    /// (`flatworldsolutions` for www.flatworldsolutions.com, `coastworks` for
    /// coastworks.example.org; not `co` of co.uk).
    static func spellings(ofHostIn url: String) -> Set<String> {
        guard let host = URL(string: url)?.host?.lowercased() else { return [] }
        let labels = host.split(separator: ".").drop { $0 == "www" }.map { compact(String($0)) }
        guard labels.count >= 2 else { return [] }
        return Set(labels.dropLast().filter { $0.count >= 3 }).union([labels.joined()])
    }

    /// The outlet's name for the host of a URL or host name when it is a known outlet; else nil.
    static func knownName(ofHost text: String) -> String? {
        let name = fromHost(text)
        return name == text ? nil : name
    }

    /// The outlet's name for a host, or the text unchanged when it is not a host or names no known outlet.
    static func fromHost(_ text: String) -> String {
        var host = text.trimmingSpaces().lowercased()
        for scheme in ["https://", "http://"] where host.hasPrefix(scheme) { host.removeFirst(scheme.count) }
        if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
        guard host.contains("."), !host.contains(" "),
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else { return text }
        if let known = knownHosts[host] { return known }
        var labels = host.split(separator: ".").map(String.init)
        // "english.news.cn": the last two labels may be the known host.
        if labels.count > 2, let known = knownHosts[labels.suffix(2).joined(separator: ".")] { return known }
        while labels.count > 1, let last = labels.last, suffixLabels.contains(last) { labels.removeLast() }
        while labels.count > 1, let first = labels.first, hostPrefixes.contains(first) { labels.removeFirst() }
        guard let label = labels.last else { return text }
        if let known = knownHosts[label] { return known }
        return compactNames[label] ?? text
    }
}

/// Several authors in one string: "Amina Yusuf, Daniel Okoro" or "Amina Yusuf and Daniel Okoro" are
/// two people, stored as the list form is ("Amina Yusuf; Daniel Okoro"). Split only when every part
/// is a name of two to four capitalized words, so "Yusuf, Amina" (surname first) stays as it is.
/// "And" in the languages the archive's pages come in joins names too ("Anna Martel und Lea Wagner").
enum AuthorList {
    static let conjunctions = [" and ", " & ", " und ", " et ", " y ", " e ", " og ", " och ", " en ", " i ", " и "]

    static func split(_ text: String) -> String {
        guard text.contains(",") || text.contains(";") || conjunctions.contains(where: text.contains) else { return text }
        // (A list's own separator, ";", parts too, and one left at its end goes: "Jane Doe; John Roe; ".)
        var parts = conjunctions.reduce(text) { $0.replacingOccurrences(of: $1, with: ",") }
            .split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
        // What follows the names after a comma is no author: an agency or a place ("Ana Costa and
        // Jonas Berg, Reuters"; "Ana Costa, Washington"), a degree ("Ana Costa, PhD"), a post
        // ("Jane Doe, Correspondent"). A given name after a surname is the name's ("Le Pen,
        // Marine"): a part goes only when known as an outlet, a place, a degree or a post.
        if let first = parts.first, isName(first) {
            while parts.count > 1, let last = parts.last, !isName(last), text.contains(", " + last), isNoName(last) {
                parts.removeLast()
            }
        }
        guard parts.allSatisfy(isName) else { return text }
        return parts.joined(separator: "; ")
    }

    /// Whether what follows a name after a comma is known as no part of one: an organization or a
    /// place the gazetteer knows, a degree, or words of a post.
    static func isNoName(_ part: String) -> Bool {
        if let kind = Gazetteer.shared.lookup(part)?.kind, kind == .organization || kind == .location { return true }
        let words = part.lowercased().split(separator: " ").map { $0.trimming(.punctuation) }
        if words.count == 1, degrees.contains(words[0].replacingOccurrences(of: ".", with: "")) { return true }
        return words.contains { HTMLArticleReader.bylineRoles.contains($0) }
    }

    /// Degrees and credentials set after a name.
    static let degrees: Set<String> = [
        "phd", "md", "ms", "msc", "ma", "mba", "mph", "rd", "rn", "jd", "dphil", "do", "cfp", "cfa", "cpa", "llm", "mpp", "mpa",
    ]

    /// Two to four capitalized words, with a name's small words between them ("Jean-Luc de la
    /// Fontaine", "Ursula von der Leyen"), none a job's or a desk's ("Garden Educator", "Gear Team")
    /// nor an outlet's or a source's opening ("The Commercial Appeal", "From Masculindians").
    static func isName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return (2...4).contains(capitalized) && words.count <= capitalized + 2
            && words.first?.first?.isUppercase == true && words.last?.first?.isUppercase == true
            && words.allSatisfy { $0.first?.isUppercase == true || particles.contains(String($0)) }
            && !words.contains { notInNames.contains($0.lowercased().trimming(.punctuation)) }
    }

    static let particles = Set(Lexicon.nameParticles)

    static let notInNames: Set<String> = HTMLArticleReader.bylineStops.union([
        "the", "from", "educator", "journalist", "journalism", "expert", "professor", "team", "staff", "desk", "grader",
    ])

    /// An author as a page states it, as the archive stores it: a label before the names
    /// ("Autor: Monika Bolliger") and a desk's short code after a name ("Elena Oberholzer (obe)")
    /// left out, several names listed.
    static func tidy(_ text: String) -> String {
        // (Split at any blank: a label is often joined to the name by a no-break space.)
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = words.first, first.hasSuffix(":"), words.count > 1,
            labels.contains(first.dropLast().lowercased())
        {
            words.removeFirst()
        }
        // "By Alejandro Ruiz", as a feed or a page's data may state it.
        if let first = words.first, first.lowercased() == "by", words.count > 2 { words.removeFirst() }
        var kept: [String] = []
        for word in words {
            guard isDeskCode(word) else {
                kept.append(word)
                continue
            }
            // The list's separator after the code stays: "Elena Oberholzer (obe); Oliver Maksan".
            if let last = word.last, last == ";" || last == ",", !kept.isEmpty { kept[kept.count - 1] += String(last) }
        }
        let tidied = kept.joined(separator: " ")
        return tidied.isEmpty ? text : split(tidied)
    }

    /// Words that label a byline's names.
    static let labels: Set<String> = HTMLArticleReader.bylinePrefixes.union([
        "text", "texte", "autoren", "auteur", "auteurs", "autore", "autori", "autora", "autores",
    ])

    /// A desk's code for its writer, in brackets after the name: `(obe)`, `(cog.)`, `(obe);`.
    static func isDeskCode(_ word: String) -> Bool {
        var inner = Substring(word)
        if inner.last == ";" || inner.last == "," { inner = inner.dropLast() }
        guard inner.first == "(", inner.last == ")" else { return false }
        inner = inner.dropFirst().dropLast()
        if inner.last == "." { inner = inner.dropLast() }
        return (2...4).contains(inner.count) && inner.allSatisfy { $0.isLetter && $0.isLowercase }
    }
}
