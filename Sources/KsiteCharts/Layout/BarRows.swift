/// Horizontal bars in rows, each row's label stacked above its bars so long Japanese labels
/// get the chart's full width; a value label after every bar, an axis along the top.
struct BarRows: Sendable {
    /// One bar: its series, an optional tag before it (`R4`), its value and value label.
    struct Bar: Sendable {
        var series: Int
        var tag: String?
        var value: Double?
        var label: String
    }

    /// One row: a label above (optional), the full text for its `<title>`, and its bars.
    struct Row: Sendable {
        var label: String?
        var title: String?
        var bars: [Bar]
    }

    /// Linear from zero, or logarithmic over whole decades.
    enum AxisKind: Sendable {
        case linear
        case logarithmic
    }

    static let barHeight = 18.0
    static let barPitch = 24.0
    static let rowGap = 10.0
    let rows: [Row]
    let format: ValueFormat
    let axisKind: AxisKind
    let fill: SeriesFill
    /// Notes printed above the tick labels: the unit, what a log axis means.
    let notes: [String]

    /// Draws notes, tick labels, grid and rows from `top`; returns the height taken.
    func draw(into svg: inout SVGWriter, top: Double) -> Double {
        let frame = BarRowsFrame(rows: rows, format: format, axisKind: axisKind)
        var y = top
        y += drawNotes(into: &svg, top: y)
        frame.axis.drawLabels(into: &svg, top: y)
        y += HorizontalAxis.labelRowHeight
        // Grid lines lie under the rows, so they come first: the rows are placed beforehand,
        // and each row's lines drawn beside its bars only (never through the label above).
        var placements: [RowPlacement] = []
        placements.reserveCapacity(rows.count)
        for row in rows {
            let placement = place(row, frame: frame, top: y)
            placements.append(placement)
            y = placement.bottom + Self.rowGap
        }
        for placement in placements {
            frame.axis.drawGrid(into: &svg, top: placement.barsTop, bottom: placement.bottom)
        }
        for (row, placement) in zip(rows, placements) {
            drawRow(row, placement: placement, frame: frame, into: &svg)
        }
        return y - top
    }
}

private extension BarRows {
    /// Where a row goes: its label's lines from `top`, then its bars from `barsTop` to
    /// `bottom`.
    struct RowPlacement {
        var top: Double
        var labelLines: [String]
        var barsTop: Double
        var bottom: Double
    }

    /// Places a row from `top`: its label wrapped into lines, then its bars, as `drawRow`
    /// draws them.
    func place(_ row: Row, frame: BarRowsFrame, top: Double) -> RowPlacement {
        var y = top
        var lines: [String] = []
        if let label = row.label {
            let font = TextStyle.label.fontSize
            lines = TextWrapper.lines(label, maxWidth: ChartGeometry.contentWidth,
                                      fontSize: font, maxLines: 2)
            for _ in lines { y += Self.labelLinePitch }
            y += 2
        }
        let barsTop = y
        for _ in row.bars { y = barBottom(top: y, frame: frame) }
        return RowPlacement(top: top, labelLines: lines, barsTop: barsTop, bottom: y)
    }

    /// The distance from one line of a row's label to the next.
    static var labelLinePitch: Double {
        TextMetrics.lineHeight(fontSize: TextStyle.label.fontSize) + 2
    }

    /// The bottom of a bar line from `top`: lower when the value label goes under the bar.
    func barBottom(top: Double, frame: BarRowsFrame) -> Double {
        guard frame.valuesBelow else { return top + Self.barPitch }
        return top + Self.barPitch + TextMetrics.lineHeight(fontSize: ChartGeometry.valueFont) + 2
    }

    /// Draws the notes, wrapped, from `top`; returns the height taken.
    func drawNotes(into svg: inout SVGWriter, top: Double) -> Double {
        let font = TextStyle.note.fontSize
        let width = ChartGeometry.contentWidth
        let lines = notes.flatMap {
            // Never cut: the overview's note is what says the axis is logarithmic.
            TextWrapper.lines($0, maxWidth: width, fontSize: font, maxLines: Int.max)
        }
        let pitch = TextMetrics.lineHeight(fontSize: font) + 2
        for (index, line) in lines.enumerated() {
            svg.text(line, x: ChartGeometry.margin,
                     y: top + Double(index) * pitch + TextMetrics.ascent * font, style: .note)
        }
        return Double(lines.count) * pitch + (lines.isEmpty ? 0 : 4)
    }

    /// Draws one row where `placement` puts it: its label, then its bars.
    func drawRow(_ row: Row, placement: RowPlacement, frame: BarRowsFrame, into svg: inout SVGWriter) {
        svg.openGroup(className: "kc-row", title: row.title)
        var y = placement.top
        let font = TextStyle.label.fontSize
        for line in placement.labelLines {
            svg.text(line, x: ChartGeometry.margin, y: y + TextMetrics.ascent * font, style: .label)
            y += Self.labelLinePitch
        }
        y = placement.barsTop
        for bar in row.bars {
            y = drawBar(bar, frame: frame, into: &svg, top: y)
        }
        svg.closeGroup()
    }

    /// Draws a bar, its tag and its value label from `top`; returns the bottom of the bar line.
    func drawBar(_ bar: Bar, frame: BarRowsFrame, into svg: inout SVGWriter, top: Double) -> Double {
        let font = ChartGeometry.valueFont
        let barTop = top + (Self.barPitch - Self.barHeight) / 2
        let baseline = barTop + Self.barHeight / 2 + 0.35 * font
        let base = frame.scale.baseline
        if let tag = bar.tag {
            svg.text(tag, x: frame.plotLeft - ChartGeometry.gap, y: baseline, style: .barTag)
        }
        var labelX = base + ChartGeometry.gap
        if let value = bar.value {
            let end = frame.scale.position(value)
            svg.rect(x: min(base, end), y: barTop, width: abs(end - base), height: Self.barHeight,
                     series: bar.series, fill: fill)
            labelX = max(base, end) + ChartGeometry.gap
        }
        let style = TextStyle.barValue(isMissing: bar.value == nil)
        if frame.valuesBelow {
            let below = top + Self.barPitch + TextMetrics.ascent * font
            let room = ChartGeometry.width - ChartGeometry.margin - frame.plotLeft
            let label = TextWrapper.lines(bar.label, maxWidth: room, fontSize: font, maxLines: 1)
            svg.text(label.first ?? "", x: frame.plotLeft, y: below, style: style)
        } else {
            svg.text(bar.label, x: labelX, y: baseline, style: style)
        }
        return barBottom(top: top, frame: frame)
    }
}
