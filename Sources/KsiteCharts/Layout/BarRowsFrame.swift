/// Where the plot of a `BarRows` sits: room for tags on the left, for value labels on the
/// right, and the scale and ticks over what is left.
struct BarRowsFrame: Sendable {
    /// Below this plot width, value labels move under their bars instead of beside them.
    static let minimumPlotWidth = 160.0

    let plotLeft: Double
    let plotRight: Double
    let valuesBelow: Bool
    let scale: any ChartScale
    let axis: HorizontalAxis

    init(rows: [BarRows.Row], format: ValueFormat, axisKind: BarRows.AxisKind) {
        let font = ChartGeometry.valueFont
        // One pass over the bars, in place: the widest tag and value label, and the values.
        var tagWidth: Double?
        var labelWidth = 0.0
        var values: [Double] = []
        values.reserveCapacity(rows.reduce(0) { $0 + $1.bars.count })
        for row in rows {
            for bar in row.bars {
                if let tag = bar.tag {
                    tagWidth = max(tagWidth ?? 0, TextMetrics.width(tag, fontSize: font))
                }
                labelWidth = max(labelWidth, TextMetrics.width(bar.label, fontSize: font))
                if let value = bar.value { values.append(value) }
            }
        }
        let left = ChartGeometry.margin + (tagWidth.map { $0 + ChartGeometry.gap } ?? 0)
        let besideRight = ChartGeometry.width - ChartGeometry.margin - labelWidth - ChartGeometry.gap
        valuesBelow = besideRight - left < Self.minimumPlotWidth
        plotLeft = left
        plotRight = valuesBelow ? ChartGeometry.width - ChartGeometry.margin - 4 : besideRight
        (scale, axis) = Self.makeAxis(values: values, format: format, kind: axisKind,
                                      left: plotLeft, right: plotRight)
    }
}

private extension BarRowsFrame {
    static func makeAxis(
        values: [Double], format: ValueFormat, kind: BarRows.AxisKind, left: Double, right: Double
    ) -> (any ChartScale, HorizontalAxis) {
        let positive = values.filter { $0 > 0 }
        if kind == .logarithmic, let low = positive.min(), let high = positive.max() {
            let decades = NiceTicks.logDecades(minimum: low, maximum: high)
            let scale = LogScale(decades: decades, range: left, right)
            let ticks = NiceTicks.logarithmic(decades: decades).map {
                HorizontalAxis.Tick(value: $0, label: format.tickLabel($0, step: $0))
            }
            return (scale, HorizontalAxis(scale: scale, ticks: ticks))
        }
        let count = max(2, Int((right - left) / 80))
        let values = NiceTicks.linear(from: values.min() ?? 0, to: values.max() ?? 0, count: count)
        let scale = LinearScale(domain: values.first ?? 0, values.last ?? 1, range: left, right)
        let step = values.count > 1 ? values[1] - values[0] : 1
        let ticks = values.map {
            HorizontalAxis.Tick(value: $0, label: format.tickLabel($0, step: step))
        }
        return (scale, HorizontalAxis(scale: scale, ticks: ticks))
    }
}
