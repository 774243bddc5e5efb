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
    /// `kept`, when given, holds the values the build made instead of freeing them at its end
    /// (`BuildValues`).
    public func build(keeping kept: BuildValues? = nil) throws(DiagnosticList) -> BuildReport {
        let publisher = Publisher(output: options.outputPath, force: options.force)
        do { try publisher.checkOutput() } catch { throw DiagnosticList([error]) }
        let (site, templates, warnings) = try load()
        kept?.keep(site)
        let staging: StagingFolder
        do { staging = try publisher.openStaging() } catch { throw DiagnosticList(warnings + [error]) }
        let allWarnings: [Diagnostic]
        do {
            allWarnings = try write(site, templates: templates, warnings: warnings, into: staging, keeping: kept)
        } catch {
            publisher.discard(staging)
            throw error
        }
        do { try publisher.publish(staging) } catch { throw DiagnosticList(allWarnings + [error]) }
        return BuildReport(
            pageCount: staging.pageCount, fileCount: staging.fileCount, warnings: allWarnings)
    }

    /// Runs every validation of a build and writes nothing; returns the warnings.
    public func check() throws(DiagnosticList) -> [Diagnostic] {
        let (site, templates, warnings) = try load()
        return try write(site, templates: templates, warnings: warnings, into: DiscardedOutput())
    }

    /// Loads and validates the content and the templates, side by side on two cores.
    ///
    /// Both are always read, so that a failing build reports the problems of each.
    func load() throws(DiagnosticList) -> (Site, TemplateSet, warnings: [Diagnostic]) {
        let (content, templates) = Self.concurrently(isParallel: options.isParallel) {
            var loader = ContentLoader(contentPath: options.contentPath)
            loader.isParallel = options.isParallel
            return Result { () throws(DiagnosticList) in try loader.load() }
        } and: {
            Result { () throws(DiagnosticList) in try TemplateSet.load(from: options.templatesPath) }
        }
        switch (content, templates) {
        case (.success(let loaded), .success(let templates)):
            return (loaded.site, templates, loaded.warnings)
        case (.success(let loaded), .failure(let templateErrors)):
            throw DiagnosticList(loaded.warnings + templateErrors.diagnostics)
        case (.failure(let contentErrors), .success):
            throw contentErrors
        case (.failure(let contentErrors), .failure(let templateErrors)):
            throw DiagnosticList(contentErrors.diagnostics + templateErrors.diagnostics)
        }
    }

    /// Writes every file of the site into `output` as soon as it is made: each section's page
    /// as its body is rendered, then the pages and data that gather the sections. Returns the
    /// warnings; throws every error of the content or the templates.
    func write(
        _ site: Site, templates: TemplateSet, warnings: [Diagnostic], into output: some OutputSink,
        keeping kept: BuildValues? = nil
    ) throws(DiagnosticList) -> [Diagnostic] {
        let outline = PageAssembler.outline(of: site, templates: templates)
        let counter = ProgressCounter(total: outline.allPages.count, report: options.progress)
        let bodies = BodyStage(site: site, isParallel: options.isParallel).run(
            writingPagesWith: .init(assembler: outline, output: output, counter: counter))
        let (assembler, allWarnings) = try assemble(site, templates: templates, bodies: bodies, warnings: warnings)
        kept?.keep((outline, bodies, assembler))
        let templateErrors = Self.unique(bodies.templateErrors + assembler.write(
            assembler.gatheringPages, into: output, isParallel: options.isParallel, counter: counter))
        if !templateErrors.isEmpty { throw DiagnosticList(allWarnings + templateErrors) }
        try assets().forEach(output.write)
        copiedImages(site: site).forEach(output.write)
        return allWarnings
    }

    /// Every body rendered and kept whole, with no page written: the site as the tests inspect it.
    func prepare() throws(DiagnosticList) -> (PageAssembler, warnings: [Diagnostic]) {
        let (site, templates, warnings) = try load()
        let bodies = BodyStage(site: site, isParallel: options.isParallel).run(writingPagesWith: nil)
        return try assemble(site, templates: templates, bodies: bodies, warnings: warnings)
    }

    /// The pages that gather the sections, once every body is rendered; throws every error of
    /// the content, else returns the warnings with the bodies' own.
    func assemble(
        _ site: Site, templates: TemplateSet, bodies: BodyStage.Result, warnings: [Diagnostic]
    ) throws(DiagnosticList) -> (PageAssembler, warnings: [Diagnostic]) {
        // Both read every initiative, one core each; the index is dropped if there are errors.
        let (pillars, links) = (bodies.pillars, bodies.links)
        let (diagnostics, departments) = Self.concurrently(isParallel: options.isParallel) {
            markdownDiagnostics(pillars, links: links, site: site)
        } and: {
            DepartmentIndex(departments: site.departments, pillars: pillars)
        }
        let list = DiagnosticList(warnings + diagnostics)
        if list.hasErrors { throw list }
        let assembler = PageAssembler(
            site: site, pillars: pillars, departments: departments, templates: templates)
        return (assembler, list.diagnostics)
    }
}

private extension SiteBuilder {
    /// `first` and `second` side by side on two cores, or one after the other.
    ///
    /// `first` runs on the calling thread and `second` on another, so that work `first`
    /// spreads over the cores with `ParallelMap` gets all of them: a `concurrentPerform`
    /// started inside another one's iteration runs on that iteration's thread alone (loading
    /// the content that way took as long on two cores as on one).
    static func concurrently<First, Second: Sendable>(
        isParallel: Bool, _ first: () -> First, and second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        guard isParallel else { return (first(), second()) }
        let other = SecondResult<Second>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { other.value = second() }
        let one = first()
        group.wait()
        guard let two = other.value else { fatalError("the second task ended without a result") }
        return (one, two)
    }

    /// Each template error once, though every page that uses the template meets it.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics.filter { seen.insert($0.description).inserted }
    }
}

/// The result of `SiteBuilder.concurrently`'s second task: written on its thread, read after
/// the group's `wait()`, which orders the write before the read.
private final class SecondResult<Value>: @unchecked Sendable {
    var value: Value?
}
