/// The words extraction knows by heart, each list in one place: months, weekdays, honorifics,
/// name particles, the function words that open sentences, and common acronyms. The entity and
/// date rules and the parsers of captions and editor's notes build their tables from these.
enum Lexicon {
    /// Month names, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    /// Abbreviated month names with their month ("Sept" as well as "Sep"; "May" is a name).
    static let monthAbbreviations: [(String, Int)] = [
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9),
        ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ]
    /// Weekday names, Sunday first (Sunday is weekday 0).
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Month and day names and abbreviations, as written: "… Forum on May 23" does not continue a name.
    static let timeWords = monthNames + monthAbbreviations.map(\.0) + weekdayNames

    /// Honorifics written before a name, without their period.
    static let honorifics = ["Mr", "Mrs", "Ms", "Dr", "Prof"]
    /// Abbreviations that end with a period inside a name or before one: "Dr. Li", "St. Petersburg".
    static let abbreviatedTitles = honorifics + ["St", "Sen", "Gov", "Gen", "Rep", "Jr", "Ft", "Mt"]

    /// Lower-case particles inside personal names: "Mohammed bin Salman", "Lula da Silva".
    static let nameParticles = [
        "bin", "binti", "van", "von", "de", "der", "den", "da", "di", "do", "dos", "du",
        "del", "della", "le", "la", "al", "el", "ibn", "abu", "ter", "ten", "y",
    ]

    /// Capitalized function words that open sentences and phrases and are never names:
    /// determiners, prepositions, conjunctions, pronouns, sentence adverbs.
    static let functionWords = [
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "As", "By", "For", "From", "With", "But",
        "And", "Or", "If", "When", "While", "After", "Before", "Since", "During", "Through", "Such", "Yet", "So",
        "Also", "However", "Meanwhile", "Moreover", "Indeed", "Under", "Over", "Despite", "Although", "Though",
        "Because", "Unlike", "Like", "Amid", "Among", "Against", "Beyond", "Without", "Within", "Across", "Upon",
        "Once", "Then", "Even", "Only", "Both", "Each", "Every", "All", "Many", "Most", "Some", "Other", "Another",
        "Its", "His", "Her", "Their", "Our", "Now", "Here", "There", "What", "Why", "How", "Where", "Which", "Who",
        "To", "Of", "Let", "Today", "Yesterday", "Tomorrow", "Editor's", "Editor’s", "Last", "Next", "Still", "Thus",
    ]

    /// Acronyms of common things, never an organization by themselves.
    static let commonAcronyms = [
        "GDP", "AI", "CEO", "IT", "TV", "PM", "AM", "OK", "NGO", "NGOs", "COVID", "COVID-19", "SARS", "HIV", "AIDS",
        "DNA", "EV", "EVs", "GMT", "UTC", "BC", "AD", "CPI", "FDI", "ID", "USD", "RMB", "CO2", "UFO", "LNG", "GPS",
        "ICT", "SOE", "SOEs", "SME", "SMEs", "R&D", "OPINION",
    ]
}
