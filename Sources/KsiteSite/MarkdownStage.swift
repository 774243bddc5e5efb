import Foundation
import KsiteContent
import KsiteCore
import KsiteMarkdown

/// Renders every body once every page's URL is known, so links between files resolve.
struct MarkdownStage: Sendable {
    let site: Site
    /// Department code → the department's page (from the output root) and name, from
    /// `departments.yml` (empty when absent).
    let departmentPages: [String: (path: String, name: String?)]
    /// Content-relative Markdown path → output path, for every pillar and section file.
    let pagePaths: [String: String]
    /// The listed departments' links for the pages at each depth, by root prefix (`../`),
    /// made once for all the bodies shown there.
    let departmentLinks: [String: DepartmentLinkTable]
    let renderer = MarkdownRenderer()

    init(site: Site) {
        self.site = site
        self.departmentPages = Dictionary(site.departments.map {
            ($0.code, (SitePaths.department($0), $0.name))
        }) { first, _ in first }
        var paths: [String: String] = [:]
        for pillar in site.pillars {
            paths[pillar.introductionPath] = SitePaths.pillar(pillar)
            for section in pillar.sections {
                paths[section.relativePath] = SitePaths.section(section, in: pillar)
            }
        }
        self.pagePaths = paths
        var tables: [String: DepartmentLinkTable] = [:]
        for root in Set(paths.values.map(SitePaths.rootPrefix(for:))) {
            tables[root] = Self.departmentLinks(of: departmentPages, root: root)
        }
        self.departmentLinks = tables
    }

    /// Renders a body that lives in `relativePath` (e.g. `2-kihon/_index.md`) and is shown at
    /// `pagePath` in the output.
    func render(_ source: MarkdownSource, relativePath: String, pagePath: String) -> RenderedMarkdown {
        let root = SitePaths.rootPrefix(for: pagePath)
        let context = MarkdownRenderContext(
            departmentLink: { code in departmentLink(code, root: root) },
            resolveLink: { destination in resolve(destination, from: relativePath, root: root) },
            idPrefix: "i-",
            departmentLinks: departmentLinks[root]
                ?? Self.departmentLinks(of: departmentPages, root: root))
        return renderer.render(
            MarkdownInput(text: source.text, path: source.path, firstLine: source.firstLine),
            context: context)
    }
}

private extension MarkdownStage {
    func departmentLink(_ code: String, root: String) -> DepartmentLink? {
        if let page = departmentPages[code] {
            return DepartmentLink(href: root + page.path, name: page.name)
        }
        guard !site.hasDepartmentList else { return nil }
        let department = Department(code: code, slug: Department.fallbackSlug(for: code))
        return DepartmentLink(href: root + SitePaths.department(department), name: nil)
    }

    /// The links of the listed departments for pages whose root prefix is `root`: the same
    /// as `departmentLink(_:root:)` gives for each code of the list.
    static func departmentLinks(
        of pages: [String: (path: String, name: String?)], root: String
    ) -> DepartmentLinkTable {
        DepartmentLinkTable(pages.mapValues { DepartmentLink(href: root + $0.path, name: $0.name) })
    }

    /// Resolves a relative link of a Markdown file to the URL of the page or image it names.
    func resolve(_ destination: String, from relativePath: String, root: String) -> LinkResolution {
        let parts = Self.split(destination, at: "#", maxSplits: 1)
        let pathPart = parts[0]
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        guard !pathPart.hasPrefix("/"), let joined = Self.join(pathPart, relativeTo: relativePath)
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
    /// The content-relative path that `path`, written in the file at `file`, names; nil when
    /// it climbs out of the content folder.
    static func join(_ path: String, relativeTo file: String) -> String? {
        normalize(Array(split(file, at: "/").dropLast()) + split(path, at: "/"))
    }

    /// Joins path components, resolving `.` and `..`; nil when the path climbs out of the root.
    static func normalize(_ components: [String]) -> String? {
        var result: [String] = []
        for component in components where !component.isEmpty && component != "." {
            if component == ".." {
                guard !result.isEmpty else { return nil }
                result.removeLast()
            } else if component.utf8.contains(UInt8(ascii: "%")) {
                result.append(component.removingPercentEncoding ?? component)
            } else {
                // Without a `%` there is nothing to decode, and Foundation's decoder is slow.
                result.append(component)
            }
        }
        return result.joined(separator: "/")
    }

    /// `text` split at an ASCII `separator`, empty pieces kept, like `split(separator:)` with
    /// `omittingEmptySubsequences: false`.
    ///
    /// ASCII text is split by bytes, where every byte is a character of its own; other text by
    /// characters, since a combining mark after the separator makes one character of both.
    static func split(
        _ text: String, at separator: Unicode.Scalar, maxSplits: Int = .max
    ) -> [String] {
        var text = text
        let asciiPieces = text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.split(separator: UInt8(ascii: separator), maxSplits: maxSplits,
                               omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
        }
        return asciiPieces ?? text.split(separator: Character(separator), maxSplits: maxSplits,
                                         omittingEmptySubsequences: false).map(String.init)
    }
}
