import Foundation
@testable import KsiteCharts

/// The `<text>` elements of an SVG the charts wrote, with their estimated boxes.
struct SVGText: CustomStringConvertible {
    var content: String
    var fontSize: Double
    var box: TextBox

    var description: String {
        "\"\(content)\" at (\(Int(box.x)), \(Int(box.y)), \(Int(box.width))×\(Int(box.height)))"
    }

    /// The font size in CSS px when the chart, drawn in its viewBox, is shown `width` px wide.
    func renderedSize(atWidth width: Double) -> Double {
        fontSize * width / ChartGeometry.width
    }

    /// Every text element of `svg` (one per line, as SVGWriter writes them).
    static func all(in svg: String) -> [SVGText] {
        svg.split(separator: "\n").compactMap { parse(String($0)) }
    }

    /// Pairs of texts whose boxes intersect.
    static func overlaps(in svg: String) -> [(SVGText, SVGText)] {
        let texts = all(in: svg)
        var pairs: [(SVGText, SVGText)] = []
        for (index, text) in texts.enumerated() {
            for other in texts[(index + 1)...] where text.box.intersects(other.box) {
                pairs.append((text, other))
            }
        }
        return pairs
    }

    static func parse(_ line: String) -> SVGText? {
        guard line.hasPrefix("<text "), let close = line.firstIndex(of: ">"),
              let end = line.range(of: "</text>") else { return nil }
        let attributes = String(line[..<close])
        let content = unescape(String(line[line.index(after: close)..<end.lowerBound]))
        guard let x = number(attributes, "x"), let y = number(attributes, "y"),
              let size = number(attributes, "font-size") else { return nil }
        let anchor = attribute(attributes, "text-anchor").flatMap(TextAnchor.init(rawValue:)) ?? .start
        return SVGText(content: content, fontSize: size,
                       box: TextMetrics.box(content, x: x, baseline: y, fontSize: size, anchor: anchor))
    }

    static func attribute(_ text: String, _ name: String) -> String? {
        guard let start = text.range(of: " \(name)=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<quote])
    }

    static func number(_ text: String, _ name: String) -> Double? {
        attribute(text, name).flatMap(Double.init)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
