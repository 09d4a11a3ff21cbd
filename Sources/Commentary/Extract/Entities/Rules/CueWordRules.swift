/// Rules that name an unknown phrase by its cue words: the head noun says the kind ("… Forum" an
/// event, "Ministry of …" an organization, "… Square" a place).

/// "Export-Import Bank of China", "Forum on China-Africa Cooperation": the head before the first
/// connector names the kind.
struct HeadBeforeConnector: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi, context) = (phrase.lo, phrase.hi, phrase.context)
        guard phrase.count >= 3, let connector = phrase.firstIndex(in: lo + 1..<hi - 1, of: EntityExtractor.connectors),
            !phrase.tokens.text(connector, is: "and")
        else { return nil }
        let head = context.word(connector - 1)
        let headFirst = context.word(lo)
        let kind: EntityKind? =
            EntityExtractor.eventCues.contains(head)
            ? .event
            : EntityExtractor.organizationCues.contains(head) || EntityExtractor.leadingOrganizationCues.contains(headFirst)
                ? .organization
                : EntityExtractor.locationCues.contains(head) || EntityExtractor.leadingLocationCues.contains(headFirst)
                    ? .location
                    : nil
        guard let kind, !EntityExtractor.otherCues.contains(head) else { return nil }
        return [phrase.candidate(name: phrase.text, kind: kind)]
    }
}

/// The last word names the kind: "the 15th BRICS Summit" (an event, with its ordinal), "Central
/// Bank", "Ministry of …", "Museum Rietberg", "Tiananmen Square"; a policy or document ("… Initiative",
/// "… Act") names nothing.
struct CueWordAtEnd: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        guard phrase.count >= 2 else { return nil }
        let (lo, hi, context) = (phrase.lo, phrase.hi, phrase.context)
        let (first, last) = (phrase.first, phrase.last)
        if EntityExtractor.otherCues.contains(last) { return [] }
        let withoutDemonym = extractor.gazetteer.demonyms.contains(first) && phrase.count >= 3 ? lo + 1 : lo
        if EntityExtractor.eventCues.contains(last) {
            // "the 15th BRICS Summit": the ordinal is part of the event's name.
            var start = lo
            if lo > 0, extractor.isOrdinal(context.tokens.text(lo - 1)) { start = lo - 1 }
            return [context.candidate(start, hi, name: context.text(start, hi), kind: .event)]
        }
        if EntityExtractor.organizationCues.contains(last)
            || EntityExtractor.leadingOrganizationCues.contains(first) && (lo..<hi).contains(where: { context.tokens.text($0, is: "of") })
        {
            return [phrase.candidate(name: phrase.text, kind: .organization)]
        }
        if EntityExtractor.leadingOrganizationWithoutOf.contains(first) {
            return [phrase.candidate(name: phrase.text, kind: .organization)]
        }
        if EntityExtractor.locationCues.contains(last) || EntityExtractor.leadingLocationCues.contains(first) {
            return [context.candidate(withoutDemonym, hi, name: context.text(withoutDemonym, hi), kind: .location)]
        }
        return nil
    }
}
