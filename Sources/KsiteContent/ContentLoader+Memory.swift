import Foundation
import KsiteCore

/// One pillar or section file as the loader reads it: what it gives and its problems.
public struct LoadedFile: Sendable {
    /// The pillar, when the file is a readable `_index.md`.
    public var pillar: Pillar?
    /// The section, when the file is a readable section file.
    public var section: Section?
    public var diagnostics: [Diagnostic] = []
}

extension ContentLoader {
    /// Reads a pillar or section file from its bytes, exactly as `load()` reads it from disk.
    ///
    /// `relativePath` is `folder/name.md` inside the content folder; `_index.md` gives a
    /// pillar. Checks across files (duplicate numbers, department codes) are not made.
    public func loadFile(_ data: Data, relativePath: String) -> LoadedFile {
        // '/' is ASCII, so its byte index is a character index.
        let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(relativePath[..<$0]) } ?? ""
        let fileName = slash.map { String(relativePath[relativePath.index(after: $0)...]) } ?? relativePath
        return loadFile(
            data, folder: folder, fileName: fileName, relativePath: relativePath, path: display(relativePath))
    }

    /// `loadFile(_:relativePath:)` for a caller that has the path's parts and the path shown.
    func loadFile(
        _ data: Data, folder: String, fileName: String, relativePath: String, path: String
    ) -> LoadedFile {
        var loaded = LoadedFile()
        do {
            let text = try SourceText.decode(data, path: path)
            let content = try ContentFile.parse(text, path: path, fileName: fileName)
            var decoder = YAMLDecoder(path: path, firstLine: content.frontMatter.yamlFirstLine)
            decoder.contentRoot = contentRoot
            if fileName == "_index.md" {
                loaded.pillar = Pillar.load(file: content, folderName: folder, decoder: &decoder)
            } else {
                loaded.section = Section.load(
                    file: content, relativePath: relativePath, decoder: &decoder)
            }
            loaded.diagnostics = decoder.diagnostics
        } catch {
            loaded.diagnostics = [error]
        }
        return loaded
    }

    /// Reads `site.yml` from its bytes.
    public func loadConfig(_ data: Data) -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        let path = display("site.yml")
        do {
            let text = try SourceText.decode(data, path: path)
            var decoder = YAMLDecoder(path: path, firstLine: 1)
            let config = SiteConfig.load(yaml: text, decoder: &decoder)
            return (config, decoder.diagnostics)
        } catch {
            return (nil, [error])
        }
    }

    /// Reads `departments.yml` from its bytes.
    public func loadDepartments(_ data: Data) -> (departments: [Department], diagnostics: [Diagnostic]) {
        let path = display("departments.yml")
        do {
            let text = try SourceText.decode(data, path: path)
            var decoder = YAMLDecoder(path: path, firstLine: 1)
            return (Department.loadList(yaml: text, decoder: &decoder), decoder.diagnostics)
        } catch {
            return ([], [error])
        }
    }
}
