import Testing

@testable import Commentary

/// Each naming rule on its own (`Extract/Entities/Rules/`): given a phrase, what it names, or nil
/// when it does not apply and leaves the phrase to the next rule. A phrase is the first run of
/// capitalized tokens the chunker finds in the text.
@Suite("Entity naming rules")
struct EntityRuleTests {
    static let extractor = EntityExtractor()

    /// `rule` applied to the first phrase of `text`: "surface=name|kind" per candidate ("?" for a
    /// short form left to coreference), or nil.
    static func apply(_ rule: some NamingRule, _ text: String) -> [String]? {
        let paragraph = AnalyzedParagraph.analyze(Paragraph(kind: .body, text: text), at: 0, captions: [])!
        let context = PhraseContext(
            tokens: paragraph.tokens, codePoints: paragraph.codePoints, paragraph: 0, titleCased: false, authors: [], outlet: nil)
        let chunks = PhraseChunker(gazetteer: .shared).chunk(paragraph.tokens, possessive: context.possessive)
        guard let first = chunks.first else { return nil }
        let phrase = Phrase(lo: first.lowerBound, hi: first.upperBound, context: context)
        return rule.apply(to: phrase, extractor)?.map { "\($0.surface)=\($0.name)|\($0.kind?.rawValue ?? "?")" }
    }

