/// A legend: a swatch with the series' colour and pattern, then its name, flowing in lines.
struct Legend: Sendable {
    /// One entry: the series (0-based) and what it stands for.
    struct Item: Sendable {
        var series: Int
        var text: String
    }

    static let swatch = 16.0
    static let rowHeight = 24.0

    let items: [Item]
    let fill: SeriesFill

    /// Draws the legend from `top`; returns the height it took.
    func draw(into svg: inout SVGWriter, top: Double) -> Double {
        let font = TextStyle.legend.fontSize
        let left = ChartGeometry.margin
        let right = ChartGeometry.width - ChartGeometry.margin
        var x = left
        var y = top
        svg.openGroup(className: "kc-legend")
        for item in items {
            let textWidth = min(TextMetrics.width(item.text, fontSize: font),
                                right - left - Self.swatch - ChartGeometry.gap)
            let itemWidth = Self.swatch + ChartGeometry.gap + textWidth
            if x > left, x + itemWidth > right {
                x = left
                y += Self.rowHeight
            }
            svg.rect(x: x, y: y + 2, width: Self.swatch, height: Self.swatch,
                     series: item.series, fill: fill)
            let label = TextWrapper.lines(item.text, maxWidth: textWidth, fontSize: font,
                                          maxLines: 1).first ?? ""
            svg.text(label, x: x + Self.swatch + ChartGeometry.gap, y: y + 15, style: .legend)
            x += itemWidth + 16
        }
        svg.closeGroup()
        return y + Self.rowHeight - top
    }
}
