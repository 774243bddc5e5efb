import Foundation
import KsiteCore

/// The pillar folders and Markdown files of `Content/`, listed without following links out.
///
/// Only entries that are symbolic links are resolved: an entry that is not a link lies
/// wherever its folder lies, and each pillar folder has been checked to lie inside the root.
struct FileTree: Sendable {
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

    /// The content folder's path.
    let rootPath: String
    /// The content folder's path with every symbolic link resolved.
    private let resolvedRoot: String
    /// The pillar folders' names, sorted so that every run sees the same order.
    private(set) var folders: [String] = []

    /// Lists the pillar folders of `root`; a link to a folder outside it is an error.
    init(root: URL, display: (String) -> String, diagnostics: inout [Diagnostic]) {
        rootPath = root.path
        resolvedRoot = Self.resolvedPath(root)
        for folder in Self.entries(atPath: rootPath)
        where !folder.hasPrefix(".") && !Self.assetFolders.contains(folder) {
            let folderPath = Self.join(rootPath, folder)
            guard Self.isDirectory(atPath: folderPath) else { continue }
            if Self.isSymbolicLink(atPath: folderPath),
               !isInside(URL(fileURLWithPath: folderPath, isDirectory: true)) {
                diagnostics.append(.error(
                    at: SourceLocation(file: display(folder)),
                    "the folder is a link to a place outside the content folder",
                    hint: "copy the files into the content folder instead of linking them"))
                continue
            }
            folders.append(folder)
        }
    }

    /// The Markdown files of pillar folder `folder`, sorted; a link to a file outside the
    /// content folder is an error.
    func markdownFiles(
        in folder: String, display: (String) -> String, diagnostics: inout [Diagnostic]
    ) -> [String] {
        let folderPath = Self.join(rootPath, folder)
        var names: [String] = []
        for name in Self.entries(atPath: folderPath) where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let filePath = Self.join(folderPath, name)
            if Self.isSymbolicLink(atPath: filePath), !isInside(URL(fileURLWithPath: filePath)) {
                diagnostics.append(.error(
                    at: SourceLocation(file: display(folder + "/" + name)),
                    "the file is a link to a place outside the content folder",
                    hint: "copy the file into the content folder instead of linking it"))
                continue
            }
            names.append(name)
        }
        return names
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
    /// Whether `url`, with every symbolic link resolved, lies inside the content folder.
    func isInside(_ url: URL) -> Bool {
        Self.isInside(url, resolvedRoot: resolvedRoot)
    }

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
