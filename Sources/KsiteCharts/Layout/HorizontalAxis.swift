/// The value axis of horizontal bars: tick labels along the top, grid lines down the rows.
struct HorizontalAxis: Sendable {
    /// A tick: its value and its label.
    struct Tick: Sendable {
        var value: Double
        var label: String
    }

    let scale: any ChartScale
    let ticks: [Tick]
    let plotLeft: Double
    let plotRight: Double

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
            svg.text(ticks[index].label, x: placed[index].1, y: baseline, fontSize: font,
                     anchor: placed[index].0, className: "kc-muted")
        }
        svg.closeGroup()
    }

    /// Grid lines from `top` to `bottom`; the baseline is drawn darker as the axis.
    func drawGrid(into svg: inout SVGWriter, top: Double, bottom: Double) {
        svg.openGroup(className: "kc-grid-lines")
        for tick in ticks {
            let x = scale.position(tick.value)
            let isBaseline = abs(x - scale.baseline) < 0.01
            svg.line(x1: x, y1: top, x2: x, y2: bottom, className: isBaseline ? "kc-axis" : "kc-grid")
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
