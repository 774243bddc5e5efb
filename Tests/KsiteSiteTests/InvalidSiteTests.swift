import Foundation
import Testing
import KsiteCore
@testable import KsiteSite

/// One folder per failure case under `Tests/Fixtures/invalid/`.
///
/// Each case overlays its files on the `minimal` fixture site (its `Content/` and
/// `Templates/` entries replace or add files; `remove.txt` lists paths to delete), runs
/// `ksite check`, and compares every printed diagnostic and the summary with `expected.txt`.
/// `KSITE_RECORD=1 swift test` rewrites `expected.txt` and fails, so someone reviews it.
@Suite struct InvalidSiteTests {
    static let cases: [String] = {
        let folder = Fixtures.root.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }()

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func reportsExpectedDiagnostics(name: String) throws {
        let caseFolder = Fixtures.root.appendingPathComponent("invalid/\(name)")
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Fixtures.copySite("minimal", into: work)
        try FileManager.default.copyItem(
            at: Fixtures.repository.appendingPathComponent("Templates"),
            to: work.appendingPathComponent("Templates"))
        try overlay(caseFolder, on: work)
        let options = BuildOptions(
            contentPath: work.appendingPathComponent("Content").path,
            templatesPath: work.appendingPathComponent("Templates").path,
            outputPath: work.appendingPathComponent("Public").path)
        let actual: String
        do {
            let warnings = try SiteBuilder(options: options).check()
            actual = DiagnosticList(warnings).description
        } catch {
            actual = error.description
        }
        let printed = actual.replacingOccurrences(of: work.path + "/", with: "") + "\n"
        let expectedURL = caseFolder.appendingPathComponent("expected.txt")
        if Fixtures.isRecording {
            try printed.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(expectedURL.path); review it and run the tests again")
            return
        }
        #expect(printed == (try Fixtures.read(expectedURL)), "case \(name)")
    }
}

private extension InvalidSiteTests {
    func overlay(_ caseFolder: URL, on work: URL) throws {
        let manager = FileManager.default
        for relative in Fixtures.files(in: caseFolder)
        where relative.hasPrefix("Content/") || relative.hasPrefix("Templates/") {
            let target = work.appendingPathComponent(relative)
            try? manager.removeItem(at: target)
            try manager.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: caseFolder.appendingPathComponent(relative), to: target)
        }
        let removals = caseFolder.appendingPathComponent("remove.txt")
        if manager.fileExists(atPath: removals.path) {
            for line in try Fixtures.read(removals).split(separator: "\n") where !line.isEmpty {
                try manager.removeItem(at: work.appendingPathComponent(String(line)))
            }
        }
    }
}
