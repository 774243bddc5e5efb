/// How series are painted: an Okabe–Ito colour each, and a pattern each so that colour is
/// never the only cue (series 1 solid, 2 diagonal hatching, 3 dots, 4 cross-hatching).
struct SeriesFill: Sendable {
    /// The number of distinct looks; further series repeat them.
    static let count = 4

    /// The chart id that pattern ids derive from (`budget-overview-p2`).
    let chartID: String

    /// Writes the attributes for a `<rect>` of series `index` (0-based): a CSS class or a
    /// pattern fill, plus the edge that gives every bar a 3:1 outline against the background.
    func writePaint(series index: Int, into svg: inout SVGWriter) {
        let look = index % Self.count
        guard look > 0 else {
            svg.write("class=\"kc-s1 kc-edge\"")
            return
        }
        svg.write("fill=\"url(#")
        writePatternID(look, into: &svg)
        svg.write(")\" class=\"kc-edge\"")
    }

    /// `<pattern>` definitions for the first `seriesCount` series, as UTF-8.
    func definitions(seriesCount: Int) -> [UInt8] {
        var svg = SVGWriter(capacity: 256 * (Self.count - 1))
        for look in 1..<max(1, min(seriesCount, Self.count)) {
            writePattern(look, into: &svg)
        }
        return svg.bytes
    }
}

private extension SeriesFill {
    /// `budget-overview-p2` for look 1.
    func writePatternID(_ look: Int, into svg: inout SVGWriter) {
        svg.write(markup: chartID)
        svg.write("-p")
        svg.write(number: Double(look + 1))
    }

    func writePattern(_ look: Int, into svg: inout SVGWriter) {
        svg.write("<pattern id=\"")
        writePatternID(look, into: &svg)
        svg.write("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"")
        // Hatching runs diagonally; dots stay upright.
        if look != 2 { svg.write(" patternTransform=\"rotate(45)\"") }
        svg.write("><rect width=\"8\" height=\"8\" class=\"kc-s")
        svg.write(number: Double(look + 1))
        svg.write("\"/>")
        switch look {
        case 1:
            svg.write("<rect width=\"3\" height=\"8\" class=\"kc-hatch\"/>")
        case 2:
            svg.write("<circle cx=\"4\" cy=\"4\" r=\"1.8\" class=\"kc-hatch\"/>")
        default:
            svg.write("<rect width=\"2\" height=\"8\" class=\"kc-hatch\"/>")
            svg.write("<rect width=\"8\" height=\"2\" class=\"kc-hatch\"/>")
        }
        svg.write("</pattern>\n")
    }
}
