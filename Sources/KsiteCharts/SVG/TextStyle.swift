/// How a `<text>` is set — its font size, which end sits at its x, its class — with those
/// attributes written out once, since a chart sets hundreds of texts in a handful of ways.
///
/// Font size is an attribute so the layout's measurements and what the browser draws stay
/// the same whatever the stylesheet says.
struct TextStyle: Sendable {
    let fontSize: Double
    /// `" font-size="15" text-anchor="end" class="kc-muted">`: what follows a text's y value.
    let attributes: [UInt8]

    init(fontSize: Double, anchor: TextAnchor = .start, className: StaticString = "kc-text") {
        self.fontSize = fontSize
        var svg = SVGWriter(capacity: 64)
        svg.write("\" font-size=\"")
        svg.write(number: fontSize)
        switch anchor {
        case .start: svg.write("\" class=\"")
        case .middle: svg.write("\" text-anchor=\"middle\" class=\"")
        case .end: svg.write("\" text-anchor=\"end\" class=\"")
        }
        svg.write(className)
        svg.write("\">")
        attributes = svg.bytes
    }
}

extension TextStyle {
    /// The standalone file's visible title.
    static let documentTitle = TextStyle(fontSize: ChartGeometry.labelFont + 2,
                                         className: "kc-text kc-title")
    /// A table chart's panel heading (the column title).
    static let panelTitle = TextStyle(fontSize: ChartGeometry.labelFont,
                                      className: "kc-text kc-title")
    /// Row labels above bars, and the lines of a budget change.
    static let label = TextStyle(fontSize: ChartGeometry.labelFont)
    /// X labels under columns, centred on their slot.
    static let slotLabel = TextStyle(fontSize: ChartGeometry.labelFont, anchor: .middle)
    /// Units and axis notes.
    static let note = TextStyle(fontSize: ChartGeometry.smallFont, className: "kc-muted")
    /// Legend entries.
    static let legend = TextStyle(fontSize: ChartGeometry.smallFont)
    /// Year tags before bars, ending at the plot.
    static let barTag = TextStyle(fontSize: ChartGeometry.valueFont, anchor: .end,
                                  className: "kc-muted")

    /// A tick label with the given anchor.
    static func tick(_ anchor: TextAnchor) -> TextStyle {
        switch anchor {
        case .start: tickStart
        case .middle: tickMiddle
        case .end: tickEnd
        }
    }

    /// A value label beside a bar, muted when it says there is no value.
    static func barValue(isMissing: Bool) -> TextStyle {
        isMissing ? missingBarValue : presentBarValue
    }

    /// A value label above a column or point, muted when it says there is no value.
    static func slotValue(isMissing: Bool) -> TextStyle {
        isMissing ? missingSlotValue : presentSlotValue
    }
}

private extension TextStyle {
    static let tickStart = TextStyle(fontSize: ChartGeometry.smallFont, className: "kc-muted")
    static let tickMiddle = TextStyle(fontSize: ChartGeometry.smallFont, anchor: .middle,
                                      className: "kc-muted")
    static let tickEnd = TextStyle(fontSize: ChartGeometry.smallFont, anchor: .end,
                                   className: "kc-muted")
    static let presentBarValue = TextStyle(fontSize: ChartGeometry.valueFont)
    static let missingBarValue = TextStyle(fontSize: ChartGeometry.valueFont,
                                           className: "kc-muted")
    static let presentSlotValue = TextStyle(fontSize: ChartGeometry.valueFont, anchor: .middle)
    static let missingSlotValue = TextStyle(fontSize: ChartGeometry.valueFont, anchor: .middle,
                                            className: "kc-muted")
}
