/// Finds people, organizations, locations and events, with every mention's span.
///
/// No statistical model. Three steps, each in its own file of this folder:
/// 1. `PhraseChunker`: runs of capitalized tokens, with connectors inside ("Boao Forum for Asia").
/// 2. The naming rules (`Rules/`), run in order on each phrase (`rules` below): the user's aliases
///    and the gazetteer, title cues ("Prime Minister Mikhail Mishustin"), organization, event and
///    location cue words ("… Business Forum", "Ministry of …", "Tiananmen Square"), and the shape
///    of personal names. A rule names the phrase, names its parts, or passes it to the next.
/// 3. `Coreference`: short forms ("Xi", "President Xi", "Mishustin's") are resolved against the
///    people the article names in full.
public struct EntityExtractor: Sendable {
    public var aliases: AliasTable
    let gazetteer: Gazetteer

    public init(aliases: AliasTable = AliasTable(), gazetteer: Gazetteer = .shared) {
        self.aliases = aliases
        self.gazetteer = gazetteer
    }

    /// The naming rules, in the order they are tried: the first that applies decides.
    static let rules: [any NamingRule] = [
        KnownName(),
        OrdinalBeforeKnownName(),
        KnownNamesSideBySide(),
        LeadingFunctionWord(),
        CapitalizedDateline(),
        HyphenatedCompound(),
        HeadBeforeConnector(),
        SplitAtAnd(),
        RoleOfOrganization(),
        KnownNameThenTitle(),
        CueWordAtEnd(),
        SplitAtConnector(),
        LeadingDemonym(),
        TitledPerson(),
        SingleWord(),
        PersonNameShape(),
    ]

    // MARK: - Extraction

    /// Every mention in the paragraphs in scope: all kinds but trailers and metadata lines, and of
    /// captions only their text, not their credit.
    public func extract(
        paragraphs: [Paragraph], captions: [Caption] = [], authors: [String] = [],
        outlet: String? = nil
    ) -> [EntityMention] {
        extract(AnalyzedParagraph.analyze(paragraphs, captions: captions), authors: authors, outlet: outlet)
    }

    func extract(_ analyzed: [AnalyzedParagraph], authors: [String], outlet: String?) -> [EntityMention] {
        resolve(candidates(analyzed, authors: authors, outlet: outlet), authors: authors)
    }

    /// The mentions of these paragraphs before coreference: `resolve` names them, with every
    /// paragraph's candidates of the article in order.
    func candidates(_ analyzed: [AnalyzedParagraph], authors: [String], outlet: String?) -> [Candidate] {
        var candidates: [Candidate] = []
        for paragraph in analyzed where paragraph.kind != .metadata {
            let titleCased = paragraph.kind == .title && PhraseChunker.isTitleCased(paragraph.tokens)
            let context = PhraseContext(
                tokens: paragraph.tokens, codePoints: paragraph.codePoints, paragraph: paragraph.index,
                titleCased: titleCased, authors: authors, outlet: outlet)
            for phrase in PhraseChunker(gazetteer: gazetteer).chunk(paragraph.tokens, possessive: context.possessive) {
                candidates += name(phrase.lowerBound, phrase.upperBound, context)
            }
        }
        return candidates
    }

    /// A mention before coreference: resolved (name and kind known) or a short form to resolve.
    struct Candidate {
        var span: TextSpan
        var surface: String
        var name: String
        var kind: EntityKind?
        /// A person named by a title cue: a full name when it has two or more words.
        var titled = false
    }

    /// The candidates of tokens `lo..<hi`: the first rule that applies decides; none, no name.
    func name(_ lo: Int, _ hi: Int, _ context: PhraseContext) -> [Candidate] {
        guard lo < hi else { return [] }
        let phrase = Phrase(lo: lo, hi: hi, context: context)
        for rule in Self.rules {
            if let found = rule.apply(to: phrase, self) { return found }
        }
        return []
    }
}

/// A rule that names a capitalized phrase (`EntityExtractor.rules` runs them in order).
protocol NamingRule: Sendable {
    /// The phrase's candidates: itself named, its parts named (through `extractor.name`), or none
    /// (`[]`, the phrase names nothing). nil when the rule does not apply: the next one is tried.
    func apply(to phrase: Phrase, _ extractor: EntityExtractor) -> [EntityExtractor.Candidate]?
}
