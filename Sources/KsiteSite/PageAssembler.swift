import Foundation
import KsiteContent
import KsiteCore

/// Turns the rendered content into pages: one Mustache context per page, rendered in parallel.
///
/// Contexts are plain dictionaries (`[String: Any]`): swift-mustache reads them directly,
/// without the Mirror reflection it uses for other values.
struct PageAssembler: @unchecked Sendable {
    typealias Context = [String: Any]

    let site: Site
    let pillars: [RenderedPillar]
    let departments: DepartmentIndex
    let templates: TemplateSet
    let charts: ChartStage

    init(site: Site, pillars: [RenderedPillar], departments: DepartmentIndex, templates: TemplateSet) {
        self.site = site
        self.pillars = pillars
        self.departments = departments
        self.templates = templates
        self.charts = ChartStage(site: site)
    }

    /// The pages the site is made of.
    enum Page: Sendable {
        case home, notFound, departmentIndex, search
        case pillar(Int)
        case section(Int, Int)
        case department(Int)
    }

    var allPages: [Page] {
        var pages: [Page] = [.home, .notFound, .departmentIndex, .search]
        for (pillarIndex, pillar) in pillars.enumerated() {
            pages.append(.pillar(pillarIndex))
            pages += pillar.sections.indices.map { .section(pillarIndex, $0) }
        }
        pages += departments.departments.indices.map { .department($0) }
        return pages
    }

    /// Renders every page (and the standalone chart files) to output files, with the
    /// template errors met (each reported once).
    func pages(progress: (@Sendable (Int, Int) -> Void)?) -> ([OutputFile], [Diagnostic]) {
        let pages = allPages
        let counter = ProgressCounter(total: pages.count, report: progress)
        let rendered = ParallelMap.map(pages) { page -> ([OutputFile], [Diagnostic]) in
            defer { counter.increment() }
            return render(page)
        }
        var seen = Set<String>()
        let diagnostics = rendered.flatMap(\.1).filter { seen.insert($0.description).inserted }
        return (rendered.flatMap(\.0), diagnostics)
    }

    func render(_ page: Page) -> ([OutputFile], [Diagnostic]) {
        let (path, template, context, extra) = build(page)
        let (text, diagnostics) = templates.render(context, with: template)
        return ([OutputFile(path: path, text: text)] + extra, diagnostics)
    }

    func build(_ page: Page) -> (String, String, Context, [OutputFile]) {
        switch page {
        case .home:
            return (SitePaths.home, "home", homeContext(), homeChartFiles())
        case .notFound:
            return (SitePaths.notFound, "404", notFoundContext(), [])
        case .search:
            return (SitePaths.search, "search", searchContext(), [])
        case .departmentIndex:
            return (SitePaths.departmentIndex, "departments", departmentIndexContext(), [])
        case .pillar(let index):
            return (pillars[index].path, "pillar", pillarContext(index), [])
        case .section(let pillarIndex, let sectionIndex):
            let section = pillars[pillarIndex].sections[sectionIndex]
            let (context, files) = sectionContext(section)
            return (section.path, "section", context, files)
        case .department(let index):
            let department = departments.departments[index]
            return (SitePaths.department(department), "department", departmentContext(department), [])
        }
    }
}

/// Counts finished pages from any thread and reports them.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func increment() {
        guard let report else { return }
        lock.lock()
        done += 1
        let value = done
        lock.unlock()
        report(value, total)
    }
}
