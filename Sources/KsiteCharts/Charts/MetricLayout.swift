import KsiteCore

/// A metric as columns, a line or horizontal bars; fiscal-year labels in era order.
///
/// Columns and lines need room under every slot for the x label and above it for the value;
/// when a label does not fit its slot the metric is drawn as horizontal bars instead, which
/// give every label a line of its own however many points there are.
struct MetricLayout: Sendable {
    let metric: MetricChart
    let fill: SeriesFill
    let title: String

    /// The drawn chart; nil when there is no point with a value.
    func makeBody() -> ChartBody? {
        // Each label is parsed once: for the order, and for the table's header and rows.
        let dated = YearOrder.sorted(
            metric.points.map { (point: sanitized($0), year: FiscalYear(label: $0.label)) },
            year: \.year)
        let points = dated.map(\.point)
        guard points.contains(where: { $0.value != nil }) else { return nil }
        let format = ValueFormat.number(unit: metric.unit)
        // Written once, whether the points end up as columns or as bars.
        let valueLabels = points.map { $0.value.map(format.valueLabel) }
        var svg = SVGWriter(capacity: ChartBody.typicalSize)
        var y = ChartGeometry.margin
        let plot = ColumnPlot(
            points: zip(points, valueLabels).map { point, valueLabel in
                ColumnPlot.Point(label: point.label, value: point.value,
                                 valueLabel: valueLabel ?? ColumnPlot.missingLabel)
            },
            isLine: metric.style == .line, format: format, fill: fill)
        if metric.style != .bar, let frame = plot.fittingFrame(top: y) {
            y += plot.draw(into: &svg, frame: frame)
        } else {
            y += makeBars(points, valueLabels: valueLabels, format: format).draw(into: &svg, top: y)
        }
        return ChartBody(height: y + ChartGeometry.margin, definitions: [], content: svg.bytes,
                         summary: summary(points, format: format),
                         table: table(points, years: dated.map(\.year), format: format))
    }
}

private extension MetricLayout {
    /// Infinite or NaN figures cannot be drawn: they count as missing.
    func sanitized(_ point: MetricPoint) -> MetricPoint {
        MetricPoint(label: point.label, value: point.value.flatMap { $0.isFinite ? $0 : nil })
    }

    func makeBars(_ points: [MetricPoint], valueLabels: [String?], format: ValueFormat) -> BarRows {
        let rows = zip(points, valueLabels).map { point, valueLabel in
            BarRows.Row(label: point.label, title: nil, bars: [BarRows.Bar(
                series: 0, tag: nil, value: point.value, label: valueLabel ?? "データなし")])
        }
        return BarRows(rows: rows, format: format, axisKind: .linear, fill: fill,
                       notes: format.unitNote.map { [$0] } ?? [])
    }

    func summary(_ points: [MetricPoint], format: ValueFormat) -> String {
        let known = points.compactMap { point in point.value.map { (point.label, $0) } }
        let missing = points.filter { $0.value == nil }.map(\.label)
        let gaps = missing.isEmpty ? "" : "（\(missing.joined(separator: "・"))はデータなし）"
        guard let high = known.max(by: { $0.1 < $1.1 }), let low = known.min(by: { $0.1 < $1.1 })
        else { return "\(title)：データはありません。" }
        let describe = { (entry: (String, Double)) in "\(entry.0)の\(format.valueLabel(entry.1))" }
        if known.count == 1 {
            return "\(title)：\(describe(high))です\(gaps)。"
        }
        if high.1 == low.1 {
            return "\(title)：\(known.count)点すべて\(format.valueLabel(high.1))です\(gaps)。"
        }
        return "\(title)：最も大きいのは\(describe(high))、最も小さいのは\(describe(low))です\(gaps)。"
    }

    /// `years` holds `FiscalYear(label:)` of each point's label.
    func table(_ points: [MetricPoint], years: [FiscalYear?], format: ValueFormat) -> ChartTable {
        let unit = metric.unit.isEmpty ? "" : "（\(metric.unit)）"
        let headers = [YearOrder.areAllYears(years) ? "年度" : "区分", title + unit]
        let rows = zip(points, years).map { point, year in
            [year.map(YearOrder.withWesternYear) ?? point.label, format.tableCell(point.value)]
        }
        return ChartTable(caption: title, headers: headers, rows: rows)
    }
}
