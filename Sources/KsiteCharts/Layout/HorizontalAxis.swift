/// The value axis of horizontal bars: tick labels along the top, grid lines down the rows.
struct HorizontalAxis: Sendable {
    /// A tick: its value and its label.
    struct Tick: Sendable {
        var value: Double
        var label: String
    }

    /// A grid line: where it runs, and whether it is the baseline (drawn darker, as the axis).
    struct GridLine: Sendable {
        var x: Coordinate
        var isBaseline: Bool
    }

    let scale: any ChartScale
    let ticks: [Tick]
    let plotLeft: Double
    let plotRight: Double
    /// The grid lines, the same in every row, so placed and written once rather than per row.
    let gridLines: [GridLine]

    init(scale: any ChartScale, ticks: [Tick], plotLeft: Double, plotRight: Double) {
        self.scale = scale
        self.ticks = ticks
        self.plotLeft = plotLeft
        self.plotRight = plotRight
        let baseline = scale.baseline
        gridLines = ticks.map { tick in
            let x = scale.position(tick.value)
            return GridLine(x: Coordinate(x), isBaseline: abs(x - baseline) < 0.01)
        }
    }

    /// Height of the tick label row.
    static var labelRowHeight: Double { TextMetrics.lineHeight(fontSize: ChartGeometry.smallFont) + 4 }

    /// Tick labels in a row starting at `top`, thinned so that none overlap.
    func drawLabels(into svg: inout SVGWriter, top: Double) {
        let font = ChartGeometry.smallFont
        let baseline = top + TextMetrics.ascent * font
        let placed = ticks.map { tick -> (TextAnchor, Double) in placement(of: tick) }
        let boxes = zip(ticks, placed).map { tick, place in
            TextMetrics.box(tick.label, x: place.1, baseline: baseline, fontSize: font,
                            anchor: place.0)
        }
        svg.openGroup(className: "kc-ticks")
        for index in TickLabelThinning.visibleIndices(boxes) {
            svg.text(ticks[index].label, x: placed[index].1, y: baseline,
                     style: .tick(placed[index].0))
        }
        svg.closeGroup()
    }

    /// Grid lines from `top` to `bottom`; the baseline is drawn darker as the axis.
    func drawGrid(into svg: inout SVGWriter, top: Double, bottom: Double) {
        svg.openGroup(className: "kc-grid-lines")
        let top = Coordinate(top)
        let bottom = Coordinate(bottom)
        for line in gridLines {
            svg.line(x1: line.x, y1: top, x2: line.x, y2: bottom,
                     className: line.isBaseline ? "kc-axis" : "kc-grid")
        }
        svg.closeGroup()
    }
}

private extension HorizontalAxis {
    /// Centred on its tick, but kept inside the chart at both ends.
    func placement(of tick: Tick) -> (TextAnchor, Double) {
        let x = scale.position(tick.value)
        let half = TextMetrics.width(tick.label, fontSize: ChartGeometry.smallFont) / 2
        if x - half < ChartGeometry.margin { return (.start, max(x - 2, ChartGeometry.margin)) }
        if x + half > ChartGeometry.width - ChartGeometry.margin { return (.end, x + 2) }
        return (.middle, x)
    }
}
