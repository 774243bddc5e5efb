/// A data table's numeric columns as small multiples: one panel of bars per column, each
/// on its own axis from zero, because columns carry different units (件 and 億円) that one
/// shared axis would mix up. A row keeps its colour and pattern in every panel.
struct TableLayout: Sendable {
    let chart: TableChart
    let fill: SeriesFill
    let title: String

    /// The drawn chart; nil when no column has a value.
    func makeBody() -> ChartBody? {
        let columns = chart.columns.map(sanitized).filter { $0.values.contains { $0 != nil } }
        guard !columns.isEmpty, !chart.rowLabels.isEmpty else { return nil }
        // Each value is written once: a bar's label, its table cell and its words in the
        // summary are the same text (a number without a unit).
        let cells = columns.map { $0.values.map(Self.format.tableCell) }
        var svg = SVGWriter(capacity: ChartBody.typicalSize)
        var y = ChartGeometry.margin
        for (index, column) in columns.enumerated() {
            if index > 0 { y += 12 }
            y += drawPanel(column, cells: cells[index], into: &svg, top: y)
        }
        return ChartBody(height: y + ChartGeometry.margin,
                         definitions: fill.definitions(seriesCount: chart.rowLabels.count),
                         content: svg.bytes, summary: summary(columns, cells: cells),
                         table: table(columns, cells: cells))
    }

    /// How values are written: numbers without a unit, since a column's title names it.
    static let format = ValueFormat.number(unit: "")
}

private extension TableLayout {
    func sanitized(_ column: TableChart.Column) -> TableChart.Column {
        let values = chart.rowLabels.indices.map { index -> Double? in
            guard column.values.indices.contains(index) else { return nil }
            return column.values[index].flatMap { $0.isFinite ? $0 : nil }
        }
        return TableChart.Column(title: column.title, values: values)
    }

    /// The column title as the panel's heading, then a bar per row; `cells` holds each
    /// value as `format.tableCell` writes it.
    func drawPanel(
        _ column: TableChart.Column, cells: [String], into svg: inout SVGWriter, top: Double
    ) -> Double {
        let font = TextStyle.panelTitle.fontSize
        svg.openGroup(className: "kc-panel", title: column.title)
        let heading = TextWrapper.lines(column.title, maxWidth: ChartGeometry.contentWidth,
                                        fontSize: font, maxLines: 2)
        var y = top
        for line in heading {
            svg.text(line, x: ChartGeometry.margin, y: y + TextMetrics.ascent * font,
                     style: .panelTitle)
            y += TextMetrics.lineHeight(fontSize: font) + 2
        }
        let rows = chart.rowLabels.indices.map { index in
            BarRows.Row(label: chart.rowLabels[index], title: nil, bars: [BarRows.Bar(
                series: index, tag: nil, value: column.values[index], label: cells[index])])
        }
        y += 4
        y += BarRows(rows: rows, format: Self.format, axisKind: .linear, fill: fill, notes: [])
            .draw(into: &svg, top: y)
        svg.closeGroup()
        return y - top
    }

    /// `cells` holds each column's values as `format.tableCell` writes them.
    ///
    /// `実績：交付決定は件数12・金額（億円）1,392.7、認定は…、ほか3行です。`, written into one string
    /// rather than joined from a string per row and per cell.
    func summary(_ columns: [TableChart.Column], cells: [[String]]) -> String {
        let shown = chart.rowLabels.indices.prefix(6)
        var text = ""
        text.reserveCapacity(title.utf8.count + 64 * shown.count * max(1, columns.count))
        text += title
        text += "："
        for index in shown {
            if index > shown.startIndex { text += "、" }
            text += chart.rowLabels[index]
            text += "は"
            for (position, (column, cells)) in zip(columns, cells).enumerated() {
                if position > 0 { text += "・" }
                text += column.title
                text += cells[index]
            }
        }
        if chart.rowLabels.count > 6 { text += "、ほか\(chart.rowLabels.count - 6)行" }
        text += "です。"
        return text
    }

    /// `cells` holds each column's values as `format.tableCell` writes them.
    func table(_ columns: [TableChart.Column], cells: [[String]]) -> ChartTable {
        let rows = chart.rowLabels.indices.map { index in
            [YearOrder.withWesternYear(chart.rowLabels[index])] + cells.map { $0[index] }
        }
        return ChartTable(caption: title, headers: ["区分"] + columns.map(\.title), rows: rows)
    }
}
