import Foundation
import Testing

@testable import Commentary

/// The look-up tables and byte matchers extraction runs on: they must agree with String's own answers.
@Suite("Word tables and byte matching")
struct WordTableTests {
    @Test("Every key of every length is found, with its own value; others are not")
    func findsEveryKey() {
        let keys =
            (1...40).map { length in String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) }) }
            + ["Xi Jinping", "São Paulo", "Erdoğan", "中国", "U.N.", ""]
        let table = WordTable(keys.enumerated().map { ($0.element, $0.offset) })
        for (index, key) in keys.enumerated() {
            #expect(table[key] == index, "\(key)")
            #expect(table[Substring(key)] == index, "\(key) as a substring")
        }
        for missing in ["abcX", "Xi jinping", "Sao Paulo", "中", "U.N", " a", "abcdefghi "] {
            #expect(table[missing] == nil, "\(missing)")
        }
    }

    @Test("The first value given for a key wins")
    func firstValueWins() {
        let table = WordTable([("Bank", 1), ("Bank", 2), ("Forum", 3)])
        #expect(table["Bank"] == 1)
        #expect(table.count == 2)
    }

    @Test("Look-ups in lower case fold ASCII capitals without a copy, and anything else as lowercased() does")
    func lowercasingLookups() {
        let months: WordTable<Int> = ["march": 3, "may": 5, "über": 9]
        #expect(months[lowercasing: "March"] == 3)
        #expect(months[lowercasing: "MAY"] == 5)
        #expect(months[lowercasing: "may"] == 5)
        #expect(months[lowercasing: "Über"] == 9)
        #expect(months[lowercasing: "Marches"] == nil)
        let set: WordSet = ["will", "said"]
        #expect(set.contains(lowercasing: "Will"))
        #expect(!set.contains(lowercasing: "Willow"))
    }

    @Test("A byte or a pattern found from any start is the first one a plain walk finds")
    func searchesFromAnyStart() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            // Pages of a few bytes, the pattern's bytes among them, matches at either edge.
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Array("<-!a".utf8).randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let byte = bytes.indices.first { $0 >= start && bytes[$0] == UInt8(ascii: "-") }
                    #expect(ASCIIMatch.next(UInt8(ascii: "-"), in: buffer, from: start) == byte)
                    let pattern = bytes.indices.first { $0 >= start && bytes[$0...].starts(with: Array("<!--".utf8)) }
                    #expect(ASCIIMatch.firstOffset(of: "<!--", inBytes: buffer, from: start, ignoringCase: false) == pattern)
                }
            }
        }
    }

    @Test("ASCII patterns match on bytes, ignoring case, with curly apostrophes read as straight ones")
    func asciiMatching() {
        #expect(ASCIIMatch.prefixLength("editor's note", in: "Editor’s Note: text") == 15)
        #expect(ASCIIMatch.prefixLength("editor's note", in: "EDITOR'S NOTE - text") == 13)
        #expect(ASCIIMatch.prefixLength("editor's note", in: "Editorial") == nil)
        #expect(ASCIIMatch.lastOffset(of: "views of ", in: "the Views of X and the views of CGTN") == 23)
        #expect(ASCIIMatch.firstOffset(of: " or ", in: "CGTN OR its editors", ignoringCase: false) == nil)
        #expect(ASCIIMatch.firstOffset(of: " or ", in: "CGTN or its editors", ignoringCase: false) == 4)
        #expect(ASCIIMatch.firstOffset(of: "or", in: "or CGTN or", ignoringCase: false) == 0)
        #expect(ASCIIMatch.firstOffset(of: "or", in: "CGTN or", ignoringCase: false) == 5)
        #expect(ASCIIMatch.spaceSeparatedWords("  Updated  09:05, 19-Oct-2023 ") == 3)
        let marks = ASCIISet("(IiFf")
        #expect(marks.contains(UInt8(ascii: "(")) && marks.contains(UInt8(ascii: "f")) && !marks.contains(UInt8(ascii: "x")))
        #expect(!marks.contains(0xE2))
    }

    static let haystacks = [
        "China-Russia Business Forum", "", "a", "aaaa", "By Li Ming | Xinhua | March 3, 2023", "São Paulo — Brasília",
        "中国人民大学 2023年3月", "cafe\u{301} au lait", "naïve café", "👍🏽 thumbs 👍", "line one\u{2028}line two", "  spaced  ",
        "x / y / z", "one\r\ntwo\r", "🇺🇸🇫🇷 flags", "👨‍👩‍👧 family", "각 한국어", "क्षत्रिय", "ab\u{301}c", "x\u{20DD} y\u{FE0F}z",
    ]
    static let needles = [
        "a", "aa", "Forum", "forum", " | ", "|", "São", "ã", "人民", "2023", "cafe", "e", "\u{301}", "👍", "🏽", " / ", "", "  ",
        "China-Russia Business Forum and more", "\r", "\n", "\r\n", "🇸🇫", "🇫🇷", "👨", "‍👩", "한", "क्ष", "b", "b\u{301}", "क", "्ष", "\u{301}",
        "🏽",
    ]

    @Test("Searching text for text answers as Foundation's search does, first and last occurrence")
    func byteSearchAgreesWithFoundation() {
        for text in Self.haystacks {
            for needle in Self.needles {
                let foundation = text.range(of: needle, options: [], range: nil, locale: nil)
                #expect(text.range(of: needle) == foundation, "\(text) / \(needle)")
                #expect(text.contains(needle) == (foundation != nil), "\(text) / \(needle)")
                #expect(
                    text.range(of: needle, options: .backwards) == text.range(of: needle, options: .backwards, range: nil, locale: nil),
                    "\(text) / \(needle) backwards")
                let inner = text.dropFirst()
                #expect(
                    inner.range(of: needle) == inner.range(of: needle, options: [], range: nil, locale: nil), "\(inner) / \(needle)")
                #expect(Substring(text).contains(Substring(needle)) == (foundation != nil))
            }
        }
    }

    @Test("Trimming spaces answers as Foundation's trimming does, whatever the ends")
    func trimmingAgreesWithFoundation() {
        let texts = [
            "", " ", "\t\n", "word", " word ", "\tword\n", "\u{00A0}word\u{3000}", "word\u{2028}", "é ", " é", "\n\nSão Paulo\t",
            "a b", "\u{85}x", "x\u{0B}",
        ]
        for text in texts {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(
                text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            let inner = Substring(" " + text + "x").dropLast()
            #expect(inner.trimmingSpaces() == inner.trimmingCharacters(in: .whitespaces), "\(text.debugDescription) in a substring")
        }
        let sets: [TrimSet] = [.spacesAndPunctuation, .dateSeparators, .labelMarksAndBullets, .toggleMarks, .wordMarks]
        for text in [
            "(back to top)", "[ Back To The Top ]", "share$", "«voir»", "~tilde~", "advertisement", "– 3 May ·", "By: ", "[+ more…]",
        ] {
            for set in sets {
                #expect(text.trimming(set) == text.trimmingCharacters(in: set.characters), "\(text)")
            }
        }
    }

    @Test("The words a text writes in lower case are its runs of letters, read as Characters would be")
    func lowerCaseWordsAgreeWithCharacters() {
        let texts = [
            "The affordable housing plan, the Special Account and über-ärger.", "cafe\u{301} au lait in São Paulo",
            "中国人民 said 3 things; x2y z", "e\u{301}tude, ne\u{301}e", "Ça va? çà et là", "naïve — co-operate's don't",
        ]
        for text in texts {
            let expected = Set(
                text.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isLowercase == true }.map(String.init))
            let paragraph = Paragraph(kind: .body, text: text)
            #expect(MetadataLine.lowerCaseWords([paragraph]) == expected, "\(text)")
        }
    }
}
