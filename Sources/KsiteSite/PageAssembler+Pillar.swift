import KsiteContent
import KsiteCore

extension PageAssembler {
    /// A pillar page's values, and the standalone overview chart it links to.
    func pillarContext(_ index: Int) -> (Context, [OutputFile]) {
        let rendered = pillars[index]
        let pillar = rendered.pillar
        var context = layoutContext(
            path: rendered.path, title: pillarHeading(pillar),
            description: Self.summary(rendered.introduction.plainText.isEmpty
                ? "\(site.config.title)：\(pillarHeading(pillar))" : rendered.introduction.plainText),
            crumbs: [Crumb(title: pillarHeading(pillar), path: nil)])
        let root = SitePaths.rootPrefix(for: rendered.path)
        context["pillar"] = [
            "numeral": pillar.numeral,
            "title": pillar.title,
            "heading": pillarHeading(pillar),
            "introduction": rendered.introduction.html,
            "hasIntroduction": !rendered.introduction.html.isEmpty,
        ] as Context
        context["sections"] = rendered.sections.map { sectionSummary($0, root: root) }
        context["hasSeveralSections"] = rendered.sections.count > 1
        let totals = rendered.sections.contains { !$0.section.budget.isEmpty }
            ? totalsContext(of: rendered.sections.map(\.section)) : []
        context["totals"] = totals
        context["hasTotals"] = !totals.isEmpty
        let chart = pillarChart(rendered)
        context["overviewChart"] = chart?.0 ?? false
        return (context, chart.map { [$0.1] } ?? [])
    }
}
