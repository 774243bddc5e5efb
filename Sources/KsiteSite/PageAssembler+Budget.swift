import KsiteContent
import KsiteCore

extension PageAssembler {
    /// 関連予算 of a section: each year exactly as printed and in readable units, and the change.
    func budgetContext(_ budget: FormattedBudget) -> TemplateValue {
        guard let first = budget.years.first, let last = budget.years.last else {
            return .flag(false)
        }
        let rows = budget.years.map { TemplateValue.object(yearContext($0)) }
        var context: Context = [.rows: .list(rows), .change: .flag(false)]
        if let change = budget.change {
            context[.change] = .object([
                .from: .text(first.label), .to: .text(last.label),
                .text: .text(change.text),
                .isDecrease: .flag(change.isDecrease),
            ])
        }
        return .object(context)
    }

    /// One year of a section's budget.
    func yearContext(_ year: FormattedBudget.Year) -> Context {
        [
            .year: .text(year.longLabel),
            .yearShort: .text(year.label),
            .amount: .text(year.amount),
            .readable: .text(orFalse: year.readable),
        ]
    }

    /// Sum of the budgets of `sections` for `year`, exactly (integers) when possible.
    func total(of sections: [Section], year: FiscalYear) -> Amount? {
        // One pass: the home page sums every section of the report, each year.
        var isFound = false
        var wholeSum: Int? = 0
        var sum = 0.0
        for section in sections {
            guard let entry = section.budget.first(where: { $0.year == year }) else { continue }
            let amount = entry.amount
            isFound = true
            wholeSum = wholeSum.flatMap { whole in amount.intValue.map { whole + $0 } }
            sum += amount.doubleValue
        }
        guard isFound else { return nil }
        return wholeSum.map(Amount.init) ?? Amount(String(sum))
    }

    /// The report's result and plan years, which totals are made for.
    var reportYears: [FiscalYear] {
        [site.config.resultYear, site.config.planYear]
    }

    /// Totals for the result and plan years, formatted for a page.
    func totalsContext(of sections: [Section]) -> [Context] {
        reportYears.compactMap { year in
            guard let amount = total(of: sections, year: year) else { return nil }
            let unit = site.config.budgetUnit
            let total = FormattedBudget.Year(year: year, amount: amount, unit: unit)
            return [
                .year: .text(total.longLabel),
                .amount: .text(total.amount),
                .readable: .text(orFalse: total.readable),
            ]
        }
    }
}
