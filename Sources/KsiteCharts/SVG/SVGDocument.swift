import KsiteCore

/// Wraps a chart body in `<svg>`: inline for the page, and standalone for download.
///
/// Both documents are written as UTF-8 from the same pieces — the body's markup, its
/// `<defs>`, the `<title>` and `<desc>` — each made once, and both stay bytes: the inline one
/// goes into its page as it is (`HTMLFragment`), the standalone one into its file.
///
/// The bytes are valid UTF-8: `SVGWriter` appends only ASCII markup, numbers and the UTF-8 of
/// Swift strings (escaped text, ids), each whole.
struct SVGDocument: Sendable {
    static let namespace = "http://www.w3.org/2000/svg"

    /// `<svg>` for HTML: `viewBox` only (no width or height, the page sizes it), labelled by
    /// its `<title>` and `<desc>`; colours come from charts.css.
    let inline: HTMLFragment
    /// A file of its own, as UTF-8: XML prolog, embedded light style, a background and a
    /// visible title.
    let standalone: [UInt8]

    init(id: String, title: String, body: ChartBody) {
        let labels = Self.labels(id: id, title: title, summary: body.summary)
        var definitions: [UInt8] = []
        if !body.definitions.isEmpty {
            var defs = SVGWriter(capacity: body.definitions.count + 16)
            defs.write("<defs>\n")
            defs.write(markup: body.definitions)
            defs.write("</defs>\n")
            definitions = defs.bytes
        }
        var inline = SVGWriter(capacity: Self.openingSize + labels.count + definitions.count
                                         + body.content.count + 8)
        inline.writeOpening(height: body.height, labels: labels)
        inline.write(markup: definitions)
        inline.write(markup: body.content)
        inline.write("</svg>\n")
        self.inline = HTMLFragment(validUTF8: inline.bytes)
        standalone = Self.standalone(title: title, body: body, labels: labels,
                                     definitions: definitions)
    }
}

private extension SVGDocument {
    /// Room for `<svg …>` without its labels.
    static let openingSize = 160

    /// The embedded stylesheet of a standalone file.
    static let style = "<style>\n\(ChartStyle.rules)</style>\n"

    /// `aria-labelledby`, `<title>` and `<desc>`: the same in both documents.
    static func labels(id: String, title: String, summary: String) -> [UInt8] {
        var labels = SVGWriter(capacity: 4 * id.utf8.count + title.utf8.count
                                         + summary.utf8.count + 96)
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
        labels.write(escaping: summary)
        labels.write("</desc>\n")
        return labels.bytes
    }

    static func standalone(
        title: String, body: ChartBody, labels: [UInt8], definitions: [UInt8]
    ) -> [UInt8] {
        let font = TextStyle.documentTitle.fontSize
        let lines = TextWrapper.lines(title, maxWidth: ChartGeometry.contentWidth,
                                      fontSize: font, maxLines: 3)
        let pitch = TextMetrics.lineHeight(fontSize: font) + 2
        let titleHeight = ChartGeometry.margin + Double(lines.count) * pitch + 8
        let height = titleHeight + body.height + ChartGeometry.margin
        var file = SVGWriter(capacity: openingSize + labels.count + style.utf8.count
                                       + definitions.count + body.content.count + 1024)
        file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        file.writeOpening(height: height, labels: labels)
        file.write(markup: style)
        file.write("<rect width=\"")
        file.write(number: ChartGeometry.width)
        file.write("\" height=\"")
        file.write(number: height)
        file.write("\" class=\"kc-bg\"/>\n")
        file.write(markup: definitions)
        for (index, line) in lines.enumerated() {
            file.text(line, x: ChartGeometry.margin,
                      y: ChartGeometry.margin + Double(index) * pitch + TextMetrics.ascent * font,
                      style: .documentTitle)
        }
        file.write("<g transform=\"translate(0 ")
        file.write(number: titleHeight)
        file.write(")\">\n")
        file.write(markup: body.content)
        file.write("</g>\n</svg>\n")
        return file.bytes
    }
}

private extension SVGWriter {
    /// `<svg …>` with the chart's `<title>` and `<desc>`.
    mutating func writeOpening(height: Double, labels: [UInt8]) {
        write("<svg xmlns=\"")
        write(markup: SVGDocument.namespace)
        write("\" viewBox=\"0 0 ")
        write(number: ChartGeometry.width)
        write(" ")
        write(number: height)
        write("\" class=\"ksite-chart\" role=\"img\"")
        write(markup: labels)
    }
}
