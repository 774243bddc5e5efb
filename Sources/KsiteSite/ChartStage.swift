import KsiteCharts
import KsiteContent
import KsiteCore

/// Turns budgets, metrics and tables into chart specs, and rendered charts into page values.
struct ChartStage: Sendable {
    let site: Site
    let renderer = ChartRenderer()

    /// A rendered chart for a page, and the standalone file it is downloadable as.
    func chart(_ spec: ChartSpec, root: String) -> (TemplateObject, OutputFile)? {
        guard let chart = renderer.render(spec) else { return nil }
        let file = "charts/\(spec.id).svg"
        let table = chart.table
        let rows = TemplateList(count: table.rows.count) { row in
            // By index: `enumerated().map` does not know the count, and grows its array.
            .object([.cells: .list(table.rows[row].indices.map { index in
                .object([.text: .text(table.rows[row][index]), .isHeader: .flag(index == 0)])
            })])
        }
        let context: TemplateObject = [
            .id: .text(spec.id),
            .svg: .html(chart.inlineMarkup),
            .summary: .text(chart.summary),
            .download: .text(root + file),
            .table: .object([
                .caption: .text(chart.table.caption),
                .headers: .list(chart.table.headers.map(TemplateValue.text)),
                .rows: .lazy(rows),
            ]),
        ]
        return (context, OutputFile(path: file, contents: chart.standaloneFile))
    }

    /// Budget rows of `sections`, labelled `(3)` plus a shortened title.
    func budgetRows(_ sections: [Section]) -> [BudgetRow] {
        sections.filter { !$0.budget.isEmpty }.map(budgetRow)
    }

    func budgetRow(_ section: Section) -> BudgetRow {
        BudgetRow(
            shortLabel: section.number.map { "(\($0)) " + shortTitle(section.title) }
                ?? shortTitle(section.title),
            fullTitle: section.title,
            values: section.budget.map { BudgetValue(year: $0.year, thousandYen: $0.amount.doubleValue) })
    }

    func metricSpec(_ metric: Metric, id: String) -> ChartSpec {
        let style: MetricChart.Style
        switch metric.chart {
        case .column: style = .column
        case .line: style = .line
        case .bar: style = .bar
        }
        return ChartSpec(id: id, title: metric.title, kind: .metric(MetricChart(
            style: style, unit: metric.unit,
            points: metric.data.map { MetricPoint(label: $0.label, value: $0.value.doubleValue) })))
    }

    /// A table chart when the table has numeric columns, else nil.
    func tableSpec(_ table: DataTable, id: String) -> ChartSpec? {
        var columns: [TableChart.Column] = []
        for (index, title) in table.columns.enumerated() where index > 0 {
            let values = table.rows.map { row -> Double? in
                guard row.indices.contains(index), case .number(let amount) = row[index] else { return nil }
                return amount.doubleValue
            }
            if values.contains(where: { $0 != nil }) {
                columns.append(TableChart.Column(title: title, values: values))
            }
        }
        guard !columns.isEmpty else { return nil }
        let labels = table.rows.map { $0.first?.display ?? "" }
        return ChartSpec(id: id, title: table.title, kind: .table(TableChart(rowLabels: labels, columns: columns)))
    }

    /// Titles longer than 16 characters are cut, with an ellipsis (the full one is in <title>).
    func shortTitle(_ title: String) -> String {
        title.count <= 16 ? title : String(title.prefix(15)) + "…"
    }
}
