import Foundation
import Testing

@testable import Commentary

/// The headers and closing lines of pieces pasted from many outlets' pages: who wrote it, where it
/// ran, when, and under which headline.
@Suite("Headers and closing lines of pasted pieces")
struct HeaderLayoutTests {
    static let story = """
        Every few months the ministry announces another increase in tariffs and promises that this one will finally \
        arrest the growth of the debt, and every few months the numbers show that it has not.
        The standard explanation is that prices are set below the cost of supply. That is true, but it is not the \
        main reason the debt keeps growing, and the reform that follows from it will fail again.
        Recovery rates in the worst districts are below ninety per cent, and losses on the lines are twice what the \
        regulator allows; no tariff can pay for electricity that is never billed.
        """

    func normalize(_ text: String) throws -> Article {
        try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
    }

    @Test(arguments: [
        // A name alone over the date line, or over the writer's post and then the date line.
        ("Circular debt is a governance problem\nSana Mahmood\nPublished January 12, 2024", "Sana Mahmood", "2024-01-12"),
        (
            "Closing the account is a nudge\nTan Wei Ling\nSenior Correspondent\nPublished Jan 20, 2025, 05:00 AM", "Tan Wei Ling",
            "2025-01-20"
        ),
        // The name and where the writer is, over the date.
        ("Cashless fares need more than an app\nAchieng Otieno in Nairobi\nMarch 14, 2024", "Achieng Otieno", "2024-03-14"),
        ("Cashless fares need more than an app\nBy Wanjiru Kamau in Nairobi\nMarch 14, 2024", "Wanjiru Kamau", "2024-03-14"),
        // The name and the post in brackets; a byline's label with a colon.
        (
            "La colère agricole ne se réglera pas\nClaire Vasseur (Économiste)\nPublié le 6 février 2024 à 07h00", "Claire Vasseur",
            "2024-02-06"
        ),
        ("The chips act needs a workforce\nAuthor: Daniel R. Whitfield\nFebruary 27, 2024", "Daniel R. Whitfield", "2024-02-27"),
        (
            "¿Puede Colombia vivir sin petróleo?\nPor: Andrés Felipe Rojas\n3 de septiembre de 2024 - 06:00 a. m.", "Andrés Felipe Rojas",
            "2024-09-03"
        ),
        // A wire's staff byline of several writers.
        ("Can free trade outrun red tape?\nby Meridian writers Kiprop Mutai, Liang Yu\n2024-06-03", "Kiprop Mutai; Liang Yu", "2024-06-03"),
        // Italian's byline in small letters, over a date with its update in brackets.
        (
            "Orti condivisi sui tetti delle scuole\ndi Francesca Bellandi\n21 marzo 2024 (modifica il 21 marzo 2024 | 08:12)",
            "Francesca Bellandi", "2024-03-21"
        ),
        ("Bostadsbristen kräver mer än nya regler\nAv Karin Lindqvist\n12 mars 2024", "Karin Lindqvist", "2024-03-12"),
    ])
    func aWritersNameInTheHeaderIsTheAuthor(_ header: String, _ author: String, _ published: String) throws {
        let article = try normalize(header + "\n" + Self.story)
        #expect(article.author == author)
        #expect(article.published == published)
        #expect(article.paragraphs.filter { $0.kind == .body }.count == 3)
    }

    @Test func aLabelOverTheDateMadeOfTheTextsWordsIsNoAuthor() throws {
        // "Special Report" over the date: words the story writes in lower case.
        let text =
            "Circular debt is a governance problem\nSpecial Report\nPublished January 12, 2024\n" + Self.story
            + "\nThis special report is the first of three."
        #expect(try normalize(text).author == nil)
    }

    @Test func aNameWithItsInitialsInBracketsIsNoAuthor() throws {
        // "New International Version (NIV)": a title and its short form, not a writer and a post.
        let text = "Colossians 1:9\nNew International Version (NIV)\n" + Self.story
        let article = try normalize(text)
        #expect(article.author == nil)
    }

