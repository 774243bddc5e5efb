/// The value axis of horizontal bars: tick labels along the top, grid lines down the rows.
struct HorizontalAxis: Sendable {
    /// A tick: its value and its label.
    struct Tick: Sendable {
        var value: Double
        var label: String
    }

    let scale: any ChartScale
    let ticks: [Tick]
    /// The grid lines, the same in every row, so placed and written once rather than per row.
    let grid: GridRowMarkup

    init(scale: any ChartScale, ticks: [Tick]) {
        self.scale = scale
        self.ticks = ticks
        let baseline = scale.baseline
        grid = GridRowMarkup(lines: ticks.map { tick in
            let x = scale.position(tick.value)
            return GridRowMarkup.Line(x: x, isBaseline: abs(x - baseline) < 0.01)
        })
    }

    /// Height of the tick label row.
    static var labelRowHeight: Double { TextMetrics.lineHeight(fontSize: ChartGeometry.smallFont) + 4 }

    /// Tick labels in a row starting at `top`, thinned so that none overlap.
    func drawLabels(into svg: inout SVGWriter, top: Double) {
        let font = ChartGeometry.smallFont
        let baseline = top + TextMetrics.ascent * font
        let placed = ticks.map(placement)
        let boxes = placed.map { place in
            TextMetrics.box(width: place.width, x: place.x, baseline: baseline, fontSize: font,
                            anchor: place.anchor)
        }
        svg.openGroup(className: "kc-ticks")
        for index in TickLabelThinning.visibleIndices(boxes) {
            svg.text(ticks[index].label, x: placed[index].x, y: baseline,
                     style: .tick(placed[index].anchor))
        }
        svg.closeGroup()
    }

    /// Grid lines from `top` to `bottom`; the baseline is drawn darker as the axis.
    func drawGrid(into svg: inout SVGWriter, top: Double, bottom: Double) {
        grid.draw(into: &svg, top: top, bottom: bottom)
    }
}

private extension HorizontalAxis {
    /// Centred on its tick, but kept inside the chart at both ends; with the label's width.
    func placement(of tick: Tick) -> (anchor: TextAnchor, x: Double, width: Double) {
        let x = scale.position(tick.value)
        let width = TextMetrics.width(tick.label, fontSize: ChartGeometry.smallFont)
        let half = width / 2
        if x - half < ChartGeometry.margin {
            return (.start, max(x - 2, ChartGeometry.margin), width)
        }
        if x + half > ChartGeometry.width - ChartGeometry.margin { return (.end, x + 2, width) }
        return (.middle, x, width)
    }
}
