import Foundation
import KsiteCore

/// The pillar folders and Markdown files of `Content/`, listed without following links out.
struct FileTree {
    struct File: Sendable {
        /// Pillar folder name, e.g. `2-kihon-hoshin`.
        var folder: String
        /// e.g. `03-keiei-kiban.md` or `_index.md`.
        var fileName: String
    }

    /// Folders that hold assets rather than pillars.
    static let assetFolders: Set<String> = ["images"]

    var folders: [String] = []
    var files: [File] = []

    /// Lists `root`; names are sorted so that every run sees the same order.
    static func scan(
        root: URL, display: (String) -> String, diagnostics: inout [Diagnostic]
    ) -> FileTree {
        var tree = FileTree()
        for folder in entries(of: root) where !folder.hasPrefix(".") && !assetFolders.contains(folder) {
            let url = root.appendingPathComponent(folder)
            guard isDirectory(url) else { continue }
            guard isInside(url, root: root) else {
                diagnostics.append(.error(
                    at: SourceLocation(file: display(folder)),
                    "the folder is a link to a place outside the content folder",
                    hint: "copy the files into the content folder instead of linking them"))
                continue
            }
            tree.folders.append(folder)
            for name in entries(of: url) where name.hasSuffix(".md") && !name.hasPrefix(".") {
                let fileURL = url.appendingPathComponent(name)
                if !isInside(fileURL, root: root) {
                    diagnostics.append(.error(
                        at: SourceLocation(file: display(folder + "/" + name)),
                        "the file is a link to a place outside the content folder",
                        hint: "copy the file into the content folder instead of linking it"))
                    continue
                }
                tree.files.append(File(folder: folder, fileName: name))
            }
        }
        return tree
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// Whether `url`, with every symbolic link resolved, lies inside `root`.
    static func isInside(_ url: URL, root: URL) -> Bool {
        let resolvedRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/")
    }
}

private extension FileTree {
    static func entries(of url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}
