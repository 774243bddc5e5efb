import Foundation
import KsiteContent

/// The files beside the pages, in groups that workers make independently of each other;
/// the largest first.
enum DataFile: CaseIterable, Sendable {
    /// `data/report.json`: the whole report as open data.
    case report
    /// `search/index.json`.
    case searchIndex
    /// `data/*.csv`: budgets, metrics and initiatives as tables.
    case tables
    /// `sitemap.xml` and `robots.txt`, when `base_url` is set.
    case sitemap
}

extension PageAssembler {
    /// Writes one group of data files; each file is written as it is encoded, so a large
    /// report's open data is never whole in memory.
    func write(_ file: DataFile, report: ReportData, into output: some OutputSink) {
        switch file {
        case .report:
            output.write("data/report.json") { report.json(emit: $0) }
        case .tables:
            report.writeCSVFiles(into: output)
        case .searchIndex:
            let index = SearchIndex(
                pillars: pillars, heading: { sectionHeading($0.section) },
                pillarHeading: { pillarHeading($0.pillar) })
            output.write("search/index.json") { index.json(emit: $0) }
        case .sitemap:
            guard let base = site.config.baseURL else { return }
            output.write(OutputFile(path: "sitemap.xml", text: sitemap(base: base)))
            output.write(OutputFile(
                path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n"))
        }
    }

    /// Every page except 404, with its canonical URL.
    func sitemap(base: String) -> String {
        var paths = [SitePaths.home]
        for pillar in pillars {
            paths.append(pillar.path)
            paths += pillar.sections.map(\.path)
        }
        paths.append(SitePaths.departmentIndex)
        paths += departments.departments.map(SitePaths.department)
        let urls = paths.map { "  <url><loc>\(escapeXML(base + canonicalPath($0)))</loc></url>" }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + urls.joined(separator: "\n") + "\n</urlset>\n"
    }

    func escapeXML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
