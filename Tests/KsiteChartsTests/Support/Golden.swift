import Foundation
import Testing

/// Compares text with a golden file under Tests/Fixtures/charts; `KSITE_RECORD=1` rewrites
/// the file and fails, so that a person reviews the diff before it is committed.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/charts")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["KSITE_RECORD"] == "1"
    }

    static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    static func check(
        _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = url(name)
        let existing = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || existing == nil {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded \(name): review the diff, then run again without KSITE_RECORD",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let existing, existing != text else { return }
        let old = existing.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line]) : "(end of file)"
        let now = line < new.count ? String(new[line]) : "(end of file)"
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
              golden: \(was)
              actual: \(now)
            If the change is intended: KSITE_RECORD=1 swift test --filter KsiteChartsTests
            """, sourceLocation: sourceLocation)
    }
}
