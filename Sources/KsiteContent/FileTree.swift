import Foundation
import KsiteCore

/// The pillar folders and Markdown files of `Content/`, listed without following links out.
struct FileTree {
    struct File: Sendable {
        /// Pillar folder name, e.g. `2-kihon-hoshin`.
        var folder: String
        /// e.g. `03-keiei-kiban.md` or `_index.md`.
        var fileName: String

        /// `folder/fileName`, the path inside the content folder.
        var relativePath: String { folder + "/" + fileName }
    }

    /// Folders that hold assets rather than pillars.
    static let assetFolders: Set<String> = ["images"]

    var folders: [String] = []
    var files: [File] = []

    /// Lists `root`; names are sorted so that every run sees the same order.
    ///
    /// Only entries that are symbolic links are resolved: an entry that is not a link lies
    /// wherever its folder lies, and each pillar folder has been checked to lie inside `root`.
    static func scan(
        root: URL, display: (String) -> String, diagnostics: inout [Diagnostic]
    ) -> FileTree {
        var tree = FileTree()
        let rootPath = root.path
        let resolvedRoot = resolvedPath(root)
        for folder in entries(atPath: rootPath) where !folder.hasPrefix(".") && !assetFolders.contains(folder) {
            let folderPath = join(rootPath, folder)
            guard isDirectory(atPath: folderPath) else { continue }
            guard isInside(URL(fileURLWithPath: folderPath, isDirectory: true), resolvedRoot: resolvedRoot) else {
                diagnostics.append(.error(
                    at: SourceLocation(file: display(folder)),
                    "the folder is a link to a place outside the content folder",
                    hint: "copy the files into the content folder instead of linking them"))
                continue
            }
            tree.folders.append(folder)
            for name in entries(atPath: folderPath) where name.hasSuffix(".md") && !name.hasPrefix(".") {
                let filePath = join(folderPath, name)
                if isSymbolicLink(atPath: filePath),
                   !isInside(URL(fileURLWithPath: filePath), resolvedRoot: resolvedRoot) {
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
        isDirectory(atPath: url.path)
    }

    /// `folder/name`, as `URL.appendingPathComponent` would give it, without asking the disk.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether `url`, with every symbolic link resolved, lies inside `root`.
    static func isInside(_ url: URL, root: URL) -> Bool {
        isInside(url, resolvedRoot: resolvedPath(root))
    }
}

private extension FileTree {
    static func entries(atPath path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    static func isDirectory(atPath path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// Whether the entry at `path` is itself a symbolic link (the link is not followed).
    static func isSymbolicLink(atPath path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// The path of `url` with every symbolic link resolved.
    static func resolvedPath(_ url: URL) -> String {
        url.resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// Whether `url`, with every symbolic link resolved, lies inside the folder whose resolved
    /// path is `resolvedRoot`.
    static func isInside(_ url: URL, resolvedRoot: String) -> Bool {
        let resolved = resolvedPath(url)
        return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/")
    }
}
