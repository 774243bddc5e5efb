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
    /// Bytes of markup a row typically takes (label, bars, tags and values), to make room
    /// for all rows at once rather than growing the buffer step by step.
    static let rowMarkupEstimate = 1024

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
        // Grid lines lie under the rows, so they come first: each row's lines go straight into
        // `svg` as the row is placed, its label and bars into `body`, appended after them all.
        var body = SVGWriter(capacity: rows.count * Self.rowMarkupEstimate)
        let bottom = rows.reduce(y) { rowTop, row in
            drawRow(row, frame: frame, into: &body, grid: &svg, top: rowTop)
        }
        svg.append(body)
        return bottom - top
    }
}

private extension BarRows {
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

    /// Draws one row from `top`, its grid lines beside the bars only (never through the label
    /// above them); returns where the next row starts.
    func drawRow(
        _ row: Row, frame: BarRowsFrame, into svg: inout SVGWriter, grid: inout SVGWriter, top: Double
    ) -> Double {
        svg.openGroup(className: "kc-row", title: row.title)
        var y = top
        if let label = row.label {
            let font = TextStyle.label.fontSize
            let lines = TextWrapper.lines(label, maxWidth: ChartGeometry.contentWidth,
                                          fontSize: font, maxLines: 2)
            for line in lines {
                svg.text(line, x: ChartGeometry.margin, y: y + TextMetrics.ascent * font, style: .label)
                y += TextMetrics.lineHeight(fontSize: font) + 2
            }
            y += 2
        }
        let barsTop = y
        for bar in row.bars {
            y = drawBar(bar, frame: frame, into: &svg, top: y)
        }
        frame.axis.drawGrid(into: &grid, top: barsTop, bottom: y)
        svg.closeGroup()
        return y + Self.rowGap
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
        guard frame.valuesBelow else {
            svg.text(bar.label, x: labelX, y: baseline, style: style)
            return top + Self.barPitch
        }
        let below = top + Self.barPitch + TextMetrics.ascent * font
        let room = ChartGeometry.width - ChartGeometry.margin - frame.plotLeft
        let label = TextWrapper.lines(bar.label, maxWidth: room, fontSize: font, maxLines: 1)
        svg.text(label.first ?? "", x: frame.plotLeft, y: below, style: style)
        return top + Self.barPitch + TextMetrics.lineHeight(fontSize: font) + 2
    }
}
