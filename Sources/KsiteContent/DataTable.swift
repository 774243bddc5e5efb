import KsiteCore

/// A data table printed in the report, e.g. グループ補助金の実績.
public struct DataTable: Sendable {
    /// A cell: a number (kept exactly as written) or text.
    public enum Cell: Sendable, Equatable {
        case number(Amount)
        case text(String)

        /// The cell as printed: numbers with thousands separators.
        public var display: String {
            switch self {
            case .number(let amount): return amount.grouped
            case .text(let text): return text
            }
        }
    }

    public var title: String
    public var note: String?
    public var columns: [String]
    public var rows: [[Cell]]
}

/// A photo caption, with the image when there is one.
public struct Photo: Sendable {
    public var caption: String
    /// Path relative to `Content/`, checked to exist.
    public var src: String?
}