    @Test func aDeckUnderTheHeadlineStillLeavesTheHeaderOpen() throws {
        let text = """
            La colère agricole ne se réglera pas à coups de dérogations
            Les mesures annoncées par le gouvernement ont apaisé les agriculteurs sans traiter la cause de leur colère : \
            la faiblesse du revenu face à l'aval de la filière, des industriels de la transformation à la grande distribution
            Claire Vasseur (Économiste)
            Publié le 6 février 2024 à 07h00
            """
        #expect(try normalize(text + "\n" + Self.story).author == "Claire Vasseur")
    }

    @Test func anAuthorsBlockListsEveryWriter() throws {
        let text = """
            Lagos is getting hotter at night
            Authors
            Ngozi Adeyemi
            Senior Lecturer in Public Health, University of Lagos
            Tomás Herrera
            Associate Professor of Environmental Epidemiology, University of Melbourne
            """
        let article = try normalize(text + "\n" + Self.story)
        #expect(article.author == "Ngozi Adeyemi; Tomás Herrera")
        #expect(article.paragraphs.filter { $0.kind == .metadata }.count == 5)
    }

    @Test(
        arguments: [
            ("Layla Al Mansoori, Special to The Gulf Meridian", "Layla Al Mansoori", "The Gulf Meridian"),
            ("Ricardo Almeida | The Brasília Review", "Ricardo Almeida", "The Brasília Review"),
            // A place between the byline and the date is no outlet.
            ("Written by Arvind Menon | New Delhi | Updated: June 22, 2024 07:40 IST", "Arvind Menon", nil),
        ] as [(String, String, String?)])
    func aBylineNamesTheWriterAndTheOutlet(_ line: String, _ author: String, _ outlet: String?) throws {
        let article = try normalize("Desalination is not a water policy\n\(line)\n" + Self.story)
        #expect(article.author == author)
        #expect(article.outlet == outlet)
        #expect(article.paragraphs[1].kind == .metadata)
    }

    @Test(
        arguments: [
            ("Opinion & Analysis\nHousing must start with residents", "Housing must start with residents", nil),
            ("TENDÊNCIAS / DEBATES\nBelém não pode ser só vitrine", "Belém não pode ser só vitrine", nil),
            (
                "Die Wochenpost › Wirtschaft\nSchuldenbremse\nSparen, bis die Brücke bricht", "Sparen, bis die Brücke bricht",
                "Die Wochenpost"
            ),
            ("The Commons Review\nLagos is getting hotter at night", "Lagos is getting hotter at night", "The Commons Review"),
            ("The Long Ledger\nThe missing rung", "The missing rung", "The Long Ledger"),
            ("ANALYSIS-Saudi patience with laggards wears thin", "Saudi patience with laggards wears thin", nil),
            ("OPINION: Why the grid needs patient money", "Why the grid needs patient money", nil),
            ("Why the grid needs patient money | Opinion", "Why the grid needs patient money", nil),
            ("Why the grid needs patient money - CGTN", "Why the grid needs patient money", "CGTN"),
            ("Title: Why the grid needs patient money", "Why the grid needs patient money", nil),
            ("# Why the grid needs patient money", "Why the grid needs patient money", nil),
            ("[Kim Seo-yeon] Cash alone will not lift the birth rate", "Cash alone will not lift the birth rate", nil),
            // A kicker of three words over a headline in title case; of up to four in capitals.
            (
                "Belt and Road\nRail Link Turns Laos From Landlocked to Land-Linked", "Rail Link Turns Laos From Landlocked to Land-Linked",
                nil
            ),
            ("Democracy Under Siege\nHow gerrymandering, money and apathy are hollowing out our elections", "Democracy Under Siege", nil),
            ("ORIENT LEDGER VIEWPOINT\nAfter the Vote, Asia Needs Steady Hands", "After the Vote, Asia Needs Steady Hands", nil),
            // A caption, a date line or a byline first, then the headline.
            (
                "Parents walk by the Han River in Seoul on Jan. 7. (Yonhap)\nCash alone will not lift the birth rate",
                "Cash alone will not lift the birth rate", nil
            ),
            ("Published: 2024-01-12 15:30\nCash alone will not lift the birth rate", "Cash alone will not lift the birth rate", nil),
            // As written: a headline that opens with a word of a label in mixed case keeps it.
            ("Commentary: Global South's voice grows louder", "Commentary: Global South's voice grows louder", nil),
        ] as [(String, String, String?)])
    func theHeadlineIsReadPastLabelsAndSites(_ header: String, _ title: String, _ outlet: String?) throws {
        let article = try normalize(header + "\n" + Self.story)
        #expect(article.title == title)
        #expect(article.outlet == outlet)
    }

