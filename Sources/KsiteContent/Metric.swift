import KsiteCore

/// A series of numbers the report shows as a chart, e.g. 一般事業所への就職件数 H30–R4.
public struct Metric: Sendable {
    /// How the metric is drawn.
    public enum ChartStyle: String, Sendable, CaseIterable {
        case column, line, bar
    }

    /// One labelled value; labels are usually fiscal years.
    public struct Point: Sendable, Equatable {
        public var label: String
        public var value: Amount
    }

    public var title: String
    public var caption: String?
    public var unit: String
    public var chart: ChartStyle
    /// Points in era order when every label is a fiscal year, else as written.
    public var data: [Point]
}
