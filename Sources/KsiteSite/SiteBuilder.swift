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
        let (files, warnings) = try renderFiles()
        do { try publisher.publish(files) } catch { throw DiagnosticList(warnings + [error]) }
        return BuildReport(
            pageCount: files.filter { $0.path.hasSuffix(".html") }.count,
            fileCount: files.count, warnings: warnings)
    }

    /// Runs every validation of a build and writes nothing; returns the warnings.
    public func check() throws(DiagnosticList) -> [Diagnostic] {
        try renderFiles().warnings
    }

    /// Every file of the site, in memory, and the warnings met on the way.
    func renderFiles() throws(DiagnosticList) -> (files: [OutputFile], warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let loaded: (site: Site, warnings: [Diagnostic])
        let templates: TemplateSet
        do {
            loaded = try ContentLoader(contentPath: options.contentPath).load()
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
        var (files, templateErrors) = assembler.pages(progress: options.progress)
        if !templateErrors.isEmpty { throw DiagnosticList(list.diagnostics + templateErrors) }
        files += assembler.dataFiles()
        files += try assets()
        files += copiedImages(site: site)
        return (files.sorted { $0.path < $1.path }, list.diagnostics)
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
        let rendered = ParallelMap.map(jobs.map { [$0.pillar, $0.section ?? -1] }) { job in
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
