/// Coreference: the short forms and partial names of an article's people resolved against the
/// names it gives in full.
extension EntityExtractor {
    /// Names short forms after the people the article names in full ("Xi" → Xi Jinping), maps
    /// partial names to the fullest form ("Lula da Silva" → Luiz Inácio Lula da Silva), and drops
    /// what stays unnamed.
    func resolve(_ candidates: [Candidate], authors: [String]) -> [EntityMention] {
        var people: [[String]] = authors.map { $0.split(separator: " ").map(String.init) }
        // Each name once: most people are mentioned by full name more than once.
        var seen: Set<String> = []
        for candidate in candidates
        where candidate.kind == .person && candidate.name.utf8.contains(UInt8(ascii: " ")) && !seen.contains(candidate.name) {
            seen.insert(candidate.name)
            let words = Self.words(of: candidate.name)
            if words.count >= 2, !people.contains(words) { people.append(words) }
        }
        // Fullest first, so a partial name maps to the longest that contains it.
        people.sort { $0.count > $1.count }
        let peopleFolded = people.map { $0.map(fold) }
        let fullNames = people.map { $0.joined(separator: " ") }
        // The first person of each full name, as `fullNames.firstIndex(of:)` finds them.
        var fullNameIndex: [String: Int] = [:]
        for (index, name) in fullNames.enumerated() where fullNameIndex[name] == nil { fullNameIndex[name] = index }
        // Each name is matched once: a long story names the same people hundreds of times.
        var memo: [String: [Int]] = [:]

        /// The people a partial name may stand for, fullest first.
        func matches(for name: String) -> [Int] {
            if let known = memo[name] { return known }
            let found: [Int]
            if !name.utf8.contains(UInt8(ascii: " ")) {
                // One word, the common case ("Xi", "Mishustin", "China"): a scan of the people's words.
                let folded = fold(name)
                found = peopleFolded.indices.filter { index in
                    peopleFolded[index].contains(folded) && (peopleFolded[index].count > 1 || people[index][0] != name)
                }
            } else {
                let words = Self.words(of: name)
                let folded = words.map(fold)
                found = people.indices.filter { index in
                    let person = people[index]
                    return (person.count > words.count || (person.count == words.count && peopleFolded[index] != folded))
                        && contains(peopleFolded[index], folded)
                }
            }
            memo[name] = found
            return found
        }

        // Where each person was last named, so "Silva" after "Marina Silva" is her, not Lula da
        // Silva named earlier; with nobody named yet, the fullest name.
        var lastNamed: [Int: Int] = [:]
        // One spelling per person: "Khurelsukh" and "Khürelsükh" are the same name.
        let spelling = peopleFolded.indices.map { index in peopleFolded.firstIndex(of: peopleFolded[index]) ?? index }
        // People the text names in full; an author known only from the metadata is not one, and a
        // word of their name found in the text ("Georgia" for the author Georgia Jordan) is only
        // theirs when it is their surname and means nothing else.
        let namedInText = fullNames.map { seen.contains($0) }
        func fullName(for name: String, at position: Int, placeName: Bool = false) -> String? {
            var found = matches(for: name)
            if !name.utf8.contains(UInt8(ascii: " ")) {
                found = found.filter { index in
                    namedInText[index]
                        ? (!placeName || people[index].last == name) : (!placeName && people[index].last == name)
                }
            }
            guard let first = found.first else { return nil }
            let chosen = found.max { (lastNamed[$0] ?? -1, -$0) < (lastNamed[$1] ?? -1, -$1) } ?? first
            lastNamed[chosen] = position
            return fullNames[chosen]
        }

        var mentions: [EntityMention] = []
        // At most one mention per candidate: sized once, not doubled on the way (long texts name
        // hundreds of thousands).
        mentions.reserveCapacity(candidates.count)
        for (position, candidate) in candidates.enumerated() {
            switch candidate.kind {
            case .person?:
                if let found = fullNameIndex[candidate.name] {
                    let own = spelling[found]
                    lastNamed[own] = position
                    // A full name that is also part of a fuller one ("Lula da Silva") maps there.
                    let name = people[own].count < (people.first?.count ?? 0) ? fullName(for: candidate.name, at: position) : nil
                    mentions.append(
                        EntityMention(name: name ?? fullNames[own], kind: .person, span: candidate.span, surface: candidate.surface))
                    continue
                }
                let name = fullName(for: candidate.name, at: position) ?? candidate.name
                mentions.append(EntityMention(name: name, kind: .person, span: candidate.span, surface: candidate.surface))
            case let kind?:
                // A place that is also the surname of someone the article names in full is that
                // person: "Santos" after "Maria Santos".
                if kind == .location, !candidate.surface.utf8.contains(UInt8(ascii: " ")),
                    let name = fullName(for: candidate.surface, at: position, placeName: true)
                {
                    mentions.append(EntityMention(name: name, kind: .person, span: candidate.span, surface: candidate.surface))
                } else {
                    mentions.append(EntityMention(name: candidate.name, kind: kind, span: candidate.span, surface: candidate.surface))
                }
            case nil:
                if let name = fullName(for: candidate.name, at: position) {
                    mentions.append(EntityMention(name: name, kind: .person, span: candidate.span, surface: candidate.surface))
                }
            }
        }
        return mentions
    }

    func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        // "Sergey Lavrov" in "Sergey Viktorovich Lavrov": a Russian name without its patronymic.
        if needle.count == 2, haystack.count == 3, haystack[0] == needle[0], haystack[2] == needle[1],
            ["ovich", "evich", "ovna", "evna", "ichna"].contains(where: { haystack[1].hasSuffix($0) })
        {
            return true
        }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return true
        }
        return false
    }

    func fold(_ word: String) -> String { TextFold.fold(word) }

    /// The words of a name, as `split(separator: " ")` gives them. On bytes when the name is ASCII
    /// without CR, where each byte is a Character of its own; else by Character, so a space that a
    /// combining mark follows stays inside its word.
    static func words(of name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return name.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
        }
        return name.split(separator: " ").map(String.init)
    }
}
