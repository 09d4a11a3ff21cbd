import Foundation

/// Finds people, organizations, locations and events, with every mention's span.
///
/// No statistical model: capitalized phrases are chunked from the tokens, then named by, in order,
/// the user's aliases and the gazetteer, title cues ("Prime Minister Mikhail Mishustin"),
/// organization, event and location cue words ("… Business Forum", "Ministry of …",
/// "Tiananmen Square"), and the shape of personal names; short forms ("Xi", "President Xi",
/// "Mishustin's") are resolved against the people the article names in full.
public struct EntityExtractor: Sendable {
    public var aliases: AliasTable
    let gazetteer: Gazetteer

    public init(aliases: AliasTable = AliasTable(), gazetteer: Gazetteer = .shared) {
        self.aliases = aliases
        self.gazetteer = gazetteer
    }

    static let eventCues: WordSet = [
        "Summit", "Forum", "Games", "Expo", "Conference", "Fair", "Olympics", "Paralympics", "Festival", "Dialogue",
        "Exhibition", "Championship", "Championships", "Cup", "Symposium", "Ceremony", "Biennale", "Tournament",
        "Marathon", "Talks", "Session", "Sessions", "Meeting", "Meetings", "Week", "Olympiad", "Gala",
        "Show", "Awards", "Plenum", "Conclave", "Race", "Regatta", "Carnival",
    ]
    static let organizationCues: WordSet = [
        "Bank", "Organization", "Organisation", "Ministry", "Council", "Commission", "Committee", "University", "Syndicate",
        "Institute", "Institution", "Agency", "Association", "Corporation", "Corp", "Company", "Group", "Fund",
        "Foundation", "Academy", "Department", "Office", "Parliament", "Court", "Daily", "Times", "News", "Post",
        "Union", "Alliance", "Authority", "Bureau", "Center", "Centre", "Society", "Network", "Press", "Club",
        "Federation", "Administration", "Service", "Forces", "Army", "Navy", "Police", "Board", "Secretariat",
        "College", "School", "Museum", "Airlines", "Airways", "Motors", "Holdings", "Technologies", "Inc", "Ltd",
        "Partnership", "Consortium", "Cabinet", "Government", "Senate", "Chamber", "Tribune", "Herald", "Journal",
        "Gazette", "Telegraph", "Guardian", "Observer", "Review", "Broadcasting", "Television", "Radio",
        "Laboratory", "Lab", "Labs", "Trust", "Ventures", "Capital", "Energy", "Petroleum", "Telecom", "Systems",
        "Industries", "Enterprises", "Conglomerate", "Exchange", "Mission", "Embassy", "Consulate", "Guard", "Zoo",
        "Clan", "Cooperation", "Mechanism", "Cartel", "Gang", "Militia", "Body", "Panel", "Studio", "Studios", "Resources",
        "Mining", "Metals", "Steel", "Shipping", "Line", "Lines", "Logistics", "Solution", "Solutions", "Staff", "Chiefs",
        "Pharmaceuticals", "Electronics", "Automotive", "Chemicals", "Insurance", "Securities", "Investments", "Partners",
        "Party", "Bloc", "Coalition", "Movement", "Front", "Brigade", "Congress", "Assembly", "Duma", "Legislature",
    ]
    static let locationCues: WordSet = [
        "Square", "Street", "Avenue", "Road", "River", "Sea", "Ocean", "Mountain", "Mountains", "Mount", "Lake",
        "Island", "Islands", "Province", "City", "County", "Region", "Bay", "Strait", "Canal", "Valley", "Desert",
        "Peninsula", "Gulf", "Bridge", "District", "Port", "Harbor", "Harbour", "Basin", "Plateau", "Coast",
        "Prefecture", "Oblast", "Territory", "Village", "Town", "Township", "Hills", "Falls", "Park",
        "Airport", "Palace", "Hall", "Gate", "Wall", "Temple", "Cathedral", "Stadium", "Zone", "Corridor", "Delta",
        "Estate", "Station", "Plaza", "Boulevard", "Arena", "Dam", "Reservoir", "Mine", "Field", "Fields", "Quarter",
        "Route", "Locks", "Lock", "Glacier", "Archipelago", "Atoll", "Reef", "Highlands", "Lowlands", "Steppe", "Pass",
        "Market", "Bazaar",
    ]
    /// Words that open an organization or place name followed by "of": "Ministry of Commerce".
    static let leadingOrganizationCues: WordSet = [
        "Ministry", "University", "Bank", "Institute", "Academy", "Department", "Council", "Museum", "League",
        "Organization", "Organisation", "Federation", "Association", "Office", "Commission", "Chamber", "Court",
        "College", "School", "Board", "Bureau", "Secretariat", "Union",
    ]
    static let leadingLocationCues: WordSet = [
        "Gulf", "Strait", "Sea", "Bay", "Cape", "Lake", "Mount", "Isle", "Port", "Hotel",
        "Palace", "Mount", "Fort", "Château", "Castle", "Stade", "Grand", "Place", "Piazza",
        "Rio", "Salar", "Lago", "Monte", "Puerto", "Isthmus", "Gulf",
    ]
    /// Leading words that name an organization without "of": "Museum Rietberg".
    static let leadingOrganizationWithoutOf: WordSet = [
        "Museum", "Musée", "Banco", "Universidad", "Università", "Université", "Institut", "Instituto", "Fundação", "Fundación",
    ]
    /// Phrases ending so are named things outside the four kinds (policies, documents, periods).
    static let otherCues: WordSet = [
        "Initiative", "Strategy", "Plan", "Act", "Agreement", "Treaty", "Declaration", "Accord", "Doctrine",
        "Vision", "Policy", "Report", "Charter", "Protocol", "Principles", "Program", "Programme", "Era",
        "Dream", "Project", "Law", "Constitution", "Index", "Award", "Prize", "Map", "Framework", "Roadmap",
        "Agenda", "Statement", "Communique", "Memorandum", "Pact", "Deal", "Resolution", "Rule", "Rules",
        "Moratorium", "Convention", "Corridor", "Scheme", "Fund's", "Bill", "Order", "Ordinance", "Mandate",
        "Fellow", "Crisis", "System", "Facility",
    ]
    /// Words that join the parts of one name: "Boao Forum for Asia", "Bank of China".
    static let connectors: WordSet = [
        "of", "for", "and", "on", "the", "de", "del", "du", "da", "von", "van", "der",
        "bin", "al", "la", "le", "y", "&",
    ]
    /// Connectors at which an unknown phrase splits into names; the name particles (bin, da, van, al)
    /// hold a person's name together: "Mohammed bin Salman", "Lula da Silva".
    static let splittingConnectors: WordSet = ["of", "for", "and", "on", "the", "&"]
    /// Month and day names: "… Forum on May 23" does not continue a name.
    static let timeWords: WordSet = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    /// Capitalized words that are not names by themselves.
    static let commonCapitalized: WordSet = [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her", "They", "Their",
        "We", "Our", "I", "You", "In", "On", "At", "As", "By", "For", "From", "With", "But", "And", "Or", "If", "When",
        "While", "After", "Before", "Since", "During", "Through", "Such", "Yet", "So", "Also", "However", "Moreover",
        "Meanwhile", "Furthermore", "Indeed", "Instead", "Still", "Thus", "Therefore", "Today", "Tomorrow",
        "Yesterday", "Now", "Here", "There", "What", "Why", "How", "Who", "Where", "Which", "Both", "Each", "Every",
        "All", "Many", "Most", "Some", "Other", "Another", "Editor", "Editor's", "Editor’s", "Note", "Photo", "File",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms",
        "Dr", "Prof", "Internet", "Web", "New", "Global", "World", "International", "National", "Prime", "Minister",
        "President", "Premier", "Updated", "Published", "Read", "More", "Related", "Follow", "Click", "Not", "No",
        "Yes", "To", "Of", "Under", "Over", "Despite", "Although", "Though", "Because", "Unlike", "Like", "Amid",
        "Among", "Against", "Beyond", "Without", "Within", "Across", "Toward", "Towards", "Upon", "Once", "Then",
        "Even", "Only", "Just", "First", "Second", "Third", "Last", "Next", "One", "Two", "Three", "Let", "Such",
        "Chapter", "Part", "Section", "Figure", "Table", "Source", "Sources", "Credit", "Video", "Image", "Opinion",
        "Commentary", "Analysis", "Op-Ed", "Western", "Eastern", "Northern", "Southern", "Cold", "War", "Great",
        "Royal", "Federal", "Central", "Greater", "United", "Republic", "Kingdom", "State", "States", "People",
        "People's", "Party", "Government", "Ministry", "Foreign", "Affairs", "Economic", "Development", "Security",
        "Trade", "Green", "Digital", "Belt", "Road", "Silk", "Free", "Open", "Asian", "European", "African",
        "Arab", "Latin", "Middle", "East", "West", "North", "South", "Chinese", "Russian", "American", "British",
        "COVID", "COVID-19", "GDP", "AI", "CEO", "IT", "TV", "PM", "AM", "OK", "NGO", "NGOs", "SARS", "HIV", "AIDS",
        "DNA", "EV", "EVs", "GMT", "UTC", "BC", "AD", "PhD", "CPI", "FDI", "R&D", "ID", "USD", "RMB", "CO2", "UFO",
        "LNG", "GPS", "5G", "4G", "6G", "ICT", "SOE", "SOEs", "SME", "SMEs", "Q1", "Q2", "Q3", "Q4", "OPINION",
    ]
    static let acronymStoplist: WordSet = [
        "GDP", "AI", "CEO", "IT", "TV", "PM", "AM", "OK", "NGO", "NGOs", "COVID", "COVID-19", "SARS", "HIV", "AIDS",
        "DNA", "EV", "EVs", "GMT", "UTC", "BC", "AD", "CPI", "FDI", "ID", "USD", "RMB", "CO2", "UFO", "LNG", "GPS",
        "ICT", "SOE", "SOEs", "SME", "SMEs", "PPP", "GNP", "VAT", "ESG", "CEOs", "IPO", "M&A", "R&D", "FAQ", "PS",
        "OPINION", "NOTE", "UPDATE", "BREAKING", "EXCLUSIVE", "VIDEO", "PHOTO", "II", "III", "IV", "VI", "XI",
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
            let titleCased = paragraph.kind == .title && isTitleCased(paragraph.tokens)
            var context = PhraseContext(
                tokens: paragraph.tokens, scalars: paragraph.scalars, paragraph: paragraph.index,
                titleCased: titleCased, authors: authors, outlet: outlet)
            for phrase in chunk(paragraph.tokens, possessive: context.possessive) {
                candidates += name(phrase.lowerBound, phrase.upperBound, &context)
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

    /// Runs of capitalized tokens, with connectors inside ("Boao Forum for Asia").
    func chunk(_ tokens: [Token], possessive: [Bool]) -> [Range<Int>] {
        // Which tokens can be part of a name, decided once per token.
        let isName = tokens.indices.map { isNameToken(tokens, $0) }
        let possessiveWords = gazetteer.possessiveWords
        var phrases: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard isName[i] else {
                i += 1
                continue
            }
            let start = i
            var end = i + 1
            while end < tokens.count {
                if isName[end], tokens[end].spaceBefore || tokens[end - 1].text.hasSuffix("-") {
                    // A possessive ends the name: "Mishustin's visit".
                    if possessive[end - 1], !possessiveWords.contains(tokens[end - 1].text) { break }
                    end += 1
                    continue
                }
                // "Dr. Li", "St. Petersburg": an abbreviation's period inside a name.
                if tokens[end].isPunctuation("."), !tokens[end].spaceBefore, end + 1 < tokens.count, isName[end + 1],
                    Self.abbreviatedTitles.contains(tokens[end - 1].text)
                {
                    end += 2
                    continue
                }
                // Connectors, only between name tokens and not after a possessive.
                // "on" joins only after an event or body: "Forum on China-Africa Cooperation", not
                // "… Dam on the Blue Nile".
                if tokens[end].kind == .word, Self.connectors.contains(tokens[end].text), !possessive[end - 1],
                    tokens[end].text != "on" || Self.eventCues.contains(tokens[end - 1].text)
                        || Self.organizationCues.contains(tokens[end - 1].text)
                {
                    var next = end + 1
                    while next < tokens.count, tokens[next].kind == .word, Self.connectors.contains(tokens[next].text), next - end < 2 {
                        next += 1
                    }
                    if next < tokens.count, isName[next], tokens[next].spaceBefore, !Self.timeWords.contains(tokens[next].text) {
                        end = next + 1
                        continue
                    }
                }
                break
            }
            phrases.append(start..<end)
            i = end
        }
        return phrases
    }

    static let ordinalWords: WordSet = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth", "Fifteenth", "Twentieth",
    ]
    static let abbreviatedTitles: WordSet = ["Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Sen", "Gov", "Gen", "Rep", "Jr", "Ft", "Mt"]
    static let particleInitials = ASCIISet("aebid")

