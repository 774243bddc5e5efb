import KsiteCore

/// A drawn chart: SVG for the page and for download, a one-sentence summary and its data.
public struct RenderedChart: Sendable, Hashable {
    /// `<svg>` to inline in HTML, as UTF-8; colours come from `charts.css`.
    public var inlineMarkup: HTMLFragment
    /// A standalone SVG file with XML prolog, a visible title and its own light-mode style,
    /// as the UTF-8 bytes to write.
    public var standaloneFile: [UInt8]
    /// One Japanese sentence about the data (also the SVG's `<desc>`).
    public var summary: String
    /// The data as a table, to render as a real `<table>` under the chart.
    public var table: ChartTable

    /// Creates a rendered chart (the renderer makes these; tests of callers may too).
    public init(
        inlineMarkup: HTMLFragment, standaloneFile: [UInt8], summary: String, table: ChartTable
    ) {
        self.inlineMarkup = inlineMarkup
        self.standaloneFile = standaloneFile
        self.summary = summary
        self.table = table
    }

    /// The inline `<svg>` as text.
    public var inlineSVG: String {
        inlineMarkup.text
    }

    /// The standalone file as text.
    public var standaloneSVG: String {
        String(decoding: standaloneFile, as: UTF8.self)
    }
}
