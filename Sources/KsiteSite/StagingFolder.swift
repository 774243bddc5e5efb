import Foundation

/// The folder a build writes into before the publisher swaps it in place of the output.
///
/// Files arrive from every core; each folder is created once, the first time a file needs it.
/// A failed write is remembered and reported by `Publisher.publish(_:)`, which then keeps the
/// old site.
final class StagingFolder: OutputSink, @unchecked Sendable {
    let url: URL
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var failure: String?
    private(set) var fileCount = 0
    private(set) var pageCount = 0

    init(url: URL) {
        self.url = url
    }

    func write(_ file: OutputFile) {
        let parent = Self.parent(of: file.path)
        do {
            try createFolder(parent)
            try file.contents.write(to: url.appendingPathComponent(file.path))
            count(file)
        } catch {
            record("\(file.path): \(error.localizedDescription)")
        }
    }

    /// The first write that failed, as `path: reason`.
    var firstFailure: String? {
        lock.withLock { failure }
    }
}

private extension StagingFolder {
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    func createFolder(_ relative: String) throws {
        // Held while creating, so that two files of one new folder do not both create it.
        try lock.withLock {
            guard !folders.contains(relative) else { return }
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
            folders.insert(relative)
        }
    }

    func count(_ file: OutputFile) {
        lock.withLock {
            fileCount += 1
            if file.path.hasSuffix(".html") { pageCount += 1 }
        }
    }

    func record(_ message: String) {
        lock.withLock {
            if failure == nil { failure = message }
        }
    }
}
