import Foundation

/// Paths of the test fixtures and temporary folders.
enum Fixtures {
    /// `Tests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository's root.
    static let repository = root.deletingLastPathComponent().deletingLastPathComponent()

    /// Whether golden files should be rewritten (`KSITE_RECORD=1 swift test`).
    static var isRecording: Bool { ProcessInfo.processInfo.environment["KSITE_RECORD"] == "1" }

    /// A new empty temporary folder; removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ksite-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies `Tests/Fixtures/sites/<name>` (a `Content/` folder) into `folder`.
    static func copySite(_ name: String, into folder: URL) throws {
        let source = root.appendingPathComponent("sites/\(name)/Content")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("Content"))
    }

    /// Every file under `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
