import Foundation
import KsiteContent
import KsiteCore

/// Turns the rendered content into pages: one Mustache context per page, rendered in parallel.
///
/// Contexts are typed value trees (`TemplateObject`), which the renderer reads without
/// casting; the tests hand swift-mustache the same values as dictionaries.
struct PageAssembler: @unchecked Sendable {
    typealias Context = TemplateObject

    let site: Site
    let pillars: [RenderedPillar]
    let departments: DepartmentIndex
    let templates: TemplateSet
    let charts: ChartStage
    /// `{{site.…}}`: the same on every page, so made once.
    let siteValues: TemplateValue

    init(site: Site, pillars: [RenderedPillar], departments: DepartmentIndex, templates: TemplateSet) {
        self.site = site
        self.pillars = pillars
        self.departments = departments
        self.templates = templates
        self.charts = ChartStage(site: site)
        self.siteValues = Self.siteContext(site.config)
    }

    /// The pages the site is made of.
    enum Page: Sendable {
        case home, notFound, departmentIndex, search
        case pillar(Int)
        case section(Int, Int)
        case department(Int)
    }

    var allPages: [Page] {
        gatheringPages + pillars.enumerated().flatMap { pillarIndex, pillar in
            pillar.sections.indices.map { Page.section(pillarIndex, $0) }
        }
    }

    /// Every page but the sections': the pages that gather what the sections hold.
    var gatheringPages: [Page] {
        [.home, .notFound, .departmentIndex, .search] + pillars.indices.map { .pillar($0) }
            + departments.departments.indices.map { .department($0) }
    }

    /// Every page's place, before any body is rendered: enough for section pages, which need
    /// of other pages only their titles and paths.
    static func outline(of site: Site, templates: TemplateSet) -> PageAssembler {
        PageAssembler(
            site: site, pillars: RenderedPillar.all(of: site) { _, _ in .notRendered },
            departments: DepartmentIndex(departments: site.departments, pillars: []),
            templates: templates)
    }

    /// What one worker makes at a time: a page, or one kind of data file.
    enum Job: Sendable {
        case data(DataFile)
        case page(Page)

        /// Jobs start in this order, the longest first, so that none is left running alone
        /// after the others are done: each of these holds every section or every item.
        var rank: Int {
            switch self {
            case .data(.report): 0
            case .page(.home): 1
            case .data(.searchIndex): 2
            case .data(.tables): 3
            case .page(.department): 4
            default: 5
            }
        }
    }

    /// Renders `pages` (with their standalone chart files) and the data files into `output`,
    /// each as soon as it is made; returns the template errors met (each reported once).
    ///
    /// The longest jobs come first (`Job.rank`).
    func write(
        _ pages: [Page], into output: some OutputSink, isParallel: Bool, counter: ProgressCounter
    ) -> [Diagnostic] {
        let report = ReportData(site: site, pillars: pillars, departments: departments)
        let jobs = (DataFile.allCases.map(Job.data) + pages.map(Job.page)).enumerated()
            .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
        let diagnostics = ParallelMap.map(jobs, isParallel: isParallel) { job -> [Diagnostic] in
            switch job {
            case .data(let file):
                write(file, report: report, into: output)
                return []
            case .page(let page):
                defer { counter.increment() }
                var (path, template, context, files) = build(page)
                files.forEach(output.write)
                files = []  // a large report's overview chart is megabytes: let it go first
                return write(context, with: template, at: path, into: output)
            }
        }
        return Array(diagnostics.joined())
    }

    /// Writes a section's page and its chart files, from the section's full rendered body;
    /// returns the template errors met.
    func writeSectionPage(_ section: RenderedSection, into output: some OutputSink) -> [Diagnostic] {
        let (context, files) = sectionContext(section)
        files.forEach(output.write)
        return write(context, with: "section", at: section.path, into: output)
    }

    /// Renders a page into the file at `path`, handing it on in pieces.
    func write(_ context: Context, with template: String, at path: String, into output: some OutputSink) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        output.write(path) { emit in
            diagnostics = templates.render(context, with: template, emit: emit)
        }
        return diagnostics
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
