import KsiteCharts
import KsiteContent
import KsiteCore

extension PageAssembler {
    /// The most sections the home page lists and charts one by one. A larger report (a
    /// prefecture's reports of several years, or of every department) would make a home page
    /// of megabytes, unreadable on a phone: the home page then lists each pillar with its
    /// number of sections and charts each pillar's total, and each pillar's page lists and
    /// charts its sections. The Kumamoto report has 13 sections.
    static let homeSectionLimit = 60

    /// Whether the home page shows pillars only (`homeSectionLimit`).
    var isHomeByPillar: Bool {
        pillars.reduce(0) { $0 + $1.sections.count } > Self.homeSectionLimit
    }

    /// The home page's values, and the standalone overview chart it links to.
    func homeContext() -> (Context, [OutputFile]) {
        let config = site.config
        var context = layoutContext(
            path: SitePaths.home, title: config.title,
            description: "\(config.publisher)「\(config.title)」\(config.subtitle ?? "")", crumbs: [])
        let isByPillar = isHomeByPillar
        context[.pillars] = .lazy(TemplateList(count: pillars.count) { index in
            var summary = pillarSummary(pillars[index], from: SitePaths.home, listingSections: !isByPillar)
            summary[.count] = isByPillar ? .number(pillars[index].sections.count) : .flag(false)
            return .object(summary)
        })
        let totals = totalsContext(of: pillars.flatMap { $0.pillar.sections })
        context[.totals] = .list(totals.map(TemplateValue.object))
        context[.hasTotals] = .flag(!totals.isEmpty)
        let chart = isByPillar ? pillarTotalsChart() : homeChart()
        context[.overviewChart] = .object(orFalse: chart?.0)
        context[.isByPillar] = .flag(isByPillar)
        context[.departmentCount] = .number(departments.departments.count)
        return (context, chart.map { [$0.1] } ?? [])
    }

    /// The home page's overview of a large report: each pillar's total budget per year.
    func pillarTotalsChart() -> (Context, OutputFile)? {
        let rows = pillars.compactMap { rendered -> BudgetRow? in
            let sections = rendered.pillar.sections
            let values = reportYears.compactMap { year in
                total(of: sections, year: year).map { BudgetValue(year: year, thousandYen: $0.doubleValue) }
            }
            guard !values.isEmpty else { return nil }
            let heading = pillarHeading(rendered.pillar)
            return BudgetRow(shortLabel: charts.shortTitle(heading), fullTitle: heading, values: values)
        }
        return overview(rows: rows, title: "柱ごとの関連予算の比較", id: "budget-overview", path: SitePaths.home)
    }

    /// A pillar, with its sections and their budgets when `listingSections`, as listed on the
    /// home page.
    func pillarSummary(_ pillar: RenderedPillar, from pagePath: String, listingSections: Bool) -> Context {
        let root = SitePaths.rootPrefix(for: pagePath)
        return [
            .numeral: .text(pillar.pillar.numeral),
            .title: .text(pillar.pillar.title),
            .heading: .text(pillarHeading(pillar.pillar)),
            .href: .text(root + pillar.path),
            .sections: .list(listingSections ? pillar.sections.map { .object(sectionSummary($0, root: root)) } : []),
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
