import Foundation

/// Tick values at "nice" steps — 1, 2, 2.5 or 5 × 10ⁿ — or at whole decades for log axes.
enum NiceTicks {
    /// The multipliers a step may have within its power of ten.
    static let multipliers: [Double] = [1, 2, 2.5, 5, 10]

    /// The smallest nice step that splits `span` into at most `count` intervals.
    static func step(span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, count))
        let magnitude = pow(10, floor(log10(raw)))
        let multiplier = multipliers.first { $0 * magnitude >= raw * (1 - 1e-12) } ?? 10
        return multiplier * magnitude
    }

    /// Ticks covering `lower…upper` (zero always included when the range touches it).
    ///
    /// An empty range grows to include zero, or to 0…1 when it is zero itself.
    static func linear(from lower: Double, to upper: Double, count: Int) -> [Double] {
        var low = min(lower, upper, 0)
        var high = max(lower, upper, 0)
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if low == high { high = 1 }
        let step = step(span: high - low, count: count)
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        let digits = NumberFormat.fractionDigits(forStep: step)
        let scale = pow(10, Double(digits))
        return stride(from: first, through: last, by: 1).map { index in
            let value = (index * step * scale).rounded() / scale
            return value == 0 ? 0 : value
        }
    }

    /// Whole decades around `minimum…maximum` (both > 0), with room below the smallest value
    /// so its bar is never of zero length.
    static func logDecades(minimum: Double, maximum: Double) -> ClosedRange<Int> {
        guard minimum > 0, maximum >= minimum, maximum.isFinite else { return 0...1 }
        let lower = Int((log10(minimum) - 0.15).rounded(.down))
        let upper = Int((log10(maximum) - 1e-9).rounded(.up))
        return lower...max(upper, lower + 1)
    }

    /// `10^e` for every decade in `decades`.
    static func logarithmic(decades: ClosedRange<Int>) -> [Double] {
        decades.map { pow(10, Double($0)) }
    }
}
