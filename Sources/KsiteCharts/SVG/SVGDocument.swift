/// Wraps a chart body in `<svg>`: inline for the page, or standalone for download.
struct SVGDocument: Sendable {
    static let namespace = "http://www.w3.org/2000/svg"

    let id: String
    let title: String
    let body: ChartBody

    /// `<svg>` for HTML: `viewBox` only (no width or height, the page sizes it), labelled by
    /// its `<title>` and `<desc>`; colours come from charts.css.
    var inline: String {
        var svg = SVGWriter()
        svg.reserveCapacity(body.content.bytes.count + 1024)
        writeOpening(height: body.height, into: &svg)
        writeDefinitions(into: &svg)
        svg.append(body.content)
        svg.write("</svg>\n")
        return svg.text
    }

    /// A file of its own: XML prolog, embedded light style, a background and visible title.
    var standalone: String {
        let font = ChartGeometry.labelFont + 2
        let lines = TextWrapper.lines(title, maxWidth: ChartGeometry.contentWidth,
                                      fontSize: font, maxLines: 3)
        let pitch = TextMetrics.lineHeight(fontSize: font) + 2
        let titleHeight = ChartGeometry.margin + Double(lines.count) * pitch + 8
        let height = titleHeight + body.height + ChartGeometry.margin
        var svg = SVGWriter()
        svg.reserveCapacity(body.content.bytes.count + 4096)
        svg.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        writeOpening(height: height, into: &svg)
        svg.write("<style>\n")
        svg.write(markup: ChartStyle.rules)
        svg.write("</style>\n<rect width=\"")
        svg.write(number: ChartGeometry.width)
        svg.write("\" height=\"")
        svg.write(number: height)
        svg.write("\" class=\"kc-bg\"/>\n")
        writeDefinitions(into: &svg)
        for (index, line) in lines.enumerated() {
            svg.text(line, x: ChartGeometry.margin,
                     y: ChartGeometry.margin + Double(index) * pitch + TextMetrics.ascent * font,
                     fontSize: font, className: "kc-text kc-title")
        }
        svg.write("<g transform=\"translate(0 ")
        svg.write(number: titleHeight)
        svg.write(")\">\n")
        svg.append(body.content)
        svg.write("</g>\n</svg>\n")
        return svg.text
    }
}

private extension SVGDocument {
    func writeOpening(height: Double, into svg: inout SVGWriter) {
        svg.write("<svg xmlns=\"")
        svg.write(markup: Self.namespace)
        svg.write("\" viewBox=\"0 0 ")
        svg.write(number: ChartGeometry.width)
        svg.write(" ")
        svg.write(number: height)
        svg.write("\" class=\"ksite-chart\" role=\"img\" aria-labelledby=\"")
        svg.write(markup: id)
        svg.write("-title ")
        svg.write(markup: id)
        svg.write("-desc\">\n<title id=\"")
        svg.write(markup: id)
        svg.write("-title\">")
        svg.write(escaping: title)
        svg.write("</title>\n<desc id=\"")
        svg.write(markup: id)
        svg.write("-desc\">")
        svg.write(escaping: body.summary)
        svg.write("</desc>\n")
    }

    func writeDefinitions(into svg: inout SVGWriter) {
        guard !body.definitions.isEmpty else { return }
        svg.write("<defs>\n")
        svg.write(markup: body.definitions)
        svg.write("</defs>\n")
    }
}
