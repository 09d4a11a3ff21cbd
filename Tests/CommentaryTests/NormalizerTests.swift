import Foundation
import Testing

@testable import Commentary

@Suite("Normalizing the seed article")
struct SeedNormalizationTests {
    @Test func paragraphKindsCaptionsAndTrailer() throws {
        let article = try normalizeSeed()
        let kinds = article.paragraphs.map(\.kind)
        #expect(article.paragraphs.count == 11)
        #expect(kinds.first == .caption)
        #expect(kinds[1] == .editorNote)
        #expect(kinds.last == .trailer)
        #expect(kinds.filter { $0 == .caption }.count == 2)
        #expect(kinds.filter { $0 == .body }.count == 7)
    }

    @Test func captionsCarryTheirCreditAndDate() throws {
        let article = try normalizeSeed()
        #expect(article.captions.count == 2)
        #expect(article.captions.allSatisfy { $0.credit == "CFP" })
        #expect(article.captions.allSatisfy { $0.date == "2023-05-24" })
        #expect(article.captions[0].text.hasSuffix("May 24, 2023."))
        #expect(!article.captions[0].text.contains("/CFP"))
    }

    @Test func authorAndOutletComeFromTheEditorsNote() throws {
        let article = try normalizeSeed()
        #expect(article.author == "Imran Khalid")
        #expect(article.outlet == "CGTN")
        #expect(article.authorDescription?.hasPrefix("a special commentator on current affairs for CGTN") == true)
        #expect(article.published == nil)
    }

    @Test func datesAreResolvedAgainstTheCaptionDate() throws {
        let article = try normalizeSeed()
        let values = Set(article.dates.compactMap(\.value))
        #expect(values == ["2023-05-24", "2023-05-23", "2023-03"])
        let march = article.dates.first { $0.surface == "March of this year" }
        #expect(march?.resolution == .relative)
        #expect(march?.anchor == .caption)
    }

    @Test func entitiesAreTypedAndCanonical() throws {
        let article = try normalizeSeed()
        let found = Set(article.mentions.map { "\($0.name)|\($0.kind.rawValue)" })
        let expected: Set<String> = [
            "Imran Khalid|person", "Mikhail Mishustin|person", "Xi Jinping|person", "Li Qiang|person",
            "China-Russia Business Forum|event", "China-Central Asia Summit|event",
            "Beijing|location", "Shanghai|location", "China|location", "Russia|location", "Tiananmen Square|location",
            "Ukraine|location", "United States|location", "Washington|location",
            "United Nations|organization", "BRICS|organization", "G20|organization", "CGTN|organization",
        ]
        #expect(found == expected)
    }

    @Test func mentionOffsetsPointIntoTheStoredText() throws {
        let article = try normalizeSeed()
        for mention in article.mentions {
            let scalars = Array(article.paragraphs[mention.span.paragraphIndex].text.unicodeScalars)
            let slice = String(String.UnicodeScalarView(scalars[mention.span.start..<(mention.span.start + mention.span.length)]))
            #expect(slice == mention.surface)
        }
        #expect(!article.mentions.contains { article.paragraphs[$0.span.paragraphIndex].kind == .trailer })
    }
}

