import Foundation

/// A base-10 logarithmic map from `10^lowerExponent…10^upperExponent` to positions.
///
/// Zero and negative values have no place on it: they sit at the start of the range.
struct LogScale: ChartScale {
    let lowerExponent: Int
    let upperExponent: Int
    let start: Double
    let end: Double

    /// Creates a scale over whole decades.
    init(decades: ClosedRange<Int>, range start: Double, _ end: Double) {
        lowerExponent = decades.lowerBound
        upperExponent = max(decades.upperBound, decades.lowerBound + 1)
        self.start = start
        self.end = end
    }

    func position(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return start }
        let exponent = min(max(log10(value), Double(lowerExponent)), Double(upperExponent))
        let fraction = (exponent - Double(lowerExponent)) / Double(upperExponent - lowerExponent)
        return start + fraction * (end - start)
    }

    var baseline: Double { start }
}
