/// Rules that name a phrase by what is already known: the user's aliases, the article's authors
/// and outlet, the gazetteer.

/// "Mikhail Mishustin", "China-Russia Business Forum", "WHO": the phrase is a known name.
struct KnownName: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        guard let (name, kind) = extractor.known(phrase.text, phrase.context) else { return nil }
        return [phrase.candidate(name: name, kind: kind)]
    }
}

/// "the Third Belt and Road Forum", "the 15th BRICS Summit": an ordinal before a known name is
/// part of the mention, and the name is the known one.
struct OrdinalBeforeKnownName: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        guard phrase.count >= 2,
            EntityExtractor.ordinalWords.contains(phrase.first) || extractor.isOrdinal(phrase.first),
            let (name, kind) = extractor.known(phrase.context.text(phrase.lo + 1, phrase.hi), phrase.context)
        else { return nil }
        return [phrase.candidate(name: name, kind: kind)]
    }
}

/// "calls Scarborough Shoal Huangyan Island", "the Senkakus the Diaoyu Islands": two known places
/// or bodies set side by side (a text giving a second name for the first) are two mentions, not
/// one unknown name. The first part is the longest known one; set directly side by side, each
/// part is of two words or more ("Africa CDC" is one body, not Africa and the CDC).
struct KnownNamesSideBySide: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi, context) = (phrase.lo, phrase.hi, phrase.context)
        guard phrase.count >= 2 else { return nil }
        for split in (lo + 1..<hi).reversed() {
            guard let first = extractor.known(context.text(lo, split), context), first.kind != .person else { continue }
            let rest = phrase.skippingConnectors(from: split)
            guard rest < hi, rest > split || (split - lo >= 2 && hi - rest >= 2),
                let second = extractor.known(context.text(rest, hi), context), second.kind != .person
            else { return nil }
            return [
                context.candidate(lo, split, name: first.name, kind: first.kind),
                context.candidate(rest, hi, name: second.name, kind: second.kind),
            ]
        }
        return nil
    }
}

/// "BEIJING, Oct. 12 (Xinhua)", "NEW YORK": a dateline or headline in capitals names a known place.
struct CapitalizedDateline: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let tokens = phrase.tokens
        guard phrase.count <= 3, tokens.isAllCaps(phrase.lo),
            (phrase.lo..<phrase.hi).allSatisfy({ tokens.isAllCaps($0) && tokens.text($0).unicodeScalars.count >= 3 }),
            let (name, kind) = extractor.known(phrase.text.capitalized, phrase.context), kind == .location
        else { return nil }
        return [phrase.candidate(name: name, kind: kind)]
    }
}

/// "China-Russia" names two places, each a mention; "Sino-Russian" none.
struct HyphenatedCompound: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let first = phrase.first
        guard phrase.count == 1, first.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let demonyms = extractor.gazetteer.demonyms
        let parts = first.split(separator: "-")
        if parts.allSatisfy({ demonyms.contains(String($0)) || $0 == "Sino" || $0 == "Euro" || $0 == "Afro" || $0 == "Anglo" }) {
            return []
        }
        var found: [EntityExtractor.Candidate] = []
        var offset = phrase.tokens[phrase.lo].start
        for part in parts {
            let partText = String(part)
            if let (name, kind) = extractor.known(partText, phrase.context) {
                found.append(
                    EntityExtractor.Candidate(
                        span: TextSpan(paragraphIndex: phrase.context.paragraph, start: offset, length: partText.unicodeScalars.count),
                        surface: partText, name: name, kind: kind))
            }
            offset += partText.unicodeScalars.count + 1
        }
        return found.isEmpty ? nil : found
    }
}

/// "U.S. Vice President Kamala Harris", "World Bank President Ajay Banga": a known name (of one
/// or more words), then a title and a person.
struct KnownNameThenTitle: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi, context) = (phrase.lo, phrase.hi, phrase.context)
        guard phrase.count >= 3,
            let split = (lo + 1..<hi - 1).reversed().first(where: { split in
                extractor.leadingTitle(split, hi, context) != nil
                    && extractor.known(context.text(lo, split), context).map { $0.kind != .person } == true
            }),
            let (name, kind) = extractor.known(context.text(lo, split), context)
        else { return nil }
        return [context.candidate(lo, split, name: name, kind: kind)] + extractor.name(split, hi, context)
    }
}
