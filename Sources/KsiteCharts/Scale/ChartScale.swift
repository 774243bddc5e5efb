/// Maps a data value to a position along one axis of the drawing.
protocol ChartScale: Sendable {
    /// The position of `value`, inside the scale's range (values outside are clamped).
    func position(_ value: Double) -> Double
    /// The position where bars start: zero on a linear scale, the lowest decade on a log one.
    var baseline: Double { get }
}
