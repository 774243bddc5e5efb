import Foundation
import KsiteCore

extension ContentLoader {
    /// Reads every pillar folder and its sections; files are parsed in parallel.
    func loadPillars(root: URL, diagnostics: inout [Diagnostic]) -> [Pillar] {
        let tree = FileTree.scan(root: root, display: { display($0) }, diagnostics: &diagnostics)
        let results = ParallelMap.map(tree.files, isParallel: isParallel) { file in
            loadFile(file)
        }
        var pillars: [String: Pillar] = [:]
        var sections: [String: [(String, Section)]] = [:]
        for result in results {
            diagnostics += result.diagnostics
            if let pillar = result.pillar { pillars[result.folder] = pillar }
            if let section = result.section { sections[result.folder, default: []].append((result.fileName, section)) }
        }
        let foldersWithIndex = Set(tree.files.filter { $0.fileName == "_index.md" }.map(\.folder))
        for folder in tree.folders where !foldersWithIndex.contains(folder) {
            diagnostics.append(.error(
                at: SourceLocation(file: display(folder)), "the pillar folder has no _index.md",
                hint: "create \(folder)/_index.md with 'numeral:' and 'title:' in front matter"))
        }
        var result: [Pillar] = []
        for folder in tree.folders {
            guard var pillar = pillars[folder] else { continue }
            let entries: [(String, Section)] = sections[folder] ?? []
            pillar.sections = entries.sorted(by: Self.sectionOrder).map(\.1)
            checkUnique(pillar, diagnostics: &diagnostics)
            result.append(pillar)
        }
        checkUniquePillars(result, diagnostics: &diagnostics)
        return result.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }
}

private extension ContentLoader {
    static func sectionOrder(_ lhs: (String, Section), _ rhs: (String, Section)) -> Bool {
        let left = lhs.1.number ?? .max, right = rhs.1.number ?? .max
        return left != right ? left < right : lhs.0 < rhs.0
    }

    struct FileResult: Sendable {
        var folder: String
        var fileName: String
        var pillar: Pillar?
        var section: Section?
        var diagnostics: [Diagnostic] = []
    }

    func loadFile(_ file: FileTree.File) -> FileResult {
        var result = FileResult(folder: file.folder, fileName: file.fileName)
        let relative = file.relativePath
        do {
            let path = display(relative)
            let data = try SourceText.readBytes(atPath: path)
            let loaded = loadFile(data, relativePath: relative)
            result.pillar = loaded.pillar
            result.section = loaded.section
            result.diagnostics = loaded.diagnostics
        } catch {
            result.diagnostics = [error]
        }
        return result
    }

    func checkUnique(_ pillar: Pillar, diagnostics: inout [Diagnostic]) {
        // The file of the last section seen with each number and slug.
        var numbers: [Int: String] = [:]
        var slugs: [String: String] = [:]
        for section in pillar.sections {
            if let number = section.number {
                if let other = numbers[number] {
                    diagnostics.append(.error(
                        at: section.location, "section number \(number) is also used by \(other)",
                        hint: "give each section of a pillar its own number"))
                }
                numbers[number] = section.location.file
            }
            if let other = slugs[section.slug] {
                diagnostics.append(.error(
                    at: section.location, "slug '\(section.slug)' is also used by \(other)",
                    hint: "rename one of the files or set a different 'slug:'"))
            }
            slugs[section.slug] = section.location.file
        }
    }

    func checkUniquePillars(_ pillars: [Pillar], diagnostics: inout [Diagnostic]) {
        var slugs: [String: Pillar] = [:]
        for pillar in pillars {
            if let other = slugs[pillar.slug] {
                diagnostics.append(.error(
                    at: pillar.location, "pillar slug '\(pillar.slug)' is also used by \(other.location.file)",
                    hint: "rename one of the folders or set a different 'slug:'"))
            }
            slugs[pillar.slug] = pillar
        }
    }
}
