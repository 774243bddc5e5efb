/// The grid lines of a row of bars, written once per axis: every row draws the same lines
/// and only their top and bottom change, so a row copies the fixed markup around its own
/// top and bottom instead of writing each line anew.
struct GridRowMarkup: Sendable {
    /// A grid line: where it runs, and whether it is the baseline (drawn darker, as the axis).
    struct Line: Sendable {
        var x: Double
        var isBaseline: Bool
    }

    /// Bytes of one line's markup at most, less its top and bottom.
    private static let lineSize = 64 + 2 * RoundedDecimal.maxLength

    /// The group of lines with every top and bottom left out.
    private let markup: [UInt8]
    /// Where in `markup` each line's top goes, then its bottom, line after line.
    private let holes: [Int]

    init(lines: [Line]) {
        var markup: [UInt8] = []
        markup.reserveCapacity(32 + Self.lineSize * lines.count)
        var holes: [Int] = []
        holes.reserveCapacity(2 * lines.count)
        markup.append(addingCapacity: 32) { $0.append(markup: "<g class=\"kc-grid-lines\">\n") }
        for line in lines {
            // Each line is written in one piece; its holes are counted from where it starts.
            let start = markup.count
            markup.append(addingCapacity: Self.lineSize) { bytes in
                bytes.append(markup: "<line x1=\"")
                bytes.append(number: line.x)
                bytes.append(markup: "\" y1=\"")
                holes.append(start + bytes.count)
                bytes.append(markup: "\" x2=\"")
                bytes.append(number: line.x)
                bytes.append(markup: "\" y2=\"")
                holes.append(start + bytes.count)
                bytes.append(markup: "\" class=\"")
                bytes.append(markup: line.isBaseline ? "kc-axis" : "kc-grid")
                bytes.append(markup: "\"/>\n")
            }
        }
        markup.append(addingCapacity: 8) { $0.append(markup: "</g>\n") }
        self.markup = markup
        self.holes = holes
    }

    /// The group of lines from `top` to `bottom`.
    func draw(into svg: inout SVGWriter, top: Double, bottom: Double) {
        // Rounded once and written at every hole (`NumberFormat.coordinate`).
        let top = RoundedDecimal(top, fractionDigits: 2)
        let bottom = RoundedDecimal(bottom, fractionDigits: 2)
        svg.write(capacity: markup.count + holes.count * RoundedDecimal.maxLength) { bytes in
            markup.withUnsafeBufferPointer { markup in
                var start = 0
                for (index, hole) in holes.enumerated() {
                    bytes.append(markup: UnsafeBufferPointer(rebasing: markup[start..<hole]))
                    (index % 2 == 0 ? top : bottom).write(into: &bytes, isGrouped: false)
                    start = hole
                }
                bytes.append(markup: UnsafeBufferPointer(rebasing: markup[start...]))
            }
        }
    }
}
