import Testing

@testable import Commentary

/// Coreference (`Extract/Entities/Coreference.swift`): short forms and partial names resolved
/// against the people an article names in full.
@Suite("Coreference")
struct CoreferenceTests {
    /// The person mentions of `text`, as "surface=name".
    static func people(_ text: String) -> [String] {
        EntityExtractor().extract(paragraphs: [Paragraph(kind: .body, text: text)])
            .filter { $0.kind == .person }.map { "\($0.surface)=\($0.name)" }
    }

    @Test(arguments: [
        // A surname, a title and surname, a possessive: the person named in full.
        (
            "Premier Zephyrine Quaddle arrived. Quaddle said trade grew.",
            ["Zephyrine Quaddle=Zephyrine Quaddle", "Quaddle=Zephyrine Quaddle"]
        ),
        ("Zephyrine Quaddle arrived. President Quaddle spoke.", ["Zephyrine Quaddle=Zephyrine Quaddle", "Quaddle=Zephyrine Quaddle"]),
        ("Zephyrine Quaddle arrived. Quaddle's visit mattered.", ["Zephyrine Quaddle=Zephyrine Quaddle", "Quaddle=Zephyrine Quaddle"]),
        // A short form nobody in the article bears is dropped.
        ("Quaddle said trade grew.", []),
        // A partial name maps to the fullest form: "Lula da Silva" to the full name.
        (
            "Luiz Inácio Lula da Silva spoke. Lula da Silva left.",
            ["Luiz Inácio Lula da Silva=Luiz Inácio Lula da Silva", "Lula da Silva=Luiz Inácio Lula da Silva"]
        ),
    ])
    func shortFormsResolve(_ text: String, _ expected: [String]) {
        #expect(Self.people(text) == expected)
    }

    @Test func aSurnameIsThePersonNamedLastWhoBearsIt() throws {
        let text = """
            President Luiz Inácio Lula da Silva opened the summit in Belém. Lula said the forest needs money.
            Environment Minister Marina Silva spoke next. Silva, who first held the post in 2003, asked for funds.
            Hong Kong Chief Executive John Lee promoted trade. Mr. Lee said the city is open. Lee Hsien Loong was absent.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        let found = article.mentions.filter { $0.kind == .person }.map { "\($0.surface)=\($0.name)" }
        #expect(
            found == [
                "Luiz Inácio Lula da Silva=Luiz Inácio Lula da Silva", "Lula=Luiz Inácio Lula da Silva", "Marina Silva=Marina Silva",
                "Silva=Marina Silva", "John Lee=John Lee", "Lee=John Lee", "Lee Hsien Loong=Lee Hsien Loong",
            ])
    }

    @Test func spellingsAndPatronymicsOfOnePersonAreOneName() throws {
        let text = """
            Mongolian President Ukhnaagiin Khürelsükh met Foreign Minister Sergey Viktorovich Lavrov in Ulaanbaatar.
            Ukhnaagiin Khurelsukh said trade would grow, and Sergey Lavrov praised the railway plan.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        let names = article.mentions.filter { $0.kind == .person }.map(\.name)
        #expect(names == ["Ukhnaagiin Khürelsükh", "Sergey Viktorovich Lavrov", "Ukhnaagiin Khürelsükh", "Sergey Viktorovich Lavrov"])
    }

    @Test func anAuthorKnownOnlyFromMetadataDoesNotTakeOverPlaceNames() throws {
        let text = "Georgia and Armenia held talks in Tbilisi on trade. Jordan also sent a delegation to the meeting."
        var raw = RawArticle(source: "a.txt", rawText: text, text: text)
        raw.metadata.author = "Georgia Jordan"
        let article = try ArticleNormalizer().normalize(raw)
        let found = Set(article.mentions.map { "\($0.surface)=\($0.name)|\($0.kind.rawValue)" })
        #expect(found.contains("Georgia=Georgia|location"))
        #expect(found.contains("Jordan=Jordan|location"))
        #expect(!found.contains { $0.contains("|person") })
    }
}
