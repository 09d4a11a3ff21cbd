/// Recognizes photo captions by their credit and splits the credit off:
/// `… May 24, 2023. /CFP` → credit `CFP`; `… Photo: VCG` → `VCG`; `… (Xinhua/Li Ming)` →
/// `Xinhua/Li Ming`; `… [Photo/Xinhua]` → `Xinhua`.
public enum CaptionParser {
    /// Agencies whose bare name in trailing parentheses is a credit: `(Reuters)`.
    static let agencies: WordSet = [
        "cfp", "vcg", "xinhua", "reuters", "ap", "afp", "epa", "getty images", "getty", "ic", "cns",
        "imaginechina", "cnsphoto", "ecns", "china daily", "cgtn", "tass", "sputnik", "anadolu", "bloomberg",
        "shutterstock", "file", "file photo", "dpa", "kyodo", "yonhap", "ani", "pti", "upi", "pool", "handout",
        // National agencies whose initials credit their photos: Spain's, Saudi Arabia's, the UAE's,
        // India's, Iran's, Malaysia's, Indonesia's, Australia's.
        "efe", "spa", "wam", "ians", "irna", "bernama", "antara", "aap",
        // The Netherlands', Belgium's, Denmark's, Norway's, Portugal's, Italy's, Poland's,
        // Switzerland's.
        "anp", "belga", "ritzau", "ntb", "lusa", "ansa", "pap", "keystone",
        // Photo libraries.
        "istock", "istockphoto", "alamy", "unsplash", "pexels", "imago",
    ]
    /// Agencies that write their names in small letters, after the photographer's and a slash:
    /// "Uwe Anspach / dpa", "Celso Tavares/g1".
    static let lowerCaseAgencies: Set<Substring> = ["dpa", "ddp", "apa", "epd", "kna", "sda", "g1", "imago"]
    /// An agency's name as its credits open (`AP Photo/…`, `EPA-EFE/…`): with `agencies`, what
    /// a credit after a caption's last sentence may open with.
    static let photoAgencies: WordSet = [
        "ap photo", "ap images", "afp photo", "epa-efe", "reuters pictures", "getty images", "pool photo", "abaca",
        "sipa", "ansa", "zuma press", "nurphoto", "sopa images", "xinhua news agency",
    ]
    static let creditLabels: [StaticString] = [
        // Longer labels first: "File photo/CFP" is a label and a credit, not text ending in "File".
        "file photo:", "file photo/", "photo credit:", "image credit:", "picture credit:", "photo |", "photo:", "photos:", "photo by",
        "photos by", "photo/", "image:",
        "images:", "picture:", "pictures:", "credit:", "screenshot:", "photographer:", "photographers:",
        // The New York Times': "Credit...".
        "credit...", "credit…",
        "graphic:", "video:", "photograph:", "source:", "bild:", "foto:", "fotos:", "titelbild:",
        "photograph by",
        // German's rights and source of a picture; Polish "fot."; French sets a space before the
        // colon ("Photo : AFP").
        "bildrechte:", "bildquelle:", "fot.", "crédit photo :", "crÉdit photo :", "photo :", "photos :",
    ]
    static let connectors: WordSet = [
        "via", "on", "and", "for", "of", "de", "da", "do", "dos", "la", "le", "van",
        "von", "der", "den", "bin", "binti", "al", "el", "du", "des", "y", "&",
    ]

    /// A credit as the archive stores it, normalized: a slash without spaces around it ("AFP /
    /// Daniel Crane" → "AFP/Daniel Crane", as most credits write it, so one photographer's credits
    /// count as one), without a file photo's mark at its end ("Globe Wire/Faisal Al-Harbi/File
    /// Photo", "Reuters/File").
    public static func tidyCredit(_ credit: String) -> String {
        var tidy = credit.replacingOccurrences(of: " / ", with: "/")
        for mark in ["/File Photo", "/FILE PHOTO", "/File photo", "/File", "/FILE"]
        where tidy.hasSuffix(mark) && tidy.count > mark.count + 2 {
            tidy = String(tidy.dropLast(mark.count))
            break
        }
        return tidy
    }

