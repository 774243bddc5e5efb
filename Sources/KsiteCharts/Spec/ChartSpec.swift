/// What to draw: an id for the page, a title, and the values of one chart kind.
public struct ChartSpec: Sendable {
    /// `[a-z0-9-]`, unique per page; element ids inside the SVG derive from it.
    public var id: String
    /// The chart's title, used in `<title>`, the table caption and the standalone file.
    public var title: String
    /// The kind of chart and its values.
    public var kind: ChartKind

    /// Creates a spec.
    public init(id: String, title: String, kind: ChartKind) {
        self.id = id
        self.title = title
        self.kind = kind
    }
}
