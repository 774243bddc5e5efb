/// Wraps a chart body in `<svg>`: inline for the page, or standalone for download.
struct SVGDocument: Sendable {
    static let namespace = "http://www.w3.org/2000/svg"

    let id: String
    let title: String
    let body: ChartBody

    /// `<svg>` for HTML: `viewBox` only (no width or height, the page sizes it), labelled by
    /// its `<title>` and `<desc>`; colours come from charts.css.
    var inline: String {
        open(height: body.height) + defs + body.content + "</svg>\n"
    }

    /// A file of its own: XML prolog, embedded light style, a background and visible title.
    var standalone: String {
        let font = ChartGeometry.labelFont + 2
        let lines = TextWrapper.lines(title, maxWidth: ChartGeometry.contentWidth,
                                      fontSize: font, maxLines: 3)
        let pitch = TextMetrics.lineHeight(fontSize: font) + 2
        let titleHeight = ChartGeometry.margin + Double(lines.count) * pitch + 8
        var heading = SVGWriter()
        for (index, line) in lines.enumerated() {
            heading.text(line, x: ChartGeometry.margin,
                         y: ChartGeometry.margin + Double(index) * pitch + TextMetrics.ascent * font,
                         fontSize: font, className: "kc-text kc-title")
        }
        let height = titleHeight + body.height + ChartGeometry.margin
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + open(height: height)
            + "<style>\n\(ChartStyle.rules)</style>\n"
            + "<rect width=\"\(NumberFormat.coordinate(ChartGeometry.width))\""
            + " height=\"\(NumberFormat.coordinate(height))\" class=\"kc-bg\"/>\n"
            + defs + heading.text
            + "<g transform=\"translate(0 \(NumberFormat.coordinate(titleHeight)))\">\n"
            + body.content + "</g>\n</svg>\n"
    }
}

private extension SVGDocument {
    func open(height: Double) -> String {
        let viewBox = "0 0 \(NumberFormat.coordinate(ChartGeometry.width)) "
            + NumberFormat.coordinate(height)
        return "<svg xmlns=\"\(Self.namespace)\" viewBox=\"\(viewBox)\" class=\"ksite-chart\""
            + " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
            + "<title id=\"\(id)-title\">\(XMLText.escape(title))</title>\n"
            + "<desc id=\"\(id)-desc\">\(XMLText.escape(body.summary))</desc>\n"
    }

    var defs: String {
        body.definitions.isEmpty ? "" : "<defs>\n\(body.definitions)</defs>\n"
    }
}
