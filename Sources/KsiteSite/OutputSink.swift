import Foundation

/// Where a build's files go as soon as each is made, so the site is never held in memory whole.
///
/// Called from any thread, once per path.
protocol OutputSink: Sendable {
    func write(_ file: OutputFile)
    /// Writes the file at `path` from the pieces `produce` hands over in order, so that a large
    /// file (the open data, the search index) is never whole in memory.
    func write(_ path: String, producing produce: (_ emit: ([UInt8]) -> Void) -> Void)
}

/// The files of `ksite check`: made, validated, and dropped.
struct DiscardedOutput: OutputSink {
    func write(_ file: OutputFile) {}

    func write(_ path: String, producing produce: (_ emit: ([UInt8]) -> Void) -> Void) {
        produce { _ in }
    }
}
