import KsiteContent
import KsiteCore
import KsiteMarkdown

extension PageAssembler {
    /// The section page's values, and the standalone chart files it links to.
    func sectionContext(_ rendered: RenderedSection) -> (Context, [OutputFile]) {
        let section = rendered.section
        let pillar = pillars[rendered.pillarIndex]
        var context = layoutContext(
            path: rendered.path, title: sectionHeading(section),
            description: Self.summary(rendered.markdown.plainText),
            crumbs: [Crumb(title: pillarHeading(pillar.pillar), path: pillar.path),
                     Crumb(title: sectionHeading(section), path: nil)])
        let root = SitePaths.rootPrefix(for: rendered.path)
        let charts = sectionCharts(rendered)
        context[.section] = .object([
            .number: .text(orFalse: section.number.map { "(\($0))" }),
            .title: .text(section.title),
            .heading: .text(sectionHeading(section)),
            .pillarHeading: .text(pillarHeading(pillar.pillar)),
            .pillarHref: .text(root + pillar.path),
        ])
        context[.budget] = budgetContext(rendered.budget)
        context[.budgetChart] = .object(orFalse: charts.budget)
        context[.parts] = .list(parts(of: rendered.markdown))
        context[.body] = .html(rendered.markdown.html)
        context[.metrics] = .list(charts.metrics.map(TemplateValue.object))
        context[.tables] = .list(zip(section.tables, charts.tables).map {
            .object(tableContext($0, chart: $1))
        })
        context[.photos] = .list(section.photos.map { photo in
            .object([.caption: .text(photo.caption), .src: .text(orFalse: photo.src.map { root + $0 })])
        })
        context[.hasPhotos] = .flag(!section.photos.isEmpty)
        context[.hasData] = .flag(
            !section.metrics.isEmpty || !section.tables.isEmpty || !section.photos.isEmpty)
        context[.previous] = neighbour(of: rendered, offset: -1, root: root)
        context[.next] = neighbour(of: rendered, offset: 1, root: root)
        return (context, charts.files)
    }

    /// The body's parts (results │ plans), each with a class naming its column.
    func parts(of markdown: RenderedMarkdown) -> [TemplateValue] {
        markdown.parts.enumerated().map { index, part in
            .object([
                .heading: .text(orFalse: part.heading),
                .html: .html(part.html),
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
                let cells: [TemplateValue] = row.enumerated().map { index, cell in
                    let isNumber = if case .number = cell { true } else { false }
                    return .object([
                        .text: .text(cell.display), .isNumber: .flag(isNumber), .isHeader: .flag(index == 0),
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
