/// Accumulates SVG elements as text, one per line, with numbers and text already safe.
struct SVGWriter: Sendable {
    private(set) var text = ""

    /// A `<text>` element; `content` is escaped. Font size is an attribute so the layout's
    /// measurements and what the browser draws stay the same whatever the stylesheet says.
    mutating func text(
        _ content: String, x: Double, y: Double, fontSize: Double,
        anchor: TextAnchor = .start, className: String = "kc-text"
    ) {
        let anchorAttribute = anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\""
        line("<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(fontSize))\"\(anchorAttribute)"
             + " class=\"\(className)\">\(XMLText.escape(content))</text>")
    }

    /// A `<rect>`; nothing when it would have no area, so no width or height is ever negative.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, paint: String
    ) {
        guard width > 0.004, height > 0.004 else { return }
        line("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\""
             + " \(paint)/>")
    }

    /// A straight `<line>`.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        line("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\""
             + " class=\"\(className)\"/>")
    }

    /// A `<circle>`.
    mutating func circle(cx: Double, cy: Double, r: Double, className: String) {
        line("<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" class=\"\(className)\"/>")
    }

    /// A `<polyline>` through `points`.
    mutating func polyline(_ points: [(x: Double, y: Double)], className: String) {
        let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        line("<polyline points=\"\(list)\" class=\"\(className)\"/>")
    }

    /// Opens a `<g>`, with a `<title>` (escaped) when given: the tooltip and accessible name.
    mutating func openGroup(className: String, title: String? = nil) {
        line("<g class=\"\(className)\">")
        if let title { line("<title>\(XMLText.escape(title))</title>") }
    }

    mutating func closeGroup() {
        line("</g>")
    }

    /// Appends what another writer collected.
    mutating func append(_ other: SVGWriter) {
        text += other.text
    }

    /// Appends markup built elsewhere from safe parts (numbers, escaped text, fixed names).
    mutating func line(_ markup: String) {
        text += markup
        text += "\n"
    }
}

private func n(_ value: Double) -> String {
    NumberFormat.coordinate(value)
}
