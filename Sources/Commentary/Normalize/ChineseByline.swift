import Foundation

/// Who a Chinese story names as its author: the names after `作者：` in a portal's line of facts,
/// or the reporters its text credits in brackets, as Chinese agencies and papers open or close a
/// story (`新华社北京5月24日电（记者张明远、李华）`, `……（记者 胡晓蓉）`).
enum ChineseByline {
    /// The names after `作者：` ("author:") in a line of facts under the headline
    /// (`来源：人民日报 作者：张明远 2023年05月24日`), joined as the archive lists authors ("; ").
    static func authorLine(_ line: String) -> String? {
        guard let label = line.range(of: "作者") else { return nil }
        let rest = line[label.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
        guard rest.first == "：" || rest.first == ":" else { return nil }
        let names = names(in: rest.dropFirst())
        guard !names.isEmpty, names.allSatisfy({ $0.count <= 30 }) else { return nil }
        return names.joined(separator: "; ")
    }

    /// The reporters a story's text credits in brackets with their role: at the opening of its
    /// first paragraph, after the dateline (`本报讯（记者 胡晓蓉）`), or at the end of its last. Each a
    /// name of two to four Chinese characters; a photographer's credit (`……摄`, `攝`) is not the author.
    static func reporterCredit(first: String?, last: String?) -> String? {
        if let first, let credit = bracket(in: first, atOpening: true) { return credit }
        if let last, let credit = bracket(in: last, atOpening: false) { return credit }
        return nil
    }

    /// The credit in the first bracket of a paragraph's opening, or the bracket that ends it.
    static func bracket(in paragraph: String, atOpening: Bool) -> String? {
        let characters = Array(paragraph)
        let open: Int
        let close: Int
        if atOpening {
            guard let start = characters.prefix(openingReach).firstIndex(where: { $0 == "（" || $0 == "(" }),
                let end = characters[start...].prefix(longestCredit).firstIndex(where: { $0 == "）" || $0 == ")" })
            else { return nil }
            (open, close) = (start, end)
        } else {
            guard let end = characters.indices.last, characters[end] == "）" || characters[end] == ")",
                let start = characters[..<end].lastIndex(where: { $0 == "（" || $0 == "(" }), end - start <= longestCredit
            else { return nil }
            (open, close) = (start, end)
        }
        let inner = String(characters[(open + 1)..<close]).trimmingSpaces()
        guard roles.contains(where: { inner.contains($0) }), !["摄", "攝"].contains(where: { inner.contains($0) }) else { return nil }
        var credited = Substring(inner)
        for ending in ["/文", "／文"] where credited.hasSuffix(ending) {
            credited = credited.dropLast(ending.count)
        }
        // Roles and names only: a role alone or before a name, set after nothing but the
        // outlet (`本报记者`, `新华社记者张明远`); any other word is an aside (`据记者了解`), and
        // what the reporters did (`记者获悉`, `记者手记`) is no name. The credit ends at an editor
        // or photographer (not its authors) and at where they reported from (`北京报道`, `发自北京`).
        var names: [String] = []
        for part in credited.split(whereSeparator: isBetweenNames) {
            var word = part
            var last = false
            if word.hasSuffix("报道") || word.hasSuffix("報導") {
                // `记者张明远报道` is its reporter; `北京报道`, `综合报道` are where and how.
                word = word.dropLast(2)
                last = true
                if !roles.contains(where: { word.contains($0) }) { break }
            }
            if creditEnds.contains(String(word)) || word.hasPrefix("发自") || word.hasPrefix("發自") { break }
            var name = Substring(word)
            if let role = roles.lazy.compactMap({ word.range(of: $0) }).first {
                let before = word[..<role.lowerBound]
                guard before.isEmpty || before == "本报" || before == "本刊" || before.last.map(outletEndings.contains) == true
                else { return nil }
                name = word[role.upperBound...]
                if name.isEmpty { continue }
                if notNames.contains(where: { name.hasPrefix($0) }) { return nil }
            }
            guard isChineseName(String(name)) else { return nil }
            names.append(String(name))
            if last { break }
        }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    /// Who is named after the reporters and is not an author: an editor, a photographer.
    static let creditEnds: Set<String> = ["编辑", "編輯", "责编", "責編", "责任编辑", "責任編輯", "摄影", "攝影", "校对", "校對", "审核", "審核"]
    /// What follows 记者 that is what the reporter did, not a name (`记者获悉`, `记者手记`).
    static let notNames = [
        "获悉", "獲悉", "了解", "手记", "手記", "观察", "觀察", "注", "调查", "調查", "走访", "走訪", "采访", "採訪", "发现", "發現",
        "证实", "證實", "看到", "从", "從", "随笔", "隨筆", "札记", "札記", "日记", "日記", "专访", "專訪", "探访", "探訪",
    ]

    /// How far into the first paragraph its credit may open: past a dateline
    /// (`新华社乌鲁木齐5月24日电`, `本报讯`).
    static let openingReach = 30
    /// The most characters a credit's brackets hold.
    static let longestCredit = 40

    /// A personal name as a credit gives it: two to four Chinese characters, or a name of a
    /// minority with its middle dot (`阿不都·热合曼`).
    static func isChineseName(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0 != "·" && $0 != "•" }
        let length = name.contains("·") || name.contains("•") ? 2...10 : 2...4
        return length.contains(letters.count) && letters.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The words of names from the start of `rest`, up to the next label, date, bracket or outlet,
    /// each with any role before it left out (`本报记者`, `新华社记者张明远`).
    static func names(in rest: Substring) -> [String] {
        var names: [String] = []
        for word in rest.split(whereSeparator: isBetweenNames) {
            // Another label (`来源：`, `译：`), a date, a bracket or a bar ends the names.
            if word.contains(where: { "：:|｜（(【[".contains($0) || $0.isNumber }) || stops.contains(String(word)) {
                if let head = word.split(whereSeparator: { "（(【[|｜".contains($0) }).first, head != word[...],
                    word.first.map({ !"（(【[|｜".contains($0) }) ?? false, !head.contains(where: { "：:".contains($0) || $0.isNumber })
                {
                    names.append(String(head))
                }
                break
            }
            // A role before the names (`本报记者`, `新华社记者张明远`): what follows it, if anything.
            var name = Substring(word)
            if let role = roles.lazy.compactMap({ word.range(of: $0) }).first {
                name = word[role.upperBound...]
                if name.isEmpty { continue }
            }
            // An outlet after the names (`人民日报`, `新华社`, `千龙网`) ends them.
            if let last = name.last, outletEndings.contains(last), name.count > 2 { break }
            // A name in Latin letters is its words together: `John Smith`.
            if let previous = names.last, previous.last?.isASCII == true, name.first?.isASCII == true {
                names[names.count - 1] = previous + " " + name
            } else {
                names.append(String(name))
            }
            if names.count == 6 { break }
        }
        return names
    }

    /// What parts names in a byline or a credit: a space, an ideographic space, a comma.
    static func isBetweenNames(_ character: Character) -> Bool {
        character == " " || character == "\u{3000}" || character == "、" || character == "，" || character == ","
    }

    /// Roles a Chinese byline sets before the names (the longer first: `实习记者` before `记者`).
    static let roles = [
        "实习记者", "實習記者", "见习记者", "見習記者", "特约记者", "特約記者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生",
        "特约撰稿人", "特约评论员",
    ]
    /// How an outlet's name ends: a paper, an agency, a site, a station, a journal.
    static let outletEndings: Set<Character> = ["报", "報", "社", "网", "網", "台", "刊"]

    /// Words that end the names in a Chinese byline: what the line of facts goes on to.
    static let stops: Set<String> = ["来源", "來源", "时间", "時間", "发布", "發佈", "编辑", "編輯", "责任编辑", "阅读", "出自", "分享"]
}
