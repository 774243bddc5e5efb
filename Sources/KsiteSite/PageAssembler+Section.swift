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
        context["section"] = [
            "number": section.number.map { "(\($0))" } ?? false,
            "title": section.title,
            "heading": sectionHeading(section),
            "pillarHeading": pillarHeading(pillar.pillar),
            "pillarHref": root + pillar.path,
        ] as Context
        context["budget"] = budgetContext(section)
        context["budgetChart"] = charts.budget ?? false
        context["parts"] = parts(of: rendered.markdown)
        context["body"] = rendered.markdown.html
        context["metrics"] = charts.metrics
        context["tables"] = zip(section.tables, charts.tables).map { tableContext($0, chart: $1) }
        context["photos"] = section.photos.map { photo -> Context in
            ["caption": photo.caption, "src": photo.src.map { root + $0 } ?? false]
        }
        context["hasPhotos"] = !section.photos.isEmpty
        context["hasData"] = !section.metrics.isEmpty || !section.tables.isEmpty || !section.photos.isEmpty
        context["previous"] = neighbour(of: rendered, offset: -1, root: root)
        context["next"] = neighbour(of: rendered, offset: 1, root: root)
        return (context, charts.files)
    }

    /// The body's parts (results │ plans), each with a class naming its column.
    func parts(of markdown: RenderedMarkdown) -> [Context] {
        markdown.parts.enumerated().map { index, part in
            [
                "heading": part.heading ?? false,
                "html": part.html,
                "index": index,
            ]
        }
    }

    func tableContext(_ table: DataTable, chart: Any) -> Context {
        [
            "title": table.title,
            "note": table.note ?? false,
            "columns": table.columns,
            "rows": table.rows.map { row -> Context in
                let cells: [Context] = row.enumerated().map { index, cell in
                    if case .number = cell {
                        return ["text": cell.display, "isNumber": true, "isHeader": index == 0]
                    }
                    return ["text": cell.display, "isNumber": false, "isHeader": index == 0]
                }
                return ["cells": cells]
            },
            "chart": chart,
        ]
    }

    /// The previous or next section across the whole report, or false at either end.
    func neighbour(of rendered: RenderedSection, offset: Int, root: String) -> Any {
        guard let target = section(offset, from: rendered) else { return false }
        return ["title": sectionHeading(target.section), "href": root + target.path] as Context
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
