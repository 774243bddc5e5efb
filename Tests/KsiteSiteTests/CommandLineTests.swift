import Foundation
import Testing
@testable import KsiteSite

/// `ksite` as a user runs it: exit statuses, and `check` and `build` reporting alike.
@Suite struct CommandLineTests {
    /// For every invalid fixture, `ksite build` prints what `ksite check` prints, exits
    /// with the same status, and writes no output when there is an error.
    @Test(arguments: InvalidSiteTests.cases)
    func checkAndBuildAgree(name: String) throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: 0)
        try TestSite.overlay(Fixtures.root.appendingPathComponent("invalid/\(name)"), on: work)
        let output = work.appendingPathComponent("Public")
        let inputs = ["--content", site.small.path, "--templates", site.templates.path]
        let check = try KsiteProcess.run(["check"] + inputs, in: work)
        #expect(!FileManager.default.fileExists(atPath: output.path), "check wrote \(output.path)")
        let build = try KsiteProcess.run(["build"] + inputs + ["--output", output.path, "--quiet"], in: work)
        #expect(build.standardError == check.standardError)
        #expect(build.status == check.status)
        // An unreadable file is an I/O error (2); other cases are content errors (1) or
        // warnings only (0).
        let hasErrors = check.standardError.contains(": error: ")
        #expect(check.status == (name == "unreadable-file" ? 2 : hasErrors ? 1 : 0), "\(check.standardError)")
        #expect(FileManager.default.fileExists(atPath: output.path) == (build.status == 0))
    }

    @Test func successExitsZero() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: 0)
        let outcome = try KsiteProcess.run(site.arguments(content: site.small, output: work.appendingPathComponent("Public"))
            .filter { $0 != "--quiet" }, in: work)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("built "))
        #expect(outcome.standardError == "")
    }

    @Test func contentErrorExitsOne() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: 0)
        try TestSite.overlay(Fixtures.root.appendingPathComponent("invalid/budget-not-number"), on: work)
        let outcome = try KsiteProcess.run(site.arguments(content: site.small, output: work.appendingPathComponent("Public")), in: work)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func missingContentFolderExitsTwo() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: 0)
        let missing = work.appendingPathComponent("Nowhere")
        for command in ["build", "check"] {
            let outcome = try KsiteProcess.run([command, "--content", missing.path, "--templates", site.templates.path], in: work)
            #expect(outcome.status == 2, "\(command)")
            #expect(outcome.standardError.contains("error: the content folder does not exist"))
        }
    }

    @Test func unwritableOutputExitsTwo() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: 0)
        // A regular file where the output's parent folder should be: nothing can be written,
        // whatever the user's permissions (tests may run as root).
        let file = work.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        let outcome = try KsiteProcess.run(
            site.arguments(content: site.small, output: file.appendingPathComponent("Public")), in: work)
        #expect(outcome.status == 2, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("error: cannot write the site"))
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test func usageErrorExitsTwo() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let outcome = try KsiteProcess.run(["build", "--no-such-option"], in: work)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("Unknown option '--no-such-option'"))
    }

    /// `--output .` would replace the folder holding `Content/`; even `--force` refuses it.
    @Test func outputHoldingTheContentIsRefusedEvenWithForce() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try TestSite(in: work, sectionsPerPillar: 0)
        let before = FolderSnapshot(work)
        for output in [".", "Content", "Templates/.."] {
            let outcome = try KsiteProcess.run(
                ["build", "--content", "Content", "--templates", "Templates", "--output", output, "--force"],
                in: work)
            #expect(outcome.status == 2, "\(output)")
            #expect(outcome.standardError.contains("building would replace it"), "\(output)")
        }
        #expect(FolderSnapshot(work) == before)
    }
}
