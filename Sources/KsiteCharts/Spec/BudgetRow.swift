import KsiteCore

/// One section's budget: a short label for the chart, the full title, and values per year.
public struct BudgetRow: Sendable {
    /// What the chart prints on the row, e.g. `(4) 自然的経済的社会的条件…`.
    public var shortLabel: String
    /// The section's whole title, kept in the row's `<title>` and in the data table.
    public var fullTitle: String
    /// Budget per fiscal year, in 千円; drawn in fiscal-year order.
    public var values: [BudgetValue]

    /// Creates a row.
    public init(shortLabel: String, fullTitle: String, values: [BudgetValue]) {
        self.shortLabel = shortLabel
        self.fullTitle = fullTitle
        self.values = values
    }
}