    /// A capitalized word, or a particle joined to a capitalized name: "el-Sisi", "al-Assad",
    /// "bin-Salman", "d'Estaing".
    func isNameToken(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if tokens[i].isCapitalized { return true }
        guard let first = tokens[i].text.utf8.first, Self.particleInitials.contains(first) else { return false }
        return Self.opensWithParticle(tokens[i].text, hasHyphen: tokens[i].hasHyphen)
    }

    static func opensWithParticle(_ text: String, hasHyphen: Bool) -> Bool {
        // Without a hyphen only "d'" and "d’" can open the word.
        if !hasHyphen {
            let bytes = text.utf8
            guard bytes.count > 2 else { return false }
            let second = bytes[bytes.index(after: bytes.startIndex)]
            guard second == UInt8(ascii: "'") || second == 0xE2 else { return false }
        }
        for particle in ["al-", "el-", "ad-", "ash-", "as-", "at-", "ar-", "bin-", "ibn-", "d'", "d’"] where text.hasPrefix(particle) {
            return text.unicodeScalars.dropFirst(particle.unicodeScalars.count).first?.properties.isUppercase == true
        }
        return false
    }

    func isTitleCased(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word && $0.text.count > 3 }
        guard words.count >= 3 else { return false }
        return words.filter(\.isCapitalized).count * 10 >= words.count * 7
    }

    /// Whether token `i` opens a sentence: the paragraph's first token, or after . ! ? : or an opening quote.
    func isSentenceStart(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].isPunctuation(in: "\"“‘'(") { k -= 1 }
        guard k >= 0 else { return true }
        return tokens[k].isPunctuation(in: ".!?:;—–")
    }

    // MARK: - Naming a phrase

    /// Function words that may open a capitalized phrase without being part of the name.
    static let leadingFunctionWords: WordSet = [
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "As", "By", "For", "From", "With", "But",
        "And", "Or", "If", "When", "While", "After", "Before", "Since", "During", "Through", "Such", "Yet", "So",
        "Also", "However", "Meanwhile", "Moreover", "Indeed", "Under", "Over", "Despite", "Although", "Though",
        "Because", "Unlike", "Like", "Amid", "Among", "Against", "Beyond", "Without", "Within", "Across", "Upon",
        "Once", "Then", "Even", "Only", "Both", "Each", "Every", "All", "Many", "Most", "Some", "Other", "Another",
        "Its", "His", "Her", "Their", "Our", "My", "Your", "Now", "Here", "There", "What", "Why", "How", "Where",
        "Which", "Who", "To", "Of", "Let", "Today", "Yesterday", "Tomorrow", "Editor's", "Editor’s", "Last", "Next",
        "Dear", "Thanks", "Thank", "Until", "Following", "Ahead", "Whether", "Unless", "Perhaps", "Still", "Thus",
    ]

    struct PhraseContext {
        let tokens: [Token]
        let scalars: [Unicode.Scalar]
        let paragraph: Int
        let titleCased: Bool
        let authors: [String]
        let outlet: String?
        /// Whether each token ends with a possessive ('s or ’s).
        let possessive: [Bool]

        init(tokens: [Token], scalars: [Unicode.Scalar], paragraph: Int, titleCased: Bool, authors: [String], outlet: String?) {
            self.tokens = tokens
            self.scalars = scalars
            self.paragraph = paragraph
            self.titleCased = titleCased
            self.authors = authors
            self.outlet = outlet
            self.possessive = tokens.indices.map { tokens[$0].kind == .word && Token.endsPossessive(tokens[$0].text) }
        }

        /// The span of tokens lo..<hi without a trailing possessive.
        func span(_ lo: Int, _ hi: Int) -> (start: Int, end: Int) {
            (tokens[lo].start, tokens[hi - 1].end - (possessive[hi - 1] ? 2 : 0))
        }

        func text(_ lo: Int, _ hi: Int) -> String {
            let (start, end) = span(lo, hi)
            return Tokenizer.makeString(scalars, start, end)
        }

        /// The token's text without a possessive.
        func word(_ i: Int) -> String { possessive[i] ? String(tokens[i].text.unicodeScalars.dropLast(2)) : tokens[i].text }
    }

    func candidate(_ lo: Int, _ hi: Int, _ context: PhraseContext, name: String, kind: EntityKind?, titled: Bool = false) -> Candidate {
        let (start, end) = context.span(lo, hi)
        return Candidate(
            span: TextSpan(paragraphIndex: context.paragraph, start: start, length: end - start),
            surface: context.text(lo, hi), name: name, kind: kind, titled: titled)
    }

    func known(_ phrase: String, _ context: PhraseContext) -> (name: String, kind: EntityKind)? {
        if !aliases.entries.isEmpty, let target = aliases.entries[phrase] { return (target.name, target.kind) }
        if context.authors.contains(phrase) { return (phrase, .person) }
        if let outlet = context.outlet, phrase == outlet { return (phrase, .organization) }
        if let entry = gazetteer.lookup(phrase) { return (entry.name, entry.kind) }
        return nil
    }

    func name(_ lo: Int, _ hi: Int, _ context: inout PhraseContext) -> [Candidate] {
        guard lo < hi else { return [] }
        let tokens = context.tokens
        let phrase = context.text(lo, hi)
        let count = hi - lo
        if let (name, kind) = known(phrase, context) {
            return [candidate(lo, hi, context, name: name, kind: kind)]
        }
        let first = context.word(lo)
        // "the Third Belt and Road Forum": an ordinal before a known name.
        if count >= 2,
            Self.ordinalWords.contains(first) || isOrdinal(first),
            let (name, kind) = known(context.text(lo + 1, hi), context)
        {
            return [candidate(lo, hi, context, name: name, kind: kind)]
        }
        if Self.leadingFunctionWords.contains(first) {
            // "At the BRICS summit": the connectors after it go too.
            var next = lo + 1
            while next < hi, Self.connectors.contains(tokens[next].text) { next += 1 }
            return name(next, hi, &context)
        }
        // A dateline or headline in capitals: "BEIJING, Oct. 12 (Xinhua)", "NEW YORK".
        if count <= 3, tokens[lo].isAllCaps, (lo..<hi).allSatisfy({ tokens[$0].isAllCaps && tokens[$0].text.unicodeScalars.count >= 3 }),
            let (name, kind) = known(phrase.capitalized, context), kind == .location
        {
            return [candidate(lo, hi, context, name: name, kind: kind)]
        }

        // Compounds: "China-Russia" names two places; "Sino-Russian" none.
        if count == 1, first.utf8.contains(UInt8(ascii: "-")) {
            let parts = first.split(separator: "-")
            if parts.allSatisfy({ gazetteer.demonyms.contains(String($0)) || $0 == "Sino" || $0 == "Euro" || $0 == "Afro" || $0 == "Anglo" }
            ) {
                return []
            }
            var found: [Candidate] = []
            var offset = tokens[lo].start
            for part in parts {
                let partText = String(part)
                if let (name, kind) = known(partText, context) {
                    found.append(
                        Candidate(
                            span: TextSpan(paragraphIndex: context.paragraph, start: offset, length: partText.unicodeScalars.count),
                            surface: partText, name: name, kind: kind))
                }
                offset += partText.unicodeScalars.count + 1
            }
            if !found.isEmpty { return found }
        }

        // "Export-Import Bank of China", "Forum on China-Africa Cooperation": the head before the
        // first connector names the kind.
        if count >= 3, let connector = (lo + 1..<hi - 1).first(where: { Self.connectors.contains(tokens[$0].text) }),
            tokens[connector].text != "and"
        {
            let head = context.word(connector - 1)
            let headFirst = context.word(lo)
            let kind: EntityKind? =
                Self.eventCues.contains(head)
                ? .event
                : Self.organizationCues.contains(head) || Self.leadingOrganizationCues.contains(headFirst)
                    ? .organization
                    : Self.locationCues.contains(head) || Self.leadingLocationCues.contains(headFirst)
                        ? .location
                        : nil
            if let kind, !Self.otherCues.contains(head) {
                return [candidate(lo, hi, context, name: context.text(lo, hi), kind: kind)]
            }
        }

        // "the World Bank and the International Monetary Fund": two names, unless known as one.
        if count >= 3, let split = (lo + 1..<hi - 1).first(where: { tokens[$0].text == "and" }),
            !((lo..<split).contains(where: { ["of", "for", "on"].contains(tokens[$0].text) }) && hi - split == 2)
        {
            var end = split + 1
            while end < hi, Self.connectors.contains(tokens[end].text) { end += 1 }
            return name(lo, split, &context) + name(end, hi, &context)
        }
        // "Director-General of the World Trade Organization": a role, then an organization.
        if let title = leadingTitle(lo, hi, context), lo + title < hi, tokens[lo + title].text == "of" {
            var end = lo + title + 1
            while end < hi, Self.connectors.contains(tokens[end].text) { end += 1 }
            return name(end, hi, &context)
        }

        // "U.S. Vice President Kamala Harris", "NATO Secretary-General Jens Stoltenberg": a known
        // name, then a title and a person.
        // "World Bank President Ajay Banga": the known name may be several words.
        if count >= 3,
            let split = (lo + 1..<hi - 1).reversed().first(where: { split in
                leadingTitle(split, hi, context) != nil && known(context.text(lo, split), context).map { $0.kind != .person } == true
            }),
            let (name, kind) = known(context.text(lo, split), context)
        {
            return [candidate(lo, split, context, name: name, kind: kind)] + self.name(split, hi, &context)
        }

        let last = context.word(hi - 1)
        if count >= 2 {
            if Self.otherCues.contains(last) { return [] }
            let withoutDemonym = gazetteer.demonyms.contains(first) && count >= 3 ? lo + 1 : lo
            if Self.eventCues.contains(last) {
                // "the 15th BRICS Summit": the ordinal is part of the event's name.
                var start = lo
                if lo > 0, isOrdinal(context.tokens[lo - 1].text) { start = lo - 1 }
                return [candidate(start, hi, context, name: context.text(start, hi), kind: .event)]
            }
            if Self.organizationCues.contains(last) || Self.leadingOrganizationCues.contains(first) && hasOf(lo, hi, context) {
                return [candidate(lo, hi, context, name: context.text(lo, hi), kind: .organization)]
            }
            if Self.leadingOrganizationWithoutOf.contains(first) {
                return [candidate(lo, hi, context, name: context.text(lo, hi), kind: .organization)]
            }
            if Self.locationCues.contains(last) || Self.leadingLocationCues.contains(first) {
                let start = withoutDemonym
                return [candidate(start, hi, context, name: context.text(start, hi), kind: .location)]
            }
        }

        // Parts joined by connectors that make no known name together: "Xi Jinping and Premier Li Qiang";
        // not inside a title: "Secretary of State Antony Blinken".
        if count >= 3, var split = (lo + 1..<hi - 1).first(where: { Self.splittingConnectors.contains(tokens[$0].text) }),
            let resumed = splitAfterTitle(lo, hi, from: split, context)
        {
            split = resumed
            var end = split
            while end < hi, Self.connectors.contains(tokens[end].text) { end += 1 }
            return name(lo, split, &context) + name(end, hi, &context)
        }

        // "Russian Prime Minister …": the demonym is not part of the name.
        if gazetteer.demonyms.contains(first) || first == "Sino"
            || first.utf8.contains(UInt8(ascii: "-"))
                && first.split(separator: "-").allSatisfy({ gazetteer.demonyms.contains($0) || $0 == "Sino" })
        {
            return name(lo + 1, hi, &context)
        }

        // Title cues: "Prime Minister Mikhail Mishustin", "President Xi".
        if let titleLength = leadingTitle(lo, hi, context) {
            let rest = lo + titleLength
            // "Dr." is a token and a period.
            var nameStart = rest
            while nameStart < hi, tokens[nameStart].isPunctuation(".") { nameStart += 1 }
            // Titles in a row: "Foreign Minister Prince Faisal bin Farhan"; not when the title word
            // may be a given name before a short name ("COP28 President Sultan Al Jaber").
            while let next = leadingTitle(nameStart, hi, context), hi - (nameStart + next) >= 3 {
                nameStart += next
                while nameStart < hi, tokens[nameStart].isPunctuation(".") { nameStart += 1 }
            }
            guard nameStart < hi else { return [] }
            let personName = context.text(nameStart, hi)
            if let (name, kind) = known(personName, context), kind == .person {
                return [candidate(nameStart, hi, context, name: name, kind: .person, titled: true)]
            }
            guard (nameStart..<hi).allSatisfy({ isPersonNameWord($0, nameStart, hi, context) }) else {
                return name(nameStart, hi, &context)
            }
            return [candidate(nameStart, hi, context, name: personName, kind: .person, titled: true)]
        }

        if count == 1 {
            let token = tokens[lo]
            if token.isAllCaps, !Self.acronymStoplist.contains(first), first.unicodeScalars.count >= 3, !context.titleCased,
                !(first.hasPrefix("FY") && first.dropFirst(2).allSatisfy(\.isNumber)),
                first.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2
            {
                return [candidate(lo, hi, context, name: first, kind: .organization)]
            }
            guard looksLikeNameWord(first) else { return [] }
            // A short form, resolved against the article's people, or dropped.
            return [candidate(lo, hi, context, name: first, kind: nil)]
        }

        // An unknown run of two to four name-shaped words is a person's name.
        if (2...4).contains(count), !context.titleCased,
            (lo..<hi).allSatisfy({ isPersonNameWord($0, lo, hi, context) || $0 > lo && $0 < hi - 1 && tokens[$0].isPunctuation(".") }),
            !(lo..<hi).contains(where: { i in
                let word = context.word(i)
                return word.utf8.contains(UInt8(ascii: "-")) && word.split(separator: "-").allSatisfy { $0.first?.isUppercase == true }
                    || gazetteer.lookup(word).map { $0.kind != .person } ?? false
            })
        {
            return [candidate(lo, hi, context, name: phrase, kind: .person)]
        }
        return []
    }

    /// Where to split a phrase at a connector, `split` the first: not inside a title that opens
    /// the phrase ("Secretary of State Antony Blinken" is not split at "of"); nil for nowhere.
    func splitAfterTitle(_ lo: Int, _ hi: Int, from split: Int, _ context: PhraseContext) -> Int? {
        guard let title = leadingTitle(lo, hi, context), split < lo + title else { return split }
        // The title may take the whole phrase, or all of it but one word: no connector after it then.
        guard lo + title < hi - 1 else { return nil }
        return (lo + title..<hi - 1).first { Self.splittingConnectors.contains(context.tokens[$0].text) }
    }

    /// The length in tokens of a person title opening the phrase ("Prime Minister"), if any.
    func leadingTitle(_ lo: Int, _ hi: Int, _ context: PhraseContext) -> Int? {
        // After a title that ends the phrase, `lo` is `hi`, which may be past the paragraph's last token.
        guard lo < hi, let titles = gazetteer.titlesByFirstWord[context.word(lo)] else { return nil }
        for title in titles where title.count <= hi - lo {
            if zip(title, lo..<hi).allSatisfy({ $0.0 == context.word($0.1) || $0.0 == context.word($0.1) + "." }) { return title.count }
        }
        return nil
    }

    /// "15th", "3rd": digits, then an ordinal suffix.
    func isOrdinal(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        let lower = text.lowercased()
        guard ["st", "nd", "rd", "th"].contains(where: { lower.hasSuffix($0) }) else { return false }
        return lower.dropLast(2).allSatisfy(\.isNumber) && lower.count > 2
    }

    func hasOf(_ lo: Int, _ hi: Int, _ context: PhraseContext) -> Bool {
        (lo..<hi).contains { context.tokens[$0].text == "of" }
    }

    /// A word of a person's name at position `i` of `lo..<hi`: name-shaped, a particle joined to a
    /// name ("al-Falih"), or a particle between names ("Abdulaziz bin Salman", "Lula da Silva").
    func isPersonNameWord(_ i: Int, _ lo: Int, _ hi: Int, _ context: PhraseContext) -> Bool {
        let word = context.word(i)
        if looksLikeNameWord(word) { return true }
        if Self.opensWithParticle(word, hasHyphen: context.tokens[i].hasHyphen) { return true }
        return i > lo && i < hi - 1 && EditorNoteParser.particles.contains(word)
    }

    /// Capitalized, not a common capitalized word, not a demonym, not all capitals.
    func looksLikeNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, Tokenizer.isUppercase(first) else { return false }
        if Self.commonCapitalized.contains(word) || gazetteer.demonyms.contains(word) { return false }
        // Most words are ASCII: count letters, capitals and digits on the bytes.
        if let shape = Self.asciiShape(word) {
            guard shape.letters >= 2 else { return word.hasSuffix(".") }
            return shape.capitals < shape.letters && !shape.hasDigit
        }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2 else { return word.hasSuffix(".") }
        return !letters.allSatisfy { $0.properties.isUppercase } && !word.contains(where: \.isNumber)
    }

    /// Letters, capitals and whether a digit occurs, for an ASCII word; nil for any other.
    static func asciiShape(_ word: String) -> (letters: Int, capitals: Int, hasDigit: Bool)? {
        var letters = 0
        var capitals = 0
        var hasDigit = false
        for byte in word.utf8 {
            switch byte {
            case 0x41...0x5A:
                letters += 1
                capitals += 1
            case 0x61...0x7A: letters += 1
            case 0x30...0x39: hasDigit = true
            case 0x80...: return nil
            default: break
            }
        }
        return (letters, capitals, hasDigit)
    }

    // MARK: - Coreference

    /// Names short forms after the people the article names in full ("Xi" → Xi Jinping), maps
    /// partial names to the fullest form ("Lula da Silva" → Luiz Inácio Lula da Silva), and drops
    /// what stays unnamed.
    func resolve(_ candidates: [Candidate], authors: [String]) -> [EntityMention] {
        var people: [[String]] = authors.map { $0.split(separator: " ").map(String.init) }
        // Each name once: most people are mentioned by full name more than once.
        var seen: [String] = []
        for candidate in candidates
        where candidate.kind == .person && candidate.name.utf8.contains(UInt8(ascii: " ")) && !seen.contains(candidate.name) {
            seen.append(candidate.name)
            let words = candidate.name.split(separator: " ").map(String.init)
            if words.count >= 2, !people.contains(words) { people.append(words) }
        }
        // Fullest first, so a partial name maps to the longest that contains it.
        people.sort { $0.count > $1.count }
        let peopleFolded = people.map { $0.map(fold) }
        let fullNames = people.map { $0.joined(separator: " ") }
        // Few names per article: a list searched in order beats hashing each look-up.
        var memo: [(name: String, found: [Int])] = []

        /// The people a partial name may stand for, fullest first.
        func matches(for name: String) -> [Int] {
            // One word, the common case ("Xi", "Mishustin", "China"): a scan of the people's words.
            guard name.utf8.contains(UInt8(ascii: " ")) else {
                let folded = fold(name)
                return peopleFolded.indices.filter { index in
                    peopleFolded[index].contains(folded) && (peopleFolded[index].count > 1 || people[index][0] != name)
                }
            }
            if let known = memo.first(where: { $0.name == name }) { return known.found }
            let words = name.split(separator: " ").map(String.init)
            let folded = words.map(fold)
            let found = people.indices.filter { index in
                let person = people[index]
                return (person.count > words.count || (person.count == words.count && peopleFolded[index] != folded))
                    && contains(peopleFolded[index], folded)
            }
            memo.append((name, found))
            return found
        }

        // Where each person was last named, so "Silva" after "Marina Silva" is her, not Lula da
        // Silva named earlier; with nobody named yet, the fullest name.
        var lastNamed: [Int: Int] = [:]
        // One spelling per person: "Khurelsukh" and "Khürelsükh" are the same name.
        let spelling = peopleFolded.indices.map { index in peopleFolded.firstIndex(of: peopleFolded[index]) ?? index }
        // People the text names in full; an author known only from the metadata is not one, and a
        // word of their name found in the text ("Georgia" for the author Georgia Jordan) is only
        // theirs when it is their surname and means nothing else.
        let namedInText = fullNames.map { seen.contains($0) }
        func fullName(for name: String, at position: Int, placeName: Bool = false) -> String? {
            var found = matches(for: name)
            if !name.utf8.contains(UInt8(ascii: " ")) {
                found = found.filter { index in
                    namedInText[index]
                        ? (!placeName || people[index].last == name) : (!placeName && people[index].last == name)
                }
            }
            guard let first = found.first else { return nil }
            let chosen = found.max { (lastNamed[$0] ?? -1, -$0) < (lastNamed[$1] ?? -1, -$1) } ?? first
            lastNamed[chosen] = position
            return fullNames[chosen]
        }

        var mentions: [EntityMention] = []
        // At most one mention per candidate: sized once, not doubled on the way (long texts name
        // hundreds of thousands).
        mentions.reserveCapacity(candidates.count)
        for (position, candidate) in candidates.enumerated() {
            switch candidate.kind {
            case .person?:
                if let found = fullNames.firstIndex(of: candidate.name) {
                    let own = spelling[found]
                    lastNamed[own] = position
                    // A full name that is also part of a fuller one ("Lula da Silva") maps there.
                    let name = people[own].count < (people.first?.count ?? 0) ? fullName(for: candidate.name, at: position) : nil
                    mentions.append(
                        EntityMention(name: name ?? fullNames[own], kind: .person, span: candidate.span, surface: candidate.surface))
                    continue
                }
                let name = fullName(for: candidate.name, at: position) ?? candidate.name
                mentions.append(EntityMention(name: name, kind: .person, span: candidate.span, surface: candidate.surface))
            case let kind?:
                // A place that is also the surname of someone the article names in full is that
                // person: "Santos" after "Maria Santos".
                if kind == .location, !candidate.surface.utf8.contains(UInt8(ascii: " ")),
                    let name = fullName(for: candidate.surface, at: position, placeName: true)
                {
                    mentions.append(EntityMention(name: name, kind: .person, span: candidate.span, surface: candidate.surface))
                } else {
                    mentions.append(EntityMention(name: candidate.name, kind: kind, span: candidate.span, surface: candidate.surface))
                }
            case nil:
                if let name = fullName(for: candidate.name, at: position) {
                    mentions.append(EntityMention(name: name, kind: .person, span: candidate.span, surface: candidate.surface))
                }
            }
        }
        return mentions
    }

    func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        // "Sergey Lavrov" in "Sergey Viktorovich Lavrov": a Russian name without its patronymic.
        if needle.count == 2, haystack.count == 3, haystack[0] == needle[0], haystack[2] == needle[1],
            ["ovich", "evich", "ovna", "evna", "ichna"].contains(where: { haystack[1].hasSuffix($0) })
        {
            return true
        }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return true
        }
        return false
    }

    func fold(_ word: String) -> String { TextFold.fold(word) }
}
