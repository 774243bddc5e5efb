import Testing
@testable import KsiteCharts

@Suite struct RoundedDecimalTests {
    /// Halves, values next to halves, and the ends of the range `RoundedDecimal` scales into.
    @Test(arguments: [
        0.0, 0.49999999999999994, 0.5, 0.5000000000000001, 1.5, 2.5, 2.4999999999999996,
        123456.5, 4503599627370495.5, 4503599627370496, 8999999999999999, 1e15 + 0.5, 0.1 + 0.2,
    ])
    func roundsHalvesAwayFromZeroAsRoundedDoes(scaled: Double) {
        #expect(RoundedDecimal.roundedHalfAway(scaled) == UInt64(scaled.rounded()))
    }

    @Test func roundsLikeRoundedOverManyScaledValues() {
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<100_000 {
            let exponent = Int.random(in: -10...52, using: &generator)
            let power = Double(sign: .plus, exponent: exponent, significand: 1)
            let scaled = Double.random(in: 0..<1, using: &generator) * power
            // Exact halves too, which random doubles seldom hit.
            let half = (scaled * 2).rounded(.down) / 2
            for value in [scaled, half] where value < 9e15 {
                #expect(RoundedDecimal.roundedHalfAway(value) == UInt64(value.rounded()))
            }
        }
    }
}