    @Test(
        arguments: [
            ("Sign up for The Lion City Times' Opinion newsletter for a weekly round-up.", "The Lion City Times"),
            ("Os artigos assinados não refletem necessariamente a opinião do Diário Paulistano.", "Diário Paulistano"),
            ("Recibí las noticias de El Diario del Plata en tu email", "El Diario del Plata"),
            ("Rhiannon Pryce is a columnist for The Albion Herald and a former housing adviser.", "The Albion Herald"),
            ("Offrir cet article\n© La Gazette du Soir", "La Gazette du Soir"),
            ("Views expressed by writers are their own and do not necessarily reflect Arab Horizon's point-of-view", "Arab Horizon"),
            (
                "Las opiniones expresadas son responsabilidad exclusiva de su autor y no comprometen la línea editorial de El Observador Andino.",
                "El Observador Andino"
            ),
            ("Rhiannon Pryce is a former economics editor and a senior columnist for the Chao Phraya Post.", "Chao Phraya Post"),
            ("Rue Belliard Review welcomes op-ed submissions. Read our guidelines here.", "Rue Belliard Review"),
            ("This article was first published in Renmin Tribune on September 12, 2024.", "Renmin Tribune"),
            // A date in a note is no outlet's name.
            ("Editor's note: This is part of a series in which scholars reflect on policy ahead of the Oct. 20 transition.", nil),
            // A writer's former post names no outlet of this piece.
            ("Rhiannon Pryce is a former columnist for The Albion Herald.", nil),
        ] as [(String, String?)])
    func aClosingLineNamesTheOutlet(_ closing: String, _ outlet: String?) throws {
        let text = "Circular debt is a governance problem\nBy Rhiannon Pryce\n" + Self.story + "\n" + closing
        let article = try normalize(text)
        #expect(article.outlet == outlet)
        #expect(article.captions.isEmpty)
    }

    @Test func theDayAPieceFirstRanIsItsDateWhenNoLineStatesOne() throws {
        let text =
            "Tariffs cannot stop the green transition\n" + Self.story
            + "\nThis article was first published in Renmin Tribune on September 12, 2024."
        let article = try normalize(text)
        #expect(article.published == "2024-09-12")
        #expect(article.outlet == "Renmin Tribune")
    }

    @Test func aWireStorysOpeningNamesItsAgency() throws {
        let text = """
            Saudi patience with laggards wears thin
            By Tom Hardwick
            LONDON, Oct 2 (Globe Wire) - Saudi Arabia is losing patience with members that have pumped above their \
            quotas, and it is prepared to tolerate lower prices to enforce discipline, sources said.
            """
        #expect(try normalize(text + "\n" + Self.story).outlet == "Globe Wire")
    }

