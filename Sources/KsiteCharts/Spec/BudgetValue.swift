import KsiteCore

/// A budget amount for one fiscal year, in thousands of yen (千円).
public struct BudgetValue: Sendable, Hashable {
    /// The fiscal year, e.g. R5.
    public var year: FiscalYear
    /// The amount in 千円, e.g. `249871` for 249,871千円.
    public var thousandYen: Double

    /// Creates a value.
    public init(year: FiscalYear, thousandYen: Double) {
        self.year = year
        self.thousandYen = thousandYen
    }
}
