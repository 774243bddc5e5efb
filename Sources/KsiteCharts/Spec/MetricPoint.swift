/// One labelled value of a metric; `nil` when the value is missing for that label.
public struct MetricPoint: Sendable, Hashable {
    /// The x label, e.g. `R4` or a category name.
    public var label: String
    /// The value in the metric's unit, or nil when there is no figure.
    public var value: Double?

    /// Creates a point.
    public init(label: String, value: Double?) {
        self.label = label
        self.value = value
    }
}
