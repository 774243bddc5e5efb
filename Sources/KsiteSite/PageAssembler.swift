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

    /// What one worker makes at a time: a page, or all the data files one after another.
    enum Job: Sendable {
        case dataFiles
        case page(Page)
    }

    /// Renders every page, its standalone chart files and the data files into `output`, each
    /// as soon as it is made; returns the template errors met (each reported once).
    ///
    /// The data files come first: one worker makes them while the others render pages.
    func writeSite(
        into output: some OutputSink, isParallel: Bool, progress: (@Sendable (Int, Int) -> Void)?
    ) -> [Diagnostic] {
        let pages = allPages
        let counter = ProgressCounter(total: pages.count, report: progress)
        let jobs = [Job.dataFiles] + pages.map(Job.page)
        let diagnostics = ParallelMap.map(jobs, isParallel: isParallel) { job -> [Diagnostic] in
            switch job {
            case .dataFiles:
                writeDataFiles(into: output)
                return []
            case .page(let page):
                defer { counter.increment() }
                let (files, diagnostics) = render(page)
                files.forEach(output.write)
                return diagnostics
            }
        }
        var seen = Set<String>()
        return diagnostics.joined().filter { seen.insert($0.description).inserted }
    }

    func render(_ page: Page) -> ([OutputFile], [Diagnostic]) {
        let (path, template, context, extra) = build(page)
        let (html, diagnostics) = templates.render(context, with: template)
        return ([OutputFile(path: path, contents: html)] + extra, diagnostics)
    }

    func build(_ page: Page) -> (String, String, Context, [OutputFile]) {
        switch page {
        case .home:
            let (context, files) = homeContext()
            return (SitePaths.home, "home", context, files)
        case .notFound:
            return (SitePaths.notFound, "404", notFoundContext(), [])
        case .search:
            return (SitePaths.search, "search", searchContext(), [])
        case .departmentIndex:
            return (SitePaths.departmentIndex, "departments", departmentIndexContext(), [])
        case .pillar(let index):
            let (context, files) = pillarContext(index)
            return (pillars[index].path, "pillar", context, files)
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
