import KsiteContent
import KsiteCore

/// A section's 関連予算 as pages print it: formatted once, on the core that renders the
/// section's body, for the three pages that show it (the section's, its pillar's, the home page).
struct FormattedBudget: Sendable {
    /// One year's budget, or a total.
    struct Year: Sendable {
        /// `R4年度（2022年度）`.
        var longLabel: String
        /// `R4`.
        var label: String
        /// As printed, with the unit: `251,177千円`.
        var amount: String
        /// `約2億5,118万円` when the budget unit is 千円, else nil.
        var readable: String?

        init(year: FiscalYear, amount: Amount, unit: String) {
            longLabel = year.longLabel
            label = year.label
            self.amount = YenFormat.thousands(amount, unit: unit)
            readable = unit == "千円" ? YenFormat.readable(thousandYen: amount.doubleValue) : nil
        }
    }

    /// The change from the first year to the last.
    struct Change: Sendable {
        /// `-26,590,012千円（-28.3%）`.
        var text: String
        var isDecrease: Bool
    }

    /// Each year of the budget, in the order of the content.
    var years: [Year]
    /// Nil unless there are two years or more.
    var change: Change?

    /// No budget, as a section without one has.
    static let none = FormattedBudget(years: [], change: nil)
}

extension FormattedBudget {
    /// `budget` formatted with `unit`, the site's budget unit.
    init(_ budget: [BudgetEntry], unit: String) {
        years = budget.map { Year(year: $0.year, amount: $0.amount, unit: unit) }
        change = nil
        if budget.count >= 2, let first = budget.first, let last = budget.last {
            change = Change(
                text: YenFormat.change(from: first.amount, to: last.amount, unit: unit),
                isDecrease: last.amount < first.amount)
        }
    }
}
