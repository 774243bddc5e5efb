/// Wraps a chart body in `<svg>`: inline for the page, or standalone for download.
///
/// Both documents are joined from strings: the body's markup (the bulk of either file) was
/// made a string once, and appending a string copies it, where making one from bytes would
/// check its UTF-8 again.
struct SVGDocument: Sendable {
    static let namespace = "http://www.w3.org/2000/svg"

    let id: String
    let title: String
    let body: ChartBody
    /// `aria-labelledby`, `<title>` and `<desc>`: the same in both documents, so written once.
    private let labels: String
    /// `<defs>` with the body's patterns, or nothing.
    private let definitions: String

    init(id: String, title: String, body: ChartBody) {
        self.id = id
        self.title = title
        self.body = body
        var labels = SVGWriter(capacity: 4 * id.utf8.count + title.utf8.count
                                          + body.summary.utf8.count + 96)
        labels.write(" aria-labelledby=\"")
        labels.write(markup: id)
        labels.write("-title ")
        labels.write(markup: id)
        labels.write("-desc\">\n<title id=\"")
        labels.write(markup: id)
        labels.write("-title\">")
        labels.write(escaping: title)
        labels.write("</title>\n<desc id=\"")
        labels.write(markup: id)
        labels.write("-desc\">")
        labels.write(escaping: body.summary)
        labels.write("</desc>\n")
        self.labels = labels.text
        definitions = body.definitions.isEmpty ? "" : "<defs>\n\(body.definitions)</defs>\n"
    }

    /// `<svg>` for HTML: `viewBox` only (no width or height, the page sizes it), labelled by
    /// its `<title>` and `<desc>`; colours come from charts.css.
    var inline: String {
        var document = opening(height: body.height)
        document.reserveCapacity(document.utf8.count + definitions.utf8.count
                                 + body.content.utf8.count + 8)
        document += definitions
        document += body.content
        document += "</svg>\n"
        return document
    }

    /// A file of its own: XML prolog, embedded light style, a background and visible title.
    var standalone: String {
        let font = ChartGeometry.labelFont + 2
        let lines = TextWrapper.lines(title, maxWidth: ChartGeometry.contentWidth,
                                      fontSize: font, maxLines: 3)
        let pitch = TextMetrics.lineHeight(fontSize: font) + 2
        let titleHeight = ChartGeometry.margin + Double(lines.count) * pitch + 8
        let height = titleHeight + body.height + ChartGeometry.margin
        var background = SVGWriter(capacity: 64)
        background.write("<rect width=\"")
        background.write(number: ChartGeometry.width)
        background.write("\" height=\"")
        background.write(number: height)
        background.write("\" class=\"kc-bg\"/>\n")
        var heading = SVGWriter(capacity: 160 * lines.count + 48)
        for (index, line) in lines.enumerated() {
            heading.text(line, x: ChartGeometry.margin,
                         y: ChartGeometry.margin + Double(index) * pitch + TextMetrics.ascent * font,
                         fontSize: font, className: "kc-text kc-title")
        }
        heading.write("<g transform=\"translate(0 ")
        heading.write(number: titleHeight)
        heading.write(")\">\n")

        var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let opening = opening(height: height)
        document.reserveCapacity(opening.utf8.count + Self.style.utf8.count + definitions.utf8.count
                                 + body.content.utf8.count + 1024)
        document += opening
        document += Self.style
        document += background.text
        document += definitions
        document += heading.text
        document += body.content
        document += "</g>\n</svg>\n"
        return document
    }
}

private extension SVGDocument {
    /// The embedded stylesheet of a standalone file.
    static let style = "<style>\n\(ChartStyle.rules)</style>\n"

    /// `<svg …>` with the chart's `<title>` and `<desc>`.
    func opening(height: Double) -> String {
        var svg = SVGWriter(capacity: 128)
        svg.write("<svg xmlns=\"")
        svg.write(markup: Self.namespace)
        svg.write("\" viewBox=\"0 0 ")
        svg.write(number: ChartGeometry.width)
        svg.write(" ")
        svg.write(number: height)
        svg.write("\" class=\"ksite-chart\" role=\"img\"")
        return svg.text + labels
    }
}
