/// A linear map from a domain of values to a range of positions (the range may run backwards).
struct LinearScale: ChartScale {
    let lower: Double
    let upper: Double
    let start: Double
    let end: Double

    /// Creates a scale; an empty domain (`lower == upper`) maps everything to `start`.
    init(domain lower: Double, _ upper: Double, range start: Double, _ end: Double) {
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
    }

    func position(_ value: Double) -> Double {
        guard upper > lower, value.isFinite else { return start }
        let clamped = min(max(value, lower), upper)
        return start + (clamped - lower) / (upper - lower) * (end - start)
    }

    var baseline: Double { position(0) }
}
