/// Where the parts of a `ColumnPlot` sit: unit line, room for value labels, the plot, the
/// x labels; and the value scale with its ticks.
struct ColumnPlotFrame: Sendable {
    /// Where the plot starts: the top of its unit line.
    let top: Double
    let plotLeft: Double
    let plotRight: Double
    let plotTop: Double
    let plotBottom: Double
    let labelBaseline: Double
    let bottom: Double
    let scale: LinearScale
    let ticks: [Double]
    let tickLabels: [String]
    /// The width of each tick label, as `TextMetrics.width` gives it at the small font.
    let tickLabelWidths: [Double]
    let slotCount: Int

    init(points: [ColumnPlot.Point], isLine: Bool, format: ValueFormat, top: Double) {
        self.top = top
        let values = points.compactMap(\.value)
        ticks = NiceTicks.linear(from: values.min() ?? 0, to: values.max() ?? 0, count: 5)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        tickLabels = ticks.map { format.tickLabel($0, step: step) }
        tickLabelWidths = tickLabels.map { TextMetrics.width($0, fontSize: ChartGeometry.smallFont) }
        let tickWidth = tickLabelWidths.max() ?? 0
        plotLeft = ChartGeometry.margin + tickWidth + ChartGeometry.gap
        plotRight = ChartGeometry.width - ChartGeometry.margin
        let valueRoom = TextMetrics.lineHeight(fontSize: ChartGeometry.valueFont) + (isLine ? 14 : 6)
        let unitRoom = TextMetrics.lineHeight(fontSize: ChartGeometry.smallFont) + 4
        plotTop = top + unitRoom + valueRoom
        plotBottom = plotTop + ColumnPlot.plotHeight
        let hasNegativeColumn = !isLine && values.contains { $0 < 0 }
        let labelTop = plotBottom + (hasNegativeColumn ? valueRoom : 0) + ChartGeometry.gap
        labelBaseline = labelTop + TextMetrics.ascent * ChartGeometry.labelFont
        bottom = labelTop + TextMetrics.lineHeight(fontSize: ChartGeometry.labelFont) + 4
        scale = LinearScale(domain: ticks.first ?? 0, ticks.last ?? 1, range: plotBottom, plotTop)
        slotCount = max(1, points.count)
    }

    var slotWidth: Double { (plotRight - plotLeft) / Double(slotCount) }

    /// The x of the middle of slot `index`.
    func center(_ index: Int) -> Double {
        plotLeft + slotWidth * (Double(index) + 0.5)
    }

    /// Grid lines, the zero line and the tick labels (thinned so that none overlap).
    func drawValueAxis(into svg: inout SVGWriter) {
        let font = ChartGeometry.smallFont
        let x = plotLeft - ChartGeometry.gap
        let baselines = ticks.map { scale.position($0) + 0.35 * font }
        let boxes = zip(tickLabelWidths, baselines).map {
            TextMetrics.box(width: $0, x: x, baseline: $1, fontSize: font, anchor: .end)
        }
        svg.openGroup(className: "kc-grid-lines")
        for tick in ticks where tick != 0 {
            let y = scale.position(tick)
            svg.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, className: "kc-grid")
        }
        let zero = scale.position(0)
        svg.line(x1: plotLeft, y1: zero, x2: plotRight, y2: zero, className: "kc-axis")
        svg.closeGroup()
        svg.openGroup(className: "kc-ticks")
        for index in TickLabelThinning.visibleIndices(boxes) {
            svg.text(tickLabels[index], x: x, y: baselines[index], style: .tick(.end))
        }
        svg.closeGroup()
    }
}
