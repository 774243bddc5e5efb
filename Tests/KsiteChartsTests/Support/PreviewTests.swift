import Foundation
import Testing
@testable import KsiteCharts

/// Writes every sample's SVG into $KSITE_PREVIEW (when set) to look at in a browser.
@Suite struct PreviewTests {
    @Test func writePreviews() throws {
        guard let folder = ProcessInfo.processInfo.environment["KSITE_PREVIEW"] else { return }
        try ChartStyle.rules.write(toFile: "\(folder)/rules.css", atomically: true, encoding: .utf8)
        for (name, spec) in ChartSamples.all {
            guard let chart = ChartRenderer().render(spec) else { continue }
            try chart.inlineSVG.write(toFile: "\(folder)/\(name).svg", atomically: true, encoding: .utf8)
            try chart.standaloneSVG.write(toFile: "\(folder)/\(name).standalone.svg", atomically: true,
                                          encoding: .utf8)
        }
    }
}
