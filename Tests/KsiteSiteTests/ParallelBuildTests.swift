import Foundation
import Testing
@testable import KsiteSite

/// Loading, rendering and writing on every core give the same bytes as doing each step one
/// item at a time.
@Suite struct ParallelBuildTests {
    @Test(arguments: ["report", "large"])
    func parallelBuildEqualsSerialBuild(site name: String) throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let content = name == "report" ? Fixtures.repository.appendingPathComponent("Content") : site.large
        var snapshots: [FolderSnapshot] = []
        for isParallel in [false, true] {
            var options = BuildOptions(
                contentPath: content.path, templatesPath: site.templates.path,
                outputPath: work.appendingPathComponent(isParallel ? "Parallel" : "Serial").path)
            options.isParallel = isParallel
            let report = try SiteBuilder(options: options).build()
            #expect(report.pageCount > 20)
            snapshots.append(FolderSnapshot(URL(fileURLWithPath: options.outputPath)))
        }
        #expect(snapshots[0].entries.count > 50)
        #expect(snapshots[0] == snapshots[1],
                "differ: \(snapshots[0].differences(from: snapshots[1]).prefix(5))")
    }

    @Test func reportCountsWhatWasWritten() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: 5)
        let output = work.appendingPathComponent("Public")
        let options = BuildOptions(
            contentPath: site.large.path, templatesPath: site.templates.path, outputPath: output.path)
        let report = try SiteBuilder(options: options).build()
        let files = Fixtures.files(in: output).filter { $0 != Publisher.markerName }
        #expect(report.fileCount == files.count)
        #expect(report.pageCount == files.filter { $0.hasSuffix(".html") }.count)
    }
}
