/// A chart's data as a table: caption, column headers and rows of cell text.
///
/// The first cell of each row is the row header; year labels read `R4（2022）`.
public struct ChartTable: Sendable, Hashable {
    /// The table's caption (the chart title).
    public var caption: String
    /// Column headers, the first one over the row headers.
    public var headers: [String]
    /// Rows of cell text, each as long as `headers`.
    public var rows: [[String]]

    /// Creates a table.
    public init(caption: String, headers: [String], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }
}