    /// A caption's text without the label that opens it: "FILE PHOTO: An oil tanker …", "File
    /// photo: Farmers wait …", "Photo: …" (when words of the caption's own follow).
    public static func withoutOpeningLabel(_ text: String) -> String {
        for label in ["FILE PHOTO:", "File photo:", "File Photo:", "PHOTO:", "Photo:"] where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count).trimmingWhitespace()
            return rest.split(separator: " ").count >= 3 ? String(rest) : text
        }
        return text
    }

    /// A caption without the words of a page's controls and labels for screen readers, which a
    /// page's text reads with it: NPR's "hide caption" and "toggle caption", Reuters' "Purchase
    /// Licensing Rights, opens new tab", the BBC's "Image caption, ".
    public static func withoutControls(_ caption: String) -> String {
        var caption = caption
        // A video's length after its caption: "… near Pittsworth. Duration: 38 seconds38s".
        if let duration = caption.range(of: " Duration: ", options: .backwards),
            caption[duration.upperBound...].first?.isNumber == true,
            ASCIIMatch.spaceSeparatedWords(caption[duration.upperBound...]) <= 5
        {
            caption = String(caption[..<duration.lowerBound])
        }
        guard controlPhrases.contains(where: { ASCIIMatch.contains(caption, $0) }) else { return caption }
        var text = caption
        for phrase in controlPhrases {
            let words = String(decoding: UnsafeBufferPointer(start: phrase.utf8Start, count: phrase.utf8CodeUnitCount), as: UTF8.self)
            text = text.replacingOccurrences(of: words, with: " ", options: .caseInsensitive)
        }
        return HTMLArticleReader.collapse(text)
    }

    /// Longer phrases first: one may hold another.
    static let controlPhrases: [StaticString] = [
        "purchase licensing rights, opens new tab", "purchase licensing rights", "opens new tab", "hide caption",
        "toggle caption", "show caption", "enlarge this image", "image caption, ", "media caption, ",
        "open this photo in gallery:", "open this photo in gallery",
    ]

    /// The caption text without its credit, and the normalized credit; nil when the paragraph
    /// does not end with a credit.
    public static func split(_ paragraph: String) -> (text: String, credit: String)? {
        if let found = chinesePhotographer(paragraph) ?? japanesePhotographer(paragraph) { return found }
        guard var (text, credit) = creditSplit(paragraph) else { return nil }
        // ("… are his own. — Ed.": the editors' mark under a note, no photo's credit.)
        if ["ed", "the editors", "editor", "eds"].contains(String(Substring(credit.lowercased().filter { $0 != "." }).trimmingWhitespace()))
        {
            return nil
        }
        // A label the credit found by its form opens with ("Credit...Sarah Lin for The New York
        // Times") is no part of it.
        if let label = creditLabels.first(where: { ASCIIMatch.hasPrefix(credit, $0) }) {
            let bare = Substring(credit).dropFirst(String(describing: label).count).trimmingWhitespace()
            if !bare.isEmpty { credit = String(bare) }
        }
        // A label left before a credit found by its form ("… quay. Credit... Anna Berg for Coast
        // Daily") goes with the credit.
        guard let label = creditLabels.first(where: { ASCIIMatch.hasSuffix(text, $0) }) else { return (text, credit) }
        let bare = Substring(text).dropLast(label.utf8CodeUnitCount).trimmingWhitespace()
        return bare.unicodeScalars.count >= 3 ? (String(bare), credit) : (text, credit)
    }

    /// The caption text and credit of a caption whose credit the page's markup names
    /// (`RawBlock.credit`): its words at the caption's end (or start) are the credit, a label
    /// before them ("Credit", "Photo:", "©") left out. Nil when the caption does not end or open
    /// with them, or nothing else is left.
    public static func split(_ caption: String, markedCredit: String) -> (text: String, credit: String)? {
        let trimmed = Substring(caption).trimmingWhitespace()
        let marked = Substring(markedCredit).trimmingWhitespace()
        // (Not a sentence set in an element named for the credit, nor an address to write to.)
        guard marked.count <= markedCreditLength, !(marked.contains("@") && !marked.contains(" ")) else { return nil }
        var text: Substring
        if trimmed.hasSuffix(marked) {
            text = trimmed.dropLast(marked.count)
        } else if trimmed.hasPrefix(marked) {
            text = trimmed.dropFirst(marked.count)
        } else {
            return nil
        }
        text = text.trimmingWhitespace()
        // (A copy of the credit for the ear before it: "… superhero. Marvel Comics Marvel Comics".)
        while text.hasSuffix(marked) { text = text.dropLast(marked.count).trimmingWhitespace() }
        while let last = text.last, "|–—-/,;(©".contains(last) { text = text.dropLast().trimmingWhitespace() }
        while let first = text.first, "|–—-/,;)".contains(first) { text = text.dropFirst().trimmingWhitespace() }
        // ("… on Monday. Photo:", "… cervus). Foto" and the credit's element: the label goes with it.)
        if let label = creditLabels.first(where: { ASCIIMatch.hasSuffix(text, $0) }) {
            text = text.dropLast(label.utf8CodeUnitCount).trimmingWhitespace()
        } else if let space = text.lastIndex(of: " "), let first = text[text.index(after: space)...].first, first.isUppercase,
            bareLabels.contains(text[text.index(after: space)...].lowercased()), let before = text[..<space].last,
            ".!?)".contains(before)
        {
            // (Capitalized after a sentence: "… cervus). Foto"; not "… in their wedding photo".)
            text = text[..<space].trimmingWhitespace()
        }
        let credit = withoutLabel(marked)
        // (What is left may be a credit too: "Photo by ipopba | Getty Images/iStockphoto".)
        guard text.unicodeScalars.count >= 3, !credit.isEmpty, !isBareCredit(String(text)) else { return nil }
        return (String(text), String(credit))
    }

    /// The longest credit a caption's markup names, in characters: a longer text in an element
    /// named for the credit is the caption's own sentence.
    static let markedCreditLength = 100

    /// A credit without the label and marks before it: "Photo: Anna Berg", "© Harbour Archive",
    /// "(Image: Getty Images)", "/ REUTERS/Thomas Mukoya", and the New York Times' "Credit" read
    /// glued to the name ("CreditAnna Berg", twice when a copy for the ear stands before it).
    static func withoutLabel(_ credit: Substring) -> Substring {
        var credit = credit.trimmingWhitespace()
        if credit.first == "(", credit.last == ")" { credit = credit.dropFirst().dropLast().trimmingWhitespace() }
        while credit.last == "." && credit.dropLast().last?.isLowercase == true { credit = credit.dropLast() }
        var stripped = true
        while stripped {
            stripped = false
            credit = credit.drop { "©/|–—-".contains($0) || $0.isWhitespace }
            if let label = creditLabels.first(where: { ASCIIMatch.hasPrefix(credit, $0) }) {
                credit = credit.dropFirst(String(describing: label).count)
                stripped = true
                continue
            }
            for word in bareLabels where credit.lowercased().hasPrefix(word) {
                let rest = credit.dropFirst(word.count)
                // ("Photography by …", "Creditors' …": a longer word is no label.)
                guard let next = rest.first, next.isUppercase || next.isWhitespace || next == ":" || next == "." else { continue }
                credit = rest.drop { $0 == ":" || $0 == "." || $0 == "…" || $0.isWhitespace }
                stripped = true
                break
            }
        }
        return credit.trimmingWhitespace()
    }

    /// Whether a line is a photo's credit alone after its label: "Credit: Depositphotos",
    /// "Photographer: Al Drago/Bloomberg", "© Dmitry Korolev/TASS", "Credit...Sarah Lin for The
    /// New York Times". (A line of a story that opens with a label's word is a sentence.)
    public static func isLabelledCreditLine(_ line: String) -> Bool {
        let text = Substring(line).trimmingWhitespace()
        guard text.count <= markedCreditLength, let first = text.first, first == "©" || first.isUppercase else { return false }
        let credit = withoutLabel(text)
        guard credit.count < text.count, !credit.isEmpty else { return false }
        return isCredit(credit) || isBareCredit(String(credit))
    }

    /// Labels a credit's element may open with, as a word: "Credit", "Photo", "Foto".
    static let bareLabels = ["credits", "credit", "photos", "photo", "fotos", "foto", "image", "bild", "photograph"]

    /// The caption text and credit of a paragraph the page marks as a caption (`<figcaption>`)
    /// whose words after its last sentence are an agency's name alone ("… in Raqqa. Reuters",
    /// "… in Qatar. AFP", "… quay. Getty Images"), which `split(_:)` leaves in the text: in a
    /// story's paragraph they may be wire copy's tag. Nil otherwise.
    public static func splitAgencyAfterCaption(_ paragraph: String) -> (text: String, credit: String)? {
        let trimmed = Substring(paragraph).trimmingWhitespace()
        guard let space = trimmed.lastIndex(where: { $0 == " " }) else { return nil }
        var start = space
        // The agency's name may be two words ("Getty Images"): the sentence ends before it.
        for _ in 0..<3 {
            let text = trimmed[..<start].trimmingWhitespace()
            var credit = trimmed[start...].trimmingWhitespace()
            while credit.last == "." { credit = credit.dropLast() }
            if endsSentence(text), text.unicodeScalars.count >= 3, !credit.lowercased().hasPrefix("file"),
                agencies.contains(lowercasing: credit) || photoAgencies.contains(lowercasing: credit)
            {
                return (String(text), String(credit))
            }
            guard let previous = trimmed[..<start].lastIndex(of: " ") else { return nil }
            start = previous
        }
        return nil
    }

    /// A credit's label and a photographer's name closing a caption ("… Rigi. Foto: Urs
    /// Flueeler"): the caption before the label, and the name.
    static func labelledPhotographer(at text: Substring) -> (caption: Substring, name: Substring)? {
        for (label, found) in zip(creditLabels, labelOffsets(in: text)) {
            guard let offset = found else { continue }
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            let name = text[text.utf8.index(start, offsetBy: label.utf8CodeUnitCount)...].trimmingWhitespace()
            guard isPhotographer(name) else { continue }
            var caption = text[..<start].trimmingWhitespace()
            while let last = caption.last, "|–—-(,;/".contains(last) { caption = caption.dropLast().trimmingWhitespace() }
            return (caption, name)
        }
        return nil
    }

    /// A Chinese caption's photographer, after its sentence or in brackets: "……参加书法活动。新华社
    /// 记者 张明 摄", "新闻发布会现场（人民网记者 王泓漓 摄）", "港口防波堤（記者鄭名娟攝）": the credit is
    /// the reporter with the agency, without "摄" (took the photo). Only in a caption's length, and
    /// the photographer a name of two to four characters (several parted by spaces or "、").
    static func chinesePhotographer(_ paragraph: String) -> (text: String, credit: String)? {
        // (The last character first: this runs on every paragraph, and few end so.)
        var trimmed = Substring(paragraph).trimmingWhitespace()
        guard let final = trimmed.last, "摄攝）)".contains(final), trimmed.count <= chineseCaptionLength else { return nil }
        var bracketed = false
        if let last = trimmed.last, last == "）" || last == ")" {
            trimmed = trimmed.dropLast()
            bracketed = true
        }
        guard let mark = trimmed.last, mark == "摄" || mark == "攝" else { return nil }
        let beforeMark = trimmed.dropLast()
        // Where the credit starts: the bracket that opens it, else after the caption's last sentence.
        let start: Substring.Index
        if bracketed {
            guard let open = beforeMark.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
            start = beforeMark.index(after: open)
        } else {
            guard let stop = beforeMark.lastIndex(where: { "。！？".contains($0) }) else { return nil }
            start = beforeMark.index(after: stop)
        }
        let credit = beforeMark[start...].trimmingWhitespace()
        var text = trimmed[..<start].trimmingWhitespace()
        if bracketed, let open = text.last, open == "（" || open == "(" { text = text.dropLast().trimmingWhitespace() }
        // The names after the role ("记者", "摄影"), or the whole credit.
        var names = credit
        if let role = chineseRoles.lazy.compactMap({ credit.range(of: $0, options: .backwards) }).first {
            names = credit[role.upperBound...]
        }
        let parted = names.split(whereSeparator: { $0 == " " || $0 == "　" || $0 == "、" })
        guard text.count >= 3, !parted.isEmpty,
            parted.allSatisfy({ name in (2...4).contains(name.count) && name.unicodeScalars.allSatisfy(isHan) })
        else { return nil }
        return (String(text), String(credit))
    }

    static let chineseCaptionLength = 200

    /// A Japanese caption's photographer after "=" with the date: "……バス停=2024年4月19日、森下彩花撮影"
    /// (took the photo): the caption before "=", the name the credit.
    static func japanesePhotographer(_ paragraph: String) -> (text: String, credit: String)? {
        let trimmed = Substring(paragraph).trimmingWhitespace()
        guard trimmed.hasSuffix("撮影"), trimmed.count <= chineseCaptionLength,
            let equals = trimmed.lastIndex(where: { $0 == "=" || $0 == "＝" })
        else { return nil }
        let credit = trimmed[trimmed.index(after: equals)...].dropLast(2)
        let name = (credit.lastIndex(where: { $0 == "、" || $0 == "，" || $0 == "," }).map { credit[credit.index(after: $0)...] } ?? credit)
            .trimmingWhitespace()
        let text = trimmed[..<equals].trimmingWhitespace()
        guard text.count >= 3, (2...8).contains(name.count), !name.contains(where: { $0.isNumber || $0.isWhitespace }) else {
            return nil
        }
        return (String(text), String(name))
    }

    static let chineseRoles = ["记者", "記者", "通讯员", "通訊員", "摄影", "攝影"]

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private static func creditSplit(_ paragraph: String) -> (text: String, credit: String)? {
        let trimmed = Substring(paragraph).trimmingWhitespace()
        guard !trimmed.isEmpty, mayEndWithCredit(trimmed) else { return nil }

        // (Xinhua/Li Ming), (Photo: VCG), (Reuters) and [Photo/Xinhua] at the end.
        if let close = trimmed.last, close == ")" || close == "]" {
            let open: Character = close == ")" ? "(" : "["
            if let openIndex = trimmed.lastIndex(of: open) {
                let inner = trimmed[trimmed.index(after: openIndex)..<trimmed.index(before: trimmed.endIndex)].trimmingWhitespace()
                let before = trimmed[..<openIndex].trimmingWhitespace()
                if let credit = bracketedCredit(
                    inner, round: close == ")", short: trimmed.count <= captionLength, afterSentence: endsSentence(before))
                {
                    let text = trimmed[..<openIndex].trimmingWhitespace()
                    // ("… Rigi. Foto: Urs Flueeler (Keystone)": the photographer under a label
                    // before the agency's name goes with it.)
                    if let (caption, photographer) = labelledPhotographer(at: text), caption.count >= 3 {
                        return (String(caption), "\(photographer)/\(credit)")
                    }
                    if text.count >= 3 { return (String(text), credit) }
                }
            }
        }

        let asciiTail = endsInASCII(trimmed)
        let tailStart =
            asciiTail
            ? trimmed.utf8.index(trimmed.utf8.endIndex, offsetBy: -90, limitedBy: trimmed.utf8.startIndex) ?? trimmed.startIndex
            : trimmed.index(trimmed.endIndex, offsetBy: -90, limitedBy: trimmed.startIndex) ?? trimmed.startIndex
        let tail = trimmed[tailStart...]

        // "… 2023. REUTERS/Ueslei Marcelino", "… AP Photo/Eraldo Peres", "… Getty Images",
        // "… EPA-EFE/ANDRE BORGES": an agency's credit after the caption's last sentence, whole
        // (the agency and its photographer), before a label inside it is taken for one. The
        // sentence ends at a ". " the credit follows: not one inside it ("AP Photo/J. Scott
        // Applewhite").
        if let found = agencyCredit(trimmed, tail: tail) { return found }

        // Photo: VCG, Photo by Li Ming, Credit: Reuters at the end.
        for (label, found) in zip(creditLabels, labelOffsets(in: tail)) {
            guard let offset = found else { continue }
            let labelStart = tail.utf8.index(tail.utf8.startIndex, offsetBy: offset)
            if labelStart != trimmed.startIndex {
                // (A slash before the label is CGTN's mark of a credit: "… Province. /File photo/CFP".)
                let before = trimmed[trimmed.index(before: labelStart)]
                guard before.isWhitespace || ".,;|–—-(/".contains(before) else { continue }
            }
            let afterLabel = trimmed.utf8.index(labelStart, offsetBy: label.utf8CodeUnitCount)
            var credit = trimmed[afterLabel...].trimmingWhitespace()
            while let last = credit.last, last == "." || last == ")" || last == "]" { credit = credit.dropLast() }
            credit = credit.trimmingWhitespace()
            guard isCredit(credit) || writersOwn.contains(credit.lowercased()) else { continue }
            var text = trimmed[..<labelStart].trimmingWhitespace()
            // ("…, fot. Claudia Knoepfel": the comma before the label goes with it.)
            while let last = text.last, "|–—-(,;/".contains(last) { text = text.dropLast().trimmingWhitespace() }
            guard text.unicodeScalars.count >= 3 else { continue }
            return (String(text), String(credit))
        }

        // "… Kindern © VS Tristach", "… © dpa": a credit behind the copyright sign, closing a
        // caption of a sentence or two (not a story's paragraph that ends on a notice).
        if let sign = tail.lastIndex(of: "©"), trimmed.count <= captionLength {
            var credit = trimmed[trimmed.index(after: sign)...].trimmingWhitespace()
            while let last = credit.last, last == "." { credit = credit.dropLast() }
            // ("… Foto: © dpa": the label goes with the sign.)
            var text = trimmed[..<sign].trimmingWhitespace()
            if let label = creditLabels.first(where: { ASCIIMatch.hasSuffix(text, $0) }) {
                text = text.dropLast(label.utf8CodeUnitCount).trimmingWhitespace()
            }
            while let last = text.last, "|–—-(".contains(last) { text = text.dropLast().trimmingWhitespace() }
            if isCredit(credit) || agencies.contains(credit.lowercased()) || isSignedCredit(credit), text.unicodeScalars.count >= 3,
                ParagraphSplitter.sentenceBreaks(in: String(text)) < 2
            {
                return (String(text), String(credit))
            }
        }

        // "… em setembro - Marcos Teixeira/Reuters", "… 2025. | Julien Marchetti/AFP via Getty
        // Images": a photographer and an agency after a dash or a bar.
        if let separator = [" - ", " – ", " — ", " | "].compactMap({ tail.range(of: $0, options: .backwards) }).max(by: {
            $0.lowerBound < $1.lowerBound
        }) {
            let credit = trimmed[separator.upperBound...].trimmingWhitespace()
            let text = trimmed[..<separator.lowerBound].trimmingWhitespace()
            let words = credit.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" })
            if credit.contains("/"), isCredit(credit), text.unicodeScalars.count >= 3,
                words.contains(where: { agencies.contains(String($0)) || lowerCaseAgencies.contains($0) })
                    || credit.lowercased().contains("getty images")
            {
                return (String(text), String(credit))
            }
        }

        // "… 2023. /CFP", "… /Xinhua/Li Ming": the leftmost slash after a space or punctuation
        // whose remainder is a credit.
        var index = tail.startIndex
        while let slash = asciiTail ? tail.utf8[index...].firstIndex(of: UInt8(ascii: "/")) : tail[index...].firstIndex(of: "/") {
            index = tail.index(after: slash)
            guard slash > trimmed.startIndex else { continue }
            let before = trimmed[trimmed.index(before: slash)]
            guard before.isWhitespace || ".,;)”\"".contains(before) else { continue }
            let credit = trimmed[index...].trimmingWhitespace()
            guard isCredit(credit) else { continue }
            let text = trimmed[..<slash].trimmingWhitespace()
            guard text.unicodeScalars.count >= 3 else { continue }
            // "… Nashville. Andrew Nelles / The Tennessean": the photographer's name between the
            // last sentence and the slash is the credit's.
            if before.isWhitespace, let stop = text.range(of: ". ", options: .backwards), endsSentence(text[..<stop.upperBound]) {
                let name = text[stop.upperBound...]
                if isPhotographer(name) {
                    return (String(text[..<stop.upperBound].trimmingWhitespace()), "\(name) / \(credit)")
                }
            }
            return (String(text), String(credit))
        }

        // "… July 12, 2024. — APP" and "… Nov. 27, 2022. Kyodo News via AP": a credit after the
        // caption's last sentence, behind a dash or with "via".
        let via = ASCIIMatch.contains(tail, " via ")
        for separator: StaticString in [". — ", ". – ", ". "] where via || separator.utf8CodeUnitCount > 2 {
            guard let offset = ASCIIMatch.lastOffset(of: separator, in: tail) else { continue }
            let start = tail.utf8.index(tail.utf8.startIndex, offsetBy: offset)
            let credit = trimmed[trimmed.utf8.index(start, offsetBy: separator.utf8CodeUnitCount)...].trimmingWhitespace()
            guard isCredit(credit), separator.utf8CodeUnitCount > 2 || credit.contains(" via ") else { continue }
            let text = trimmed[...start]
            guard text.unicodeScalars.count >= 3 else { continue }
            return (String(text), String(credit))
        }
        return nil
    }

    /// The caption's text and an agency's credit after its last sentence (see `split`).
    static func agencyCredit(_ trimmed: Substring, tail: Substring) -> (text: String, credit: String)? {
        var stops: [String.Index] = []
        var previous: UInt8 = 0
        for index in tail.utf8.indices {
            let byte = tail.utf8[index]
            if byte == UInt8(ascii: " "), previous == UInt8(ascii: "."), endsSentence(trimmed[..<index]) {
                stops.append(tail.utf8.index(before: index))
            }
            previous = byte
        }
        for stop in stops.reversed().prefix(3) {
            var credit = trimmed[trimmed.utf8.index(stop, offsetBy: 2)...].trimmingWhitespace()
            while credit.last == "." { credit = credit.dropLast() }
            // ("… March 3, 2024. — AP Photo/Carla Jenkins": a dash before the credit.)
            if let first = credit.first, "—–-".contains(first) { credit = credit.dropFirst().trimmingWhitespace() }
            // The caption's text up to the sentence's end, and the credit after it.
            func found() -> (text: String, credit: String)? {
                let text = trimmed[...stop]
                return text.unicodeScalars.count >= 3 ? (String(text), String(credit)) : nil
            }
            let agency = credit.prefix { $0 != "/" }.trimmingWhitespace()
            let photographer = credit.dropFirst(agency.count).dropFirst().trimmingWhitespace()
            // (An agency's bare name after a sentence may be wire copy's tag, not a photo's credit:
            // a photographer, or an agency of pictures, makes it one; a photographer's name in
            // capitals is one too, lower-case words are a sentence: "Reuters/Ipsos polled …".)
            // ("File photo/CFP" is a label and the credit, read below.)
            let named =
                isCredit(photographer)
                || photographer.allSatisfy { !$0.isLetter || $0.isUppercase } && isCredit(Substring(photographer.capitalized))
            // A photographer for a paper: "… Rutland, Vt. Caleb Kenna for NPR". (A sentence ends on
            // its full stop: "… an essay by Dr. Anthony Fauci for The New York Times.")
            if trimmed.last != ".", let range = credit.range(of: " for "), isPhotographerFor(credit, at: range), isCredit(credit) {
                return found()
            }
            // The photographer first, the agency after the last slash: "Charlie Riedel/AP", "Glen
            // Stubbe/Star Tribune/Getty Images".
            if let first = credit.firstIndex(of: "/"), let slash = credit.lastIndex(of: "/"), isPhotographer(credit[..<first]),
                credit.count <= 60
            {
                let after = credit[credit.index(after: slash)...].trimmingWhitespace()
                if agencies.contains(lowercasing: after) || photoAgencies.contains(lowercasing: after) {
                    return found()
                }
            }
            guard
                photoAgencies.contains(lowercasing: agency)
                    || agencies.contains(lowercasing: agency) && !agency.lowercased().hasPrefix("file") && named,
                credit.count <= 60
            else { continue }
            return found()
        }
        return nil
    }

    /// Whether the last 91 bytes are ASCII other than CR: then each of the last 90 is a Character
    /// of its own (of two ASCII characters only CR LF make one), and Character offsets and searches
    /// in the tail can be made on bytes.
    static func endsInASCII(_ text: Substring) -> Bool {
        ASCIIMatch.withBytes(text) { bytes in
            for index in max(0, bytes.count - 91)..<bytes.count where bytes[index] >= 0x80 || bytes[index] == 0x0D {
                return false
            }
            return true
        }
    }

    /// The last bytes of `creditLabels` (a colon, a slash, the "y" of "by").
    static let labelLastBytes: [UInt8] = Array(Set(creditLabels.map { $0.utf8Start[$0.utf8CodeUnitCount - 1] }))

    /// The last offset of each of `creditLabels` in the text, as `ASCIIMatch.lastOffset` gives it,
    /// in one pass: only the places that hold the last byte of some label are tried, from the right.
    static func labelOffsets(in text: Substring) -> [Int?] {
        let lastBytes = labelLastBytes
        return ASCIIMatch.withBytes(text) { bytes in
            var ends: [Int] = []
            for index in bytes.indices.reversed() where lastBytes.contains(ASCIIMatch.lower(bytes[index])) {
                ends.append(index)
            }
            return creditLabels.map { label -> Int? in
                guard !ends.isEmpty else { return nil }
                let pattern = label.utf8Start
                let length = label.utf8CodeUnitCount
                for end in ends where ASCIIMatch.lower(bytes[end]) == pattern[length - 1] && end + 1 >= length {
                    let start = end + 1 - length
                    if (0..<length).allSatisfy({ ASCIIMatch.lower(bytes[start + $0]) == pattern[$0] }) { return start }
                }
                return nil
            }
        }
    }

    /// A cheap look at the tail: every credit form has a slash, a closing bracket, a colon, "photo",
    /// "fot.", " via", a dash or a copyright sign.
    static func mayEndWithCredit(_ text: Substring) -> Bool {
        ASCIIMatch.withBytes(text) { bytes in
            var window: UInt32 = 0
            var index = bytes.count - 1
            let stop = max(0, bytes.count - 90)
            while index >= stop {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "/"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ":"): return true
                default: break
                }
                // "hoto", " via", "fot." and "ages" (Getty Images) read backwards, any case; a dash (U+2013, U+2014: E2 80
                // 93/94); the copyright sign (U+00A9: C2 A9).
                if byte == 0xA9, index >= 1, bytes[index - 1] == 0xC2 { return true }
                window = (window << 8) | UInt32(byte | 0x20)
                // (And " for": "… Caleb Kenna for NPR".)
                if window == 0x6F_74_6F_68 || window == 0x61_69_76_20 || window == 0x2E_74_6F_66 || window == 0x73_65_67_61
                    || window == 0x72_6F_66_20
                {
                    return true
                }
                if byte | 0x01 == 0x95, index >= 2, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 { return true }
                index -= 1
            }
            return false
        }
    }

    private static func bracketedCredit(_ inner: Substring, round: Bool, short: Bool, afterSentence: Bool) -> String? {
        for label in creditLabels {
            guard let length = ASCIIMatch.prefixLength(label, in: inner) else { continue }
            let credit = inner[ASCIIMatch.index(inner, byteOffset: length)...].trimmingWhitespace()
            return isCredit(credit) ? String(credit) : nil
        }
        let lower = inner.lowercased()
        if agencies.contains(lower) { return String(inner) }
        // Al Jazeera's file photo: "[File: Mohamed Abd El Ghany/Reuters]".
        if let length = ASCIIMatch.prefixLength("file:", in: inner) {
            let credit = inner[ASCIIMatch.index(inner, byteOffset: length)...].trimmingWhitespace()
            return isCredit(credit) ? String(credit) : nil
        }
        // A paper's photographer: "(Courier Photo by Harpreet Gill)", closing a caption's sentence.
        if round, afterSentence, let range = inner.range(of: " Photo by "), isCredit(inner[range.upperBound...]),
            isCredit(inner[..<range.lowerBound])
        {
            return String(inner)
        }
        // A photographer for a paper, in round brackets closing a caption of a sentence or two:
        // "(Matt Roth for The Washington Post)". (A story's paragraph may end on another story's
        // title in brackets, "[Presidential Visions for NASA Throughout History]".)
        if round, short, afterSentence, let range = inner.range(of: " for "), isPhotographerFor(inner, at: range), isCredit(inner) {
            return String(inner)
        }
        // Agency/Photographer. A source note's codes, `[MP2 SP / MP3 SP]` or `[Vol. 2/3]`, are
        // not a credit: no photo credit has a digit or more than three parts.
        if let slash = inner.firstIndex(of: "/"), !inner.contains(where: \.isNumber),
            inner.split(separator: "/").count <= 3
        {
            let agency = inner[..<slash].trimmingWhitespace().lowercased()
            if (agencies.contains(agency) || agency.count <= 20) && isCredit(inner) && inner.first?.isUppercase == true {
                return String(inner)
            }
        }
        return nil
    }

    /// A credit on a line of its own, as a page sets it under a caption: a photographer for a
    /// paper, a photographer and an agency, an agency ("Caleb Kenna for NPR", "Glen Stubbe/Star
    /// Tribune/Getty Images", "Getty Images").
    public static func isBareCredit(_ line: String) -> Bool {
        let text = Substring(line).trimmingWhitespace()
        guard isCredit(text) else { return false }
        if agencies.contains(lowercasing: text) || photoAgencies.contains(lowercasing: text) { return true }
        if let first = text.firstIndex(of: "/") { return isPhotographer(text[..<first]) || agencies.contains(lowercasing: text[..<first]) }
        if let range = text.range(of: " for ") { return isPhotographerFor(text, at: range) }
        return false
    }

    /// "Caleb Kenna for NPR", "Matt Roth for The Washington Post": a photographer's name, then a
    /// paper's, an acronym or two capitalized words at least ("Food Donation App for Restaurants"
    /// is no credit).
    static func isPhotographerFor(_ text: Substring, at range: Range<Substring.Index>) -> Bool {
        guard isPhotographer(text[..<range.lowerBound]) else { return false }
        let paper = text[range.upperBound...].split(separator: " ")
        guard let first = paper.first else { return false }
        return first.count >= 2 && first.allSatisfy { $0.isUppercase || $0.isNumber }
            || paper.filter({ $0.first?.isUppercase == true }).count >= 2
    }

    /// Whether a text ends a sentence: a full stop, not an abbreviation's ("Dr.", "Rep.", "Gov.")
    /// or an initial's ("J."), or "!" or "?".
    static func endsSentence(_ text: Substring) -> Bool {
        var text = text.trimmingWhitespace()
        while let last = text.last, "\"”’')".contains(last) { text = text.dropLast() }
        guard let last = text.last else { return false }
        if last == "!" || last == "?" { return true }
        guard last == "." else { return false }
        let word = text.dropLast().reversed().prefix { $0.isLetter }
        if word.count == 1, word.first?.isUppercase == true { return false }
        return !abbreviations.contains(String(word.reversed()).lowercased())
    }

    /// Titles and abbreviations written with a full stop before a name or a place.
    /// (The entity lexicon's titles, and the ranks and short words a caption's subject carries.)
    static let abbreviations = Set(Lexicon.abbreviatedTitles.map { $0.lowercased() }).union([
        "lt", "col", "capt", "sgt", "sr", "rev", "hon", "pres", "sec", "adm", "maj", "cpl", "pvt", "no", "vs", "fr", "sra", "dra",
    ])

    /// A photographer's name: two or three capitalized words.
    static func isPhotographer(_ text: Substring) -> Bool {
        let words = text.trimmingWhitespace().split(separator: " ")
        return (2...3).contains(words.count)
            && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } }
    }

    /// The longest caption whose credit a copyright sign marks.
    static let captionLength = 400

    /// What follows a copyright sign is a credit when it is short, starts with a capital or a
    /// year, and is no sentence: `Action press/Bernd März`, `2024 Coast Daily`.
    static func isSignedCredit(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.count <= 60, let first = text.first, first.isUppercase || first.isNumber else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard words.count <= 7, !text.contains(". "), !text.contains(where: { "!?;:\"“”()[]".contains($0) }) else { return false }
        // A name's word or two in small letters (`Action press`), not a clause (`is a registered trademark`).
        return words.count(where: { $0.first?.isLowercase == true && !connectors.contains($0.lowercased()) }) <= 1
    }

    /// A credit is a short run of capitalized names: `CFP`, `Getty Images`, `Xinhua/Li Ming`; a
    /// number alone is none (a photo's number in the text: "(fot. 2)", "photos : 24").
    /// A credit that names the piece's writer as the photographer: "Photo by the writer".
    static let writersOwn: Set<String> = [
        "the writer", "the author", "the columnist", "the correspondent", "the reporter", "writer", "author",
    ]

    static func isCredit(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.count <= 60, let first = text.first, first.isUppercase || first.isNumber,
            text.contains(where: \.isLetter)
        else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," })
        guard !words.isEmpty, words.count <= 7 else { return false }
        for word in words {
            guard let initial = word.first else { continue }
            if initial.isUppercase || initial.isNumber { continue }
            if connectors.contains(word.lowercased()) { continue }
            if lowerCaseAgencies.contains(word), text.contains("/") { continue }
            // A brand in camel case: "iStock".
            if word.dropFirst().contains(where: \.isUppercase) { continue }
            return false
        }
        // Half a bracket is the end of a note that opened before the credit: `[MP2 / MP3]`.
        if text.contains(where: { $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }),
            text.count(where: { $0 == "(" }) != text.count(where: { $0 == ")" })
                || text.count(where: { $0 == "[" }) != text.count(where: { $0 == "]" })
        {
            return false
        }
        // A sentence does not end a credit.
        if text.contains(". ")
            && !text.split(whereSeparator: { $0 == " " || $0 == "/" }).allSatisfy({ $0.count <= 3 || !$0.hasSuffix(".") })
        {
            return false
        }
        return !text.contains(where: { character in
            switch character {
            case "!", "?", ";", ":", "\"", "“", "”": true
            default: false
            }
        })
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        // Most text starts and ends with a visible ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        // By code point, not by Character: a combining mark after a space is one Character with
        // it, and trimming that Character would drop the mark from the text.
        let scalars = unicodeScalars
        var lower = scalars.startIndex
        while lower < scalars.endIndex, scalars[lower].properties.isWhitespace { lower = scalars.index(after: lower) }
        var upper = scalars.endIndex
        while upper > lower, scalars[scalars.index(before: upper)].properties.isWhitespace { upper = scalars.index(before: upper) }
        return self[lower..<upper]
    }
}
