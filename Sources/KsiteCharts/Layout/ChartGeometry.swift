/// The fixed measures every chart shares, in viewBox units.
///
/// The viewBox is 480 wide: a chart shown 288 px wide (a 320 px phone less the page
/// padding) scales by 0.6, so 16-unit labels read at ≈ 10 px and 14-unit notes at ≈ 8.5 px;
/// on a wide screen charts.css caps the width so labels stay near 20 px, not poster-size.
enum ChartGeometry {
    static let width = 480.0
    static let margin = 12.0
    /// The width inside the margins, for lines of text that span the chart.
    static let contentWidth = width - 2 * margin
    /// Row labels, x labels, the change line.
    static let labelFont = 16.0
    /// Value labels and year tags beside bars.
    static let valueFont = 15.0
    /// Tick labels, unit and axis notes, the legend.
    static let smallFont = 14.0
    /// Space between a bar end and its value label, or a tag and the plot.
    static let gap = 6.0
}
