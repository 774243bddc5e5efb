/// The grid lines of a row of bars, written once per axis: every row draws the same lines
/// and only their top and bottom change, so a row copies the fixed markup around its own
/// top and bottom instead of writing each line anew.
struct GridRowMarkup: Sendable {
    /// A grid line: where it runs, and whether it is the baseline (drawn darker, as the axis).
    struct Line: Sendable {
        var x: Double
        var isBaseline: Bool
    }

    /// The group of lines with every top and bottom left out.
    private let markup: [UInt8]
    /// Where in `markup` each line's top goes, then its bottom, line after line.
    private let holes: [Int]

    init(lines: [Line]) {
        var svg = SVGWriter(capacity: 32 + 96 * lines.count)
        var holes: [Int] = []
        holes.reserveCapacity(2 * lines.count)
        svg.openGroup(className: "kc-grid-lines")
        for line in lines {
            svg.write("<line x1=\"")
            svg.write(number: line.x)
            svg.write("\" y1=\"")
            holes.append(svg.bytes.count)
            svg.write("\" x2=\"")
            svg.write(number: line.x)
            svg.write("\" y2=\"")
            holes.append(svg.bytes.count)
            svg.write("\" class=\"")
            svg.write(line.isBaseline ? "kc-axis" : "kc-grid")
            svg.write("\"/>\n")
        }
        svg.closeGroup()
        markup = svg.bytes
        self.holes = holes
    }

    /// The group of lines from `top` to `bottom`.
    func draw(into svg: inout SVGWriter, top: Double, bottom: Double) {
        // Rounded once and written at every hole (`NumberFormat.coordinate`).
        let top = RoundedDecimal(top, fractionDigits: 2)
        let bottom = RoundedDecimal(bottom, fractionDigits: 2)
        var start = 0
        for (index, hole) in holes.enumerated() {
            svg.write(markup: markup[start..<hole])
            svg.write(number: index % 2 == 0 ? top : bottom)
            start = hole
        }
        svg.write(markup: markup[start...])
    }
}
