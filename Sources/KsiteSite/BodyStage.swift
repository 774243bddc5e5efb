import KsiteContent
import KsiteCore
import KsiteMarkdown

/// Renders every Markdown body, on every core, once every page's URL is known.
///
/// Given a page writer, it writes each section's page as soon as the section's body is
/// rendered and keeps of the body only what other pages need (`RenderedMarkdown.digest`):
/// the HTML of every body of a large report is never in memory at once.
struct BodyStage: Sendable {
    /// How section pages are made and where they go while bodies are rendered.
    struct PageWriter: Sendable {
        /// Knows every page's place (`PageAssembler.outline`), which is all a section page
        /// needs besides its own body.
        let assembler: PageAssembler
        let output: any OutputSink
        let counter: ProgressCounter
    }

    /// Bodies, the links to initiatives they hold, and the template errors of the pages written.
    struct Result {
        var pillars: [RenderedPillar]
        var links: [MarkdownStage.PageLinks]
        var templateErrors: [Diagnostic]
    }

    let site: Site
    let isParallel: Bool

    func run(writingPagesWith writer: PageWriter?) -> Result {
        let stage = MarkdownStage(site: site)
        // Each listed department's place in the list, by code (RenderedSection.departmentPlaces).
        let places = Dictionary(site.departments.enumerated().map { ($1.code, $0) }) { first, _ in
            first
        }
        var jobs: [(pillar: Int, section: Int)] = []
        for (pillarIndex, pillar) in site.pillars.enumerated() {
            jobs.append((pillarIndex, -1))
            jobs += pillar.sections.indices.map { (pillarIndex, $0) }
        }
        let bodies = ParallelMap.map(jobs.map { [$0.pillar, $0.section] }, isParallel: isParallel) { job in
            render(pillar: job[0], section: job[1], stage: stage, places: places, writer: writer)
        }
        return collect(bodies)
    }
}

private extension BodyStage {
    struct Body {
        var markdown: RenderedMarkdown
        var links: MarkdownStage.PageLinks
        var departmentPlaces: [[Int?]] = []
        var budget: FormattedBudget = .none
        var templateErrors: [Diagnostic] = []
    }

    /// One body (a pillar's introduction when `sectionIndex` is -1), and its page if a section's.
    func render(
        pillar pillarIndex: Int, section sectionIndex: Int, stage: MarkdownStage, places: [String: Int],
        writer: PageWriter?
    ) -> Body {
        let pillar = site.pillars[pillarIndex]
        guard sectionIndex >= 0 else {
            let path = pillar.introductionPath
            let markdown = stage.render(pillar.introduction, relativePath: path, pagePath: SitePaths.pillar(pillar))
            return Body(markdown: markdown, links: MarkdownStage.initiativeLinks(
                in: pillar.introduction, at: path, html: markdown.html))
        }
        let section = pillar.sections[sectionIndex]
        let pagePath = SitePaths.section(section, in: pillar)
        let markdown = stage.render(section.body, relativePath: section.relativePath, pagePath: pagePath)
        let links = MarkdownStage.initiativeLinks(in: section.body, at: section.relativePath, html: markdown.html)
        let departmentPlaces = Self.departmentPlaces(of: markdown.initiatives, in: places)
        let budget = FormattedBudget(section.budget, unit: site.config.budgetUnit)
        guard let writer else {
            return Body(markdown: markdown, links: links, departmentPlaces: departmentPlaces,
                        budget: budget)
        }
        defer { writer.counter.increment() }
        let errors = writer.assembler.writeSectionPage(RenderedSection(
            section: section, pillarIndex: pillarIndex, sectionIndex: sectionIndex, path: pagePath,
            body: RenderedSection.Body(markdown: markdown, budget: budget)), into: writer.output)
        return Body(
            markdown: markdown.digest, links: links, departmentPlaces: departmentPlaces,
            budget: budget, templateErrors: errors)
    }

    /// A place found for one spelling of a code: its UTF-8 and the place.
    struct KnownPlace {
        let bytes: [UInt8]
        let place: Int?
    }

    /// Each initiative's codes as places in the department list (nil for an unlisted code).
    ///
    /// A body names a handful of codes many times, and hashing a Japanese string is costly
    /// (it is normalized first): each spelling is looked up in `places` once, and found again
    /// by its bytes, as equal bytes are an equal key.
    static func departmentPlaces(of initiatives: [Initiative], in places: [String: Int]) -> [[Int?]] {
        var known: [KnownPlace] = []
        return initiatives.map { initiative in
            initiative.departmentCodes.map { code in
                let found = code.utf8.withContiguousStorageIfAvailable { bytes in
                    known.first { $0.bytes.elementsEqual(bytes) }
                }
                if let found = found ?? nil {
                    return found.place
                }
                let place = places[code]
                known.append(KnownPlace(bytes: Array(code.utf8), place: place))
                return place
            }
        }
    }

    /// The bodies, which are in report order, in their pillars and sections.
    func collect(_ bodies: [Body]) -> Result {
        var next = bodies.makeIterator()
        let pillars = RenderedPillar.all(of: site) { _, _ in
            guard let body = next.next() else { return .notRendered }
            return RenderedSection.Body(
                markdown: body.markdown, departmentPlaces: body.departmentPlaces, budget: body.budget)
        }
        return Result(
            pillars: pillars, links: bodies.map(\.links), templateErrors: bodies.flatMap(\.templateErrors))
    }
}
