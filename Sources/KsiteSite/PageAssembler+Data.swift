import Foundation
import KsiteContent

extension PageAssembler {
    /// Open data (`data/`), the search index, and, when `base_url` is set, sitemap and robots.
    func dataFiles() -> [OutputFile] {
        let report = ReportData(site: site, pillars: pillars, departments: departments)
        let index = SearchIndex(
            pillars: pillars, heading: { sectionHeading($0.section) },
            pillarHeading: { pillarHeading($0.pillar) })
        var files = [
            OutputFile(path: "data/report.json", contents: report.json()),
            OutputFile(path: "search/index.json", contents: index.json()),
        ] + report.csvFiles()
        if let base = site.config.baseURL {
            files.append(OutputFile(path: "sitemap.xml", text: sitemap(base: base)))
            files.append(OutputFile(
                path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n"))
        }
        return files
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