    @Test func anUnsignedEditorialsVoiceIsTheOutlet() throws {
        let text = "Nuclear dreams must not stall the grid\nThe Harbour Herald's View\nJuly 8, 2024\n" + Self.story
        let article = try normalize(text)
        #expect(article.outlet == "The Harbour Herald")
        #expect(article.author == nil)
        #expect(article.paragraphs[1].kind == .metadata)
    }

    @Test(arguments: [
        ("5.nov.2024 às 23h15", "2024-11-05"),
        ("12/06/2024 0:02 - Actualizado al 12/06/2024 7:45", "2024-06-12"),
        ("05/02/2024 08h15 · Updated 05/02/2024 11h40", "2024-02-05"),
        ("Tue 5 Mar 2024 06.00 GMT\nLast modified on Wed 6 Mar 2024 09.14 GMT", "2024-03-05"),
    ])
    func dateLinesThatWriteTheDayFirst(_ lines: String, _ published: String) throws {
        let article = try normalize("Belém não pode ser só vitrine\n\(lines)\n" + Self.story)
        #expect(article.published == published)
        #expect(article.paragraphs.filter { $0.kind == .metadata }.count == lines.split(separator: "\n").count)
    }

    @Test(arguments: ["Explore more on these topics: Housing / Renting / Manchester", "Share", "Share / Reuse this content"])
    func aPagesControlsAfterTheStoryAreATrailer(_ line: String) throws {
        let article = try normalize("Renters cannot wait\nBy Fiona Gallagher\n" + Self.story + "\n" + line)
        #expect(article.paragraphs.last?.kind == .trailer)
        #expect(article.captions.isEmpty)
    }
}

@Suite("Captions pasted from many outlets")
struct PastedCaptionTests {
    @Test(arguments: [
        // A slash's spaces and a file photo's marks are no part of the credit or the caption.
        (
            "Supporters cheer at a party in West Palm Beach. Photo: AFP / Daniel Crane", "Supporters cheer at a party in West Palm Beach.",
            "AFP/Daniel Crane"
        ),
        ("A view of the Tarbela Dam on the Indus River. (Reuters/File)", "A view of the Tarbela Dam on the Indus River.", "Reuters"),
        // An agency's credit after a dash or a bar; a paper's photographer in brackets.
        (
            "Construction at the chip plant in New Albany, Ohio, on March 3, 2024. — AP Photo/Carla Jenkins",
            "Construction at the chip plant in New Albany, Ohio, on March 3, 2024.", "AP Photo/Carla Jenkins"
        ),
        (
            "Área desmatada às margens da BR-319, em setembro - Marcos Teixeira/Reuters",
            "Área desmatada às margens da BR-319, em setembro", "Marcos Teixeira/Reuters"
        ),
        (
            "The commission presents its plan in Brussels on March 4, 2025. | Julien Marchetti/AFP via Getty Images",
            "The commission presents its plan in Brussels on March 4, 2025.", "Julien Marchetti/AFP via Getty Images"
        ),
        (
            "Farmers transplant paddy seedlings near Sangrur on June 15. (Courier Photo by Harpreet Gill)",
            "Farmers transplant paddy seedlings near Sangrur on June 15.", "Courier Photo by Harpreet Gill"
        ),
        (
            "FILE PHOTO: A tanker is moored at the Ras Tanura terminal, May 21, 2023. GLOBE WIRE/Faisal Al-Harbi/File Photo",
            "A tanker is moored at the Ras Tanura terminal, May 21, 2023.", "GLOBE WIRE/Faisal Al-Harbi"
        ),
        (
            "File photo: Farmers wait to sell their onions at Lasalgaon. (Reuters)", "Farmers wait to sell their onions at Lasalgaon.",
            "Reuters"
        ),
        // Two-word labels; national agencies' initials.
        (
            "Oil tankers anchored off the coast of Fujairah. Image Credit: Reuters", "Oil tankers anchored off the coast of Fujairah.",
            "Reuters"
        ),
        ("Tourists watch wildebeest cross the Mara River. PHOTO | AFP", "Tourists watch wildebeest cross the Mara River.", "AFP"),
        (
            "Visitors explore the rock-cut tombs of Hegra near AlUla. (SPA)", "Visitors explore the rock-cut tombs of Hegra near AlUla.",
            "SPA"
        ),
    ])
    func aCaptionsCreditIsTidied(_ line: String, _ text: String, _ credit: String) throws {
        let story = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security."
        let raw = "Why the region matters\n\(line)\n\(story)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: raw, text: raw))
        #expect(article.captions.map(\.text) == [text])
        #expect(article.captions.map(\.credit) == [credit])
    }

