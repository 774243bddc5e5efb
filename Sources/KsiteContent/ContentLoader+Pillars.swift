import Foundation
import KsiteCore

extension ContentLoader {
    /// Reads every pillar folder and its sections.
    ///
    /// Folders are listed, files parsed and pillars assembled in parallel; the problems are
    /// gathered in one order whatever the number of cores: listing, files, folders without
    /// `_index.md`, repeated numbers and slugs.
    func loadPillars(root: URL, diagnostics: inout [Diagnostic]) -> [Pillar] {
        let tree = FileTree(root: root, display: { display($0) }, diagnostics: &diagnostics)
        let (files, folders) = listFiles(of: tree, diagnostics: &diagnostics)
        let loaded = ParallelMap.map(files, isParallel: isParallel) { loadFile($0) }
        diagnostics += loaded.flatMap(\.diagnostics)
        let assembled = ParallelMap.map(folders, isParallel: isParallel) { folder in
            assemble(folder, files: files, loaded: loaded)
        }
        diagnostics += assembled.compactMap(\.missingIndex)
        for folder in assembled { diagnostics += folder.duplicates }
        let pillars = assembled.compactMap(\.pillar)
        checkUniquePillars(pillars, diagnostics: &diagnostics)
        return pillars.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }
}

private extension ContentLoader {
    /// A pillar folder and the positions of its files in the list of every file.
    struct PillarFolder: Sendable {
        var name: String
        var files: Range<Int>
    }

    /// A pillar folder put together from its loaded files.
    struct AssembledPillar: Sendable {
        /// The pillar with its sections in order, when `_index.md` could be read.
        var pillar: Pillar?
        /// The error for a folder without `_index.md`.
        var missingIndex: Diagnostic?
        /// Section numbers and slugs used twice.
        var duplicates: [Diagnostic] = []
    }

    static func sectionOrder(_ lhs: (String, Section), _ rhs: (String, Section)) -> Bool {
        let left = lhs.1.number ?? .max, right = rhs.1.number ?? .max
        return left != right ? left < right : lhs.0 < rhs.0
    }

    /// Every Markdown file of every pillar folder, in folder order, and where each folder's lie.
    func listFiles(
        of tree: FileTree, diagnostics: inout [Diagnostic]
    ) -> (files: [FileTree.File], folders: [PillarFolder]) {
        let listings = ParallelMap.map(tree.folders, isParallel: isParallel) { folder in
            var problems: [Diagnostic] = []
            let names = tree.markdownFiles(in: folder, display: { display($0) }, diagnostics: &problems)
            return (names: names, diagnostics: problems)
        }
        var files: [FileTree.File] = []
        var folders: [PillarFolder] = []
        for (folder, listing) in zip(tree.folders, listings) {
            diagnostics += listing.diagnostics
            folders.append(PillarFolder(name: folder, files: files.count..<files.count + listing.names.count))
            files += listing.names.map { FileTree.File(folder: folder, fileName: $0) }
        }
        return (files, folders)
    }

    func loadFile(_ file: FileTree.File) -> LoadedFile {
        let relative = file.relativePath
        let path = display(relative)
        do {
            return loadFile(
                try SourceText.readBytes(atPath: path), folder: file.folder, fileName: file.fileName,
                relativePath: relative, path: path)
        } catch {
            return LoadedFile(diagnostics: [error])
        }
    }

    func assemble(_ folder: PillarFolder, files: [FileTree.File], loaded: [LoadedFile]) -> AssembledPillar {
        var assembled = AssembledPillar()
        if !files[folder.files].contains(where: { $0.fileName == "_index.md" }) {
            assembled.missingIndex = .error(
                at: SourceLocation(file: display(folder.name)), "the pillar folder has no _index.md",
                hint: "create \(folder.name)/_index.md with 'numeral:' and 'title:' in front matter")
        }
        var pillar: Pillar?
        var sections: [(String, Section)] = []
        for index in folder.files {
            if let loadedPillar = loaded[index].pillar { pillar = loadedPillar }
            if let section = loaded[index].section { sections.append((files[index].fileName, section)) }
        }
        guard var pillar else { return assembled }
        pillar.sections = sections.sorted(by: Self.sectionOrder).map(\.1)
        checkUnique(pillar, diagnostics: &assembled.duplicates)
        assembled.pillar = pillar
        return assembled
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
