import Testing
@testable import KsiteCharts

/// The byte-writing number, escaping and wrapping code gives exactly the text of the
/// string-building code it replaced (`ReferenceText`), on edge cases and random input.
@Suite struct ReferenceTextTests {
    static let specialValues: [Double] = [
        0, -0.0, 1, -1, 0.5, 0.005, 0.015, 0.025, 1.005, 2.675, -2.675, 999.995, 999.996,
        0.1 + 0.2, 1e-9, -1e-9, 0.0042, 123456789.125, 1e15, -1e15, 1e15 + 1, 9e15, 9e14,
        8.999_999e14, 1e16, 1e300, -1e300, .nan, .infinity, -.infinity, .ulpOfOne,
        .leastNonzeroMagnitude, 12_345_678_901.234_567, 93_830_106, -26_590_012,
    ]

    @Test func numbersMatchOnEdgeCases() {
        for value in Self.specialValues {
            for digits in -1...10 {
                #expect(NumberFormat.plain(value, fractionDigits: digits)
                        == ReferenceText.plain(value, fractionDigits: digits), "\(value) \(digits)")
                #expect(NumberFormat.grouped(value, fractionDigits: digits)
                        == ReferenceText.grouped(value, fractionDigits: digits), "\(value) \(digits)")
            }
        }
    }

    @Test func numbersMatchOnRandomValues() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -12...16, using: &random)
            var value = Double.random(in: 1..<10, using: &random) * Self.pow10(Int(magnitude))
            if Bool.random(using: &random) { value = -value }
            if Int.random(in: 0..<4, using: &random) == 0 {
                // Values on a rounding edge: whole hundredths plus a half.
                value = (value * 100).rounded() / 100 + 0.005
            }
            let digits = Int.random(in: 0...8, using: &random)
            #expect(NumberFormat.plain(value, fractionDigits: digits)
                    == ReferenceText.plain(value, fractionDigits: digits), "\(value) \(digits)")
            #expect(NumberFormat.grouped(value, fractionDigits: digits)
                    == ReferenceText.grouped(value, fractionDigits: digits), "\(value) \(digits)")
            var bytes: [UInt8] = []
            NumberFormat.writeCoordinate(value, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == ReferenceText.plain(value, fractionDigits: 2))
        }
    }

    @Test func escapingMatches() {
        var random = SeededGenerator(seed: 11)
        for text in Self.edgeTexts + (0..<5_000).map({ _ in Self.randomText(using: &random) }) {
            #expect(XMLText.escape(text) == ReferenceText.escape(text), "\(text.debugDescription)")
            var bytes: [UInt8] = [0x41]
            XMLText.escape(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "A" + ReferenceText.escape(text))
        }
    }

    @Test func identifiersMatch() {
        var random = SeededGenerator(seed: 13)
        let texts = Self.edgeTexts + ["Budget-Overview", "--a--", "---", "R4 年度", "İstanbul", "\u{212A}m"]
        for text in texts + (0..<2_000).map({ _ in Self.randomText(using: &random) }) {
            #expect(XMLText.identifier(text) == ReferenceText.identifier(text), "\(text.debugDescription)")
        }
    }

    @Test func wrappingMatches() {
        var random = SeededGenerator(seed: 17)
        for _ in 0..<6_000 {
            let text = Self.randomText(using: &random)
            let fontSize = [10.0, 15, 16, 18].randomElement(using: &random)!
            let maxWidth = Double.random(in: 5...320, using: &random)
            let maxLines = [1, 2, 3, 5, Int.max].randomElement(using: &random)!
            #expect(TextWrapper.lines(text, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
                    == ReferenceText.lines(text, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines),
                    "\(text.debugDescription) \(maxWidth) \(fontSize) \(maxLines)")
        }
    }

    /// Widths right at the limit, where adding scalar by scalar and character by character
    /// could round differently: the wrapper must still decide as the character sum does.
    @Test func wrappingMatchesAtTheLimit() {
        var random = SeededGenerator(seed: 19)
        for _ in 0..<3_000 {
            let text = Self.randomText(using: &random)
            let fontSize = [15.0, 16, 18].randomElement(using: &random)!
            let width = text.reduce(0.0) { $0 + TextMetrics.width(String($1), fontSize: fontSize) }
            let limit = width - 0.001
            for maxWidth in [limit, limit.nextUp, limit.nextDown, limit + 1e-9, limit - 1e-9] {
                let maxLines = [1, 2, Int.max].randomElement(using: &random)!
                #expect(TextWrapper.lines(text, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
                        == ReferenceText.lines(text, maxWidth: maxWidth, fontSize: fontSize,
                                               maxLines: maxLines),
                        "\(text.debugDescription) \(maxWidth) \(fontSize) \(maxLines)")
            }
        }
    }
}

private extension ReferenceTextTests {
    static let edgeTexts = [
        "", " ", "a", "&", "<>\"'&", "\u{0}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{FFFD}",
        "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "\u{F8FF}", "\u{10000}", "\u{1F600}", "a\r\nb", "\t",
        "関連予算（千円）", "é", "e\u{301}", "か\u{3099}", "ｶﾞ",
    ]

    /// Pieces that stress the wrapping and escaping rules: CJK, ASCII words and figures,
    /// spaces, closing punctuation, markup characters, controls and multi-scalar clusters.
    static let pieces = [
        "関", "連", "予", "算", "の", "増", "減", "、", "。", "）", "」", "ー", "・", "…", "％",
        "a", "B", "z", "1", "0", "9", ",", ".", "%", ")", " ", " ", "  ", "Kumamoto", "1,000",
        "250.5", "&", "<", ">", "\"", "'", "\n", "\t", "\r\n", "\u{1}", "\u{85}", "\u{FFFE}",
        "e\u{301}", "か\u{3099}", "ｶﾞ", "\u{1F1EF}\u{1F1F5}", "👩\u{200D}💻", "👍🏽", "☺\u{FE0F}",
        "\u{200B}", "한", "\u{1100}\u{1161}", "ｱ", "円", "約2億5,118万円", "R4→R5",
    ]

    static func randomText(using random: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...40, using: &random)
        return (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
