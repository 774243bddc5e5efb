import Foundation
import KsiteContent
import KsiteCore
import KsiteMarkdown

extension SiteBuilder {
    /// The renderer's warnings and errors, unknown department codes, reserved slugs and links
    /// to initiatives that do not exist.
    func markdownDiagnostics(
        _ pillars: [RenderedPillar], links: [MarkdownStage.PageLinks], site: Site
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let known = site.departments.map(\.code)
        for pillar in pillars {
            if SitePaths.reservedSlugs.contains(pillar.pillar.slug) {
                diagnostics.append(.error(
                    at: pillar.pillar.location,
                    "the pillar slug '\(pillar.pillar.slug)' is reserved for ksite's own pages",
                    hint: "rename the folder or set another 'slug:' in _index.md"))
            }
            diagnostics += pillar.introduction.diagnostics
            for section in pillar.sections {
                diagnostics += section.markdown.diagnostics
                guard site.hasDepartmentList else { continue }
                // Nearly every code is known: an initiative is read only when one of its is not.
                for (index, places) in zip(section.markdown.initiatives.indices, section.departmentPlaces)
                where places.contains(nil) {
                    let initiative = section.markdown.initiatives[index]
                    for (code, place) in zip(initiative.departmentCodes, places) where place == nil {
                        diagnostics.append(.error(
                            at: initiative.location,
                            "unknown department code '\(code)' in a tag",
                            hint: Suggestion.closest(to: code, in: known).map { "did you mean '\($0)'?" }
                                ?? "add '\(code): {}' to departments.yml or correct the tag"))
                    }
                }
            }
        }
        var ids: [String: [String]] = [:]
        for pillar in pillars {
            ids[pillar.pillar.introductionPath] = pillar.introduction.initiatives.map(\.id)
            for section in pillar.sections {
                ids[section.section.relativePath] = section.markdown.initiatives.map(\.id)
            }
        }
        return diagnostics + MarkdownStage.anchorDiagnostics(links, ids: ids)
    }

    /// Theme files from `Templates/assets/`, copied to `assets/`.
    func assets() throws(DiagnosticList) -> [OutputFile] {
        let root = URL(fileURLWithPath: options.templatesPath).appendingPathComponent("assets")
        return try copyTree(at: root, to: "assets", display: options.templatesPath + "/assets")
    }

    /// Photos and other images under `Content/images/`, copied to `images/`.
    func copiedImages(site: Site) -> [OutputFile] {
        let root = URL(fileURLWithPath: site.contentPath).appendingPathComponent("images")
        return (try? copyTree(at: root, to: "images", display: site.contentPath + "/images")) ?? []
    }

    /// Every regular file under `root`, refusing links that lead outside it.
    func copyTree(at root: URL, to prefix: String, display: String) throws(DiagnosticList) -> [OutputFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root.path) else { return [] }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        let rootPath = root.resolvingSymlinksInPath().path
        for case let relative as String in enumerator {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory),
                  !isDirectory.boolValue, !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(rootPath + "/") else {
                diagnostics.append(.error(
                    at: SourceLocation(file: display + "/" + relative),
                    "the file is a link to a place outside \(display)",
                    hint: "copy the file instead of linking it"))
                continue
            }
            if let data = manager.contents(atPath: url.path) {
                files.append(OutputFile(path: prefix + "/" + relative, contents: Array(data)))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return files
    }
}