@Suite("Captions")
struct CaptionParserTests {
    @Test(arguments: [
        ("A cul-de-sac in Gilbert, Ariz.", "Credit...Sarah Lin for The New York Times", "Sarah Lin for The New York Times"),
        ("Staying the course.", "Photographer: Al Drago/Bloomberg", "Al Drago/Bloomberg"),
        ("Grain terminal in Novorossiysk", "© Dmitry Korolev/TASS", "Dmitry Korolev/TASS"),
        ("A flooded street in the old town", "Credit: Depositphotos", "Depositphotos"),
    ])
    func aCreditOnTheLineUnderACaptionMakesItACaption(_ caption: String, _ line: String, _ credit: String) throws {
        // Pasted from a page, a photo's caption and its credit are two lines: both read as body.
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security."
        let text = "Why the region matters\n\n\(caption)\n\(line)\n\n\(body)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.captions.map(\.text) == [caption])
        #expect(article.captions.first?.credit == credit)
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == [body])
        // A line of the story that opens with a label's word stays body.
        let story =
            "Why the region matters\n\nThe port reopened.\nPhoto: the quay after the storm, as the council showed it, was a wreck of stone.\n\n\(body)"
        #expect(try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: story, text: story)).captions.isEmpty)
        // A story's paragraph of sentences over a stray credit, a blank line between, is no caption.
        let stray =
            "Why the region matters\n\nThe port reopened on Monday after the storm. Boats came back by noon.\n\nPhoto: Reuters\n\n\(body)"
        #expect(try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: stray, text: stray)).captions.isEmpty)
        // A section's name over the page's notice of rights is no caption.
        let notice = "Why the region matters\n\n\(body)\n\nOpinión\n© EDICIONES EL PAÍS S.L."
        #expect(try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: notice, text: notice)).captions.isEmpty)
    }

    @Test(arguments: [
        ("Flags on Tiananmen Square, Beijing, May 24, 2023. /CFP", "Flags on Tiananmen Square, Beijing, May 24, 2023.", "CFP"),
        ("Leaders at the summit. Photo: VCG", "Leaders at the summit.", "VCG"),
        (
            "Workers at the port in Tianjin, June 2, 2024. (Xinhua/Li Ming)", "Workers at the port in Tianjin, June 2, 2024.",
            "Xinhua/Li Ming"
        ),
        ("A view of the venue. /Getty Images", "A view of the venue.", "Getty Images"),
        ("Delegates arrive. [Photo/Xinhua]", "Delegates arrive.", "Xinhua"),
        ("Crowds in Paris, Aug. 11, 2024. /Reuters", "Crowds in Paris, Aug. 11, 2024.", "Reuters"),
        ("The Xi'an city wall at night. File photo/CFP", "The Xi'an city wall at night.", "CFP"),
        // The label after a slash, as CGTN sets a credit: "/File photo/CFP", "/Photo/Xinhua".
        ("Wind turbines in Gansu Province. /File photo/CFP", "Wind turbines in Gansu Province.", "CFP"),
        ("Wind turbines in Gansu Province. /Photo/Xinhua", "Wind turbines in Gansu Province.", "Xinhua"),
        ("The Xi'an city wall at night. File photo: Xinhua", "The Xi'an city wall at night.", "Xinhua"),
        ("Delegates in Kazan. Photo credit: Reuters", "Delegates in Kazan.", "Reuters"),
        ("Soldiers on parade in Islamabad, July 12, 2024. — APP", "Soldiers on parade in Islamabad, July 12, 2024.", "APP"),
        ("Shoppers in Lagos, May 2, 2024. Photo by Emeka Eze on Unsplash", "Shoppers in Lagos, May 2, 2024.", "Emeka Eze on Unsplash"),
        ("Leaders meet in Tokyo, Nov. 27, 2022. Kyodo News via AP", "Leaders meet in Tokyo, Nov. 27, 2022.", "Kyodo News via AP"),
        ("Der neue Wellenbrecher im Hafen. Bild: Jahr Media", "Der neue Wellenbrecher im Hafen.", "Jahr Media"),
        ("El rompeolas al amanecer. Foto: Ana Ruiz", "El rompeolas al amanecer.", "Ana Ruiz"),
        ("Firefighters at the scene. (AP Photo/Evan Vucci)", "Firefighters at the scene.", "AP Photo/Evan Vucci"),
        ("Protesters in Madrid. (EPA-EFE/JUAN LOPEZ)", "Protesters in Madrid.", "EPA-EFE/JUAN LOPEZ"),
        // Behind a copyright sign, with a label or none, the agency in small letters or not.
        (
            "Der Schulleiter empfing am Montag nur 14 von 75 Kindern © VS Tristach",
            "Der Schulleiter empfing am Montag nur 14 von 75 Kindern", "VS Tristach"
        ),
        (
            "Überflutete Gebiete nördlich von Ljubljana. © Action press/Bernd März", "Überflutete Gebiete nördlich von Ljubljana.",
            "Action press/Bernd März"
        ),
        ("Der neue Wellenbrecher im Hafen. Foto: © dpa", "Der neue Wellenbrecher im Hafen.", "dpa"),
        // German's rights to a picture and its source, Polish "fot.", French's space before a colon.
        (
            "Pro Stunde werden im Hafen etwa 45 Kisten verladen. Bildrechte: MDR/Anna Berg",
            "Pro Stunde werden im Hafen etwa 45 Kisten verladen.", "MDR/Anna Berg"
        ),
        ("Der Wellenbrecher im Winter. Bildquelle: Peter Ferstl", "Der Wellenbrecher im Winter.", "Peter Ferstl"),
        ("Nowy falochron w porcie (fot. PAP/EPA / Jan Nowak)", "Nowy falochron w porcie", "PAP/EPA / Jan Nowak"),
        (
            "Vogue Paris, maj 2011, fot. Claudia Knoepfel & Stefan Indlekofer", "Vogue Paris, maj 2011",
            "Claudia Knoepfel & Stefan Indlekofer"
        ),
        ("La digue au lever du jour. Photo : AFP", "La digue au lever du jour.", "AFP"),
        ("La digue au lever du jour. Crédit photo : Jean Martin", "La digue au lever du jour.", "Jean Martin"),
        ("LA DIGUE AU LEVER DU JOUR. CRÉDIT PHOTO : AFP", "LA DIGUE AU LEVER DU JOUR.", "AFP"),
        // An agency's credit after the last sentence, whole: the agency and its photographer.
        (
            "A deforested area near Novo Progresso, on September 2, 2023. REUTERS/Ueslei Marcelino",
            "A deforested area near Novo Progresso, on September 2, 2023.", "REUTERS/Ueslei Marcelino"
        ),
        (
            "A deforested area near Novo Progresso, on September 2, 2023. AP Photo/Eraldo Peres",
            "A deforested area near Novo Progresso, on September 2, 2023.", "AP Photo/Eraldo Peres"
        ),
        (
            "Biden speaks in Washington, May 3, 2023. AP Photo/J. Scott Applewhite", "Biden speaks in Washington, May 3, 2023.",
            "AP Photo/J. Scott Applewhite"
        ),
        (
            "A deforested area near Novo Progresso, on September 2, 2023. Getty Images",
            "A deforested area near Novo Progresso, on September 2, 2023.", "Getty Images"
        ),
        (
            "A deforested area near Novo Progresso, on September 2, 2023. EPA-EFE/ANDRE BORGES",
            "A deforested area near Novo Progresso, on September 2, 2023.", "EPA-EFE/ANDRE BORGES"
        ),
        // The agency's credit in brackets with an initial inside; a photographer for a paper; a
        // photo library; the file label; the photographer's label; a credit "Name / Paper" or
        // "Name/AP" after the last sentence, the photographer with it; an agency in small letters.
        (
            "Johnson speaks at the Capitol, Feb. 6, 2024. (AP Photo/J. Scott Applewhite)", "Johnson speaks at the Capitol, Feb. 6, 2024.",
            "AP Photo/J. Scott Applewhite"
        ),
        ("Crews inspect the bridge. (Matt Roth for The Washington Post)", "Crews inspect the bridge.", "Matt Roth for The Washington Post"),
        ("A police cruiser parked outside a school. (iStock)", "A police cruiser parked outside a school.", "iStock"),
        (
            "Residents queue for water in Gaza City [File: Mohamed Abd El Ghany/Reuters]", "Residents queue for water in Gaza City",
            "Mohamed Abd El Ghany/Reuters"
        ),
        (
            "Workers at a plant in Gujarat, India. Photographer: Dhiraj Singh/Bloomberg", "Workers at a plant in Gujarat, India.",
            "Dhiraj Singh/Bloomberg"
        ),
        (
            "Commuters wait for a bus in Nashville. Andrew Nelles / The Tennessean", "Commuters wait for a bus in Nashville.",
            "Andrew Nelles / The Tennessean"
        ),
        (
            "Hospitals have closed at a rate of one a month. Charlie Riedel/AP", "Hospitals have closed at a rate of one a month.",
            "Charlie Riedel/AP"
        ),
        (
            "Gleisbauarbeiten an der Riedbahn bei Biblis. Foto: Uwe Anspach / dpa", "Gleisbauarbeiten an der Riedbahn bei Biblis.",
            "Uwe Anspach / dpa"
        ),
        ("Moradores enfrentam fila em São Paulo — Foto: Celso Tavares/g1", "Moradores enfrentam fila em São Paulo", "Celso Tavares/g1"),
        ("Rep. Jim Jordan / Getty Images", "Rep. Jim Jordan", "Getty Images"),
        ("Former Gov. Andrew Cuomo / AP", "Former Gov. Andrew Cuomo", "AP"),
        (
            "A librarian checks a telescope in Rutland, Vt. Caleb Kenna for NPR", "A librarian checks a telescope in Rutland, Vt.",
            "Caleb Kenna for NPR"
        ),
        // The writer's own photo, so credited.
        ("A Green Line bus at the Numaish station. — Photo by the writer", "A Green Line bus at the Numaish station.", "the writer"),
        ("The old ferry pier at low tide. Photo: Author", "The old ferry pier at low tide.", "Author"),
        // A photographer under a label, then the agency in brackets.
        (
            "Marco Chiesa speaks in Küssnacht am Rigi. Foto: Urs Flueeler (Keystone)", "Marco Chiesa speaks in Küssnacht am Rigi.",
            "Urs Flueeler/Keystone"
        ),
        // A Chinese photographer after the caption's sentence or in brackets, "摄" (took it) left out.
        ("3月12日，老年人在社区养老服务中心参加书法活动。新华社记者 张明 摄", "3月12日，老年人在社区养老服务中心参加书法活动。", "新华社记者 张明"),
        ("新闻发布会现场（人民网记者 王泓漓 摄）", "新闻发布会现场", "人民网记者 王泓漓"),
        ("港口防波堤（記者鄭名娟攝）", "港口防波堤", "記者鄭名娟"),
        // A Japanese photographer after "=" and the date.
        ("減便を知らせる張り紙が掲示されたバス停=2024年4月19日、森下彩花撮影", "減便を知らせる張り紙が掲示されたバス停", "森下彩花"),
    ])
    func splitsTheCredit(_ input: String, _ text: String, _ credit: String) {
        let split = CaptionParser.split(input)
        #expect(split?.text == text)
        #expect(split?.credit == credit)
    }

    @Test(arguments: [
        "Trade grew 5 percent, and exports/imports rose.",
        "The ratio was 24/7 all year.",
        "He said the talks would resume (probably in June).",
        "Growth slowed in the second quarter. Analysts expect a rebound via exports next year.",
        "The fleet reached the outer colonies after a long winter. [RG2 SP / RG3]",
        "The archive holds letters from both sides. [PA / PB / PC / PD]",
        "The text is © 2024 by its authors, who keep every right to it and to its translations.",
        String(repeating: "The harbour authority approved the new breakwater on Monday after a long dispute. ", count: 6)
            + "© Coast Daily",
        "The wall was approved on Monday. Work starts in April. The levy rises. © dpa",
        "Mickey Mouse at the parade © Disney is a registered trademark of its owner",
        "Zdjęcia zrobiono w porcie (fot. archiwum prywatne)",
        // A photo's number in the text is no credit; nor is a loan's cost.
        "Pień drzewa pokryty jest mchem (fot. 2)",
        "Nombre de photos : 24",
        "Une seule banque a accordé ce crédit : Société Générale.",
        // Wire copy's last line may end on its agency's bare name: a tag, not a photo's credit.
        "The ministry confirmed the figures on Monday, officials said. Reuters",
        "Support for the plan fell to 38 percent in March. Reuters/Ipsos polled 4,415 adults nationwide.",
        // A story's sentence that ends on a name in brackets, or on words and a slash.
        "The bill was passed by the assembly (National Assembly of Kenya)",
        "The ministers met in Nairobi. Sales rose / fell by turns.",
        "Traders in Nairobi expect costs to fall. John Smith/AP Moller was the buyer.",
        "The list ends with the last of them. Food Donation App for Restaurants",
        // An abbreviation's full stop ends no sentence; a story's sentence ends with its own.
        "The idea was first floated in an essay by Dr. Anthony Fauci for The New York Times.",
        "The interview was conducted by Mr. Jake Tapper for CNN.",
        "The lawsuit names three companies and remains on file: Case No. 24-118.",
        "The data come from the federal agency (European Centre for Disease Prevention and Control)",
        String(repeating: "Pence will chair the council, and its members will include representatives of NASA. ", count: 5)
            + "[Presidential Visions for NASA Throughout History]",
        String(repeating: "Pence will chair the council, and its members will include representatives of NASA. ", count: 5)
            + "(Presidential Visions for NASA Throughout History)",
    ])
    func bodySentencesAreNotCaptions(_ input: String) {
        #expect(CaptionParser.split(input) == nil)
    }
}

