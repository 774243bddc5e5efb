import Foundation
import KsiteContent

extension PageAssembler {
    /// Open data (`data/`), the search index, and, when `base_url` is set, sitemap and robots;
    /// each file is written before the next is made, so only one is in memory at a time.
    func writeDataFiles(into output: some OutputSink) {
        let report = ReportData(site: site, pillars: pillars, departments: departments)
        output.write("data/report.json", producing: report.json)
        report.writeCSVFiles(into: output)
        let index = SearchIndex(
            pillars: pillars, heading: { sectionHeading($0.section) },
            pillarHeading: { pillarHeading($0.pillar) })
        output.write("search/index.json", producing: index.json)
        if let base = site.config.baseURL {
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
