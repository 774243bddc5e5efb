import Foundation
import Testing
@testable import KsiteSite

/// Text on one line, for page descriptions and the search index.
@Suite struct TextLineTests {
    /// Line breaks of every kind, and characters around them that must stay as they are.
    static let alphabet: [String] = [
        "a", "Z", "1", " ", "(", "か", "は", "ウ", "ー", "・", "漢", "字", "、", "。", "「", "」", "【", "】",
        "（", "）", "：", "１", "Ａ", "ｚ", "　", "①", "⑳", "㈱", "ﬁ", "ｶ", "ﾞ", "ﾟ", "\u{3099}", "\u{309A}",
        "\u{301}", "é", "e\u{301}", "Å", "\u{1100}", "\u{1161}", "\u{11A8}", "가", "ヽ", "ゝ", "゛", "ℌ", "Ⅻ",
        "\u{FE0F}", "😀", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}", "\n", "\r", "\r\n", "\n\n",
        "Ⅰ", "㍻", "ｰ", "⑩", "⑴", "⓪", "Ｚ", "Q",
    ]

    @Test func randomTextsMatchSplittingOnNewlines() {
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "" }.joined()
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(TextLine.flattened(text) == flat, "\(Array(text.unicodeScalars))")
        }
    }

    /// A line written from several texts is their joined text flattened (texts long enough to
    /// fill several of the byte search's vectors).
    @Test func piecesAppendedMatchTheirJoinedTextFlattened() {
        var generator = SeededGenerator(seed: 7)
        var line = TextLine()
        for _ in 0..<1000 {
            let pieces = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...40, using: &generator))
                    .map { _ in Self.alphabet.randomElement(using: &generator) ?? "" }.joined()
            }
            line.removeAll()
            pieces.forEach { line.append($0) }
            #expect(String(decoding: line.bytes, as: UTF8.self) == TextLine.flattened(pieces.joined()))
            #expect(TextLine.flattened(pieces.joined())
                    == pieces.joined().split(whereSeparator: \.isNewline).joined(separator: " "))
        }
    }

    @Test func examples() {
        #expect(TextLine.flattened("\n\r\n①支援した。\n\n（R4）\u{2028}") == "①支援した。 （R4）")
        #expect(TextLine.flattened("") == "")
        #expect(TextLine.flattened("\r\n") == "")
        #expect(TextLine.flattened("  two  spaces  ") == "  two  spaces  ")
    }
}

/// A small deterministic generator (SplitMix64) for reproducible random cases.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Page descriptions read only the start of a body, and equal what reading all of it gives.
@Suite struct PageSummaryTests {
    static func reference(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }

    @Test func summariesMatchTheWholeTextsFlattened() {
        var generator = SeededGenerator(seed: 12)
        let pieces = TextLineTests.alphabet
            + ["\n\n", "\r\n", "👨‍👩‍👧", "🇯🇵", "\u{301}\u{301}\u{301}", "熊本県", "くまモン", "１２３", "（注）"]
        for _ in 0..<2000 {
            let limit = Int.random(in: 1...12, using: &generator)
            let length = Int.random(in: 0...(8 * limit), using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(PageAssembler.summary(text, limit: limit) == Self.reference(text, limit: limit),
                    "\(Array(text.unicodeScalars)) limit \(limit)")
        }
    }

    @Test func textsOfSingleScalarCharactersMatch() {
        // Kana, kanji, ASCII and full-width forms only: counted as scalars.
        var generator = SeededGenerator(seed: 13)
        let pieces = ["熊", "本", "く", "ま", "モ", "ン", "ー", "・", "、", "。", "「", "」", "【", "】", "１", "Ａ", "a", " ", "\n"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...300, using: &generator))
                .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(PageAssembler.summary(text) == Self.reference(text, limit: 120))
        }
    }

    @Test func longBodiesAreCutAfterTheLimit() {
        let body = String(repeating: "熊本県の中小企業\n\n", count: 2000)
        #expect(PageAssembler.summary(body) == Self.reference(body, limit: 120))
        #expect(PageAssembler.summary(body).count == 121)
    }
}
