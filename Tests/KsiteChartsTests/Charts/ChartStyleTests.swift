import Foundation
import Testing
@testable import KsiteCharts

/// charts.css against the rules the standalone files embed, and its colours against WCAG.
@Suite struct ChartStyleTests {
    static let cssURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates/assets/charts.css")

    static func css() throws -> String {
        try String(contentsOf: cssURL, encoding: .utf8)
    }

    /// `--name: #hex;` declarations of the block that starts at `marker`.
    static func variables(after marker: String, in css: String) throws -> [String: String] {
        let start = try #require(css.range(of: marker))
        let block = css[start.upperBound...].prefix { $0 != "}" }
        var result: [String: String] = [:]
        for line in block.split(separator: "\n") {
            let parts = line.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].hasPrefix("--") {
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: ";"))
                result[parts[0]] = value.lowercased()
            }
        }
        return result
    }

    @Test func stylesheetCarriesTheEmbeddedRulesVerbatim() throws {
        #expect(try Self.css().contains(ChartStyle.rules))
    }

    /// The width cap keeps the largest in-page text near 20 px on a wide screen, and leaves
    /// the chart wider than the narrowest phone column.
    @Test func widthCapKeepsTextNearTwentyPixels() throws {
        let css = try Self.css()
        let rule = try #require(css.range(of: ".chart svg.ksite-chart {"))
        let block = css[rule.upperBound...].prefix { $0 != "}" }
        let cap = try #require(block.range(of: "max-width: "))
        let rem = try #require(Double(block[cap.upperBound...].prefix { $0 != "r" }))
        let pixels = rem * 16
        let largest = max(ChartGeometry.labelFont, ChartGeometry.valueFont, ChartGeometry.smallFont)
        #expect(largest * pixels / ChartGeometry.width <= 20.5, "\(rem)rem")
        #expect(pixels > ChartGeometry.narrowestRenderedWidth)
    }

    @Test func lightVariablesEqualTheFallbacksOfTheRules() throws {
        let light = try Self.variables(after: ":root {", in: Self.css())
        var rest = Substring(ChartStyle.rules)
        var checked = 0
        while let open = rest.range(of: "var(") {
            let inside = rest[open.upperBound...].prefix { $0 != ")" }
            let parts = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(light[parts[0]] == parts[1], "\(parts[0])")
            checked += 1
            rest = rest[open.upperBound...]
        }
        #expect(checked >= 10)
    }

    @Test(arguments: [
        (":root {", ["#ffffff", "#f3f5f8"]),
        ("@media (prefers-color-scheme: dark) {\n  :root {", ["#15181c", "#1f242a"]),
        ("@media print {", ["#ffffff"]),
    ])
    func textMeetsWCAGAAOnEveryPageBackground(marker: String, backgrounds: [String]) throws {
        let colours = try Self.variables(after: marker, in: Self.css())
        for background in backgrounds + [try #require(colours["--chart-bg"])] {
            for name in ["--chart-text", "--chart-muted"] {
                let ratio = try Self.contrast(#require(colours[name]), background)
                #expect(ratio >= 4.5, "\(name) on \(background): \(ratio)")
            }
            let edge = try Self.contrast(#require(colours["--chart-edge"]), background)
            #expect(edge >= 3, "bar edge on \(background): \(edge)")
        }
    }

    static func contrast(_ first: String, _ second: String) throws -> Double {
        let (a, b) = (try luminance(first), try luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static func luminance(_ hex: String) throws -> Double {
        let digits = Array(hex.dropFirst())
        try #require(digits.count == 6, "\(hex)")
        let channels = try stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = try #require(Int(String(digits[index...index + 1]), radix: 16))
            let s = Double(value) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
