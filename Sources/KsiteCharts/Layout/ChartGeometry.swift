/// The fixed measures every chart shares, in viewBox units.
///
/// The viewBox is 320 wide so that text stays readable on the narrowest phone: a chart in
/// the budget box of a 320 px screen is 256 px wide (less 2 × 16 px of page padding and
/// 2 × 16 px of box padding), scales by 0.8, and the smallest font, 15 units, renders at
/// 12 px (13.5 px at 288 px, outside the box). On wide screens charts.css caps the chart at
/// 25rem (400 px), where the largest in-page font, 16 units, shows at 20 px, not poster-size.
enum ChartGeometry {
    static let width = 320.0
    static let margin = 12.0
    /// The width inside the margins, for lines of text that span the chart.
    static let contentWidth = width - 2 * margin
    /// The narrowest a chart is shown, in CSS px: a 320 px screen less the page's and the
    /// budget box's padding.
    static let narrowestRenderedWidth = 256.0
    /// The smallest text size, in CSS px, that a chart may show at its narrowest.
    static let minimumRenderedFont = 12.0
    /// Row labels, x labels, the change line.
    static let labelFont = 16.0
    /// Value labels and year tags beside bars.
    static let valueFont = 15.0
    /// Tick labels, unit and axis notes, the legend.
    static let smallFont = 15.0
    /// Space between a bar end and its value label, or a tag and the plot.
    static let gap = 6.0

    /// The size in CSS px at which `fontSize` units show when the chart is at its narrowest.
    static func renderedSize(ofFont fontSize: Double) -> Double {
        fontSize * narrowestRenderedWidth / width
    }
}
