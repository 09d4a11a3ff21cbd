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
    /// The verbs that report what someone said: after one, "would" is the future as the report
    /// gives it ("said Tuesday that it would end the flows on Nov. 20").
    static let wouldNotFuture: Set<String> = [
        "have", "'ve", "not", "n't", "normally", "usually", "often", "always", "never", "rather", "like",
    ]
    static let reportingVerbs: Set<String> = ["said", "announced", "told", "warned", "stated", "added", "confirmed", "promised"]
    /// Present-tense verbs of a timetable: with no tense cue, "the summit opens on Tuesday" is ahead.
    static let scheduleVerbs = [
        "opens", "open", "begins", "begin", "starts", "start", "kicks", "convenes", "convene", "meets", "meet", "hosts",
        "arrives", "travels", "heads", "go", "goes", "vote", "votes", "resumes", "resume", "closes", "ends", "takes",
    ]
    /// The words that open a relative clause.
    static let relativePronouns: Set<String> = ["which", "who", "whom", "whose", "where", "when"]
    /// The words that join two verbs of one clause.
    static let conjunctions: Set<String> = ["and", "but", "or"]
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
        // A relative clause set off by commas, when it holds a cue, speaks for the date in it
        // alone: in "The summit, which opened on Tuesday, will not be remembered" the date is the
        // opening's.
        // Of a clause of two verbs ("which began on Jan. 26 and runs until March 5") only the
        // date's part counts.
        let sentence = sentence(around: i)
        let clause = clause(around: i, within: sentence)
        if clause.lowerBound > sentence.lowerBound, tokens[clause.lowerBound].kind == .word,
            DateExtractor.relativePronouns.contains(tokens.text(clause.lowerBound).lowercased())
        {
            func isConjunction(_ k: Int) -> Bool {
                tokens[k].kind == .word && DateExtractor.conjunctions.contains(tokens.text(k).lowercased())
            }
            var from = i
            while from > clause.lowerBound, !isConjunction(from - 1) { from -= 1 }
            var to = i
            while to < clause.upperBound, !isConjunction(to + 1) { to += 1 }
            if let tense = weighedTense(around: i, in: from...to) { return tense }
        }
        return weighedTense(around: i, in: sentence) ?? .present
    }

    /// The tense the cues in `range` give the date at `i`; nil when there is none.
    private func weighedTense(around i: Int, in range: ClosedRange<Int>) -> Tense? {
        var past = 0.0
        var future = 0.0
        var cues = 0
        // "would" after a verb of reporting, before the date, and not "would have", "would not"
        // or a habit ("would normally"): the future of reported speech.
        let reportedFuture = range.first { k in
            k < i && tokens[k].kind == .word && tokens.text(k).lowercased() == "would"
                && (k + 1 >= tokens.count || !DateExtractor.wouldNotFuture.contains(tokens.text(k + 1).lowercased()))
                && range.contains { r in r < k && tokens[r].kind == .word && DateExtractor.reportingVerbs.contains(tokens.text(r)) }
        }
        if let would = reportedFuture {
            let distance = Double(abs(would - i))
            future += 2 / (1 + distance / 6)
            cues += 1
        }
        for k in range {
            // Every cue is a lower-case word.
            guard tokens[k].kind == .word, !tokens[k].isCapitalized,
                let cue = tokens.withBytes(k, { DateExtractor.tenseCues[bytes: $0] }) ?? pastForm(k)
            else { continue }
            // The verb reporting a future ("said … would") speaks for the report, not the date.
            if let would = reportedFuture, k < would, !cue.future, DateExtractor.reportingVerbs.contains(tokens.text(k)) {
                continue
            }
            let weight = (cue.strong ? 2 : 1) / (1 + Double(abs(k - i)) / 6)
            if cue.future { future += weight } else { past += weight }
            cues += 1
        }
        // "by June": a deadline, a sign of what is ahead ("face hunger by June, the agency
        // warned") where nothing in its clause looks back; a past verb there says a deadline
        // passed ("unemployment climbed to 4.1 percent by March").
        if i > range.lowerBound, tokens[i - 1].kind == .word, tokens.text(i - 1).lowercased() == "by",
            !clause(around: i, within: range).contains(where: { k in tokens[k].kind == .word && (pastForm(k) != nil || isPastCue(k)) })
        {
            future += 1
            cues += 1
        }
        guard cues > 0 else { return nil }
        if future > past { return .future }
        if past > future { return .past }
        return .present
    }

    /// The token indices between the commas, semicolons, colons or dashes either side of `i`,
    /// within `sentence`. A comma inside a date ("Jan. 3, 2024") sets no clause apart.
    func clause(around i: Int, within sentence: ClosedRange<Int>) -> ClosedRange<Int> {
        func isBreak(_ k: Int) -> Bool {
            guard tokens[k].isPunctuation(in: ",;:\u{2014}\u{2013}") else { return false }
            // "Jan. 3, 2024": a comma before a year is the date's.
            return !(tokens[k].isPunctuation(",") && k + 1 < tokens.count && tokens[k + 1].kind == .number)
        }
        var from = i
        while from > sentence.lowerBound, !isBreak(from - 1) { from -= 1 }
        var to = i
        while to < sentence.upperBound, !isBreak(to + 1) { to += 1 }
        return from...to
    }

    /// A listed past cue ("was", "said").
    func isPastCue(_ k: Int) -> Bool {
        tokens.withBytes(k, { DateExtractor.tenseCues[lowercasingBytes: $0] }).map { !$0.future } ?? false
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