@Suite("Editor's notes")
struct EditorNoteTests {
    @Test(arguments: [
        "The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of RT.",
        "Views expressed above are the author's own.",
        "This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP and its owners.",
        "(The authors are Reuters Breakingviews columnists. The opinions expressed are their own.)",
        "Opinions expressed by Forbes Contributors are their own.",
    ])
    func aDisclaimerOfTheAuthorsViewsIsTheEditorsNote(_ line: String) {
        #expect(EditorNoteParser.isEditorNote(line))
    }

    @Test(arguments: [
        "Le Quotidien publie des chroniques et des tribunes qui engagent leurs auteurs et ne reflètent pas nécessairement la position de la rédaction.",
        "Les opinions exprimées dans ce blog n'engagent que leurs auteurs.",
        "Dieser Beitrag gibt die Meinung der Autorin wieder, nicht notwendigerweise die der Redaktion.",
        "Las opiniones expresadas en esta columna no reflejan necesariamente la línea editorial del periódico y son responsabilidad exclusiva de su autor.",
        "É de inteira responsabilidade do colunista a opinião expressa neste artigo.",
        "Le opinioni espresse non riflettono necessariamente la posizione della redazione.",
    ])
    func aDisclaimerInAnotherLanguageIsTheEditorsNote(_ line: String) {
        #expect(EditorNoteParser.isEditorNote(line))
    }

    @Test func aStorySentenceAboutResponsibilityIsNoDisclaimer() {
        #expect(
            !EditorNoteParser.isEditorNote(
                "El juez determinó que la responsabilidad exclusiva del accidente recae en el autor del disparo, según la sentencia."))
        #expect(!EditorNoteParser.isEditorNote("Die Polizei hält einen Anschlag nicht unbedingt für ausgeschlossen, sagte ein Sprecher."))
    }

    @Test func aSentenceAboutViewsExpressedIsNoDisclaimer() {
        #expect(!EditorNoteParser.isEditorNote("The views expressed by the minister were his own, the spokesman said on Monday."))
        #expect(
            !EditorNoteParser.isEditorNote(
                "Residents said the views expressed by the local authorities did not reflect what the town wanted."))
        #expect(
            !EditorNoteParser.isEditorNote(
                "The council's lawyer said opinions expressed at public meetings do not necessarily represent the position of the authority."
            ))
        #expect(
            !EditorNoteParser.isEditorNote(
                "Critics say the ruling does not necessarily reflect the court's earlier view, which the author of the opinion shared."
                    + " They point to three cases from the past decade in which the judges ruled otherwise, each time by a wide margin,"
                    + " and to the dissent of two judges who wrote that the majority had read the statute far too narrowly this time."))
    }

    @Test(arguments: [
        (
            "Editor's note: Imran Khalid, a special commentator on current affairs for CGTN, is a freelance columnist. The article reflects the author's opinions and not necessarily the views of CGTN.",
            "Imran Khalid", "CGTN"
        ),
        (
            "Editor’s note: Chen Yuhang is a senior researcher at the Center for International Trade Studies. The article reflects the author’s opinions and not necessarily those of China Daily.",
            "Chen Yuhang", "China Daily"
        ),
        (
            "Editor's Note: Dr. Maria Santos is a professor at the University of São Paulo. The views expressed are not necessarily those of Global Times.",
            "Maria Santos", "Global Times"
        ),
        (
            "Editor's note: Dr. Abdullah bin Khalid al-Rashid is a senior fellow at the Gulf Research Center. The article reflects the author's opinions and not necessarily the views of CGTN.",
            "Abdullah bin Khalid al-Rashid", "CGTN"
        ),
        (
            "Editor's note: Aminata Diallo is an economist in Dakar. Sean Walsh is a fellow at Trinity College Dublin. The views expressed do not necessarily reflect Al Jazeera's editorial stance.",
            "Aminata Diallo; Sean Walsh", "Al Jazeera"
        ),
    ])
    func readsAuthorAndOutlet(_ note: String, _ author: String, _ outlet: String) {
        let parsed = EditorNoteParser.parse(note)
        #expect(parsed.author == author)
        #expect(parsed.outlet == outlet)
    }

    @Test func noteLastWithBlankLinesAndCRLF() throws {
        let text =
            "A short title\r\n\r\nBody text about China and Russia that is long enough to be a paragraph.\r\n\r\nEditor’s note: Ana Lima is a columnist. The article reflects the author’s opinions and not necessarily the views of CGTN.\r\n"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: "\u{FEFF}" + text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .editorNote])
        #expect(article.author == "Ana Lima")
        #expect(article.outlet == "CGTN")
        #expect(!article.paragraphs.contains { $0.text.contains("\r") || $0.text.contains("\u{FEFF}") })
    }
}