    @Test(arguments: [
        ("Mikhail Mishustin arrived.", ["Mikhail Mishustin=Mikhail Mishustin|person"]),
        ("Kiev replied.", ["Kiev=Kyiv|location"]),
        ("Zephyrine Quaddle spoke.", nil),
    ])
    func knownName(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(KnownName(), text) == expected)
    }

    @Test(arguments: [
        (
            "Scarborough Shoal Huangyan Island",
            ["Scarborough Shoal=Scarborough Shoal|location", "Huangyan Island=Scarborough Shoal|location"]
        ),
        ("Senkakus the Diaoyu Islands", ["Senkakus=Senkaku Islands|location", "Diaoyu Islands=Senkaku Islands|location"]),
        ("Africa CDC opened", nil),
        ("Zephyr Shoal Huangyan Island", nil),
    ])
    func knownNamesSideBySide(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(KnownNamesSideBySide(), text) == expected)
    }

    /// A disputed place goes by its international English name, whichever claimant's name a text
    /// uses; the region is not the territory ("Jammu and Kashmir").
    @Test(arguments: [
        ("Ren'ai Reef", "Second Thomas Shoal"), ("Second Thomas Shoal", "Second Thomas Shoal"), ("Huangyan Island", "Scarborough Shoal"),
        ("Diaoyu Islands", "Senkaku Islands"), ("Xisha Islands", "Paracel Islands"), ("Nansha Islands", "Spratly Islands"),
        ("Malvinas", "Falkland Islands"), ("Jammu and Kashmir", "Jammu and Kashmir"), ("Kashmir", "Kashmir"),
    ])
    func aDisputedPlaceGoesByItsInternationalName(_ surface: String, _ name: String) {
        #expect(Gazetteer.shared.lookup(surface)?.name == name)
    }

    @Test(arguments: [
        ("the Third Belt and Road Forum opened", ["Third Belt and Road Forum=Belt and Road Forum|event"]),
        ("the Third Zephyr Forum opened", nil),
    ])
    func ordinalBeforeKnownName(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(OrdinalBeforeKnownName(), text) == expected)
    }

    @Test(arguments: [
        ("At the BRICS summit, leaders spoke.", ["BRICS=BRICS|organization"]),
        ("Zephyrine Quaddle spoke.", nil),
    ])
    func leadingFunctionWord(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(LeadingFunctionWord(), text) == expected)
    }

    @Test(arguments: [
        ("BEIJING, Oct. 12 (Xinhua) -- Talks began.", ["BEIJING=Beijing|location"]),
        ("ZEPHCO said so.", nil),
    ])
    func capitalizedDateline(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(CapitalizedDateline(), text) == expected)
    }

    @Test(arguments: [
        ("China-Russia ties deepen.", ["China=China|location", "Russia=Russia|location"]),
        ("Sino-Russian ties deepen.", []),
        ("Zephyr-Quaddle ties deepen.", nil),
    ])
    func hyphenatedCompound(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(HyphenatedCompound(), text) == expected)
    }

    @Test(arguments: [
        ("Bank of Zephyria lent more.", ["Bank of Zephyria=Bank of Zephyria|organization"]),
        ("Forum on Zephyr Cooperation opened.", ["Forum on Zephyr Cooperation=Forum on Zephyr Cooperation|event"]),
        ("Strategy for Zephyr Growth failed.", nil),
    ])
    func headBeforeConnector(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(HeadBeforeConnector(), text) == expected)
    }

    @Test(arguments: [
        ("Zephyr Bank and the Quaddle Fund agreed.", ["Zephyr Bank=Zephyr Bank|organization", "Quaddle Fund=Quaddle Fund|organization"]),
        ("Ministry of Industry and Trade agreed.", nil),
    ])
    func splitAtAnd(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(SplitAtAnd(), text) == expected)
    }

    @Test(arguments: [
        (
            "Director-General of the World Trade Organization spoke.",
            ["World Trade Organization=World Trade Organization|organization"]
        ),
        ("Bank of Zephyria lent more.", nil),
    ])
    func roleOfOrganization(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(RoleOfOrganization(), text) == expected)
    }

    @Test(arguments: [
        ("World Bank President Ajay Banga said so.", ["World Bank=World Bank|organization", "Ajay Banga=Ajay Banga|person"]),
        ("Zephyr President Quaddle said so.", nil),
    ])
    func knownNameThenTitle(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(KnownNameThenTitle(), text) == expected)
    }

    @Test(arguments: [
        ("the 15th Zephyr Summit opened", ["15th Zephyr Summit=15th Zephyr Summit|event"]),
        ("Zephyr Quaddle Bank lent more.", ["Zephyr Quaddle Bank=Zephyr Quaddle Bank|organization"]),
        ("Museum Rietberg opened.", ["Museum Rietberg=Museum Rietberg|organization"]),
        ("Zephyr Square filled.", ["Zephyr Square=Zephyr Square|location"]),
        ("Quaddle Initiative failed.", []),
        ("Zephyrine Quaddle spoke.", nil),
    ])
    func cueWordAtEnd(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(CueWordAtEnd(), text) == expected)
    }

    @Test(arguments: [
        ("Xi Jinping and Premier Li Qiang met.", ["Xi Jinping=Xi Jinping|person", "Li Qiang=Li Qiang|person"]),
        ("Secretary of State Antony Blinken arrived.", nil),
    ])
    func splitAtConnector(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(SplitAtConnector(), text) == expected)
    }

    @Test(arguments: [
        ("Russian Prime Minister Mikhail Mishustin arrived.", ["Mikhail Mishustin=Mikhail Mishustin|person"]),
        ("Zephyrine Quaddle spoke.", nil),
    ])
    func leadingDemonym(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(LeadingDemonym(), text) == expected)
    }

    @Test(arguments: [
        ("Prime Minister Zephyrine Quaddle spoke.", ["Zephyrine Quaddle=Zephyrine Quaddle|person"]),
        ("Secretary of State Antony Blinken arrived.", ["Antony Blinken=Antony Blinken|person"]),
        ("Prime Minister spoke.", []),
        ("Zephyrine Quaddle spoke.", nil),
    ])
    func titledPerson(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(TitledPerson(), text) == expected)
    }

    @Test(arguments: [
        ("ZEPHCO said so.", ["ZEPHCO=ZEPHCO|organization"]),
        ("GDP grew.", []),
        ("FY2027 budgets grew.", []),
        ("Quaddle said so.", ["Quaddle=Quaddle|?"]),
        ("Zephyrine Quaddle spoke.", nil),
    ])
    func singleWord(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(SingleWord(), text) == expected)
    }

    @Test(arguments: [
        ("Zephyrine Quaddle spoke.", ["Zephyrine Quaddle=Zephyrine Quaddle|person"]),
        ("Zephyr Rwanda spoke.", nil),
        ("Asia-Pacific Quaddle spoke.", nil),
    ])
    func personNameShape(_ text: String, _ expected: [String]?) {
        #expect(Self.apply(PersonNameShape(), text) == expected)
    }

    /// The rules run in order and the first that applies decides: a known name before any shape,
    /// a title before the name-shape guess.
    @Test func theOrderOfTheRulesDecides() {
        let mentions = Self.extractor.extract(paragraphs: [
            Paragraph(kind: .body, text: "Prime Minister Zephyrine Quaddle met Mikhail Mishustin at the Zephyr Summit.")
        ])
        #expect(
            mentions.map { "\($0.surface)=\($0.kind.rawValue)" } == [
                "Zephyrine Quaddle=person", "Mikhail Mishustin=person", "Zephyr Summit=event",
            ])
        #expect(EntityExtractor.rules.first is KnownName)
    }
}

