/// Vertical columns, or a line with markers, over labelled slots; a value label on every
/// point and the unit above the value axis.
struct ColumnPlot: Sendable {
    /// One slot: its x label, its value (nil when missing) and the label printed for it.
    struct Point: Sendable {
        var label: String
        var value: Double?
        var valueLabel: String
    }

    static let plotHeight = 180.0
    static let maxColumnWidth = 56.0
    /// What a slot without a value shows.
    static let missingLabel = "なし"

    let points: [Point]
    let isLine: Bool
    let format: ValueFormat
    let fill: SeriesFill

    /// The plot's frame from `top` when every x label and value label fits its slot; nil
    /// when one does not, and the points should be drawn as horizontal bars.
    func fittingFrame(top: Double) -> ColumnPlotFrame? {
        let frame = ColumnPlotFrame(points: points, isLine: isLine, format: format, top: top)
        var needed = 0.0
        for point in points {
            needed = max(needed,
                         TextMetrics.width(point.label, fontSize: ChartGeometry.labelFont),
                         TextMetrics.width(point.valueLabel, fontSize: ChartGeometry.valueFont))
        }
        return needed + 4 <= frame.slotWidth ? frame : nil
    }

    /// Draws unit, grid, ticks, marks and labels in `frame` (see `fittingFrame(top:)`);
    /// returns the height taken from the frame's top.
    func draw(into svg: inout SVGWriter, frame: ColumnPlotFrame) -> Double {
        if let unitNote = format.unitNote {
            svg.text(unitNote, x: ChartGeometry.margin,
                     y: frame.top + TextMetrics.ascent * TextStyle.note.fontSize, style: .note)
        }
        frame.drawValueAxis(into: &svg)
        if isLine {
            drawLine(frame: frame, into: &svg)
        } else {
            drawColumns(frame: frame, into: &svg)
        }
        drawLabels(frame: frame, into: &svg)
        return frame.bottom - frame.top
    }
}

private extension ColumnPlot {
    func drawColumns(frame: ColumnPlotFrame, into svg: inout SVGWriter) {
        let width = min(frame.slotWidth * 0.6, Self.maxColumnWidth)
        let zero = frame.scale.position(0)
        svg.openGroup(className: "kc-marks")
        for (index, point) in points.enumerated() {
            guard let value = point.value else { continue }
            let y = frame.scale.position(value)
            svg.rect(x: frame.center(index) - width / 2, y: min(y, zero), width: width,
                     height: abs(y - zero), series: 0, fill: fill)
        }
        svg.closeGroup()
    }

    func drawLine(frame: ColumnPlotFrame, into svg: inout SVGWriter) {
        var segments: [[(x: Double, y: Double)]] = [[]]
        for (index, point) in points.enumerated() {
            if let value = point.value {
                segments[segments.count - 1].append((frame.center(index), frame.scale.position(value)))
            } else if !(segments.last?.isEmpty ?? true) {
                segments.append([])
            }
        }
        svg.openGroup(className: "kc-marks")
        for segment in segments where segment.count > 1 {
            svg.polyline(segment, className: "kc-line")
        }
        for point in segments.joined() {
            svg.circle(cx: point.x, cy: point.y, r: 4.5, className: "kc-point")
        }
        svg.closeGroup()
    }

    /// Value labels above (below for negative columns) and x labels under the plot.
    func drawLabels(frame: ColumnPlotFrame, into svg: inout SVGWriter) {
        let font = ChartGeometry.valueFont
        let zero = frame.scale.position(0)
        svg.openGroup(className: "kc-labels")
        for (index, point) in points.enumerated() {
            let x = frame.center(index)
            let y = point.value.map(frame.scale.position) ?? zero
            let baseline: Double
            if isLine, point.value != nil {
                baseline = y - 8 - TextMetrics.descent * font
            } else if (point.value ?? 0) < 0 {
                baseline = y + ChartGeometry.gap + TextMetrics.ascent * font
            } else {
                baseline = y - ChartGeometry.gap
            }
            svg.text(point.valueLabel, x: x, y: baseline,
                     style: .slotValue(isMissing: point.value == nil))
            svg.text(point.label, x: x, y: frame.labelBaseline, style: .slotLabel)
        }
        svg.closeGroup()
    }
}
