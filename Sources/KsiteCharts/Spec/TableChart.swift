/// The numeric columns of a data table, drawn as one small panel of bars per column.
public struct TableChart: Sendable {
    /// One numeric column: its header and a value (or nil) per row.
    public struct Column: Sendable, Hashable {
        /// The column header, e.g. `金額（億円）`; its unit stays in the text.
        public var title: String
        /// One value per row label; nil where the cell is not a number.
        public var values: [Double?]

        /// Creates a column.
        public init(title: String, values: [Double?]) {
            self.title = title
            self.values = values
        }
    }

    /// The first cell of every row, e.g. `交付決定`.
    public var rowLabels: [String]
    /// The numeric columns.
    public var columns: [Column]

    /// Creates a table chart.
    public init(rowLabels: [String], columns: [Column]) {
        self.rowLabels = rowLabels
        self.columns = columns
    }
}
