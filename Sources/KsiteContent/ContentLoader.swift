import Foundation
import KsiteCore

/// Loads `Content/` into a validated `Site`, collecting every problem of every file.
public struct ContentLoader: Sendable {
    /// The content folder as the user named it (used as the prefix of every path shown).
    public let contentPath: String
    /// Parse files on every core (false: one after another, for comparing the two).
    public var isParallel = true
    /// The content folder as a URL, made once for every file that checks a path in it.
    let contentRoot: URL

    public init(contentPath: String) {
        self.contentPath = contentPath
        contentRoot = URL(fileURLWithPath: contentPath, isDirectory: true)
    }

    /// Loads the site. Throws `DiagnosticList` when there is any error; warnings are returned.
    public func load() throws(DiagnosticList) -> (site: Site, warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root = contentRoot
        guard FileTree.isDirectory(root) else {
            throw DiagnosticList([.environmentError(
                at: SourceLocation(file: contentPath), "the content folder does not exist",
                hint: "run ksite from the folder that holds Content/, or pass --content PATH")])
        }
        let config = loadConfig(root: root, diagnostics: &diagnostics)
        let departmentList = loadDepartments(root: root, diagnostics: &diagnostics)
        let pillars = loadPillars(root: root, diagnostics: &diagnostics)
        let list = DiagnosticList(diagnostics)
        guard let config, !list.hasErrors else { throw list }
        let site = Site(
            config: config, departments: departmentList ?? [],
            hasDepartmentList: departmentList != nil, pillars: pillars, contentPath: contentPath)
        return (site, list.diagnostics)
    }
}

extension ContentLoader {
    /// The path shown to the user for a file inside the content folder.
    func display(_ relative: String) -> String {
        FileTree.join(contentPath, relative)
    }
}

private extension ContentLoader {
    func loadConfig(root: URL, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let path = display("site.yml")
        let url = root.appendingPathComponent("site.yml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.append(.error(
                at: SourceLocation(file: path), "site.yml is missing",
                hint: "create it with title, publisher, language, fiscal_years and budget_unit"))
            return nil
        }
        do {
            let loaded = loadConfig(try SourceText.readBytes(url, path: path))
            diagnostics += loaded.diagnostics
            return loaded.config
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    func loadDepartments(root: URL, diagnostics: inout [Diagnostic]) -> [Department]? {
        let url = root.appendingPathComponent("departments.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let path = display("departments.yml")
        do {
            let loaded = loadDepartments(try SourceText.readBytes(url, path: path))
            diagnostics += loaded.diagnostics
            return loaded.departments
        } catch {
            diagnostics.append(error)
            return []
        }
    }
}
