import Foundation
import Testing

@testable import Commentary

/// Pages and text files saved in the legacy encoding they declare (GBK, Big5, EUC-KR, KOI8-R,
/// Shift_JIS …), read in it. Every text here is our own, encoded once with Python's codecs.
@Suite("Legacy encodings a page declares")
struct LegacyEncodingTests {
    /// The bytes a string of hexadecimal digits spells.
    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).compactMap {
            UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)
        }
    }

    /// A page that declares its encoding with `meta` and holds `hex` (text in that encoding) as its paragraph.
    static func page(_ meta: String, _ hex: String) -> Data {
        Data("<html><head>\(meta)<title>t</title></head><body><p>".utf8) + Data(bytes(hex)) + Data("</p></body></html>".utf8)
    }

    static func expected(_ meta: String, _ text: String) -> String {
        "<html><head>\(meta)<title>t</title></head><body><p>\(text)</p></body></html>"
    }

    /// 城市的公园应该向所有人开放。张喆认为，周末的草坪不该被围起来。 in GBK: 喆 (0x86B4) is not in GB2312.
    static let gbkHex =
        "b3c7cad0b5c4b9abd4b0d3a6b8c3cff2cbf9d3d0c8cbbfaab7c5a1a3d5c586b4c8cfceaaa3acd6dcc4a9b5c4b2ddc6bab2bbb8c3b1bbcea7c6f0c0b4a1a3"
    static let gbkText = "城市的公园应该向所有人开放。张喆认为，周末的草坪不该被围起来。"

    @Test(arguments: [
        // GBK bytes under the GB2312 label, as Chinese sites declare them.
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", gbkHex, gbkText),
        // GB18030's four-byte sequences: ő (0x81309332) and 𠮷 (0x9534B235).
        (
            "<meta charset=\"gb18030\">", "cafdd1a7bcd24572648130933273d4dad0c5c0efd0b4c1cbd2bbb8f6c9d9bcfbb5c4d7d6a3ba9534b235a1a3",
            "数学家Erdős在信里写了一个少见的字：𠮷。"
        ),
        (
            "<?xml version=\"1.0\" encoding=\"Big5\"?>",
            "aac0bdd7a147a4bda640b9cfaed1c05dc0b3b8d3a9b5aaf8b67da9f1aec9b6a1a141c5fda455af5aaabaa448a45dafe0adc9aed1a143",
            "社論：公共圖書館應該延長開放時間，讓下班的人也能借書。"
        ),
        // EUC-KR is read as windows-949: 똠 (0x8C63) is in its extension only.
        (
            "<meta http-equiv=\"content-type\" content=\"text/html; charset=ks_c_5601-1987\">",
            "bbe7bcb33a20bdc3b9ce20b0f8bff8c0ba20b8f0b5cebfa1b0d420bfadb7c120c0d6beeebedf20c7d1b4d92e208c63b9e6b0a2c7cfb6f3b4c220b8bbb5b520c0d6b4d92e",
            "사설: 시민 공원은 모두에게 열려 있어야 한다. 똠방각하라는 말도 있다."
        ),
        (
            "<meta charset=\"KOI8-R\">",
            "edcec5cec9c53a20c7cfd2cfc4d3cbc9c520d0c1d2cbc920c4cfccd6ced920c2d9d4d820cfd4cbd2d9d4d920c4ccd120d7d3c5c82e",
            "Мнение: городские парки должны быть открыты для всех."
        ),
        (
            "<meta charset=\"windows-1251\">",
            "caeeece5edf2e0f03a20eee1f9e5f1f2e2e5ede8f2e520e1e8e1ebe8eef2e5eae820f2f0ffe1e2e020e4e020f0e0e1eef2fff220e820e220ede5e4e5ebff2e",
            "Коментар: обществените библиотеки трябва да работят и в неделя."
        ),
        (
            "<meta charset=\"iso-8859-7\">",
            "b6f0eff8e73a20efe920e4e7ecfcf3e9e5f220e2e9e2ebe9efe8deeae5f220f0f1ddf0e5e920ede120ecddedeff5ed20e1edefe9f7f4ddf220f4e120e2f1dce4e9e12e",
            "Άποψη: οι δημόσιες βιβλιοθήκες πρέπει να μένουν ανοιχτές τα βράδια."
        ),
        (
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
            "d1c3ed3a20edccc820c3e420cac8deec20c7e1e3dfcac8c7ca20c7e1dac7e3c920e3ddcae6cdc920dded20c7e1e3d3c7c12e",
            "رأي: يجب أن تبقى المكتبات العامة مفتوحة في المساء."
        ),
        // Shift_JIS is read as windows-31J: ① (0x8740) is one of its NEC characters.
        (
            "<meta charset=\"Shift_JIS\">",
            "985f90e08146907d8f918ad982cd96e982e08a4a82ad82d782ab82be814287408f5a96af82cc90ba82f095b782ad82b182c68142",
            "論説：図書館は夜も開くべきだ。①住民の声を聞くこと。"
        ),
        // ISO-8859-15 is not Windows-1252: 0xA4 is €, 0xBD is œ.
        (
            "<meta charset=\"iso-8859-15\">", "4c652062696c6c657420706173736520e0203320a4203a20756e6520bd757672652064652074726f702e",
            "Le billet passe à 3 € : une œuvre de trop."
        ),
        // Latin-1 is read as Windows-1252, whose 0x80–0x9F are quotes, dashes and €.
        (
            "<meta charset=\"iso-8859-1\">", "9351756f7465739420962061206461736820972035208020616e64209173696e676c6592206f6e657385",
            "\u{201C}Quotes\u{201D} \u{2013} a dash \u{2014} 5 \u{20AC} and \u{2018}single\u{2019} ones\u{2026}"
        ),
    ])
    func aPageIsReadInTheLegacyEncodingItDeclares(_ meta: String, _ hex: String, _ text: String) throws {
        let decoded = try TextDecoding.decode(Self.page(meta, hex), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, text))
        #expect(decoded.warnings.isEmpty)
    }

    /// The declaration as pages write it: any case, spaces around the `=` and inside the quotes,
    /// a label of the standard's besides the encoding's name.
    @Test(arguments: [
        "<meta charset=\"GBK\">", "<META CHARSET='X-GBK'>", "<meta charset=\" gbk \">", "<meta charset = \"gb2312\" >",
        "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=GB2312\">", "<meta charset=chinese>",
        "<?xml version=\"1.0\" encoding=\"GB2312\"?>", "<meta content=\"text/html; charset = csGB2312\" http-equiv=\"content-type\">",
    ])
    func theDeclarationIsFoundHoweverItIsWritten(_ meta: String) throws {
        let decoded = try TextDecoding.decode(Self.page(meta, Self.gbkHex), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, Self.gbkText))
        #expect(decoded.warnings.isEmpty)
    }

    /// A `charset` on a script or a link names that file's encoding, not the page's: the `<meta>` decides.
    @Test func theMetaDecidesOverAScriptsCharset() throws {
        let gbk = "<script charset=\"utf-8\" src=\"a.js\"></script><meta charset=\"gbk\">"
        let decoded = try TextDecoding.decode(Self.page(gbk, Self.gbkHex), location: "page.html").get()
        #expect(decoded.text == Self.expected(gbk, Self.gbkText))
        #expect(decoded.warnings.isEmpty)
        // A UTF-8 page with one damaged byte and a GBK script stays UTF-8.
        let utf8 = "<meta charset=\"utf-8\"><script charset=\"gbk\" src=\"b.js\"></script>"
        let damaged = try TextDecoding.decode(Data(Self.expected(utf8, "公园").utf8) + Data([0xFF]), location: "page.html").get()
        #expect(damaged.text == Self.expected(utf8, "公园") + "\u{FFFD}")
        #expect(damaged.warnings == ["page.html: invalid UTF-8; undecodable bytes were replaced with U+FFFD"])
    }

    @Test func anInvalidSequenceInTheDeclaredEncodingBecomesAReplacementCharacter() throws {
        // 前半句没问题, a byte no GBK sequence starts with, 后半句也能读出来。
        let meta = "<meta charset=\"gbk\">"
        let decoded = try TextDecoding.decode(
            Self.page(meta, "c7b0b0ebbee4c3bbcecacce2" + "ff" + "baf3b0ebbee4d2b2c4dcb6c1b3f6c0b4a1a3"), location: "page.html"
        )
        .get()
        #expect(decoded.text == Self.expected(meta, "前半句没问题\u{FFFD}后半句也能读出来。"))
        #expect(decoded.warnings == ["page.html: invalid GBK (declared charset gbk); undecodable bytes were replaced with U+FFFD"])
    }

    @Test func aSequenceCutShortAtTheEndBecomesAReplacementCharacter() throws {
        // 前半句没问题 and the first byte of 后.
        let data = Data("<meta charset=gb2312>\n".utf8) + Data(Self.bytes("c7b0b0ebbee4c3bbcecacce2" + "ba"))
        let decoded = try TextDecoding.decode(data, location: "cut.txt").get()
        #expect(decoded.text == "<meta charset=gb2312>\n前半句没问题\u{FFFD}")
        #expect(decoded.warnings == ["cut.txt: invalid GBK (declared charset gb2312); undecodable bytes were replaced with U+FFFD"])
    }

    /// An English text with a few stray bytes is no Russian one: read as windows-1251 its bytes
    /// made a two-letter word and a capital ("яю", "Г"), enough for the old threshold.
    @Test func aFewStrayBytesInAnEnglishTextAreNoEvidenceOfAnAlphabet() throws {
        let data =
            Data("This text has a bad byte ".utf8) + Data([0xFF, 0xFE]) + Data(" in the middle and a lone ".utf8) + Data([0xC3])
            + Data(" there. Keyword: quokka.\n".utf8)
        let decoded = try TextDecoding.decode(data, location: "bad.txt").get()
        #expect(decoded.text == "This text has a bad byte \u{FF}\u{FE} in the middle and a lone \u{C3} there. Keyword: quokka.\n")
        #expect(decoded.warnings == ["bad.txt: invalid UTF-8 and no charset declared; read as windows-1252, a guess from its text"])
    }

    @Test func aCharsetNotReadHereIsNamedAndTheTextReadInTheEncodingItFits() throws {
        let meta = "<meta charset=\"x-klingon\">"
        let decoded = try TextDecoding.decode(Self.page(meta, "4b61706c61e9"), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, "Kapla\u{E9}"))
        #expect(
            decoded.warnings == [
                "page.html: invalid UTF-8, and its declared charset x-klingon is not one read here; read as windows-1252, a guess from its text"
            ])
    }

    /// Pages saved without a declaration, in a legacy encoding: read in the one their text fits,
    /// with a warning that says so. (Our own sentences, encoded with Python's codecs.)
    @Test(arguments: [
        (
            "GBK",
            "b8dbbfdab9dcc0edbed6d6dcd2bbc5fad7bcc1cbd0c2b5c4b7c0b2a8b5cca3acbde1caf8c1cbd3e6d2b5bacfd7f7c9e7d3ebb8dbbfdad2b5d6f7d6aebce4b3a4b4efcaaed2bbc4eab5c4d5f9d2e9a1a3",
            "港口管理局周一批准了新的防波堤，结束了渔业合作社与港口业主之间长达十一年的争议。"
        ),
        (
            "Big5",
            "b4e4a466badeb27aa7bdb667a440a7e5ade3a446b773aabaa8beaa69b3f6a141b5b2a7f4a446baaeb77ea658a740aac0bb50b4e4a466b77ea544a4a7b6a1aaf8b946a451a440a67eaabaaaa7c4b3a143",
            "港口管理局週一批准了新的防波堤，結束了漁業合作社與港口業主之間長達十一年的爭議。"
        ),
        (
            "Shift_JIS",
            "8d6098708bc782cd8c8e976a93fa82c9905682b582a29668946792e782f08fb3944682b581418b998bc68ba693af91678d8782c68d6082cc8f8a974c8ed282c682cc8f5c88ea944e82c98b7982d4918882a282c98f498e7e958482f091c582c182bd8142",
            "港湾局は月曜日に新しい防波堤を承認し、漁業協同組合と港の所有者との十一年に及ぶ争いに終止符を打った。"
        ),
        (
            "EUC-JP",
            "b9c1cfd1b6c9a4cfb7eecdcbc6fca4cbbfb7a4b7a4a4cbc9c7c8c4e9a4f2beb5c7a7a4b7a1a2b5f9b6c8b6a8c6b1c1c8b9e7a4c8b9c1a4cebdeacdadbcd4a4c8a4cebdbdb0ecc7afa4cbb5daa4d6c1e8a4a4a4cbbdaabbdfc9e4a4f2c2c7a4c3a4bfa1a3",
            "港湾局は月曜日に新しい防波堤を承認し、漁業協同組合と港の所有者との十一年に及ぶ争いに終止符を打った。"
        ),
        (
            "EUC-KR",
            "c7d7b8b8c3bbc0ba20bff9bfe4c0cfbfa120bbf520b9e6c6c4c1a6b8a620bdc2c0cec7dfc0b8b8e72c20c0ccb7cebde120beeebef720c7f9b5bfc1b6c7d5b0fa20c7d7b1b820bcd2c0afc1d620bbe7c0ccc0c720bdcac0cf20b3e2bfa120b0c9c4a320bad0c0efc0cc20b3a1b3b5b4d92e",
            "항만청은 월요일에 새 방파제를 승인했으며, 이로써 어업 협동조합과 항구 소유주 사이의 십일 년에 걸친 분쟁이 끝났다."
        ),
        (
            "windows-1251",
            "cfeef0f2eee2eee520f3eff0e0e2ebe5ede8e520e220efeeede5e4e5ebfcede8ea20eee4eee1f0e8ebee20edeee2fbe920e2eeebedeef0e5e72c20e7e0e2e5f0f8e8e220f1efeef02c20eaeef2eef0fbe920e4ebe8ebf1ff20eee4e8edede0e4f6e0f2fc20ebe5f22e",
            "Портовое управление в понедельник одобрило новый волнорез, завершив спор, который длился одиннадцать лет."
        ),
        (
            "KOI8-R",
            "f0cfd2d4cfd7cfc520d5d0d2c1d7ccc5cec9c520d720d0cfcec5c4c5ccd8cec9cb20cfc4cfc2d2c9cccf20cecfd7d9ca20d7cfcccecfd2c5da2c20dac1d7c5d2dbc9d720d3d0cfd22c20cbcfd4cfd2d9ca20c4ccc9ccd3d120cfc4c9cecec1c4c3c1d4d820ccc5d42e",
            "Портовое управление в понедельник одобрило новый волнорез, завершив спор, который длился одиннадцать лет."
        ),
        (
            "windows-1252",
            "4c6520706f7274206120617070726f7576e9206c61206e6f7576656c6c65206469677565206c756e64692c20617072e873206f6e7a6520616e6ee965732064652071756572656c6c6520656e747265206c6120636f6f70e9726174697665206574206c65732070726f707269e97461697265732e",
            "Le port a approuvé la nouvelle digue lundi, après onze années de querelle entre la coopérative et les propriétaires."
        ),
    ])
    func aPageDeclaringNoCharsetIsReadInTheEncodingItsTextFits(_ encoding: String, _ hex: String, _ text: String) throws {
        let decoded = try TextDecoding.decode(Self.page("", hex), location: "page.html").get()
        #expect(decoded.text == Self.expected("", text))
        let warning = "page.html: invalid UTF-8 and no charset declared; read as \(encoding), a guess from its text"
        #expect(decoded.warnings == [warning])
    }

    /// Fed a byte at a time, as a file read in chunks cuts its characters anywhere, the converter
    /// reads what it reads whole: a cut sequence waits for its next byte, not U+FFFD.
    @Test func aCharacterCutBetweenChunksIsReadWhole() throws {
        let encoding = try #require(LegacyEncoding.byLabel["gbk"])
        let transcoder = try #require(LegacyTranscoder(encoding))
        let bytes = Self.bytes(Self.gbkHex)
        var output: [UInt8] = []
        for byte in bytes { output += transcoder.convert(Data([byte]), final: false) }
        output += transcoder.convert(Data(), final: true)
        #expect(String(decoding: output, as: UTF8.self) == Self.gbkText)
        #expect(!transcoder.replaced)
        // A character the file's end cuts short is damage.
        let cut = try #require(LegacyTranscoder(encoding))
        let end = cut.convert(Data(bytes.dropLast()), final: false) + cut.convert(Data(), final: true)
        #expect(String(decoding: end, as: UTF8.self) == String(Self.gbkText.dropLast()) + "\u{FFFD}")
        #expect(cut.replaced)
    }

    /// Texts the first guesses got wrong: a Chinese article scored as Russian letters, Portuguese
    /// and French accented letters side by side taken for Russian words or for hanzi, Hebrew and
    /// Greek, and Japanese mostly in katakana.
    @Test(arguments: [
        (
            "GBK",
            "d0c2d4a4cbe3bbf1c5fa0a0acad0d2e9bbe1d6dcb6fecdb6c6b1c5fad7bcc1cbb8dbc7f8b5c4d0c2d4a4cbe3a3acb4cbc7b0beadb9fdc1cbcafdd4c2b5c4b1e7c2dba1a3",
            "新预算获批\n\n市议会周二投票批准了港区的新预算，此前经过了数月的辩论。"
        ),
        (
            "windows-1252",
            "456c6569e7f56573206d756e696369706169733a206120636964616465206ee36f206170726f766f752061207369747561e7e36f20646f20706f72746f2e",
            "Eleições municipais: a cidade não aprovou a situação do porto."
        ),
        ("windows-1252", "4c65206d616972652072e9e96c752061206372e9e9206465757820636f6d6974e9732e", "Le maire réélu a créé deux comités."),
        ("windows-1255", "faf7f6e9e120e7e3f920e0e5f9f820f2ec20e9e3e920eee5f2f6fa20e4f2e9f8", "תקציב חדש אושר על ידי מועצת העיר"),
        (
            "windows-1253", "cdddeff220f0f1effbf0efebefe3e9f3ecfcf220e3e9e120f4ef20ebe9ecdcede920f4e7f220f0fcebe7f2",
            "Νέος προϋπολογισμός για το λιμάνι της πόλης"
        ),
        (
            "Shift_JIS", "938c8b9e835e838f815b82cc8347838c8378815b835e815b82aa838a836a8385815b8341838b8349815b83768393",
            "東京タワーのエレベーターがリニューアルオープン"
        ),
    ])
    func aTextFileDeclaringNothingIsReadInItsScriptsEncoding(_ encoding: String, _ hex: String, _ text: String) throws {
        let decoded = try TextDecoding.decode(Data(Self.bytes(hex)), location: "story.txt").get()
        #expect(decoded.text == text)
        #expect(decoded.warnings == ["story.txt: invalid UTF-8 and no charset declared; read as \(encoding), a guess from its text"])
    }

    /// UTF-8 with curly quotes and a few stray Latin-1 bytes stays UTF-8: the strays are damage.
    @Test func aUTF8TextWithAFewStrayBytesStaysUTF8() throws {
        let strays: [UInt8] = [0x20, 0xE9, 0x20, 0xE8, 0x20, 0xF1, 0x20, 0xFC, 0x20, 0xE0]
        let data = Data("Council approves “harbour” budget — and the pier".utf8) + Data(strays)
        let decoded = try TextDecoding.decode(data, location: "story.txt").get()
        #expect(decoded.text.hasPrefix("Council approves “harbour” budget — and the pier"))
        #expect(decoded.warnings == ["story.txt: invalid UTF-8; undecodable bytes were replaced with U+FFFD"])
    }

    /// A UTF-8 page with a damaged byte and no declaration is still UTF-8: the byte is damage.
    @Test func aUTF8PageWithADamagedByteStaysUTF8() throws {
        let decoded = try TextDecoding.decode(Data(Self.expected("", "公园和港口").utf8) + Data([0xFF]), location: "page.html").get()
        #expect(decoded.text == Self.expected("", "公园和港口") + "\u{FFFD}")
        #expect(decoded.warnings == ["page.html: invalid UTF-8; undecodable bytes were replaced with U+FFFD"])
    }

    @Test func aPageDeclaringUTF8KeepsThePlainWarning() throws {
        let meta = "<meta charset=\"UTF-8\">"
        let decoded = try TextDecoding.decode(Self.page(meta, "4b61706c61e9"), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, "Kapla\u{FFFD}"))
        #expect(decoded.warnings == ["page.html: invalid UTF-8; undecodable bytes were replaced with U+FFFD"])
    }

    /// A page that declares UTF-8 and holds not one UTF-8 character beyond ASCII, only bytes no
    /// UTF-8 sequence explains, is in a legacy encoding its server mislabelled (a CMS sending
    /// windows-1252 quotes under a UTF-8 header): read in the encoding its text fits, warned.
    @Test func aPageDeclaringUTF8WithNoUTF8InItIsReadInTheEncodingItFits() throws {
        let meta = "<meta charset=\"utf-8\">"
        // "Editors’ note: the harbour’s “new” pier", the quotes in windows-1252.
        let decoded = try TextDecoding.decode(
            Self.page(meta, "456469746f727392206e6f74653a2074686520686172626f7572927320936e657794207069657220"),
            location: "page.html"
        ).get()
        #expect(decoded.text == Self.expected(meta, "Editors’ note: the harbour’s “new” pier "))
        #expect(
            decoded.warnings == [
                "page.html: invalid UTF-8, and though it declares utf-8 no character of it is UTF-8; read as windows-1252, a guess from its text"
            ])
    }

    /// A few Latin-1 symbols in a page declaring UTF-8 are windows-1252, however well they would
    /// read as Big5 or Shift_JIS ("31°C", not "31蚓").
    @Test func aFewWesternSymbolsInAPageDeclaringUTF8AreWindows1252() throws {
        let meta = "<meta charset=\"utf-8\">"
        // "Temperatures reached 31°C on Monday and 29°C on Tuesday; the sea was 17°C."
        let hex =
            "54656d7065726174757265732072656163686564203331b043206f6e204d6f6e64617920616e64203239b043206f6e20547565736461793b207468652073656120776173203137b0432e"
        let decoded = try TextDecoding.decode(Self.page(meta, hex), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, "Temperatures reached 31°C on Monday and 29°C on Tuesday; the sea was 17°C."))
    }

    /// UTF-8 whose multi-byte sequences were cut short (a quote missing its last byte) is UTF-8
    /// damaged: U+FFFD, not mojibake ("â€").
    @Test func utf8CutShortStaysUTF8() throws {
        let meta = "<meta charset=\"utf-8\">"
        // "said " + E2 80 (cut) + "it is caf" + C3 (cut) + " good" + E2 80 (cut)
        let decoded = try TextDecoding.decode(Self.page(meta, "7361696420e280697420697320636166c320676f6f64e280"), location: "page.html")
            .get()
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(!decoded.text.contains("â€"))
        #expect(decoded.warnings == ["page.html: invalid UTF-8; undecodable bytes were replaced with U+FFFD"])
    }

    @Test func validUTF8DeclaringGB2312IsReadAsUTF8() throws {
        let page = Self.expected("<meta charset=\"gb2312\">", Self.gbkText)
        let decoded = try TextDecoding.decode(Data(page.utf8), location: "page.html").get()
        #expect(decoded.text == page)
        #expect(decoded.warnings.isEmpty)
    }

    /// Bytes read as windows-1252 (Latin-1's for the five it leaves undefined) or as ISO-8859-15,
    /// as a scraper that assumed one of them saved them: GBK's 城市 as "³ÇÊÐ".
    static func readAsWestern(_ bytes: [UInt8], latin9: Bool = false) -> String {
        let table = Dictionary(
            uniqueKeysWithValues: (latin9 ? EncodingGuess.latin9 : DoubleEncoding.windows1252).map { ($0.value, $0.key) })
        return String(String.UnicodeScalarView(bytes.compactMap { Unicode.Scalar(table[$0] ?? UInt32($0)) }))
    }

    @Test func aGBKPageSavedAsUTF8AfterAWindows1252ReadingIsReadAsGBK() throws {
        // A scraper read the GB2312 page as windows-1252 and saved what it read as UTF-8.
        let meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        let page = Self.expected(meta, Self.readAsWestern(Self.bytes(Self.gbkHex)))
        let decoded = try TextDecoding.decode(Data(page.utf8), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, Self.gbkText))
        #expect(
            decoded.warnings == ["page.html: GBK (declared charset gb2312) that was read as windows-1252 and saved as UTF-8; read as GBK"])
        // Read as ISO-8859-15, whose 0xB4 is "Ž" (windows-1252's 0x8E), 0xB8 "ž" and 0xA6 "Š", and
        // 0x86 a control character (windows-1252's "†"): 园 (D4B0), 应该 (D3A6 B8C3), 喆 (86B4).
        let latin9 = Self.readAsWestern(Self.bytes(Self.gbkHex), latin9: true)
        let again = try TextDecoding.decode(Data(Self.expected(meta, latin9).utf8), location: "page.html").get()
        #expect(again.text == Self.expected(meta, Self.gbkText))
        #expect(again.warnings == ["page.html: GBK (declared charset gb2312) that was read as ISO-8859-15 and saved as UTF-8; read as GBK"])
    }

    @Test func aCyrillicPageSavedAsUTF8AfterALatin1ReadingIsReadAsWindows1251() throws {
        // Read as plain Latin-1: its dash (0x97) a control character windows-1252 would have made
        // "—", its "ё" (0xB8) a "¸" ISO-8859-15 does not have. A byte-order mark opens the file.
        let meta = "<meta charset=\"windows-1251\">"
        let hex =
            "c3e0e2e0edfc20efeeebf3f7e8f220edeee2fbe920e2eeebedeeebeeec209720f0e5f8e5ede8e520eff0e8edfff2ee20e5f9b820e220efeeede5e4e5ebfcede8ea2c20f1efeef020e4ebe8ebf1ff20eee4e8edede0e4f6e0f2fc20ebe5f22e"
        let latin1 = String(String.UnicodeScalarView(Self.bytes(hex).map { Unicode.Scalar($0) }))
        let decoded = try TextDecoding.decode(Data(("\u{FEFF}" + Self.expected(meta, latin1)).utf8), location: "page.html").get()
        #expect(
            decoded.text
                == Self.expected(meta, "Гавань получит новый волнолом — решение принято ещё в понедельник, спор длился одиннадцать лет."))
        #expect(
            decoded.warnings == [
                "page.html: windows-1251 (declared charset windows-1251) that was read as ISO-8859-1 and saved as UTF-8; read as windows-1251"
            ])
    }

    @Test func aUTF8PageDeclaringALegacyEncodingInErrorKeepsItsLetters() throws {
        // French and Italian in UTF-8 under a Cyrillic, Hebrew or Chinese declaration: their
        // accented letters stand between plain ones, and "è" alone is no Russian word. (A
        // no-break space beside an accented letter makes a run of two.)
        let italian =
            "È chiaro: la crisi è\u{00A0}seria, il piano è pronto e il voto è oggi. È vero che il governo è diviso, ma nessuno è sorpreso. "
            + "Il bilancio è in rosso, il debito è alto, la crescita è lenta. È tardi, il lavoro è scarso e il Paese è stanco. La città è ferma. "
        let texts = [
            "L’été a été très sec : la préfecture a réduit l’arrosage, déçue que les règles déjà écrites ne soient pas respectées à Nîmes.",
            italian + italian,
        ]
        let declarations = ["windows-1251", "windows-1255", "gbk", "iso-8859-1"]
        for text in texts {
            for meta in declarations.map({ "<meta charset=\"\($0)\">" }) {
                let page = Self.expected(meta, text)
                let decoded = try TextDecoding.decode(Data(page.utf8), location: "page.html").get()
                #expect(decoded.text == page)
                #expect(decoded.warnings.isEmpty)
            }
        }
    }

    /// ISO-2022-JP is seven-bit, so its bytes are valid UTF-8: its escape sequences tell it apart.
    @Test func aSevenBitISO2022JPPageIsReadInIt() throws {
        let meta = "<meta charset=\"iso-2022-jp\">"
        let data = Self.page(meta, "1b24423c524062212738783160244f432f244b24472462332b242b246c246b2459242d244021231b2842")
        let decoded = try TextDecoding.decode(data, location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, "社説：公園は誰にでも開かれるべきだ。"))
        #expect(decoded.warnings.isEmpty)
    }

    /// Windows-1258 writes Vietnamese with combining accents, and its decoder holds each letter
    /// back until it knows no accent follows: the last one is still read.
    @Test func theLastLetterOfAWindows1258FileIsKept() throws {
        let data =
            Data("charset=windows-1258\n".utf8)
            + Data(Self.bytes("59ec206b69eaec6e3a207468fd207669eaf26e206eea6e206df5d22063fdd2612076e06f206275f4d2692074f4ec69"))
        let decoded = try TextDecoding.decode(data, location: "note.txt").get()
        #expect(decoded.text == "charset=windows-1258\nÝ kiến: thư viện nên mở cửa vào buổi tối")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func escapesInAPageThatDoesNotDeclareISO2022JPAreLeftAsTheyAre() throws {
        let page = "<html><body><p>Press \u{1B}$B to continue.</p></body></html>"
        let decoded = try TextDecoding.decode(Data(page.utf8), location: "page.html").get()
        #expect(decoded.text == page)
        #expect(decoded.warnings.isEmpty)
    }

    /// A byte Windows-1252 leaves undefined is damage like any other.
    @Test func aByteUndefinedInWindows1252IsReplaced() throws {
        let meta = "<meta charset=\"windows-1252\">"
        let decoded = try TextDecoding.decode(Self.page(meta, "93416881942e"), location: "page.html").get()
        #expect(decoded.text == Self.expected(meta, "\u{201C}Ah\u{FFFD}\u{201D}."))
        #expect(
            decoded.warnings == [
                "page.html: invalid windows-1252 (declared charset windows-1252); undecodable bytes were replaced with U+FFFD"
            ])
    }

    /// More text than one pass of the converter's output buffer holds, on several threads at once
    /// (an import decodes files in parallel).
    @Test func aLongPageIsReadWholeOnSeveralThreads() throws {
        let meta = "<meta charset=\"gbk\">"
        let data = Self.page(meta, String(repeating: Self.gbkHex, count: 2_000))
        let expected = Self.expected(meta, String(repeating: Self.gbkText, count: 2_000))
        let results = WarningLog()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let decoded = try? TextDecoding.decode(data, location: "long.html").get()
            results.append(decoded.map { $0.text == expected && $0.warnings.isEmpty } == true ? "same" : "different")
        }
        #expect(data.count > 100_000)
        #expect(results.messages == Array(repeating: "same", count: 8))
    }

    /// Every label names one encoding, and this system's iconv has a converter for each.
    @Test func everyEncodingInTheTableHasAConverter() {
        let labels = LegacyEncoding.table.flatMap(\.labels)
        #expect(Set(labels).count == labels.count)
        #expect(Set(labels).isDisjoint(with: LegacyEncoding.unicodeLabels))
        #expect(labels.allSatisfy { $0 == $0.lowercased() && $0.utf8.allSatisfy(DeclaredCharset.isLabelByte) })
        for (encoding, _) in LegacyEncoding.table {
            #expect(encoding.decode(Data("abc".utf8))?.text == "abc", "\(encoding.converter)")
        }
    }

    /// A GBK page through an import: its title and paragraphs are stored as Chinese.
    @Test func aGBKPageIsImportedAsChinese() throws {
        let title = "c6c0c2dba3bac8c3b3c7cad0b9abd4b0d4dad2b9cdedd2b2bfaab7c5"
        let paragraphs = [
            "d0edb6e0b3c7cad0b5c4b9abd4b0d4dacdedc9cfc6dfb5e3becdb9d8c3c5c1cba3acbfc9cac7cfc2b0e0b5c4c8cbcdf9cdf9d2aab5bdb0cbb5e3b2c5c4dcbbd8bcd2a1a3b9abd4b0b1bec0b4cac7ceaacbf9d3d0bed3c3f1d0debda8b5c4a3acbfaab7c5cab1bce4c8b4d6bbd5d5b9cbc1cbb0d7ccecd3d0bfd5b5c4c8cba1a3",
            "d1d3b3a4bfaab7c5cab1bce4b2a2b2bbd0e8d2aabadcb6e0c7aea1a3d6bbd2aad4f6bcd3bcb8d5b5c2b7b5c6a3acd4d9b0b2c5c5c1bdc3fbb9dcc0edd4b1c2d6b0e0a3acbecdc4dcc8c3b8bdbdfcb5c4bcd2cda5d4dacdedb7b9baf3b4f8baa2d7d3b3f6c0b4c9a2b2bda1a3cad0c3f1d5c586b4cbb5a3accbfbd7eecfebd4dad2b9c0efc8a5bafeb1dfc5dcb2bda1a3",
            "d3d0c8cbb5a3d0c4d2b9bce4b5c4b0b2c8abcecacce2a1a3c6e4cab5a3acc8cbb6e0b5c4b5d8b7bdcdf9cdf9b8fcb0b2c8aba3acb5c6b9e2bacdc0b4cdf9b5c4d0d0c8cbb1bec9edbecdcac7d7eebac3b5c4b1a3bba4a1a3",
            "ced2c3c7bda8d2e9cfc8d4dac8fdb8f6c7f8cad4d0d0b0ebc4eaa3acd4d9b8f9beddbed3c3f1b5c4d2e2bcfbbef6b6a8cac7b7f1cdc6b9e3a1a3b3c7cad0caf4d3dac3bfd2bbb8f6c8cba3acb9abd4b0d2b2d3a6b8c3c8e7b4cba1a3",
        ]
        var page = Data(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n<title>"
                .utf8)
        page += Data(Self.bytes(title)) + Data("</title></head>\n<body><div class=\"article\">\n<h1>".utf8) + Data(Self.bytes(title))
        page += Data("</h1>\n".utf8)
        for paragraph in paragraphs { page += Data("<p>".utf8) + Data(Self.bytes(paragraph)) + Data("</p>\n".utf8) }
        page += Data("</div></body></html>\n".utf8)
        let directory = temporaryDirectory()
        let file = directory.appending(path: "parks.html")
        try page.write(to: file)
        let (archive, summary) = try importInto(directory, [file.path])
        #expect(summary.imported == 1)
        let stored = try archive.read { db in
            (
                try String.fetchOne(db, sql: "SELECT title FROM articles"),
                try String.fetchAll(db, sql: "SELECT text FROM paragraphs ORDER BY rowid")
            )
        }
        #expect(stored.0 == "评论：让城市公园在夜晚也开放")
        #expect(stored.1.contains("有人担心夜间的安全问题。其实，人多的地方往往更安全，灯光和来往的行人本身就是最好的保护。"))
        #expect(stored.1.contains { $0.hasPrefix("延长开放时间并不需要很多钱。") && $0.hasSuffix("市民张喆说，他最想在夜里去湖边跑步。") })
        #expect(!stored.1.joined().contains("\u{FFFD}"))
    }
}
