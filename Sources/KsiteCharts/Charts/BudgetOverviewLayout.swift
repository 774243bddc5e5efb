import KsiteCore

/// The budget of every section, each fiscal year side by side, on a logarithmic axis.
///
/// Why this design: the report's sections range from 3,634千円 to 93,830,106千円, more than
/// four orders of magnitude. On a linear axis the largest bar fills the width and seven of
/// eleven sections shrink to under 1 % of it — invisible, so no longer comparable. Small
/// multiples (one scale per section) keep every bar visible but make sections look alike
/// whatever their size, which misleads more quietly. So the bars run on a log axis over whole
/// decades, ticked at every power of ten (100万, 1,000万, 1億 …), and the chart says so in
/// a visible note above the axis: the axis is logarithmic, each tick is ten times the last,
/// and a bar's length is not proportional to the amount. Each bar carries its amount in
/// readable units (約938億3,011万円), so nobody has to read a value off the log axis;
/// the exact 千円 figures are in the data table. Rows are stacked — label above, bars
/// below — so long Japanese titles get the chart's full width on a phone, and the years
/// differ by pattern and by a text tag (R4, R5) as well as by colour.
///
/// When the values span less than a factor of 20 a log axis buys nothing, and the chart
/// uses a linear axis from zero instead.
struct BudgetOverviewLayout: Sendable {
    /// The smallest max/min ratio at which the axis turns logarithmic.
    static let logarithmicRatio = 20.0

    let rows: [BudgetRow]
    let fill: SeriesFill
    let title: String

    /// The drawn chart; nil when no row has a value.
    func makeBody() -> ChartBody? {
        let years = Array(Set(rows.flatMap { $0.values.map(\.year) })).sorted()
        guard !years.isEmpty else { return nil }
        let values = rows.flatMap { $0.values.map(\.thousandYen) }.filter(\.isFinite)
        let isLogarithmic = Self.isLogarithmic(values)
        var notes = [ValueFormat.thousandYen.unitNote ?? ""]
        if isLogarithmic {
            let zeros = values.contains { $0 <= 0 } ? "0円には棒がありません。" : ""
            notes = ["単位：円。横軸は対数目盛です（目盛1つごとに10倍）。"
                     + "棒の長さは金額に比例しません。金額は棒に添えた数字をご覧ください。" + zeros]
        }
        var svg = SVGWriter(capacity: ChartBody.typicalSize)
        let legendItems = years.enumerated().map { Legend.Item(series: $0, text: $1.longLabel) }
        var y = ChartGeometry.margin
        y += Legend(items: legendItems, fill: fill).draw(into: &svg, top: y) + 4
        let bars = BarRows(rows: rows.map { makeRow($0, years: years) }, format: .thousandYen,
                           axisKind: isLogarithmic ? .logarithmic : .linear, fill: fill, notes: notes)
        y += bars.draw(into: &svg, top: y)
        return ChartBody(height: y + ChartGeometry.margin,
                         definitions: fill.definitions(seriesCount: years.count),
                         content: svg.bytes, summary: summary(), table: table(years: years))
    }

    /// Log only when the values span at least `logarithmicRatio` and are all positive.
    static func isLogarithmic(_ values: [Double]) -> Bool {
        let positive = values.filter { $0 > 0 }
        guard let low = positive.min(), let high = positive.max() else { return false }
        return high / low >= logarithmicRatio
    }
}

private extension BudgetOverviewLayout {
    func makeRow(_ row: BudgetRow, years: [FiscalYear]) -> BarRows.Row {
        let bars = years.enumerated().map { index, year -> BarRows.Bar in
            let value = row.values.first { $0.year == year }?.thousandYen
            let finite = value.flatMap { $0.isFinite ? $0 : nil }
            return BarRows.Bar(series: index, tag: year.label, value: finite,
                               label: finite.map(ValueFormat.thousandYen.valueLabel) ?? "データなし")
        }
        return BarRows.Row(label: row.shortLabel, title: row.fullTitle, bars: bars)
    }

    func summary() -> String {
        // Rows are named only for the two values the sentence mentions.
        let entries = rows.flatMap { row in
            row.values.filter(\.thousandYen.isFinite).map { (row, $0) }
        }
        guard let high = entries.max(by: { $0.1.thousandYen < $1.1.thousandYen }),
              let low = entries.min(by: { $0.1.thousandYen < $1.1.thousandYen }) else {
            return "\(title)：データはありません。"
        }
        func describe(_ entry: (BudgetRow, BudgetValue)) -> String {
            "「\(tableLabel(entry.0))」の\(entry.1.year.label)年度で"
                + YenFormat.readable(thousandYen: entry.1.thousandYen)
        }
        if high.1.thousandYen == low.1.thousandYen {
            return "\(title)：\(rows.count)項目の関連予算は、すべて"
                + "\(YenFormat.readable(thousandYen: high.1.thousandYen))です。"
        }
        return "\(title)：\(rows.count)項目のうち、関連予算が最も多いのは\(describe(high))、"
            + "最も少ないのは\(describe(low))です。"
    }

    func table(years: [FiscalYear]) -> ChartTable {
        let headers = ["項目"] + years.map(YearOrder.withWesternYear)
        let rows = rows.map { row in
            [tableLabel(row)] + years.map { year in
                ValueFormat.thousandYen.tableCell(row.values.first { $0.year == year }?.thousandYen)
            }
        }
        return ChartTable(caption: title, headers: headers, rows: rows)
    }

    /// The full title, led by the short label's number — `(4) 自然的経済的…` — so that a
    /// table row or a sentence can be matched with its row in the chart.
    func tableLabel(_ row: BudgetRow) -> String {
        guard row.shortLabel.hasPrefix("("), let close = row.shortLabel.firstIndex(of: ")"),
              row.shortLabel.distance(from: row.shortLabel.startIndex, to: close) <= 4,
              !row.fullTitle.hasPrefix("(") else { return row.fullTitle }
        return row.shortLabel[...close] + " " + row.fullTitle
    }
}
