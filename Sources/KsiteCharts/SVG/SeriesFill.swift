/// How series are painted: an Okabe–Ito colour each, and a pattern each so that colour is
/// never the only cue (series 1 solid, 2 diagonal hatching, 3 dots, 4 cross-hatching).
struct SeriesFill: Sendable {
    /// The number of distinct looks; further series repeat them.
    static let count = 4

    /// The chart id that pattern ids derive from (`budget-overview-p2`).
    let chartID: String
    /// `paint(series:)` of each look, made once per chart rather than once per bar.
    private let paints: [String]

    init(chartID: String) {
        self.chartID = chartID
        paints = (0..<Self.count).map { look in
            look == 0
                ? "class=\"kc-s1 kc-edge\""
                : "fill=\"url(#\(Self.patternID(look, chartID: chartID)))\" class=\"kc-edge\""
        }
    }

    /// Attributes for a `<rect>` of series `index` (0-based): a CSS class or a pattern fill,
    /// plus the edge that gives every bar a 3:1 outline against the background.
    func paint(series index: Int) -> String {
        paints[index % Self.count]
    }

    /// `<pattern>` definitions for the first `seriesCount` series.
    func definitions(seriesCount: Int) -> String {
        (1..<max(1, min(seriesCount, Self.count))).map(pattern).joined()
    }
}

private extension SeriesFill {
    static func patternID(_ look: Int, chartID: String) -> String {
        "\(chartID)-p\(look + 1)"
    }

    func pattern(_ look: Int) -> String {
        let background = "<rect width=\"8\" height=\"8\" class=\"kc-s\(look + 1)\"/>"
        let marks: String
        let rotation: String
        switch look {
        case 1:
            marks = "<rect width=\"3\" height=\"8\" class=\"kc-hatch\"/>"
            rotation = " patternTransform=\"rotate(45)\""
        case 2:
            marks = "<circle cx=\"4\" cy=\"4\" r=\"1.8\" class=\"kc-hatch\"/>"
            rotation = ""
        default:
            marks = "<rect width=\"2\" height=\"8\" class=\"kc-hatch\"/>"
                + "<rect width=\"8\" height=\"2\" class=\"kc-hatch\"/>"
            rotation = " patternTransform=\"rotate(45)\""
        }
        return "<pattern id=\"\(Self.patternID(look, chartID: chartID))\" width=\"8\" height=\"8\""
            + " patternUnits=\"userSpaceOnUse\"\(rotation)>\(background)\(marks)</pattern>\n"
    }
}
