import KsiteContent
import KsiteCore
import KsiteMarkdown

extension PageAssembler {
    /// The section page's values, and the standalone chart files it links to.
    func sectionContext(_ rendered: RenderedSection) -> (Context, [OutputFile]) {
        let section = rendered.section
        let pillar = pillars[rendered.pillarIndex]
        // Each heading made once: the page shows it several times.
        let heading = sectionHeading(section)
        let pillarTitle = pillarHeading(pillar.pillar)
        let root = SitePaths.rootPrefix(for: rendered.path)
        let charts = sectionCharts(rendered)
        // One literal rather than a field set at a time: no search for each name, and the
        // fields are made at their number instead of grown.
        let page: Context = [
            .section: .object([
                .number: .text(orFalse: section.number.map { "(\($0))" }),
                .title: .text(section.title),
                .heading: .text(heading),
                .pillarHeading: .text(pillarTitle),
                .pillarHref: .text(root + pillar.path),
            ]),
            .budget: budgetContext(rendered.budget),
            .budgetChart: .object(orFalse: charts.budget),
            .parts: .list(parts(of: rendered.markdown)),
            .body: .html(rendered.markdown.html),
            .metrics: .list(charts.metrics.map(TemplateValue.object)),
            .tables: .list(zip(section.tables, charts.tables).map { .object(tableContext($0, chart: $1)) }),
            .photos: .list(section.photos.map { photo in
                .object([.caption: .text(photo.caption), .src: .text(orFalse: photo.src.map { root + $0 })])
            }),
            .hasPhotos: .flag(!section.photos.isEmpty),
            .hasData: .flag(!section.metrics.isEmpty || !section.tables.isEmpty || !section.photos.isEmpty),
            .previous: neighbour(of: rendered, offset: -1, root: root),
            .next: neighbour(of: rendered, offset: 1, root: root),
        ]
        let context = layoutContext(
            path: rendered.path, title: heading,
            description: Self.summary(rendered.markdown.plainText),
            crumbs: [Crumb(title: pillarTitle, path: pillar.path), Crumb(title: heading, path: nil)],
            adding: page)
        return (context, charts.files)
    }

    /// The body's parts (results │ plans), each with a class naming its column.
    func parts(of markdown: RenderedMarkdown) -> [TemplateValue] {
        markdown.parts.indices.map { index in
            .object([
                .heading: .text(orFalse: markdown.parts[index].heading),
                .html: .html(markdown.parts[index].html),
                .index: .number(index),
            ])
        }
    }

    func tableContext(_ table: DataTable, chart: TemplateValue) -> Context {
        [
            .title: .text(table.title),
            .note: .text(orFalse: table.note),
            .columns: .list(table.columns.map(TemplateValue.text)),
            .rows: .list(table.rows.map { row in
                // By index: `enumerated().map` does not know the count, and grows its array.
                let cells: [TemplateValue] = row.indices.map { index in
                    let isNumber = if case .number = row[index] { true } else { false }
                    return .object([
                        .text: .text(row[index].display), .isNumber: .flag(isNumber),
                        .isHeader: .flag(index == 0),
                    ])
                }
                return .object([.cells: .list(cells)])
            }),
            .chart: chart,
        ]
    }

    /// The previous or next section across the whole report, or false at either end.
    func neighbour(of rendered: RenderedSection, offset: Int, root: String) -> TemplateValue {
        guard let target = section(offset, from: rendered) else { return .flag(false) }
        return .object([.title: .text(sectionHeading(target.section)), .href: .text(root + target.path)])
    }

    /// The section `step` (±1) places away in report order, across pillars without sections;
    /// found from the indices, as flattening the report for every page would be quadratic.
    func section(_ step: Int, from rendered: RenderedSection) -> RenderedSection? {
        var pillar = rendered.pillarIndex
        var index = rendered.sectionIndex + step
        while pillars.indices.contains(pillar) {
            if pillars[pillar].sections.indices.contains(index) { return pillars[pillar].sections[index] }
            pillar += step
            guard pillars.indices.contains(pillar) else { return nil }
            index = step > 0 ? 0 : pillars[pillar].sections.count - 1
        }
        return nil
    }
}
