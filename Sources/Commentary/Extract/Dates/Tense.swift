/// The tense of a sentence, which decides the year of a date written without one ("Dec. 28" in a
/// piece of Jan. 3 that looks back) and the direction of a weekday ("on Friday").
enum Tense {
    case past, present, future
}

extension DateExtractor {
    static let pastCues = [
        "was", "were", "had", "did", "ago", "earlier", "previously", "said", "held",
        "met", "signed", "visited", "attended", "announced", "took", "came", "went",
        "saw", "made", "became", "began", "launched", "concluded", "marked",
    ]
    static let futureCues = [
        "will", "shall", "upcoming", "scheduled", "planned", "due", "expected",
        "forthcoming", "tomorrow", "next", "soon", "'ll",
    ]
    /// Present-tense verbs of a timetable: with no tense cue, "the summit opens on Tuesday" is ahead.
    static let scheduleVerbs = [
        "opens", "open", "begins", "begin", "starts", "start", "kicks", "convenes", "convene", "meets", "meet", "hosts",
        "arrives", "travels", "heads", "go", "goes", "vote", "votes", "resumes", "resume", "closes", "ends", "takes",
    ]
    struct TenseCue {
        var future: Bool
        var strong: Bool
    }
    /// Every tense cue in one table: listed past and future cues are strong, timetable verbs weak.
    static let tenseCues = WordTable<TenseCue>(
        pastCues.map { ($0, TenseCue(future: false, strong: true)) } + futureCues.map { ($0, TenseCue(future: true, strong: true)) }
            + scheduleVerbs.map { ($0, TenseCue(future: true, strong: false)) })
}

extension DateExtractor.Matcher {
    /// The token indices of the sentence around token `i`.
    func sentence(around i: Int) -> ClosedRange<Int> {
        var from = i
        while from > 0, !endsSentence(from - 1) { from -= 1 }
        var to = i
        while to < tokens.count - 1, !endsSentence(to) { to += 1 }
        return from...to
    }

    /// `!`, `?`, or a period that is not an abbreviation's ("Dec. 28", "Mr. Lee", "U.S.").
    func endsSentence(_ k: Int) -> Bool {
        guard tokens[k].isPunctuation(in: ".!?") else { return false }
        guard tokens[k].isPunctuation("."), k > 0, !tokens[k].spaceBefore else { return true }
        if k + 1 < tokens.count, tokens[k + 1].kind == .number { return false }
        return
            !(tokens[k - 1].utf8Count == 1
            || tokens.withBytes(k - 1) {
                DateExtractor.monthAbbreviations[lowercasingBytes: $0] != nil || EntityExtractor.abbreviatedTitles.contains(bytes: $0)
            })
    }

    /// The tense of the sentence around token `i`, by its cue words.
    func tense(around i: Int) -> Tense {
        // Look across the sentence, back to the last sentence end and forward to the next. Listed
        // cues weigh twice what a lower-case word ending in "-ed" or a timetable verb weighs, and
        // a cue counts less the farther it stands from the date: in "met … from Jan. 29, … which
        // is expected to start in April" the verb next to the date decides.
        var past = 0.0
        var future = 0.0
        for k in sentence(around: i) {
            // Every cue is a lower-case word.
            guard tokens[k].kind == .word, !tokens[k].isCapitalized,
                let cue = tokens.withBytes(k, { DateExtractor.tenseCues[bytes: $0] }) ?? pastForm(k)
            else { continue }
            let weight = (cue.strong ? 2 : 1) / (1 + Double(abs(k - i)) / 6)
            if cue.future { future += weight } else { past += weight }
        }
        if future > past { return .future }
        if past > future { return .past }
        return .present
    }

    /// A lower-case word ending in "-ed": a weak sign of the past.
    func pastForm(_ k: Int) -> DateExtractor.TenseCue? {
        guard tokens[k].utf8Count >= 5,
            tokens.withBytes(k, { $0[$0.count - 2] == UInt8(ascii: "e") && $0[$0.count - 1] == UInt8(ascii: "d") })
        else { return nil }
        // Outside ASCII the two letters must also be two characters of their own.
        guard !tokens[k].hasCapitalOrNonASCII || tokens.text(k).hasSuffix("ed") else { return nil }
        return DateExtractor.TenseCue(future: false, strong: false)
    }
}
