import KsiteContent
import KsiteCore

extension PageAssembler {
    /// A pillar page's values, and the standalone overview chart it links to.
    func pillarContext(_ index: Int) -> (Context, [OutputFile]) {
        let rendered = pillars[index]
        let pillar = rendered.pillar
        let heading = pillarHeading(pillar)
        var context = layoutContext(
            path: rendered.path, title: heading,
            description: Self.summary(rendered.introduction.plainText.isEmpty
                ? "\(site.config.title)：\(heading)" : rendered.introduction.plainText),
            crumbs: [Crumb(title: heading, path: nil)])
        let root = SitePaths.rootPrefix(for: rendered.path)
        context[.pillar] = .object([
            .numeral: .text(pillar.numeral),
            .title: .text(pillar.title),
            .heading: .text(heading),
            .introduction: .html(rendered.introduction.html),
            .hasIntroduction: .flag(!rendered.introduction.html.isEmpty),
        ])
        context[.sections] = .list(rendered.sections.map { .object(sectionSummary($0, root: root)) })
        context[.hasSeveralSections] = .flag(rendered.sections.count > 1)
        let totals = rendered.sections.contains { !$0.section.budget.isEmpty }
            ? totalsContext(of: rendered.sections.map(\.section)) : []
        context[.totals] = .list(totals.map(TemplateValue.object))
        context[.hasTotals] = .flag(!totals.isEmpty)
        let chart = pillarChart(rendered)
        context[.overviewChart] = .object(orFalse: chart?.0)
        return (context, chart.map { [$0.1] } ?? [])
    }
}