/// The rules together on wire and op-ed phrasing, through the normalizer.
@Suite("Entities in wire and op-ed phrasing")
struct EntityPhrasingTests {
    static let text = """
        Secretary of State Antony Blinken arrived in Beijing on Monday. Blinken said the talks were candid.
        World Bank President Ajay Banga said the lender would help. Banga spoke in Washington.
        At the BRICS summit in Johannesburg, leaders discussed expansion. BRICS now has ten members.
        BEIJING, Oct. 12 (Xinhua) -- Chinese Premier Li Qiang met guests in NEW YORK and Beijing.
        Saudi Energy Minister Abdulaziz bin Salman said the cuts would stay, and Khalid al-Falih agreed.
        """

    @Test func possessivesOrdinalsAndKindCues() throws {
        let text = """
            The People's Bank of China cut rates, and leaders gathered for the Third Belt and Road Forum in Beijing.
            Analysts at Project Syndicate and the Institut Montaigne said the Extended Fund Facility would help.
            Traders at Balogun Market agreed, citing FY2027 budgets.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        let found = Set(article.mentions.map { "\($0.surface)=\($0.name)|\($0.kind.rawValue)" })
        for expected in [
            "People's Bank of China=People's Bank of China|organization", "Third Belt and Road Forum=Belt and Road Forum|event",
            "Project Syndicate=Project Syndicate|organization", "Institut Montaigne=Institut Montaigne|organization",
            "Balogun Market=Balogun Market|location",
        ] {
            #expect(found.contains(expected), "\(expected) not in \(found)")
        }
        #expect(!found.contains { $0.hasPrefix("Bank of China=") || $0.hasPrefix("FY2027") || $0.contains("Facility=") })
    }

    @Test func titlesWithConnectorsKnownNamesBeforeTitlesLeadingWordsAndCapitals() throws {
        let article = try ArticleNormalizer().normalize(RawArticle(source: "wire.txt", rawText: Self.text, text: Self.text))
        let found = article.mentions.map { "\($0.surface)=\($0.name)|\($0.kind.rawValue)" }
        for expected in [
            "Antony Blinken=Antony Blinken|person", "Blinken=Antony Blinken|person",
            "World Bank=World Bank|organization", "Ajay Banga=Ajay Banga|person", "Banga=Ajay Banga|person",
            "BRICS=BRICS|organization", "BEIJING=Beijing|location", "NEW YORK=New York City|location",
            "Abdulaziz bin Salman=Abdulaziz bin Salman|person", "Khalid al-Falih=Khalid al-Falih|person",
        ] {
            #expect(found.contains(expected), "\(expected) not in \(found)")
        }
        #expect(found.filter { $0.hasPrefix("BRICS=") }.count == 2)
        #expect(!found.contains { $0.contains("|organization") && $0.hasPrefix("BEIJING") })
    }
}
