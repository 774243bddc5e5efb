/// Turns chart specs into SVG: the one entry point of KsiteCharts.
///
/// Pure and deterministic — the same spec gives byte-identical output — so pages can be
/// rendered in parallel and golden files compared.
public struct ChartRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The drawn chart, or nil when there is nothing to draw (no rows, no values).
    public func render(_ spec: ChartSpec) -> RenderedChart? {
        let id = XMLText.identifier(spec.id)
        let fill = SeriesFill(chartID: id)
        let body: ChartBody?
        switch spec.kind {
        case .budgetOverview(let rows):
            body = BudgetOverviewLayout(rows: rows, fill: fill, title: spec.title).makeBody()
        case .budgetChange(let row):
            body = BudgetChangeLayout(row: row, fill: fill, title: spec.title).makeBody()
        case .metric(let metric):
            body = MetricLayout(metric: metric, fill: fill, title: spec.title).makeBody()
        case .table(let table):
            body = TableLayout(chart: table, fill: fill, title: spec.title).makeBody()
        }
        guard let body else { return nil }
        let document = SVGDocument(id: id, title: spec.title, body: body)
        return RenderedChart(inlineMarkup: document.inline, standaloneFile: document.standalone,
                             summary: body.summary, table: body.table)
    }
}
