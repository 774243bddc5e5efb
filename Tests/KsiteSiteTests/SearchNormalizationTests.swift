import Foundation
import Testing
@testable import KsiteSite

/// The search index's piecewise NFKC equals Foundation's on the whole text.
@Suite struct SearchNormalizationTests {
    /// Stable characters, full-width ASCII, and characters NFKC changes or composes.
    static let alphabet: [String] = [
        "a", "Z", "1", " ", "(", "か", "は", "ウ", "ー", "・", "漢", "字", "、", "。", "「", "」", "【", "】",
        "（", "）", "：", "１", "Ａ", "ｚ", "　", "①", "⑳", "㈱", "ﬁ", "ｶ", "ﾞ", "ﾟ", "\u{3099}", "\u{309A}",
        "\u{301}", "é", "e\u{301}", "Å", "\u{1100}", "\u{1161}", "\u{11A8}", "가", "ヽ", "ゝ", "゛", "ℌ", "Ⅻ",
        "\u{FE0F}", "😀", "\u{2028}", "\n", "\r\n", "Ⅰ", "㍻", "ｰ", "⑩", "⑴", "⓪", "Ｚ", "Q",
    ]

    @Test func randomTextsMatchFoundation() {
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "" }.joined()
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(SearchIndex.flattened(text) == flat, "\(Array(text.unicodeScalars))")
            #expect(SearchIndex.compatibilityMapped(flat) == flat.precomposedStringWithCompatibilityMapping,
                    "\(Array(flat.unicodeScalars))")
            #expect(SearchIndex.lowercased(text) == text.lowercased(), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func normalizedLinesMatchFoundation() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "" }.joined()
            let line = SearchIndex.flattened(text)
            #expect(SearchIndex.normalize(line: line) == line.precomposedStringWithCompatibilityMapping.lowercased(),
                    "\(Array(line.unicodeScalars))")
            #expect(SearchIndex.normalize(text) == SearchIndex.normalize(line: line))
        }
    }

    @Test func charactersMappedByTableMatchFoundation() {
        // Full-width ASCII and circled numbers, alone, after a kana and before a combining mark.
        let values = Array(UInt32(0xFF01)...0xFF5E) + Array(UInt32(0x2460)...0x2473)
        for scalar in values.compactMap(Unicode.Scalar.init) {
            for text in ["\(scalar)", "か\(scalar)\(scalar)A", "\(scalar)\u{301}", "A\(scalar)か"] {
                #expect(SearchIndex.compatibilityMapped(text) == text.precomposedStringWithCompatibilityMapping)
                #expect(SearchIndex.normalize(line: text) == text.precomposedStringWithCompatibilityMapping.lowercased())
            }
        }
    }

    @Test func lowerCaseMatchesTheStandardLibrary() {
        // Every scalar of the Basic Multilingual Plane and a few beyond, one at a time and
        // after a kanji (the fast path must not change what follows it).
        let differing = (UInt32(0)...0x1_F9FF).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = "漢" + String(Character(scalar)) + "A"
            return SearchIndex.lowercased(text) != text.lowercased()
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { "U+" + String($0.value, radix: 16) })")
    }

    @Test func stableCharactersAreTheirOwnNFKC() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3041...0x3096, 0x30A1...0x30FC, 0x4E00...0x9FFF, 0x3001...0x3002, 0x3005...0x3005, 0x3008...0x3011]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                #expect(SearchIndex.compatibilityMapped(text) == text.precomposedStringWithCompatibilityMapping)
                // Nothing before a stable character composes with it.
                let pair = "か" + text
                #expect(SearchIndex.compatibilityMapped(pair) == pair.precomposedStringWithCompatibilityMapping)
            }
        }
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
        let pieces = SearchNormalizationTests.alphabet
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
