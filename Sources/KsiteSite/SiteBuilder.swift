import Foundation
import KsiteContent
import KsiteCore
import KsiteMarkdown

/// Builds a site in phases: load → render Markdown → assemble pages → publish.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds and publishes the site. Throws every problem found when there is any error.
    public func build() throws(DiagnosticList) -> BuildReport {
        let publisher = Publisher(output: options.outputPath, force: options.force)
        do { try publisher.checkOutput() } catch { throw DiagnosticList([error]) }
        let (assembler, warnings) = try prepare()
        let staging: StagingFolder
        do { staging = try publisher.openStaging() } catch { throw DiagnosticList(warnings + [error]) }
        do {
            try write(assembler, warnings: warnings, into: staging)
        } catch {
            publisher.discard(staging)
            throw error
        }
        do { try publisher.publish(staging) } catch { throw DiagnosticList(warnings + [error]) }
        return BuildReport(
            pageCount: staging.pageCount, fileCount: staging.fileCount, warnings: warnings)
    }

    /// Runs every validation of a build and writes nothing; returns the warnings.
    public func check() throws(DiagnosticList) -> [Diagnostic] {
        let (assembler, warnings) = try prepare()
        try write(assembler, warnings: warnings, into: DiscardedOutput())
        return warnings
    }

    /// Loads and validates content and templates and renders every body: all that pages need.
    func prepare() throws(DiagnosticList) -> (PageAssembler, warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let loaded: (site: Site, warnings: [Diagnostic])
        let templates: TemplateSet
        do {
            var loader = ContentLoader(contentPath: options.contentPath)
            loader.isParallel = options.isParallel
            loaded = try loader.load()
        } catch {
            diagnostics += error.diagnostics
            _ = try? TemplateSet.load(from: options.templatesPath)
            throw DiagnosticList(diagnostics + templateDiagnostics())
        }
        diagnostics += loaded.warnings
        do {
            templates = try TemplateSet.load(from: options.templatesPath)
        } catch {
            throw DiagnosticList(diagnostics + error.diagnostics)
        }
        let site = loaded.site
        let pillars = renderMarkdown(of: site)
        diagnostics += markdownDiagnostics(pillars, site: site)
        let list = DiagnosticList(diagnostics)
        if list.hasErrors { throw list }
        let index = DepartmentIndex(departments: site.departments, pillars: pillars)
        let assembler = PageAssembler(
            site: site, pillars: pillars, departments: index, templates: templates)
        return (assembler, list.diagnostics)
    }

    /// Renders every file of the site into `output` as soon as it is made, so that the whole
    /// site is never in memory at once.
    func write(
        _ assembler: PageAssembler, warnings: [Diagnostic], into output: some OutputSink
    ) throws(DiagnosticList) {
        let templateErrors = assembler.writeSite(
            into: output, isParallel: options.isParallel, progress: options.progress)
        if !templateErrors.isEmpty { throw DiagnosticList(warnings + templateErrors) }
        try assets().forEach(output.write)
        copiedImages(site: assembler.site).forEach(output.write)
    }
}

private extension SiteBuilder {
    func templateDiagnostics() -> [Diagnostic] {
        do {
            _ = try TemplateSet.load(from: options.templatesPath)
            return []
        } catch {
            return error.diagnostics
        }
    }

    func renderMarkdown(of site: Site) -> [RenderedPillar] {
        let stage = MarkdownStage(site: site)
        var jobs: [(pillar: Int, section: Int?)] = []
        for (pillarIndex, pillar) in site.pillars.enumerated() {
            jobs.append((pillarIndex, nil))
            jobs += pillar.sections.indices.map { (pillarIndex, $0) }
        }
        let rendered = ParallelMap.map(
            jobs.map { [$0.pillar, $0.section ?? -1] }, isParallel: options.isParallel
        ) { job in
            let pillar = site.pillars[job[0]]
            guard job[1] >= 0 else {
                return stage.render(
                    pillar.introduction, relativePath: pillar.folder + "/_index.md",
                    pagePath: SitePaths.pillar(pillar))
            }
            let section = pillar.sections[job[1]]
            return stage.render(
                section.body, relativePath: section.relativePath,
                pagePath: SitePaths.section(section, in: pillar))
        }
        var result: [RenderedPillar] = []
        var cursor = 0
        for (pillarIndex, pillar) in site.pillars.enumerated() {
            let introduction = rendered[cursor]
            cursor += 1
            var sections: [RenderedSection] = []
            for (sectionIndex, section) in pillar.sections.enumerated() {
                sections.append(RenderedSection(
                    section: section, pillarIndex: pillarIndex, sectionIndex: sectionIndex,
                    path: SitePaths.section(section, in: pillar), markdown: rendered[cursor]))
                cursor += 1
            }
            result.append(RenderedPillar(
                pillar: pillar, path: SitePaths.pillar(pillar), introduction: introduction,
                sections: sections))
        }
        return result
    }
}
