import Foundation
import Testing
import KsiteCore
@testable import KsiteSite

/// Valid but unusual input builds, with diagnostics on the lines editors show.
///
/// Cases under `Tests/Fixtures/odd/<case>` overlay the `minimal` site like the invalid ones;
/// very large inputs are generated here rather than stored.
@Suite struct OddInputTests {
    /// The raw HTML line of the `01-only.md` variants: the warning must point at it.
    static let rawHTMLWarning =
        "Content/1-first/01-only.md:9:1: warning: raw HTML '<span>' is not allowed and was left out"

    @Test(arguments: ["bom", "crlf", "cr"])
    func lineEndingsAndByteOrderMarkKeepLineNumbers(name: String) throws {
        let built = try Self.build(odd: name)
        #expect(built.warnings.map { $0.description.components(separatedBy: "\n")[0] }
            .contains(Self.rawHTMLWarning), "\(built.warnings)")
        let page = try built.page("first/only.html")
        #expect(page.contains("販路拡大を支援した。"))
        #expect(!page.contains("\r"))
        #expect(!page.contains("\u{FEFF}"))
        #expect(try built.page("index.html").contains("テスト報告書"))
    }

    @Test func tabsInMarkdown() throws {
        let built = try Self.build(odd: "tabs")
        #expect(built.errors.isEmpty)
        let page = try built.page("first/only.html")
        #expect(page.contains("販路拡大を\t支援した。") || page.contains("販路拡大を 支援した。"))
        #expect(page.contains("入れ子の項目"))
        #expect(page.contains("コードブロック"))
    }

    @Test func fencesWithTrailingSpaces() throws {
        let built = try Self.build(odd: "fence-trailing-space")
        #expect(try built.page("first/only.html").contains("空白付きの区切り"))
    }

    @Test func emptyPillarIntroductionAndSectionWithoutBudget() throws {
        let built = try Self.build(odd: nil)
        #expect(built.warnings.isEmpty)
        // `2-second/_index.md` has no body; `1-first/01-only.md` has no budget.
        #expect(try built.page("second/index.html").contains("二番目の柱"))
        let only = try built.page("first/only.html")
        #expect(only.contains("唯一の項目"))
        #expect(!only.contains("関連予算の推移"))
        #expect(try built.page("second/alpha.html").contains("関連予算の推移"))
        let charts = built.output.appendingPathComponent("charts")
        #expect(!FileManager.default.fileExists(atPath: charts.appendingPathComponent("first-only-budget.svg").path))
        #expect(FileManager.default.fileExists(atPath: charts.appendingPathComponent("second-alpha-budget.svg").path))
    }

    @Test func veryLongLine() throws {
        let line = String(repeating: "とても長い行の文章。", count: 30_000)  // 300,000 characters
        let built = try Self.build(odd: nil) { content in
            try Self.write("---\ntitle: 長い行\n---\n\n\(line)\n", to: content, "1-first/02-long.md")
        }
        #expect(built.warnings.isEmpty)
        #expect(try built.page("first/long.html").contains(line))
    }

    /// A 10 MB body builds; the generous limit only catches quadratic work (seconds, not
    /// minutes, in a debug build).
    @Test func tenMegabyteBody() throws {
        var body = "---\ntitle: 大きな本文\n---\n\n## R4年度の主な取組みの実績・成果\n\n"
        var item = 0
        while body.utf8.count < 10_000_000 {
            item += 1
            body += "- 取組\(item)：中小企業の経営基盤を強化するための支援を行った。【産支】\n"
        }
        let start = Date()
        let built = try Self.build(odd: nil) { content in
            try Self.write(body, to: content, "1-first/02-big.md")
        }
        #expect(Date().timeIntervalSince(start) < 300)
        #expect(built.warnings.isEmpty)
        let page = try built.page("first/big.html")
        #expect(page.contains("取組\(item)："))
    }
}

private extension OddInputTests {
    struct Built {
        let output: URL
        let warnings: [Diagnostic]
        var errors: [Diagnostic] { warnings.filter { $0.severity == .error } }

        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
    }

    /// Builds `minimal` with the odd case's files (and `edit`) into a temporary output; the
    /// work folder is removed when the test process ends.
    static func build(odd name: String?, edit: (URL) throws -> Void = { _ in }) throws -> Built {
        let work = try Fixtures.temporaryFolder()
        let site = try TestSite(in: work, sectionsPerPillar: 1)
        if let name {
            try TestSite.overlay(Fixtures.root.appendingPathComponent("odd/\(name)"), on: work)
        }
        try edit(site.small)
        let output = work.appendingPathComponent("Public")
        let options = BuildOptions(
            contentPath: site.small.path, templatesPath: site.templates.path, outputPath: output.path)
        let report = try SiteBuilder(options: options).build()
        let warnings = report.warnings.map { warning in
            var relative = warning
            relative.location.file = warning.location.file.replacingOccurrences(of: work.path + "/", with: "")
            return relative
        }
        return Built(output: output, warnings: warnings)
    }

    static func write(_ text: String, to content: URL, _ relative: String) throws {
        try Data(text.utf8).write(to: content.appendingPathComponent(relative))
    }
}
