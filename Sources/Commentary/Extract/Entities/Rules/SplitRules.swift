/// Rules that split a phrase the chunker joined into the names it holds, and name each part.

/// "the World Bank and the International Monetary Fund": two names, unless known as one (tried
/// before) or "… of X and Y" ("Ministry of Industry and Trade").
struct SplitAtAnd: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi, tokens) = (phrase.lo, phrase.hi, phrase.tokens)
        guard phrase.count >= 3, let split = (lo + 1..<hi - 1).first(where: { tokens.text($0, is: "and") }),
            !((lo..<split).contains(where: { tokens.text($0, is: "of") || tokens.text($0, is: "for") || tokens.text($0, is: "on") })
                && hi - split == 2)
        else { return nil }
        return extractor.name(lo, split, phrase.context)
            + extractor.name(phrase.skippingConnectors(from: split + 1), hi, phrase.context)
    }
}

/// "Director-General of the World Trade Organization": a role, then an organization.
struct RoleOfOrganization: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi) = (phrase.lo, phrase.hi)
        guard let title = extractor.leadingTitle(lo, hi, phrase.context), lo + title < hi, phrase.tokens.text(lo + title, is: "of")
        else { return nil }
        return extractor.name(phrase.skippingConnectors(from: lo + title + 1), hi, phrase.context)
    }
}

/// "Xi Jinping and Premier Li Qiang", "Lee of Singapore": parts joined by connectors that make no
/// known name together; not inside a title ("Secretary of State Antony Blinken").
struct SplitAtConnector: NamingRule {
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]? {
        let (lo, hi) = (phrase.lo, phrase.hi)
        guard phrase.count >= 3, let first = phrase.firstIndex(in: lo + 1..<hi - 1, of: EntityExtractor.splittingConnectors),
            let split = splitAfterTitle(phrase, from: first, extractor)
        else { return nil }
        return extractor.name(lo, split, phrase.context) + extractor.name(phrase.skippingConnectors(from: split), hi, phrase.context)
    }

    /// Where to split the phrase at a connector, `split` the first: not inside a title that opens
    /// the phrase ("Secretary of State Antony Blinken" is not split at "of"); nil for nowhere.
    func splitAfterTitle(_ phrase: Phrase, from split: Int, _ extractor: EntityExtractor) -> Int? {
        let (lo, hi) = (phrase.lo, phrase.hi)
        guard let title = extractor.leadingTitle(lo, hi, phrase.context), split < lo + title else { return split }
        // The title may take the whole phrase, or all of it but one word: no connector after it then.
        guard lo + title < hi - 1 else { return nil }
        return phrase.firstIndex(in: lo + title..<hi - 1, of: EntityExtractor.splittingConnectors)
    }
}
