/// The words the entity rules read as evidence: cue words that name a phrase's kind, the words
/// that join a name's parts, and the capitalized words that are no names.
extension EntityExtractor {
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
    static let timeWords = WordSet(Lexicon.timeWords)
    /// Capitalized words that are not names by themselves.
    static let commonCapitalized = WordSet(
        Lexicon.functionWords + Lexicon.monthNames + Lexicon.weekdayNames + Lexicon.honorifics + Lexicon.commonAcronyms + [
            "It", "He", "She", "They", "We", "I", "You", "Furthermore", "Instead", "Therefore", "Editor", "Note", "Photo",
            "File", "Internet", "Web", "New", "Global", "World", "International", "National", "Prime", "Minister",
            "President", "Premier", "Updated", "Published", "Read", "More", "Related", "Follow", "Click", "Not", "No",
            "Yes", "Toward", "Towards", "Just", "First", "Second", "Third", "One", "Two", "Three", "Chapter", "Part",
            "Section", "Figure", "Table", "Source", "Sources", "Credit", "Video", "Image", "Opinion", "Commentary",
            "Analysis", "Op-Ed", "Western", "Eastern", "Northern", "Southern", "Cold", "War", "Great", "Royal", "Federal",
            "Central", "Greater", "United", "Republic", "Kingdom", "State", "States", "People", "People's", "Party",
            "Government", "Ministry", "Foreign", "Affairs", "Economic", "Development", "Security", "Trade", "Green",
            "Digital", "Belt", "Road", "Silk", "Free", "Open", "Asian", "European", "African", "Arab", "Latin", "Middle",
            "East", "West", "North", "South", "Chinese", "Russian", "American", "British", "PhD", "5G", "4G", "6G", "Q1",
            "Q2", "Q3", "Q4",
        ])
    /// All-capital words that are not organizations: common acronyms, labels, Roman numerals.
    static let acronymStoplist = WordSet(
        Lexicon.commonAcronyms + [
            "PPP", "GNP", "VAT", "ESG", "CEOs", "IPO", "M&A", "FAQ", "PS", "NOTE", "UPDATE", "BREAKING", "EXCLUSIVE",
            "VIDEO", "PHOTO", "II", "III", "IV", "VI", "XI",
        ])
    /// Function words that may open a capitalized phrase without being part of the name.
    static let leadingFunctionWords = WordSet(
        Lexicon.functionWords + [
            "My", "Your", "Dear", "Thanks", "Thank", "Until", "Following", "Ahead", "Whether", "Unless", "Perhaps",
        ])
    static let ordinalWords: WordSet = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth", "Fifteenth", "Twentieth",
    ]
    static let abbreviatedTitles = WordSet(Lexicon.abbreviatedTitles)
}
