import KsiteCore

/// A section (項目) of a pillar: one Markdown file with its results, plans and data.
public struct Section: Sendable {
    /// (1), (2) … within the pillar, when the report numbers it.
    public var number: Int?
    public var title: String
    /// URL slug (the file name without `NN-` and `.md`, or `slug:`).
    public var slug: String
    /// 関連予算 per fiscal year, in era order, in the site's budget unit.
    public var budget: [BudgetEntry]
    public var metrics: [Metric]
    public var tables: [DataTable]
    public var photos: [Photo]
    public var body: MarkdownSource
    /// Location of the file (line 1).
    public var location: SourceLocation
    /// Path of the file relative to `Content/`, e.g. `2-kihon-hoshin/03-keiei-kiban.md`.
    public var relativePath: String

    /// `(3)` or empty when the section has no number.
    public var numberLabel: String {
        number.map { "(\($0))" } ?? ""
    }
}

/// One year's 関連予算.
public struct BudgetEntry: Sendable, Equatable {
    public var year: FiscalYear
    public var amount: Amount
}
