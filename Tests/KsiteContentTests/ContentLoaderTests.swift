import Foundation
import Testing
import KsiteCore
@testable import KsiteContent

/// Fixture sites live in `Tests/Fixtures/sites/<name>/Content`.
func fixtureContent(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sites/\(name)/Content").path
}

@Suite struct ContentLoaderTests {
    @Test func loadsMinimalSite() throws {
        let (site, warnings) = try ContentLoader(contentPath: fixtureContent("minimal")).load()
        #expect(warnings.isEmpty)
        #expect(site.config.title == "テスト報告書")
        #expect(site.config.resultYear.label == "R4")
        #expect(site.departments.map(\.code) == ["産支", "商金", "労雇"])
        #expect(site.departments.map(\.slug) == ["sanshi", "shokin", Department.fallbackSlug(for: "労雇")])
        #expect(site.departments.first?.name == "産業支援課")
        #expect(site.pillars.map(\.numeral) == ["Ⅰ", "Ⅱ"])
        #expect(site.pillars.map(\.slug) == ["first", "second"])
        let second = site.pillars[1]
        #expect(second.sections.map(\.slug) == ["alpha", "beta"])
        #expect(second.sections.map(\.number) == [1, 2])
    }

    @Test func keepsFiguresExactlyAndYearsInEraOrder() throws {
        let (site, _) = try ContentLoader(contentPath: fixtureContent("minimal")).load()
        let beta = site.pillars[1].sections[1]
        #expect(beta.budget.map(\.year.label) == ["R4", "R5"])
        #expect(beta.budget.map(\.amount.grouped) == ["3,634", "1,500"])
        #expect(beta.metrics.first?.data.map(\.label) == ["H30", "R1", "R2"])
        #expect(beta.tables.first?.rows.map { $0.map(\.display) }
            == [["交付決定", "4,698", "1,342.2"], ["事業完了(執行額)", "519", "252.10"]])
        #expect(beta.photos.map(\.caption) == ["写真の説明"])
        #expect(beta.body.firstLine == 24)
        #expect(beta.body.path.hasSuffix("2-second/02-beta.md"))
    }
}

/// Links out of `Content/`: the invalid fixtures cannot hold a linked folder, so this is here.
@Suite struct ContentLinkTests {
    @Test func pillarFolderLinkedOutsideIsAnError() throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("ksite-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixtureContent("minimal")), to: content)
        let outside = work.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("---\nnumeral: Ⅲ\ntitle: 外\n---\n".utf8).write(to: outside.appendingPathComponent("_index.md"))
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("3-linked"), withDestinationURL: outside)
        do {
            _ = try ContentLoader(contentPath: content.path).load()
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(content.path)/3-linked: error: the folder is a link to a place outside the content folder\n"
                    + "  hint: copy the files into the content folder instead of linking them",
            ])
        }
    }

    /// Only links are resolved: a pillar folder linked to another place inside the content
    /// folder is read like any other.
    @Test func pillarFolderLinkedInsideIsRead() throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("ksite-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixtureContent("minimal")), to: content)
        let kept = content.appendingPathComponent("images/3-kept")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("---\nnumeral: Ⅲ\ntitle: 内\n---\n".utf8).write(to: kept.appendingPathComponent("_index.md"))
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("3-linked"), withDestinationURL: kept)
        let (site, _) = try ContentLoader(contentPath: content.path).load()
        #expect(site.pillars.map(\.numeral) == ["Ⅰ", "Ⅱ", "Ⅲ"])
    }
}
