/// Accumulates SVG elements, one per line, with numbers and text already safe.
///
/// The markup is kept as UTF-8 bytes and every piece — fixed markup, a number, escaped
/// text — is appended in place, so drawing a chart makes no string per attribute or
/// element, and the document is never made a string at all (`SVGDocument`).
struct SVGWriter: Sendable {
    /// The markup so far, as UTF-8.
    private(set) var bytes: [UInt8] = []

    /// An empty writer with room for `capacity` bytes, for markup whose size can be foreseen.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// A `<text>` element set in `style`; `content` is escaped.
    mutating func text(_ content: String, x: Double, y: Double, style: TextStyle) {
        bytes.append(addingCapacity: 16 + 2 * RoundedDecimal.maxLength + style.attributes.count) {
            $0.append(markup: "<text x=\"")
            $0.append(number: x)
            $0.append(markup: "\" y=\"")
            $0.append(number: y)
            $0.append(markup: style.attributes)
        }
        write(escaping: content)
        write("</text>\n")
    }

    /// A `<rect>` painted as series `series` of `fill`; nothing when it would have no area,
    /// so no width or height is ever negative.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, series: Int, fill: SeriesFill
    ) {
        guard width > 0.004, height > 0.004 else { return }
        bytes.append(addingCapacity: 48 + 4 * RoundedDecimal.maxLength) {
            $0.append(markup: "<rect x=\"")
            $0.append(number: x)
            $0.append(markup: "\" y=\"")
            $0.append(number: y)
            $0.append(markup: "\" width=\"")
            $0.append(number: width)
            $0.append(markup: "\" height=\"")
            $0.append(number: height)
            $0.append(markup: "\" ")
        }
        fill.writePaint(series: series, into: &self)
        write("/>\n")
    }

    /// A straight `<line>`.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: StaticString) {
        bytes.append(addingCapacity: 64 + 4 * RoundedDecimal.maxLength + className.utf8CodeUnitCount) {
            $0.append(markup: "<line x1=\"")
            $0.append(number: x1)
            $0.append(markup: "\" y1=\"")
            $0.append(number: y1)
            $0.append(markup: "\" x2=\"")
            $0.append(number: x2)
            $0.append(markup: "\" y2=\"")
            $0.append(number: y2)
            $0.append(markup: "\" class=\"")
            $0.append(markup: className)
            $0.append(markup: "\"/>\n")
        }
    }

    /// A `<circle>`.
    mutating func circle(cx: Double, cy: Double, r: Double, className: StaticString) {
        write("<circle cx=\"")
        write(number: cx)
        write("\" cy=\"")
        write(number: cy)
        write("\" r=\"")
        write(number: r)
        write("\" class=\"")
        write(className)
        write("\"/>\n")
    }

    /// A `<polyline>` through `points`.
    mutating func polyline(_ points: [(x: Double, y: Double)], className: StaticString) {
        write("<polyline points=\"")
        for (index, point) in points.enumerated() {
            if index > 0 { write(" ") }
            write(number: point.x)
            write(",")
            write(number: point.y)
        }
        write("\" class=\"")
        write(className)
        write("\"/>\n")
    }

    /// Opens a `<g>`, with a `<title>` (escaped) when given: the tooltip and accessible name.
    mutating func openGroup(className: StaticString, title: String? = nil) {
        write("<g class=\"")
        write(className)
        write("\">\n")
        if let title {
            write("<title>")
            write(escaping: title)
            write("</title>\n")
        }
    }

    mutating func closeGroup() {
        write("</g>\n")
    }

    /// Appends markup written by `body` into room for at least `capacity` bytes, reserved
    /// once: for markup of many pieces whose size is known beforehand.
    mutating func write(capacity: Int, _ body: (inout OutputSpan<UInt8>) -> Void) {
        bytes.append(addingCapacity: capacity, initializingWith: body)
    }

    /// Appends finished markup written beforehand, as UTF-8.
    mutating func write(markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends part of finished markup written beforehand, as UTF-8.
    mutating func write(markup: ArraySlice<UInt8>) {
        bytes.append(contentsOf: markup)
    }

    /// Appends fixed markup.
    mutating func write(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup that is safe as it is: a class name, a paint, a finished element.
    mutating func write(markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends a coordinate or size (`NumberFormat.coordinate`).
    mutating func write(number: Double) {
        NumberFormat.writeCoordinate(number, into: &bytes)
    }

    /// Appends a number rounded beforehand, for one that the markup repeats.
    mutating func write(number: RoundedDecimal) {
        number.write(into: &bytes, isGrouped: false)
    }

    /// Appends text from content, escaped for a text node or an attribute value.
    mutating func write(escaping text: String) {
        XMLText.escape(text, into: &bytes)
    }
}
