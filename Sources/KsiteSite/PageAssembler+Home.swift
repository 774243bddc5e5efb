import KsiteContent
import KsiteCore

extension PageAssembler {
    /// The home page's values, and the standalone overview chart it links to.
    func homeContext() -> (Context, [OutputFile]) {
        let config = site.config
        var context = layoutContext(
            path: SitePaths.home, title: config.title,
            description: "\(config.publisher)「\(config.title)」\(config.subtitle ?? "")", crumbs: [])
        context["pillars"] = TemplateList(pillars) { pillarSummary($0, from: SitePaths.home) }
        let totals = totalsContext(of: pillars.flatMap { $0.pillar.sections })
        context["totals"] = totals
        context["hasTotals"] = !totals.isEmpty
        let chart = homeChart()
        context["overviewChart"] = chart?.0 ?? false
        context["departmentCount"] = departments.departments.count
        return (context, chart.map { [$0.1] } ?? [])
    }

    /// A pillar and its sections with their budgets, as listed on the home page.
    func pillarSummary(_ pillar: RenderedPillar, from pagePath: String) -> Context {
        let root = SitePaths.rootPrefix(for: pagePath)
        return [
            "numeral": pillar.pillar.numeral,
            "title": pillar.pillar.title,
            "heading": pillarHeading(pillar.pillar),
            "href": root + pillar.path,
            "sections": pillar.sections.map { sectionSummary($0, root: root) },
        ]
    }

    func sectionSummary(_ rendered: RenderedSection, root: String) -> Context {
        let section = rendered.section
        return [
            "number": section.number.map { "(\($0))" } ?? false,
            "title": section.title,
            "href": root + rendered.path,
            "budget": budgetContext(section),
            "initiativeCount": rendered.markdown.initiatives.count,
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
