import Foundation
import Testing
import KsiteCore
@testable import KsiteSite

/// The publisher never loses the published site and never deletes a folder it did not make.
@Suite(.serialized) struct PublisherTests {
    /// When the signal is sent: right after start (loading), or once the staging folder exists.
    enum Moment: String, CaseIterable, Sendable {
        case soon, whileWriting
    }

    static let killCases: [(Int32, Moment)] = [SIGKILL, SIGTERM].flatMap { signal in
        Moment.allCases.map { (signal, $0) }
    }

    @Test(arguments: killCases)
    func interruptedBuildLeavesThePublishedSiteAsItWas(signal: Int32, moment: Moment) throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let public_ = work.appendingPathComponent("Public")
        try site.build(content: site.small, into: public_)
        let before = FolderSnapshot(public_)
        let reference = work.appendingPathComponent("Reference")
        try site.build(content: site.large, into: reference)
        let complete = FolderSnapshot(reference)

        let process = try KsiteProcess.start(site.arguments(content: site.large, output: public_), in: work)
        wait(for: moment, of: process, output: public_)
        process.send(signal)
        let outcome = try process.finish()

        // The kill may land before the swap (the old site stays) or, on a fast machine, after
        // the build finished (the new site is complete); never anything in between.
        let after = FolderSnapshot(public_)
        #expect(after == before || after == complete,
                "changed: \(after.differences(from: before).prefix(5)); status \(outcome.status)")
        if outcome.wasSignalled { #expect(outcome.status == signal) }

        let next = try KsiteProcess.run(site.arguments(content: site.large, output: public_), in: work)
        #expect(next.status == 0, "\(next.standardError)")
        #expect(FolderSnapshot(public_) == complete)
        #expect(Self.leftovers(beside: public_) == [])
    }

    @Test func refusesANonEmptyFolderWithoutTheMarker() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let output = work.appendingPathComponent("Mine")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let before = FolderSnapshot(output)
        do {
            try site.build(content: site.small, into: output)
            Issue.record("expected the folder to be refused")
        } catch let error as DiagnosticList {
            #expect(error.description.contains("the output folder was not made by ksite"))
            #expect(error.hasEnvironmentErrors)
        }
        #expect(FolderSnapshot(output) == before)
        #expect(Self.leftovers(beside: output) == [])

        try site.build(content: site.small, into: output, force: true)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".ksite-output").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.txt").path))
    }

    @Test func acceptsAnEmptyFolderAndReplacesItsOwnOutput() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let output = work.appendingPathComponent("Public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try site.build(content: site.small, into: output)
        let first = FolderSnapshot(output)
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        try site.build(content: site.small, into: output)
        #expect(FolderSnapshot(output) == first)
    }

    @Test func refusesAnOutputPathThatIsAFile() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let output = work.appendingPathComponent("Public")
        try Data("a file".utf8).write(to: output)
        #expect(throws: DiagnosticList.self) { try site.build(content: site.small, into: output, force: true) }
        #expect(try Data(contentsOf: output) == Data("a file".utf8))
    }

    @Test func removesOnlyLeftoversOfBuildsThatEnded() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let manager = FileManager.default
        let output = work.appendingPathComponent("Public")
        try site.build(content: site.small, into: output)
        let ended = try Self.endedProcessID()
        let ours = [".Public.ksite-staging-\(ended)", ".Public.ksite-old-\(ended)"]
        // Another build still running (here: this test's parent process) keeps its folder.
        let others = [".Public.other", "Public-backup", ".Other.ksite-staging-\(ended)",
                      ".Public.ksite-staging-\(getppid())"]
        for name in ours + others {
            try manager.createDirectory(at: work.appendingPathComponent("\(name)/x"), withIntermediateDirectories: true)
        }
        try site.build(content: site.small, into: output)
        #expect(Self.leftovers(beside: output) == [".Public.ksite-staging-\(getppid())"])
        for name in others {
            #expect(manager.fileExists(atPath: work.appendingPathComponent("\(name)/x").path), "\(name)")
        }
    }

    /// A build killed between moving the old site away and the new one in (possible where
    /// folders cannot be exchanged atomically) is repaired by the next run.
    @Test func restoresTheOldSiteAfterAnInterruptedSwap() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("Public")
        let old = work.appendingPathComponent(".Public.ksite-old-99")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: old.appendingPathComponent("index.html"))
        try Data().write(to: old.appendingPathComponent(Publisher.markerName))
        try Publisher(output: output.path).checkOutput()
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == Data("old".utf8))
        #expect(!FileManager.default.fileExists(atPath: old.path))
    }

    @Test func refusesAnOutputThatHoldsTheContent() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("site/Content").path
        for output in [work.path, work.appendingPathComponent("site").path, content, content + "/"] {
            #expect(throws: Diagnostic.self, "\(output)") {
                try Publisher(output: output, force: true).checkSeparate(from: [content])
            }
        }
        try Publisher(output: work.appendingPathComponent("site/Public").path)
            .checkSeparate(from: [content])
        try Publisher(output: work.appendingPathComponent("site/Content2").path)
            .checkSeparate(from: [content])
    }

    /// Two builds of the same input, in two processes (so hashing seeds differ) and at
    /// different times, are byte-identical: nothing in the output depends on either.
    @Test func buildsAreReproducible() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work)
        let content = Fixtures.repository.appendingPathComponent("Content")
        var snapshots: [FolderSnapshot] = []
        for name in ["First", "Second"] {
            let output = work.appendingPathComponent(name)
            let outcome = try KsiteProcess.run(site.arguments(content: content, output: output), in: work)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            snapshots.append(FolderSnapshot(output))
        }
        #expect(snapshots[0].entries.count > 50)
        #expect(snapshots[0] == snapshots[1], "differ: \(snapshots[0].differences(from: snapshots[1]).prefix(5))")
    }
}

private extension PublisherTests {
    /// The id of a process that has exited (ids are not reused at once).
    static func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func leftovers(beside output: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(
            atPath: output.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(output.lastPathComponent).ksite-") }.sorted()
    }

    /// Waits until the moment to send the signal, or until the build has already ended.
    func wait(for moment: Moment, of process: KsiteProcess.Running, output: URL) {
        let deadline = Date().addingTimeInterval(moment == .soon ? 0.05 : 60)
        while process.isRunning, Date() < deadline {
            if moment == .whileWriting, !Self.leftovers(beside: output).isEmpty { return }
            usleep(1_000)
        }
    }
}
