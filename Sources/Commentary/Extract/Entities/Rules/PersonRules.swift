/// Rules that name people: by a title before the name, by the shape of an unknown name, and the
/// one-word phrases left for coreference.

/// "Prime Minister Mikhail Mishustin", "President Xi", "Foreign Minister Prince Faisal bin
/// Farhan": a title cue, then a person's name (a short one is resolved by coreference).
struct TitledPerson: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi, context, tokens) = (phrase.lo, phrase.hi, phrase.context, phrase.tokens)
        guard let titleLength = extractor.leadingTitle(lo, hi, context) else { return nil }
        // "Dr." is a token and a period.
        var nameStart = lo + titleLength
        while nameStart < hi, tokens[nameStart].isPunctuation(".") { nameStart += 1 }
        // Titles in a row: "Foreign Minister Prince Faisal bin Farhan"; not when the title word
        // may be a given name before a short name ("COP28 President Sultan Al Jaber").
        while let next = extractor.leadingTitle(nameStart, hi, context), hi - (nameStart + next) >= 3 {
            nameStart += next
            while nameStart < hi, tokens[nameStart].isPunctuation(".") { nameStart += 1 }
        }
        guard nameStart < hi else { return [] }
        let personName = context.text(nameStart, hi)
        if let (name, kind) = extractor.known(personName, context), kind == .person {
            return [context.candidate(nameStart, hi, name: name, kind: .person, titled: true)]
        }
        guard (nameStart..<hi).allSatisfy({ extractor.isPersonNameWord($0, nameStart, hi, context) }) else {
            return extractor.name(nameStart, hi, context)
        }
        return [context.candidate(nameStart, hi, name: personName, kind: .person, titled: true)]
    }
}

/// One word: an acronym in capitals is an organization ("NATO", not "GDP", "FY2027" or a title-case
/// headline's word); a name-shaped word is a short form for coreference ("Mishustin"); else nothing.
struct SingleWord: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        guard phrase.count == 1 else { return nil }
        let first = phrase.first
        if phrase.tokens.isAllCaps(phrase.lo), !EntityExtractor.acronymStoplist.contains(first), first.unicodeScalars.count >= 3,
            !phrase.context.titleCased,
            !(first.hasPrefix("FY") && first.dropFirst(2).allSatisfy(\.isNumber)),
            first.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2
        {
            return [phrase.candidate(name: first, kind: .organization)]
        }
        guard extractor.looksLikeNameWord(first) else { return [] }
        // A short form, resolved against the article's people, or dropped.
        return [phrase.candidate(name: first, kind: nil)]
    }
}

/// An unknown run of two to four name-shaped words is a person's name ("Ngozi Okonjo-Iweala"),
/// unless a word is a hyphenated compound of names or a known non-person ("Rwanda").
struct PersonNameShape: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi, context, tokens) = (phrase.lo, phrase.hi, phrase.context, phrase.tokens)
        guard (2...4).contains(phrase.count), !context.titleCased,
            (lo..<hi).allSatisfy({
                extractor.isPersonNameWord($0, lo, hi, context) || $0 > lo && $0 < hi - 1 && tokens[$0].isPunctuation(".")
            }),
            !(lo..<hi).contains(where: { i in
                let word = context.word(i)
                return word.utf8.contains(UInt8(ascii: "-")) && word.split(separator: "-").allSatisfy { $0.first?.isUppercase == true }
                    || extractor.gazetteer.lookup(word).map { $0.kind != .person } ?? false
            })
        else { return nil }
        return [phrase.candidate(name: phrase.text, kind: .person)]
    }
}