@Suite("Metadata lines")
struct MetadataLineTests {
    @Test(arguments: [
        // The name repeated in the closing line about the writer.
        (
            "Why the region matters\nRuth Ashby\nThe bloc has lost a decade. We are flying blind on trade.\nWed 24 May 2023 09.15 BST",
            "Ruth Ashby"
        ),
        // In capitals beside the date, the closing line naming the writer.
        ("Why the region matters\nLUCÍA MARTÍN GARRIDO\n24 MAY 2023 - 05:15 CEST", "Lucía Martín Garrido"),
        // The name and its repeat (a card's).
        ("Why the region matters\n\nAmira Osman\nAmira Osman\nMay 24, 2023", "Amira Osman"),
        // The name and the writer's post after a comma.
        ("Why the region matters\n\nAndrei Volkov, TASS political commentator", "Andrei Volkov"),
    ])
    func aNameAloneOnItsLineInTheHeaderIsTheByline(_ head: String, _ author: String) throws {
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security, officials said."
        let bio = author == "Amira Osman" ? "" : "\n\n\(author) is a writer on trade."
        let text = head + "\n\n" + body + "\n\n" + body + bio
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.author == author)
        #expect(!article.paragraphs.contains { $0.kind == .body && $0.text == author })
    }

    @Test(arguments: [
        "Climate Change\n\nBODY\n\nBODY", "Special Report\nMay 5, 2023\n\nBODY\n\nBODY",
        "Medicare For All\n\nBODY\n\nMedicare For All is a plan the council has debated for years.",
    ])
    func aTopicInCapitalsOverTheStoryIsNoByline(_ rest: String) throws {
        // Capitalized words with nothing to bear them out as a writer's name: a topic's label, a
        // section's beside the date, a plan's name the story takes up.
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security, officials said."
        let text = "Why the region matters\n\n" + rest.replacingOccurrences(of: "BODY", with: body)
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.author == nil)
    }

    @Test(
        arguments: [
            // Two labels over the headline: the section and the topic.
            (
                "Opinion\nRivers\nThe river that ran dry is a warning to every city", "The river that ran dry is a warning to every city",
                nil
            ),
            (
                "Tribune\n« L'Europe doit cesser de sous-traiter sa transition énergétique »",
                "« L'Europe doit cesser de sous-traiter sa transition énergétique »", nil
            ),
            (
                "Asia Defense | Security | Southeast Asia\nWhy the strait matters to every navy in the region",
                "Why the strait matters to every navy in the region", nil
            ),
            (
                "Opinion / Op-Ed Contributors\nWhy the strait matters to every navy in the region",
                "Why the strait matters to every navy in the region", nil
            ),
            // The section before the headline on its line, the site's name after it (a browser's tab).
            ("Opinion | The Suburbs Are Not Dying. They Are Changing.", "The Suburbs Are Not Dying. They Are Changing.", nil),
            (
                "Opinion | Congress keeps punting on the debt ceiling. Here's what it costs. - The Washington Post",
                "Congress keeps punting on the debt ceiling. Here's what it costs.", "The Washington Post"
            ),
            // A short headline over the story's first sentence is the headline.
            ("Harbour wall", "Harbour wall", nil),
            ("Vacations!", "Vacations!", nil),
            // A headline of three words over its deck; a subtitle after a dash that names no site.
            ("Democracy Under Siege\nHow gerrymandering, money and apathy are hollowing out our elections", "Democracy Under Siege", nil),
            ("Opinion | Star Wars - A New Hope", "Star Wars - A New Hope", nil),
        ] as [(String, String, String?)])
    func theHeadlineIsFoundUnderTheLabelsAboveIt(_ head: String, _ title: String, _ outlet: String?) throws {
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security."
        let text = head + "\n" + body + "\n" + body
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.title == title)
        #expect(article.outlet == outlet)
        #expect(article.captions.isEmpty)
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text).suffix(2) == [body, body])
    }

    @Test(arguments: [
        (
            "en",
            "The council said on Monday that the new wall would be built in the spring, and that the cost of it is to be shared by the port and the town."
        ),
        (
            "fr",
            "Le conseil a dit lundi que le nouveau mur sera construit au printemps, et que le coût de ce mur est partagé par le port et la ville, comme les années précédentes."
        ),
        (
            "de",
            "Der Rat hat am Montag gesagt, dass die neue Mauer im Frühjahr gebaut wird und dass die Kosten von dem Hafen und der Stadt getragen werden, wie es auch in den Jahren davor war."
        ),
        (
            "es",
            "El consejo dijo el lunes que el nuevo muro se construirá en la primavera, y que el coste de la obra lo pagarán el puerto y la ciudad, como en los años anteriores."
        ),
        (
            "pt",
            "O conselho disse na segunda-feira que o novo muro será construído na primavera, e que o custo da obra será dividido entre o porto e a cidade, como nos anos anteriores."
        ),
        (
            "it",
            "Il consiglio ha detto lunedì che il nuovo muro sarà costruito in primavera, e che il costo della opera sarà diviso tra il porto e la città, come negli anni precedenti."
        ),
        (
            "nl",
            "De raad heeft maandag gezegd dat de nieuwe muur in het voorjaar wordt gebouwd, en dat de kosten van het werk door de haven en de stad worden gedeeld, zoals in de jaren ervoor."
        ),
    ])
    func theLanguageOfATextInLatinLettersIsGuessedFromItsCommonestWords(_ language: String, _ sentence: String) throws {
        // Only English was told: a French, German or Spanish op-ed was stored with no language,
        // and a filter by language missed it.
        let text = "Harbour wall\n\n" + Array(repeating: sentence, count: 3).joined(separator: "\n\n")
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.language == language)
    }

    @Test func anAuthorTheSourceStatesInCapitalsIsTitleCasedAsABylineIs() throws {
        // A page's or a scraper's author in capitals ("AVITAL BENSHOSHAN"), as a text's byline in
        // capitals is; an agency's short name stays as written.
        let story = "The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years."
        func author(_ given: String) throws -> String? {
            try ArticleNormalizer().normalize(
                RawArticle(source: "a.json", rawText: "", text: story, metadata: ArticleMetadata(author: given))
            ).author
        }
        #expect(try author("AVITAL BENSHOSHAN") == "Avital Benshoshan")
        #expect(try author("MARTA LINDQVIST; LI MING") == "Marta Lindqvist; Li Ming")
        #expect(try author("AFP") == "AFP")
        #expect(try author("BBC NEWS") == "BBC NEWS")
        #expect(try author("Marta von Lindqvist") == "Marta von Lindqvist")
    }

    @Test(
        arguments: [
            ("By Global Times Published: Jun 03, 2024 10:21 PM", nil, "Global Times", "2024-06-03"),
            ("Source: Xinhua | 2023-05-23 21:40:11 | Editor: Huaxia", nil, "Xinhua", "2023-05-23"),
            ("By Li Ming | 23 May 2023", "Li Ming", nil, "2023-05-23"),
            ("Updated 07:14, 01-May-2022", nil, nil, "2022-05-01"),
            ("By Prof. Ananya Krishnamurthy | The Diplomat | June 12, 2024", "Ananya Krishnamurthy", "The Diplomat", "2024-06-12"),
            ("By ZHANG WEIWEI | CHINA DAILY | Updated: 2024-03-12 07:33", "Zhang Weiwei", "China Daily", "2024-03-12"),
            ("By Nour al-Din Haddad | Published On 10 Nov 2024", "Nour al-Din Haddad", nil, "2024-11-10"),
            // An outlet with small words in its name; names with theirs, listed.
            ("By Anna Berg | The Times of India | 3 May 2023", "Anna Berg", "The Times of India", "2023-05-03"),
            (
                "By Jean-Luc de la Fontaine and Li Ming | Le Temps | 3 May 2023", "Jean-Luc de la Fontaine; Li Ming", "Le Temps",
                "2023-05-03"
            ),
            // The writer's address after the name; a byline's label in another language.
            ("By Park Min-ji (mjpark@example.com) | 3 May 2023", "Park Min-ji", nil, "2023-05-03"),
            ("Por Marina Pacheco, g1 SP — São Paulo | 2023-07-11", "Marina Pacheco", nil, "2023-07-11"),
            ("Von Anna Martel und Lea Wagner | 2023-07-11", "Anna Martel; Lea Wagner", nil, "2023-07-11"),
            // Date lines in other languages, their dates in figures.
            ("Stand: 28.04.2023 17:23 Uhr", nil, nil, "2023-04-28"),
            ("Veröffentlicht am 28.04.2023", nil, nil, "2023-04-28"),
            ("Publié le 23/05/2024 à 10h15", nil, nil, "2024-05-23"),
            ("Publicado el 23/05/2024", nil, nil, "2024-05-23"),
            ("Mis à jour le 23.05.2024 à 10h15", nil, nil, "2024-05-23"),
            // A date and its time of day, and what follows: how long ago it was updated, a second
            // date of the update.
            ("May 24, 2023 at 9:15 a.m. EDT", nil, nil, "2023-05-24"),
            ("May 24, 2023 2:15 PM GMT+1Updated 3 hours ago", nil, nil, "2023-05-24"),
            ("24 May, 2023 09:15 / Updated 1 year ago", nil, nil, "2023-05-24"),
            ("Publié le 24 mai 2023 à 09h15, modifié le 24 mai 2023 à 11h02", nil, nil, "2023-05-24"),
            // The outlet as its web address.
            ("By ZHANG MEI | chinadaily.com.cn | Updated: 2023-05-24 09:15", "Zhang Mei", "chinadaily.com.cn", "2023-05-24"),
            // The time of day in a part of its own; how long ago, labelled or not.
            ("May 24, 2023 | 10:05 AM", nil, nil, "2023-05-24"),
            ("24 May 2023 | 09:15 GMT+8", nil, nil, "2023-05-24"),
            ("Published 3 hours ago | Updated May 24, 2023", nil, nil, "2023-05-24"),
            ("2 days ago | May 24, 2023", nil, nil, "2023-05-24"),
            // The writer's name, then the date's labels without colons.
            ("Ayesha Siddiqui Published May 24, 2023 Updated 3 hours ago", "Ayesha Siddiqui", nil, "2023-05-24"),
            // With the label's colon, the name in capitals.
            ("PARK EUN-JI Published: 10 Apr. 2024, 20:00", "Park Eun-Ji", nil, "2024-04-10"),
            // A month's name in another language in full or cut short, after "de" or not.
            ("Publicado el 24 de mayo de 2023 - 09:15 CEST", nil, nil, "2023-05-24"),
            ("24 may 2023 - 09:15 CEST", nil, nil, "2023-05-24"),
            ("24 de mayo de 2023", nil, nil, "2023-05-24"),
            ("Aktualisiert am 3. Okt. 2023, 17:23 Uhr", nil, nil, "2023-10-03"),
            // How long the piece takes to read beside the date.
            ("May 24, 2023 | 5 min read", nil, nil, "2023-05-24"),
            ("By Jane Doe | 24 May 2023 | 6-minute read", "Jane Doe", nil, "2023-05-24"),
            // A staff writer's byline names the outlet before the post.
            ("by Xinhua writer Chen Xi | 2023-11-30", "Chen Xi", "Xinhua", "2023-11-30"),
            ("By China Daily reporter Li Ming | 2023-11-30", "Li Ming", "China Daily", "2023-11-30"),
        ] as [(String, String?, String?, String)])
    func bylinesSourcesAndDatesAreRead(_ line: String, _ author: String?, _ outlet: String?, _ published: String) throws {
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security."
        let text = "Why the region matters\n\(line)\n\(body)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .body])
        #expect(article.author == author)
        #expect(article.outlet == outlet)
        #expect(article.published == published)
    }

    @Test(arguments: ["5 min read", "Reading time: 4 minutes", "Lesezeit: 4 Min.", "Temps de lecture 3 min.", "4 Min. Lesezeit"])
    func aReadingTimeIsMetadata(_ line: String) throws {
        let text = "Why the region matters\n\(line)\nSoutheast Asian leaders met in Jakarta and agreed to deepen cooperation on trade."
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .body])
    }

    @Test func aDateLineIsNotWrappedIntoTheLineUnderIt() throws {
        // Lines of a paragraph broken mid-sentence are joined; a long date line is no sentence.
        let text = """
            Why the region matters

            Publié le 24 mai 2023 à 09h15, modifié le 24 mai 2023 à 11h02
            Temps de lecture 3 min.

            Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .metadata, .body])
        #expect(article.published == "2023-05-24")
    }

    @Test func aLineOfAChronologyIsNoDateLine() throws {
        let text = """
            Why the region matters

            February 24, 2022 at 5:00 a.m.: Russian missiles strike airfields across Ukraine.

            Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.published == nil)
        #expect(article.paragraphs.filter { $0.kind == .body }.count == 2)
    }

    @Test(arguments: [
        "Jane Doe Published her first novel on May 24, 2023, to wide acclaim in Lagos and London.",
        "10:05 AM | The ministers met again behind closed doors",
        "3 hours ago",
        "It takes 5 minutes to read",
        "by the ministry writer of the year award committee",
    ])
    func aSentenceWithADateLinesWordsIsNoDateLine(_ line: String) throws {
        let text = "Why the region matters\n\(line)\nSoutheast Asian leaders met in Jakarta and agreed to deepen cooperation on trade."
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .body])
        #expect(article.author == nil)
    }

    @Test(arguments: [
        ("By Maria Lopez and John Smith", "Maria Lopez; John Smith"),
        ("By Maria Lopez, John Smith and Wei Chen", "Maria Lopez; John Smith; Wei Chen"),
        ("By Maria Lopez & John Smith | 4 May 2023", "Maria Lopez; John Smith"),
        ("BY MARIA LOPEZ AND JOHN SMITH", "Maria Lopez; John Smith"),
        // A name, then the outlet: one author.
        ("By Li Ming, Xinhua", "Li Ming"),
        // Other labels.
        ("Written by Kavitha Raman", "Kavitha Raman"),
        ("Ein Kommentar von Jonas Weber", "Jonas Weber"),
    ])
    func aBylineOfSeveralNamesListsThemAll(_ line: String, _ author: String) throws {
        let text = "Why the region matters\n\(line)\nSoutheast Asian leaders met in Jakarta and agreed to deepen cooperation on trade."
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .body])
        #expect(article.author == author)
    }

    @Test(arguments: [
        "By the end of the year, both sides hope to sign the agreement on grain and fertilizer.",
        "Source: the ministry said talks would resume | officials declined to comment further on the matter today",
    ])
    func sentencesAreNotMetadata(_ line: String) {
        #expect(MetadataLine.fields(line) == nil)
    }
}

