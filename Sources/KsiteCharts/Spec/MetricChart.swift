/// A metric to chart: its style, its unit and its points.
public struct MetricChart: Sendable {
    /// How the points are drawn.
    public enum Style: String, Sendable, CaseIterable {
        /// Vertical columns (the default).
        case column
        /// A line with a marker on every point.
        case line
        /// Horizontal bars, the label above each bar.
        case bar
    }

    /// How the points are drawn.
    public var style: Style
    /// The unit written on the axis and after every value, e.g. `件`.
    public var unit: String
    /// The points; labels that are fiscal years (H30, R1 …) are drawn in era order.
    public var points: [MetricPoint]

    /// Creates a metric chart.
    public init(style: Style = .column, unit: String, points: [MetricPoint]) {
        self.style = style
        self.unit = unit
        self.points = points
    }
}
