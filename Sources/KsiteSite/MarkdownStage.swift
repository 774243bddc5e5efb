import Foundation
import KsiteContent
import KsiteCore
import KsiteMarkdown

/// Renders every body once every page's URL is known, so links between files resolve.
struct MarkdownStage: Sendable {
    let site: Site
    /// Department code → department, from `departments.yml` (empty when absent).
    let departments: [String: Department]
    /// Content-relative Markdown path → output path, for every pillar and section file.
    let pagePaths: [String: String]
    let renderer = MarkdownRenderer()

    init(site: Site) {
        self.site = site
        self.departments = Dictionary(site.departments.map { ($0.code, $0) }) { first, _ in first }
        var paths: [String: String] = [:]
        for pillar in site.pillars {
            paths[pillar.folder + "/_index.md"] = SitePaths.pillar(pillar)
            for section in pillar.sections {
                paths[section.relativePath] = SitePaths.section(section, in: pillar)
            }
        }
        self.pagePaths = paths
    }

    /// Renders a body that lives in `relativePath` (e.g. `2-kihon/_index.md`) and is shown at
    /// `pagePath` in the output.
    func render(_ source: MarkdownSource, relativePath: String, pagePath: String) -> RenderedMarkdown {
        let root = SitePaths.rootPrefix(for: pagePath)
        let context = MarkdownRenderContext(
            departmentLink: { code in departmentLink(code, root: root) },
            resolveLink: { destination in resolve(destination, from: relativePath, root: root) },
            idPrefix: "i-")
        return renderer.render(
            MarkdownInput(text: source.text, path: source.path, firstLine: source.firstLine),
            context: context)
    }
}

private extension MarkdownStage {
    func departmentLink(_ code: String, root: String) -> DepartmentLink? {
        if let department = departments[code] {
            return DepartmentLink(
                href: root + SitePaths.department(department), name: department.name)
        }
        guard !site.hasDepartmentList else { return nil }
        let department = Department(code: code, slug: Department.fallbackSlug(for: code))
        return DepartmentLink(href: root + SitePaths.department(department), name: nil)
    }

    /// Resolves a relative link of a Markdown file to the URL of the page or image it names.
    func resolve(_ destination: String, from relativePath: String, root: String) -> LinkResolution {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        let base = relativePath.split(separator: "/").dropLast().map(String.init)
        guard !pathPart.hasPrefix("/"), let joined = Self.normalize(base + pathPart.split(separator: "/").map(String.init))
        else { return .missing }
        if let page = pagePaths[joined] {
            return .rewritten(root + page + fragment)
        }
        let file = URL(fileURLWithPath: site.contentPath).appendingPathComponent(joined)
        if joined.hasPrefix("images/"), FileManager.default.fileExists(atPath: file.path) {
            return .rewritten(root + joined + fragment)
        }
        return .missing
    }
}

extension MarkdownStage {
    /// Joins path components, resolving `.` and `..`; nil when the path climbs out of the root.
    static func normalize(_ components: [String]) -> String? {
        var result: [String] = []
        for component in components where !component.isEmpty && component != "." {
            if component == ".." {
                guard !result.isEmpty else { return nil }
                result.removeLast()
            } else {
                result.append(component.removingPercentEncoding ?? component)
            }
        }
        return result.joined(separator: "/")
    }
}