@Suite("Closing lines")
struct ClosingLineTests {
    @Test(arguments: [
        ("Published in Dawn, May 24th, 2023", "Dawn"),
        ("Copyright: Project Syndicate, 2023.", "Project Syndicate"),
        ("This article appeared in the South China Morning Post print edition as: Land alone will not fix it", "South China Morning Post"),
        ("© DER SPIEGEL – alle Rechte vorbehalten", "Der Spiegel"),
    ])
    func aLineUnderTheStoryThatNamesWhereItRanGivesTheOutlet(_ line: String, _ outlet: String) throws {
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security, officials said."
        let text = "Why the region matters\n\n\(body)\n\n\(body)\n\n\(line)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.outlet == outlet)
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == [body, body])
        // A photo's owner is no publication.
        let photo = "Why the region matters\n\n\(body)\n\n\(body)\n\n© Getty Images"
        #expect(try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: photo, text: photo)).outlet == nil)
    }

    @Test(arguments: [
        "Explore more on these topics\nRivers\nEnvironment\nWater industry\nShare\nReuse this content",
        "Mehr lesen über\nDeutsche Bahn\nVerkehr",
        "Archivado En\nSequía\nAndalucía",
        "Related Topics\nPublic health\nClimate change",
        "END OF ARTICLE",
        "More From Bloomberg Opinion:",
    ])
    func aPagesListOfTopicsAfterTheStoryIsATrailer(_ ending: String) throws {
        let body = "Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security, officials said."
        let text = "Why the region matters\n\n\(body)\n\n\(body)\n\n\(ending)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == [body, body])
    }

    @Test func aClosingBioAndDisclaimerAreANoteAndWireEndingsATrailer() throws {
        let text = """
            Why ASEAN matters more than ever
            Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security.
            Read more: Another article about ports
            The author is a professor at Renmin University of China. The views don't necessarily reflect those of China Daily.
            Enditem
            Copyright: Project Syndicate, 2024.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .trailer, .editorNote, .trailer, .trailer])
        #expect(article.outlet == "China Daily")
    }

    @Test(arguments: [
        // The byline's writer, what they are or do; in German too.
        ("By Marisol Quintero", "Marisol Quintero is a senior fellow at the Center for Infrastructure Policy.", "Marisol Quintero"),
        (
            "By Cassandra Lowe", "Cassandra Lowe covers Metro government for The Tennessean. Reach her at clowe@example.com.",
            "Cassandra Lowe"
        ),
        ("By Jonas Reichert", "Jonas Reichert ist Redakteur im Wirtschaftsressort und schreibt über Verkehr.", "Jonas Reichert"),
        // No byline: a full name, "is a", and a writer's post.
        ("", "Helen Ashworth is a writer on cities and planning.", "Helen Ashworth"),
        ("", "Tomás Ortega is an associate professor of economics at the University of Lima.", "Tomás Ortega"),
    ])
    func aClosingLineAboutTheWriterIsTheirNote(_ byline: String, _ closing: String, _ author: String) throws {
        let article = try Self.story(byline.isEmpty ? [] : [byline], then: [closing])
        #expect(article.paragraphs.last?.kind == .editorNote)
        #expect(article.author == author)
        #expect(!article.paragraphs.filter { $0.kind == .body }.contains { $0.text == closing })
    }

    @Test(arguments: [
        // Someone else's line ends the story; a surname alone; a post no writer holds.
        "Ana Ruiz is a lawyer for the family and will appeal the ruling next week.",
        "Quintero is a senior fellow at the Center for Infrastructure Policy.",
        "The council is a partner of the port, its chair said.",
        // With a byline, only its writer's line: the story may end on an expert it quotes.
        "Ana Ruiz is a professor of law at Yale who filed a brief in the case.",
    ])
    func aStorysLastLineAboutSomeoneElseStays(_ closing: String) throws {
        let article = try Self.story(["By Marta Lindqvist"], then: [closing])
        #expect(article.paragraphs.last?.kind == .body)
        #expect(article.author == "Marta Lindqvist")
        // With none, "is the author of the bill" names no writer's post.
        let bill = try Self.story(then: ["Senator Jane Harlow is the author of the bill, which now goes to the governor."])
        #expect(bill.paragraphs.last?.kind == .body)
        #expect(bill.author == nil)
    }

    /// A text file's article: a headline, `before` (a byline), the three lines of `storyLines`,
    /// then `after` (a closing line).
    static func story(_ before: [String] = [], then after: [String] = []) throws -> Article {
        let text = (["Why the harbour matters"] + before + storyLines + after).joined(separator: "\n")
        return try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
    }

    static let storyLines = [
        "The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years.",
        "Engineers say the structure will shelter the inner basin from winter storms, which have sunk three boats.",
        "Construction starts in April and should end before the autumn gales, weather permitting.",
    ]

    @Test(arguments: [
        "A version of this article appears in print on Aug. 27, 2024, Section A, Page 20 of the New York edition with the headline: Harbour Wall.",
        "This article appeared in the Coast Daily print edition as: Harbour wall approved",
        "Published in the print edition of the February 26, 2024, issue, with the headline “Pipe Dreams.”",
        "This article appears in the March 2024 print edition with the headline “The Quiet Quay.”",
        "This article was first published in Renmin Tribune on September 12, 2024.",
        "This story first appeared in our weekly Coast Daily 168 newspaper, which is available countrywide for R35.",
        "Follow the Coast Daily Opinion section on Facebook, Instagram, TikTok and X.",
        "(Updates with council comment in fifth paragraph.)",
        "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email, write to us.",
        "Sigue toda la información de Clima y Medio Ambiente en Facebook y X, o en nuestra newsletter semanal.",
    ])
    func whatAPaperPrintsUnderEveryStoryIsATrailer(_ line: String) throws {
        #expect(try Self.story(then: [line]).paragraphs.last?.kind == .trailer)
    }

    @Test(arguments: [
        "Follow the money that brands pay creators on Instagram, and a familiar pattern appears.",
        "(Changes to the disclosure rules take effect in January.)",
        "(Adds nothing to the debate, critics say.)",
    ])
    func aStorysSentenceLikeANoticeIsTheStorys(_ line: String) throws {
        #expect(try Self.story(then: [line]).paragraphs.last?.kind == .body)
    }

    @Test(arguments: [
        "Por otro lado, el puerto.", "Von Berlin aus fährt kein Zug.", "Par ailleurs, rien.", "Von Olaf Scholz, dem Kanzler, kam nichts.",
        "Di Maio e Salvini, di nuovo insieme.", "di fronte al porto", "Av alla hamnar i Norden är Göteborg störst.",
    ])
    func aSentenceOpenedByABylinesWordInAnotherLanguageIsTheStorys(_ line: String) throws {
        let article = try Self.story([line])
        #expect(article.paragraphs[1].kind == .body)
        #expect(article.author == nil)
    }

    @Test func anOutletNamedWithItsArticleInTheNoteKeepsIt() throws {
        // "… reflect those of The Guardian": the outlet is "The Guardian", as its byline says; it was
        // stored as "Guardian", one outlet under two names.
        let text = """
            Headline one
            By Anna Berg | The Guardian | 3 May 2023
            Southeast Asian leaders met in Jakarta and agreed to deepen cooperation on trade and maritime security.
            The author is a fellow at the Institute of Things. The views do not necessarily reflect those of The Guardian.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.outlet == "The Guardian")
        let lowered = text.replacingOccurrences(of: "those of The Guardian", with: "those of the Diplomat")
        #expect(try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: lowered, text: lowered)).outlet == "Diplomat")
    }

    @Test func aDateLineWhoseDayAndMonthCouldSwapStatesNoDate() throws {
        let text =
            "Why the region matters\nStand: 03.05.2023\nSoutheast Asian leaders met in Jakarta and agreed to deepen cooperation on trade."
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.published == nil)
    }

    /// A wire story's closing line names its reporters, who are its authors when nothing else
    /// names one; those who edited it are not.
    @Test(arguments: [
        ("Reporting by Ana Ruiz; Editing by Tom Berg", "Ana Ruiz"),
        ("(Reporting by Ana Ruiz and Li Wei in Beijing; Additional reporting by Sam Cole; Editing by Tom Berg)", "Ana Ruiz; Li Wei"),
        ("Reporting by Ana de la Cruz, Li Wei and Sam Cole; Writing by Tom Berg; Editing by Jo Hale.", "Ana de la Cruz; Li Wei; Sam Cole"),
    ])
    func aWireStorysClosingLineNamesItsReporters(_ line: String, _ author: String) throws {
        let text = """
            Harbour wall approved
            The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years.
            \(line)
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.author == author)
        #expect(article.paragraphs.last?.kind == .trailer)
    }

    @Test(arguments: [
        "To contact the reporter on this story: Ana Ruiz in Madrid at aruiz@coastdaily.example",
        "To contact the editor responsible for this story: Tom Berg at tberg@coastdaily.example",
    ])
    func aNewsAgencysContactLinesCloseTheStory(_ line: String) throws {
        // Bloomberg's closing lines, whom to write to about the story: no paragraph of it.
        let text = "Harbour wall approved\nThe harbour authority approved the new breakwater on Monday, ending a long dispute.\n\(line)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.last?.kind == .trailer)
    }

    /// A desk or a bureau the line credits is no author.
    @Test(arguments: [
        "(Reporting by Gdansk Newsroom; Editing by Tom Berg)", "(Reporting by Mexico City Newsroom; Editing by Tom Berg)",
        "(Reporting by Reuters Television; Writing by Ana Ruiz; Editing by Tom Berg)",
        "(Reporting by Reuters Staff; Editing by Tom Berg)",
    ])
    func aWireDeskIsNoAuthor(_ line: String) throws {
        let text = "Harbour wall approved\nThe harbour authority approved the new breakwater on Monday, ending a long dispute.\n\(line)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.author == nil)
    }

    @Test func aWirePlaceInCapitalsIsLeftOut() throws {
        let text =
            "Harbour wall approved\nThe harbour authority approved the new breakwater on Monday.\n(Reporting by Ana Ruiz In Madrid; Editing by Tom Berg)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.author == "Ana Ruiz")
    }

    /// A story about a reprint or about piracy, or one quoting a disclaimer, is the story: only
    /// the notices themselves are trailers and notes.
    @Test func aStoryAboutReprintsKeepsItsParagraphs() throws {
        let text = """
            转载侵权案一审宣判
            市中级人民法院昨日对一起新闻作品著作权纠纷案作出一审判决，被告网络公司被判赔偿原告报社经济损失。
            法院审理查明，被告未经授权转载原告享有著作权的新闻作品共计126篇，且未注明作者和出处。
            法院认为，根据著作权法规定，涉案作品版权归原告所有，被告的行为构成侵权。
            新规要求，互联网新闻信息服务单位转载新闻信息，应当注明新闻来源和原作者。
            原告代理律师表示，该报曾在文末声明“本文仅代表作者观点，不代表本报立场”，但这并不影响著作权归属。
            警視庁は24日、人気漫画を無断転載した海賊版サイトの運営者の男を著作権法違反の疑いで逮捕した。
            경찰은 24일 웹툰을 무단 전재한 불법 사이트 운영자를 저작권법 위반 혐의로 구속했다.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title] + Array(repeating: .body, count: 7))
    }

    @Test func aBylineComesBeforeTheWireLine() throws {
        let text = """
            Harbour wall approved
            By Marta Lindqvist
            The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years.
            Reporting by the harbour desk; Editing by Tom Berg
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.author == "Marta Lindqvist")
    }

    @Test func aChineseReprintNoticeIsATrailerAndItsDisclaimerANote() throws {
        let text = """
            港口防波堤获批
            港务局周一批准了新防波堤，结束了渔业合作社与港口业主之间长达十一年的争议。
            平台声明：该文观点仅代表作者本人，港口号系信息发布平台，港口日报仅提供信息存储空间服务。
            港口日报专稿，未经书面授权请勿转载。
            • 凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，也不代表本网对其真实性负责。
            转载请注明出处：港口日报
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .editorNote, .trailer, .editorNote, .trailer])
        #expect(article.author == nil)
    }

    @Test func rightsNoticesAndContributorLinesAreATrailer() throws {
        let text = """
            Harbour wall approved
            The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years.
            Marta Lindqvist and Tom Berg contributed to this report.
            Reporting by Ana Ruiz; Editing by Tom Berg
            Copyright 2024 Coast Media Group, Inc. All rights reserved. This material may not be published, broadcast or redistributed.
            © 2024 Küstenblatt GmbH. Alle Rechte vorbehalten.
            The agency reserves all rights to its photographs, the paper said, and licenses them to other publishers.
            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .trailer, .trailer, .trailer, .trailer, .body])
        // A sentence of the story that opens with the word is the story's, wherever it stands
        // (as a trailer it went out of search, counts and codes); a short notice is not.
        for (line, kind) in [
            ("Copyright disputes over seed patents have slowed the rollout in Kenya.", ParagraphKind.body),
            ("Copyright law is a matter for the courts.", .body), ("Copyright: Reuters", .trailer),
            ("Copyright 2024 Coast Media", .trailer), ("Copyright © AFP", .trailer), ("Copyright (c) Nation Media", .trailer),
        ] {
            let text = "Harbour wall approved\nThe harbour authority approved the new breakwater.\n\(line)\nThe work starts in April."
            let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
            #expect(article.paragraphs.map(\.kind) == [.title, .body, kind, .body], "\(line)")
        }
    }

    @Test(arguments: [
        "© 2024 Le Courrier du Port. TOUS DROITS RÉSERVÉS.",
        "© 2024 Le Courrier du Port. Tous droits réservés.",
        "© 2024 «Портовый вестник». Все права защищены.",
        "© 2024 Diario del Puerto. Todos los derechos reservados.",
        "© 2024 Gazzetta del Porto. TUTTI I DIRITTI RISERVATI.",
        "© 2024 港口日报 版权所有",
        "© 2024 港口日報 版權所有",
        "Copyright © 항구일보. 무단전재 및 재배포 금지.", "© 항구일보 무단 전재-재배포, AI 학습 및 활용 금지",
        "© 港湾新聞社 無断転載を禁じます。", "• 凡注明来源为“港口网”的所有文字、图片，版权均属港口网所有。",
        "*本网站有关内容转载自合法授权网站，如果您认为转载内容侵犯了您的权益，请您来信声明，本网站将在核实后删除。",
        "© 2024 «ПОРТОВЫЙ ВЕСТНИК». ВСЕ ПРАВА ЗАЩИЩЕНЫ.",
        "Copyright 2024 Hafenblatt. Alle Rechte vorbehalten.",
        "Copyright 2024 Diario del Puerto. Todos los derechos reservados.",
        "© RIPRODUZIONE RISERVATA", "© 2024 Havenblad. Alle rechten voorbehouden.",
        "Reporting by Ana Ruiz; editing by Tom Berg.",
        "Additional reporting by Ana Ruiz. Tom Berg CONTRIBUTED TO THIS STORY.",
    ])
    func rightsNoticesInAnyCaseAndLanguageAreATrailer(_ line: String) throws {
        let text =
            "Harbour wall approved\nThe harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years.\n\(line)"
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .trailer])
    }
}

@Suite("Language")
struct LanguageTests {
    @Test(arguments: [
        ("普京总统会见中国国家主席习近平。两国领导人就双边关系和共同关心的国际和地区问题深入交换意见。", "zh"),
        ("Премьер-министр России Михаил Мишустин прибыл в Пекин. Стороны обсудили торговлю и энергетику.", "ru"),
        ("Прем'єр-міністр України прибув до Києва. Сторони обговорили торгівлю та енергетику і безпеку.", "uk"),
        ("岸田首相は北京で習近平国家主席と会談し、経済協力について話し合った。両国はさらに対話を続ける。", "ja"),
        (
            "The talks in Beijing covered trade, energy and the security of shipping routes in the region, and both sides said that the next round would follow in the spring.",
            "en"
        ),
    ])
    func isGuessedFromScriptOrWords(_ body: String, _ language: String) throws {
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: body, text: body))
        #expect(article.language == language)
    }
}

@Suite("Paragraph layouts")
struct ParagraphLayoutTests {
    static let lines = [
        "India and Spain look beyond headlines toward food security",
        "Container ships wait to berth at the port of Valencia, Spain, April 14, 2022. /VCG",
        "Editor's note: Ana Ruiz is a columnist. The article reflects the author's opinions and not necessarily the views of CGTN.",
        "The talks were candid and covered grain, fertilizer and shipping routes for the coming season.",
    ]

    @Test(arguments: ["\n", "\n\n", ""])
    func oneParagraphPerLineWhateverTheFinalNewline(_ ending: String) throws {
        let text = Self.lines.joined(separator: "\n") + ending
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .caption, .editorNote, .body])
        #expect(article.title == Self.lines[0])
    }

    @Test func blankLineParagraphsJoinWrappedLines() throws {
        let text = """
            A title for the piece

            The first paragraph is wrapped at a fixed width so that its sentence
            continues on the next line without any punctuation at the break.

            Container ships wait to berth at the port of Valencia, Spain, April 14, 2022. /VCG

            """
        let article = try ArticleNormalizer().normalize(RawArticle(source: "a.txt", rawText: text, text: text))
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .caption])
        #expect(article.paragraphs[1].text.contains("sentence continues"))
    }
}

@Suite("Unicode clean-up")
struct TextCleanerTests {
    @Test(arguments: [
        ("\u{FEFF}Title\r\nBody\rMore", "Title\nBody\nMore"),
        ("Cafe\u{301} in Zu\u{308}rich", "Café in Zürich"),
        ("10\u{00A0}percent and 5\u{202F}km", "10 percent and 5 km"),
        ("Already composed: São Paulo, Erdoğan, 中国", "Already composed: São Paulo, Erdoğan, 中国"),
        ("Ohm \u{2126} sign", "Ohm \u{03A9} sign"),
        ("plain ascii stays", "plain ascii stays"),
        // Past and at the end of runs of eight ASCII bytes, which the survey passes over in one step.
        ("0123456789abcdef\r\nnext", "0123456789abcdef\nnext"),
        ("0123456789abcdefghij\u{00A0}", "0123456789abcdefghij "),
        ("0123456789abcdefe\u{301}", "0123456789abcdefé"),
        ("01234567\r", "01234567\n"),
        ("Curly quotes and dashes only: “Xi’s” visit — 2023", "Curly quotes and dashes only: “Xi’s” visit — 2023"),
        // Invisible marks inside words, which hid the word from search ("economy" missed
        // "eco\u{AD}nomy"); joiners that shape a script's letters (ZWNJ, ZWJ) stay.
        ("the eco\u{00AD}nomy grew", "the economy grew"), ("Bundes\u{200B}regierung", "Bundesregierung"),
        ("word\u{2060}joiner", "wordjoiner"), ("Para one.\n\u{FEFF}Para two.", "Para one.\nPara two."),
        ("می\u{200C}خواهم", "می\u{200C}خواهم"),
        // Thai, Khmer and Burmese write no spaces: there a zero-width space is the word break.
        ("รัฐบาล\u{200B}ประกาศ", "รัฐบาล\u{200B}ประกาศ"), ("ការ\u{200B}ប្រកាស", "ការ\u{200B}ប្រកាស"),
    ])
    func cleans(_ input: String, _ expected: String) {
        let cleaned = TextCleaner.clean(input)
        #expect(cleaned == expected)
        #expect(Array(cleaned.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(arguments: [
        // UTF-8 read as Windows-1252 and encoded again, and read as Latin-1 (its control characters).
        ("It\u{E2}\u{20AC}\u{2122}s a Caf\u{C3}\u{A9} \u{E2}\u{20AC}\u{201D} open", "It’s a Café — open"),
        ("It\u{E2}\u{80}\u{99}s C\u{C3}\u{B4}t\u{C3}\u{A9}", "It’s Côté"),
        // A no-break space so encoded becomes a space, as any no-break space does.
        ("10\u{C2}\u{A0}km and \u{C2}\u{A9} 2024", "10 km and © 2024"),
        ("pojecha\u{C4}\u{87} do\u{C5}\u{9B}\u{C4}\u{87}", "pojechać dość"),
        ("\u{D0}\u{9F}\u{D1}\u{80}\u{D0}\u{B8}\u{D0}\u{B2}\u{D0}\u{B5}\u{D1}\u{82}", "Привет"),
        ("\u{C3}\u{A4}\u{C2}\u{B8}\u{C2}\u{AD}\u{C3}\u{A6}\u{C2}\u{96}\u{C2}\u{87}", "中文"),
        ("Launch \u{F0}\u{9F}\u{9A}\u{80} now", "Launch 🚀 now"),
        // Encoded three times: read back twice.
        ("it\u{C3}\u{A2}\u{E2}\u{201A}\u{AC}\u{E2}\u{201E}\u{A2}s", "it’s"),
        // Latin-1's "next line" control as a byte of a character; left over, a space.
        ("\u{E2}\u{9C}\u{85} Green checks", "✅ Green checks"),
        ("one\u{85}two", "one two"),
        // One pasted line encoded twice in a French text: only what is beyond doubt is read again.
        ("It\u{E2}\u{20AC}\u{2122}s fatigu\u{E9}\u{A0}\u{BB} ici", "It’s fatigué » ici"),
    ])
    func textEncodedTwiceIsReadAgain(_ input: String, _ expected: String) {
        #expect(Array(TextCleaner.clean(input).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func aTextReadAgainPassesAtMostThreeTimes() {
        // Each pass reads back only the last "Â©" of a long run of "Â": three passes, then the text
        // stands, however long the run.
        let input = String(repeating: "\u{C2}", count: 50_000) + "\u{A9}"
        #expect(TextCleaner.clean(input) == String(repeating: "\u{C2}", count: 49_997) + "\u{A9}")
    }

    @Test(arguments: [
        // Letters and signs that spell valid UTF-8 by chance, with nothing beyond doubt in the text.
        "automatis\u{E9}\u{A0}\u{BB}.", "Fu\u{DF}\u{201C} und", "p\u{ED}\u{161}e", "record\u{F3}\u{2013} a", "CAF\u{C9}\u{2026}",
        "\u{C2}\u{A0}",
        // A capital ending a word before Windows-1252's punctuation: Portuguese, Turkish,
        // Vietnamese, Icelandic.
        "\u{201C}IRM\u{C3}\u{201D}", "H\u{C2}L\u{C2}\u{2026}", "\u{110}\u{C3}\u{2026}", "\u{201E}\u{DE}A\u{D0}\u{201C}",
        // An accented letter of the text's own, and a capital before Windows-1252's ellipsis.
        "Vive la r\u{E9}publique \u{C2}\u{2026}",
    ])
    func textThatOnlyLooksEncodedTwiceStays(_ input: String) {
        let expected = input.replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(Array(TextCleaner.clean(input).unicodeScalars) == Array(expected.unicodeScalars))
    }
}
