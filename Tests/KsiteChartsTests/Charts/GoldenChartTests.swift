import Foundation
import Testing
@testable import KsiteCharts

/// Every sample chart against its golden file, and the layout rules every chart must keep.
@Suite struct GoldenChartTests {
    static let names = ChartSamples.all.map(\.0)
    /// Samples whose standalone file is kept as a golden too.
    static let standaloneNames = ["overview-real", "change-decrease", "metric-column", "table-grants"]

    static func render(_ name: String) throws -> RenderedChart {
        let spec = try #require(ChartSamples.all.first { $0.0 == name }?.1)
        return try #require(ChartRenderer().render(spec))
    }

    @Test(arguments: names)
    func inlineSVGMatchesGolden(name: String) throws {
        Golden.check(try Self.render(name).inlineSVG, named: "\(name).svg")
    }

    @Test(arguments: standaloneNames)
    func standaloneSVGMatchesGolden(name: String) throws {
        Golden.check(try Self.render(name).standaloneSVG, named: "\(name).standalone.svg")
    }

    /// The summary and table, so a reviewer reads the words the page will carry.
    @Test(arguments: names)
    func summaryAndTableMatchGolden(name: String) throws {
        let chart = try Self.render(name)
        let table = chart.table
        let text = ["summary: \(chart.summary)", "caption: \(table.caption)",
                    table.headers.joined(separator: " | ")]
            + table.rows.map { $0.joined(separator: " | ") }
        Golden.check(text.joined(separator: "\n") + "\n", named: "\(name).txt")
    }

    @Test(arguments: names)
    func noTwoLabelsOverlap(name: String) throws {
        let svg = try Self.render(name).inlineSVG
        let overlaps = SVGText.overlaps(in: svg)
        #expect(overlaps.isEmpty, "\(overlaps.map { "\($0) × \($1)" }.joined(separator: "\n"))")
    }

    @Test(arguments: names)
    func everyTextStaysInsideTheViewBox(name: String) throws {
        let svg = try Self.render(name).inlineSVG
        for text in SVGText.all(in: svg) {
            #expect(text.box.x >= 0 && text.box.right <= ChartGeometry.width, "\(text)")
        }
    }

    /// At its narrowest (256 px: a 320 px screen less the page's and the budget box's padding)
    /// every text of every chart, inline and standalone, shows at 12 px or more.
    @Test(arguments: names)
    func labelsAreLegibleOnTheNarrowestPhone(name: String) throws {
        let chart = try Self.render(name)
        for svg in [chart.inlineSVG, chart.standaloneSVG] {
            let texts = SVGText.all(in: svg)
            #expect(!texts.isEmpty)
            for text in texts {
                let size = text.renderedSize(atWidth: ChartGeometry.narrowestRenderedWidth)
                #expect(size >= ChartGeometry.minimumRenderedFont, "\(text)")
            }
        }
    }

    /// The overlap check must see overlaps, or the tests above would pass whatever the code does.
    @Test func overlapCheckFindsOverlappingText() {
        let svg = """
            <text x="10" y="20" font-size="16" class="kc-text">交付決定</text>
            <text x="60" y="25" font-size="15" class="kc-text">4,698</text>
            <text x="200" y="20" font-size="16" text-anchor="end" class="kc-text">R4</text>
            """
        #expect(SVGText.overlaps(in: svg).map { [$0.content, $1.content] } == [["交付決定", "4,698"]])
    }

    @Test func rendersAreByteIdentical() {
        for (name, spec) in ChartSamples.all {
            #expect(ChartRenderer().render(spec) == ChartRenderer().render(spec), "\(name)")
        }
    }
}
