import Testing
@testable import KsiteCharts

/// `MeasuredText` reads texts of lone scalars scalar by scalar: it must find the same
/// characters, widths and pieces as reading grapheme clusters does, whatever the text.
@Suite struct MeasuredTextTests {
    static let texts = [
        "", " ", "R4", "関連予算（千円）", "約2億5,118万円", "Ⅰ 基本方針 → R5", "①②③ △▲ ※",
        "ひらがな カタカナ ｶﾀｶﾅ ＡＢＣ１２３ 　、。「」", "ﾊﾞｰｼﾞｮﾝ ｶﾞ",
        "か\u{3099}き\u{309A}", "e\u{301}té", "\u{1100}\u{1161}\u{11A8}한글", "🇯🇵 and 🇺🇸",
        "👩\u{200D}💻 👍🏽 ☺\u{FE0F} ©\u{FE0F}", "a\r\nb\tc", "〜〰〽\u{302A}", "\u{200B}x\u{200D}y",
        "\u{AD}soft", "नमस्ते", "ก้", "©®°±×÷", "…‥—―‘’“”", "\u{E9}\u{0301}",
    ]

    @Test(arguments: texts)
    func findsTheCharactersThatReadingClustersFinds(text: String) {
        let measured = MeasuredText(text, fontSize: 16)
        let characters = Array(text)
        #expect(measured.count == characters.count)
        for (index, character) in characters.enumerated() where index < measured.count {
            #expect(measured[index..<index + 1] == String(character))
            #expect(measured.widths[index] == TextMetrics.width(of: character, fontSize: 16))
            let isOneScalar = character.unicodeScalars.count == 1
            #expect(measured.scalars[index] == (isOneScalar ? character.unicodeScalars.first : nil))
        }
    }

    /// Every scalar said to stand alone is a character of its own beside itself, a letter,
    /// and Hangul vowel and final jamo (which would join Hangul syllables and leading jamo).
    @Test func scalarsThatStandAloneNeverJoinANeighbour() {
        var joined: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), MeasuredText.standsAlone(scalar) else {
                continue
            }
            let alone = String(Character(scalar))
            let neighbours = [alone, "a", "\u{1161}", "\u{11A8}"]
            if neighbours.contains(where: { (alone + $0).count != 2 || ($0 + alone).count != 2 }) {
                joined.append(value)
            }
        }
        #expect(joined.isEmpty)
    }
}
