/// Rules that drop a phrase's first word when it is no part of a name, and name the rest.

/// "At the BRICS summit", "However, Beijing …": a function word opens the phrase; it goes, with
/// the connectors after it.
struct LeadingFunctionWord: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        guard EntityExtractor.leadingFunctionWords.contains(phrase.first) else { return nil }
        return extractor.name(phrase.skippingConnectors(from: phrase.lo + 1), phrase.hi, phrase.context)
    }
}

/// "Russian Prime Minister …", "Sino-Russian Forum": a demonym is not part of the name.
struct LeadingDemonym: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let first = phrase.first
        let demonyms = extractor.gazetteer.demonyms
        guard
            demonyms.contains(first) || first == "Sino"
                || first.utf8.contains(UInt8(ascii: "-"))
                    && first.split(separator: "-").allSatisfy({ demonyms.contains($0) || $0 == "Sino" })
        else { return nil }
        return extractor.name(phrase.lo + 1, phrase.hi, phrase.context)
    }
}