    @Test func aLabelledCreditOnTheLineUnderTheFirstLineMakesItACaption() throws {
        let raw = """
            The Jebel Ali power and desalination complex in Dubai.
            Image Credit: Shutterstock
            Layla Al Mansoori, Special to The Gulf Meridian
            Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: raw, text: raw))
        #expect(article.captions.map(\.text) == ["The Jebel Ali power and desalination complex in Dubai."])
        #expect(article.captions.map(\.credit) == ["Shutterstock"])
    }

    @Test func theEditorsMarkUnderANoteIsNoCredit() throws {
        let raw = """
            Why the region matters
            Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security.
            Park Ji-hoon is a professor of economics at Yonsei University. The views expressed here are his own. — Ed.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: raw, text: raw))
        #expect(article.captions.isEmpty)
    }
}

@Suite("People named by their shape alone")
struct ShapeNamedPeopleTests {
    func people(_ text: String) throws -> [String] {
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        return Array(Set(article.mentions.filter { $0.kind == .person }.map(\.name))).sorted()
    }

    @Test func aPhraseOfTheTextsOwnLowerCaseWordsIsNoPerson() throws {
        let text = """
            Housing must start with residents
            Affordable Housing was the slogan of the campaign, and Wanjiru Kamau wants it kept.
            The plan promises affordable housing, but housing that is affordable to whom?
            """
        #expect(try people(text) == ["Wanjiru Kamau"])
    }

    @Test func aGermanNounAfterItsArticleIsNoPerson() throws {
        let text = """
            Sparen, bis die Brücke bricht
            Die Schuldenbremse ist kein Naturgesetz, sagt Katrin Oberländer. Der Einsturz in Dresden zeigt es.
            """
        #expect(try people(text) == ["Katrin Oberländer"])
    }
}

@Suite("Pieces copied from pages, prints and feeds")
struct CopiedPieceTests {
    static let story = HeaderLayoutTests.story

    func normalize(_ text: String) throws -> Article {
        try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
    }

    @Test func aSitesNavigationOverTheHeadlineIsNoTitle() throws {
        let text =
            "Russia\nWorld\nBusiness\nOp-ed\nOp-ed\nThe Northern Sea Route is no longer a curiosity\n14 Feb, 2024 10:42\n" + Self.story
        let article = try normalize(text)
        #expect(article.title == "The Northern Sea Route is no longer a curiosity")
        #expect(article.published == "2024-02-14")
    }

    @Test func aPrintedPagesRunningHeadAndShortLines() throws {
        let text = """
            18                      THE YARKON POST                 FRIDAY, JANUARY 19, 2024

            OPINION

            Water diplomacy is the
            quiet success story we
            keep ignoring

            • By NOA BEN-HAIM

            In the summer of 2018, after five dry winters, the water authority announced that desalin-
            ation would supply most of the country's drinking water within a decade, and few believed it.

            The plants were built on time, and the pumps that once drew the lake down now push water back
            into it, which is a story the region has not yet told itself.
            """
        let article = try normalize(text)
        #expect(article.title == "Water diplomacy is the quiet success story we keep ignoring")
        #expect(article.author == "Noa Ben-Haim")
        #expect(article.outlet == "The Yarkon Post")
        #expect(article.published == "2024-01-19")
        #expect(article.paragraphs.contains { $0.text.contains("desalination would supply") })
    }

