/// Cuts a paragraph's tokens into candidate names: runs of capitalized tokens, with connectors
/// inside ("Boao Forum for Asia"), abbreviations' periods ("Dr. Li") and joined particles
/// ("al-Assad"); a possessive ends a run ("Mishustin's visit") unless a known name goes on past it
/// ("People's Bank of China").
struct PhraseChunker {
    let gazetteer: Gazetteer

    /// Runs of capitalized tokens, with connectors inside ("Boao Forum for Asia").
    func chunk(_ tokens: Tokens, possessive: [Bool]) -> [Range<Int>] {
        // Which tokens can be part of a name, decided once per token.
        let isName = tokens.indices.map { Self.isNameToken(tokens, $0) }
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
                if isName[end], tokens[end].spaceBefore || tokens.text(end - 1).hasSuffix("-") {
                    // A possessive ends the name: "Mishustin's visit".
                    if possessive[end - 1], !tokens.text(end - 1, isIn: possessiveWords) { break }
                    end += 1
                    continue
                }
                // "Dr. Li", "St. Petersburg": an abbreviation's period inside a name.
                if tokens[end].isPunctuation("."), !tokens[end].spaceBefore, end + 1 < tokens.count, isName[end + 1],
                    tokens.text(end - 1, isIn: EntityExtractor.abbreviatedTitles)
                {
                    end += 2
                    continue
                }
                // Connectors, only between name tokens and not after a possessive.
                // "on" joins only after an event or body: "Forum on China-Africa Cooperation", not
                // "… Dam on the Blue Nile".
                if tokens[end].kind == .word, tokens.text(end, isIn: EntityExtractor.connectors), !possessive[end - 1],
                    !tokens.text(end, is: "on") || tokens.text(end - 1, isIn: EntityExtractor.eventCues)
                        || tokens.text(end - 1, isIn: EntityExtractor.organizationCues)
                {
                    var next = end + 1
                    while next < tokens.count, tokens[next].kind == .word, tokens.text(next, isIn: EntityExtractor.connectors),
                        next - end < 2
                    {
                        next += 1
                    }
                    if next < tokens.count, isName[next], tokens[next].spaceBefore,
                        !tokens.text(next, isIn: EntityExtractor.timeWords)
                    {
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

    static let particleInitials = ASCIISet("aebid")

    /// A capitalized word, or a particle joined to a capitalized name: "el-Sisi", "al-Assad",
    /// "bin-Salman", "d'Estaing".
    static func isNameToken(_ tokens: Tokens, _ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if tokens[i].isCapitalized { return true }
        guard let first = tokens[i].firstByte, particleInitials.contains(first) else { return false }
        // Without a hyphen only "d'" and "d’" open a particle (see `opensWithParticle`): most
        // lower-case words are ruled out on their bytes.
        if !tokens[i].hasHyphen,
            !tokens.withBytes(i, { $0.count > 2 && ($0[1] == UInt8(ascii: "'") || $0[1] == 0xE2) })
        {
            return false
        }
        return opensWithParticle(tokens.text(i), hasHyphen: tokens[i].hasHyphen)
    }

    static func opensWithParticle(_ text: some StringProtocol, hasHyphen: Bool) -> Bool {
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

    /// A headline in title case ("Why The Forum Matters"): its capitals are no evidence of names.
    static func isTitleCased(_ tokens: Tokens) -> Bool {
        let words = tokens.indices.filter { tokens[$0].kind == .word && tokens.text($0).count > 3 }
        guard words.count >= 3 else { return false }
        return words.filter { tokens[$0].isCapitalized }.count * 10 >= words.count * 7
    }
}
