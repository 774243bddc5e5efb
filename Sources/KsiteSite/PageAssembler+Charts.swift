import KsiteCharts
import KsiteContent
import KsiteCore

extension PageAssembler {
    /// The budget overview of every section, for the home page, and its standalone file.
    func homeChart() -> (Context, OutputFile)? {
        overview(rows: charts.budgetRows(pillars.flatMap(\.sections).map(\.section)),
                 id: "budget-overview", path: SitePaths.home)
    }

    /// The overview of a pillar's sections, when more than one has a budget.
    func pillarChart(_ pillar: RenderedPillar) -> (Context, OutputFile)? {
        guard pillar.sections.filter({ !$0.section.budget.isEmpty }).count > 1 else { return nil }
        return overview(rows: charts.budgetRows(pillar.sections.map(\.section)),
                        id: "budget-overview-\(pillar.pillar.slug)", path: pillar.path)
    }

    /// A budget overview chart of `rows` (sections, or pillars' totals) for the page at `path`.
    func overview(
        rows: [BudgetRow], title: String = "関連予算の比較", id: String, path: String
    ) -> (Context, OutputFile)? {
        guard !rows.isEmpty else { return nil }
        let spec = ChartSpec(id: id, title: title, kind: .budgetOverview(rows))
        return charts.chart(spec, root: SitePaths.rootPrefix(for: path))
    }

    /// Charts of one section: its budget change, its metrics and its tables.
    func sectionCharts(
        _ rendered: RenderedSection
    ) -> (budget: Context?, metrics: [Context], tables: [TemplateValue], files: [OutputFile]) {
        let section = rendered.section
        let root = SitePaths.rootPrefix(for: rendered.path)
        let base = "\(pillars[rendered.pillarIndex].pillar.slug)-\(section.slug)"
        var files: [OutputFile] = []
        var budget: Context?
        if !section.budget.isEmpty,
           let (context, file) = charts.chart(ChartSpec(
               id: "\(base)-budget", title: "関連予算の推移", kind: .budgetChange(charts.budgetRow(section))),
               root: root) {
            budget = context
            files.append(file)
        }
        var metrics: [Context] = []
        for (index, metric) in section.metrics.enumerated() {
            var context: Context = [
                .title: .text(metric.title), .caption: .text(orFalse: metric.caption),
                .unit: .text(metric.unit), .chart: .flag(false),
            ]
            if let (chart, file) = charts.chart(
                charts.metricSpec(metric, id: "\(base)-metric-\(index + 1)"), root: root) {
                context[.chart] = .object(chart)
                files.append(file)
            }
            metrics.append(context)
        }
        var tables: [TemplateValue] = []
        for (index, table) in section.tables.enumerated() {
            if let spec = charts.tableSpec(table, id: "\(base)-table-\(index + 1)"),
               let (chart, file) = charts.chart(spec, root: root) {
                tables.append(.object(chart))
                files.append(file)
            } else {
                tables.append(.flag(false))
            }
        }
        return (budget, metrics, tables, files)
    }
}
