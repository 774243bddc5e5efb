import Testing
@testable import KsiteSite

/// Page descriptions of bodies with enclosed and Roman numbers (①, Ⅱ), which a Japanese
/// report numbers its items with: counted scalar by scalar, equal to counting characters.
@Suite struct PageSummaryNumberTests {
    @Test func numberedTextsMatchTheWholeTextsFlattened() {
        var generator = SeededGenerator(seed: 21)
        let pieces = ["①", "⑧", "Ⅱ", "Ⅻ", "熊本", "、", "\n", "\r\n", "- ", "（注）", "e\u{301}", "👨‍👩‍👧"]
        for _ in 0..<1000 {
            let limit = Int.random(in: 1...40, using: &generator)
            let text = (0..<Int.random(in: 0...(3 * limit), using: &generator))
                .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(PageAssembler.summary(text, limit: limit) == PageSummaryTests.reference(text, limit: limit),
                    "\(Array(text.unicodeScalars)) limit \(limit)")
        }
    }
}