    @Test(arguments: [
        ("Published Apr 02, 2024  •  Last updated Apr 03, 2024  •  4 minute read", "2024-04-02"),
        ("18-03-2024 (updated: 19-03-2024 )", "2024-03-18"),
        ("Philippine Daily Courier / 12:30 AM March 11, 2024", "2024-03-11"),
    ])
    func dateLinesOfOtherPagesAreRead(_ line: String, _ published: String) throws {
        let article = try normalize("Rice, politics, and the price of patience\n\(line)\n" + Self.story)
        #expect(article.published == published)
        #expect(article.paragraphs[1].kind == .metadata)
    }

    @Test func writersUnderTheirHeadingAndTheOutletTheyWroteFor() throws {
        let text = """
            Calgary's housing boom is real
            Author of the article:
            Rebecca Chiu and Marc-André Tremblay
            Special to the Prairie Ledger
            Published Apr 02, 2024
            """
        let article = try normalize(text + "\n" + Self.story)
        #expect(article.author == "Rebecca Chiu; Marc-André Tremblay")
        #expect(article.outlet == "Prairie Ledger")
    }

    @Test func aBylinesHandleAfterADashIsNoPartOfTheName() throws {
        let text =
            "Opinion / Columns\nGround Truth\nRice, politics, and the price of patience\nBy: Ramon V. Dizon - @dailycourierph\n"
            + "Philippine Daily Courier / 12:30 AM March 11, 2024\n" + Self.story
        let article = try normalize(text)
        #expect(article.author == "Ramon V. Dizon")
        #expect(article.outlet == "Philippine Daily Courier")
    }

    @Test func aColumnistsNameOverTheHeadlineIsTheAuthor() throws {
        let text =
            "Bosphorus Daily News > Opinion > Columnists\nOPINION\nSelin Arıkan\nThe Sweden vote is a beginning, not a favor\n"
            + "January 22 2024\n" + Self.story
        let article = try normalize(text)
        #expect(article.author == "Selin Arıkan")
        #expect(article.title == "The Sweden vote is a beginning, not a favor")
        #expect(article.outlet == "Bosphorus Daily News")
    }

    @Test func anAgencysNameAndADateLineOverTheHeadline() throws {
        let text =
            "Agencia Austral de Noticias\nEconomía | Minería\n8 de mayo de 2024 14:35 GMT | Actualizado hace 3 horas\n"
            + "ANÁLISIS-El litio sudamericano busca precio en un mercado saturado\nPor Mariana Ferreyra y Joaquín Paredes\n" + Self.story
        let article = try normalize(text)
        #expect(article.title == "El litio sudamericano busca precio en un mercado saturado")
        #expect(article.outlet == "Agencia Austral de Noticias")
        #expect(article.published == "2024-05-08")
    }

    @Test func aForwardedNewslettersHeaderIsMetadata() throws {
        let text = """
            ---------- Forwarded message ---------
            From: The Harmattan Post <newsletter@harmattanpost.ng>
            Date: Mon, Mar 4, 2024 at 6:02 AM
            Subject: Monday Column: The naira's long road back
            To: <research.inbox@example.org>
            View this email in your browser
            """
        let article = try normalize(text + "\n" + Self.story)
        #expect(article.paragraphs.prefix(5).allSatisfy { $0.kind == .metadata })
        #expect(article.paragraphs[5].kind == .trailer)
        #expect(article.title == nil)
        #expect(article.outlet == "The Harmattan Post")
        #expect(article.published == "2024-03-04")
    }

    @Test func thePrintEditionALineNamesIsTheOutlet() throws {
        let text =
            "The end of negative rates\n" + Self.story
            + "\nThis article first appeared in the print edition of The Marunouchi Economic Journal."
        #expect(try normalize(text).outlet == "The Marunouchi Economic Journal")
    }
}
