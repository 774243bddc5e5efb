import KsiteContent
import KsiteCore

extension PageAssembler {
    /// The home page's values, and the standalone overview chart it links to.
    func homeContext() -> (Context, [OutputFile]) {
        let config = site.config
        var context = layoutContext(
            path: SitePaths.home, title: config.title,
            description: "\(config.publisher)「\(config.title)」\(config.subtitle ?? "")", crumbs: [])
        context[.pillars] = .lazy(TemplateList(pillars) {
            .object(pillarSummary($0, from: SitePaths.home))
        })
        let totals = totalsContext(of: pillars.flatMap { $0.pillar.sections })
        context[.totals] = .list(totals.map(TemplateValue.object))
        context[.hasTotals] = .flag(!totals.isEmpty)
        let chart = homeChart()
        context[.overviewChart] = .object(orFalse: chart?.0)
        context[.departmentCount] = .number(departments.departments.count)
        return (context, chart.map { [$0.1] } ?? [])
    }

    /// A pillar and its sections with their budgets, as listed on the home page.
    func pillarSummary(_ pillar: RenderedPillar, from pagePath: String) -> Context {
        let root = SitePaths.rootPrefix(for: pagePath)
        return [
            .numeral: .text(pillar.pillar.numeral),
            .title: .text(pillar.pillar.title),
            .heading: .text(pillarHeading(pillar.pillar)),
            .href: .text(root + pillar.path),
            .sections: .list(pillar.sections.map { .object(sectionSummary($0, root: root)) }),
        ]
    }

    func sectionSummary(_ rendered: RenderedSection, root: String) -> Context {
        let section = rendered.section
        return [
            .number: .text(orFalse: section.number.map { "(\($0))" }),
            .title: .text(section.title),
            .href: .text(root + rendered.path),
            .budget: budgetContext(rendered.budget),
            .initiativeCount: .number(rendered.markdown.initiatives.count),
        ]
    }

    func searchContext() -> Context {
        layoutContext(
            path: SitePaths.search, title: "サイト内検索",
            description: "\(site.config.title)の全文検索です。", crumbs: [Crumb(title: "サイト内検索", path: nil)])
    }

    func notFoundContext() -> Context {
        layoutContext(
            path: SitePaths.notFound, title: "ページが見つかりません",
            description: "お探しのページは見つかりませんでした。", crumbs: [])
    }
}
