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

    /// `url`'s path with a trailing `/`, to which relative paths are appended.
    private let root: String

    init(url: URL) {
        self.url = url
        root = url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    func write(_ file: OutputFile) {
        do {
            try createFolder(Self.parent(of: file.path))
            try PlainFile(creating: location(of: file.path)).write(file.contents)
            count(file.path)
        } catch {
            record("\(file.path): \(error.localizedDescription)")
        }
    }

    func write(_ path: String, producing produce: (_ emit: ([UInt8]) -> Void) -> Void) {
        do {
            try createFolder(Self.parent(of: path))
            let file = try PlainFile(creating: location(of: path))
            var failure: (any Error)?
            produce { piece in
                guard failure == nil else { return }
                do { try file.write(piece) } catch { failure = error }
            }
            if let failure { throw failure }
            count(path)
        } catch {
            record("\(path): \(error.localizedDescription)")
        }
    }

    /// The first write that failed, as `path: reason`.
    var firstFailure: String? {
        lock.withLock { failure }
    }
}

private extension StagingFolder {
    /// The folder part of `path`, found on bytes: a `/` in UTF-8 is always a character of
    /// its own, and searching characters backwards is slow on a long chart file name.
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Where a file of the site goes: a plain string, as `URL.appendingPathComponent` asks
    /// the disk whether the path is a folder.
    func location(of path: String) -> String {
        root + path
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

    func count(_ path: String) {
        lock.withLock {
            fileCount += 1
            if path.hasSuffix(".html") { pageCount += 1 }
        }
    }

    func record(_ message: String) {
        lock.withLock {
            if failure == nil { failure = message }
        }
    }
}
