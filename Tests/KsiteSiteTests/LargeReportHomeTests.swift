import Foundation
import Testing
import KsiteCore
@testable import KsiteSite

/// A report of more than `PageAssembler.homeSectionLimit` sections gets a home page of its
/// pillars (with their counts and totals); its pillar pages list and chart the sections.
@Suite struct LargeReportHomeTests {
    /// The home page and pillar Ⅱ's page of a generated site of three pillars.
    static func build(sectionsPerPillar: Int) throws -> (home: String, pillar: String, charts: [String]) {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSite(in: work, sectionsPerPillar: sectionsPerPillar)
        let output = work.appendingPathComponent("Public")
        try site.build(content: site.large, into: output)
        let read = { (path: String) in try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        let charts = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("charts").path)
        return (try read("index.html"), try read("pillar2/index.html"), charts)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func upToTheLimitTheHomePageListsAndChartsEverySection() throws {
        #expect(3 * 20 == PageAssembler.homeSectionLimit)
        let (home, _, _) = try Self.build(sectionsPerPillar: 20)
        #expect(Self.count("class=\"section-list__link\"", in: home) == 60)
        #expect(home.contains("項目ごとの関連予算"))
        #expect(!home.contains("pillar-summary__count"))
        #expect(Self.count("<g class=\"kc-row\">", in: home) == 60)
    }

    @Test func aboveTheLimitTheHomePageShowsPillars() throws {
        let (home, pillar, charts) = try Self.build(sectionsPerPillar: 21)
        #expect(!home.contains("section-list__link"))
        #expect(Self.count("<p class=\"pillar-summary__count\">21項目</p>", in: home) == 3)
        #expect(home.contains("柱ごとの関連予算"))
        // One row per pillar, each with the pillar's total: R4 is 21 × 1000 + 37 × (1 + … + 21).
        #expect(Self.count("<g class=\"kc-row\">", in: home) == 3)
        #expect(home.contains("Ⅱ 柱2"))
        #expect(home.contains(YenFormat.readable(thousandYen: Double(21 * 1000 + 37 * 231))))
        // The pillar's page still lists and charts each of its sections.
        #expect(Self.count("class=\"section-list__link\"", in: pillar) == 21)
        #expect(Self.count("<g class=\"kc-row\">", in: pillar) == 21)
        #expect(charts.contains("budget-overview.svg"))
        #expect(charts.contains("budget-overview-pillar2.svg"))
    }
}
