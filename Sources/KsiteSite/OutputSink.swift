import Foundation

/// Where a build's files go as soon as each is made, so the site is never held in memory whole.
///
/// `write(_:)` is called from any thread, once per path.
protocol OutputSink: Sendable {
    func write(_ file: OutputFile)
}

/// The files of `ksite check`: made, validated, and dropped.
struct DiscardedOutput: OutputSink {
    func write(_ file: OutputFile) {}
}
