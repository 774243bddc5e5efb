import KsiteContent
import KsiteCore

extension PageAssembler {
    /// 関連予算 of a section: each year exactly as printed and in readable units, and the change.
    func budgetContext(_ section: Section) -> TemplateValue {
        guard !section.budget.isEmpty else { return .flag(false) }
        let unit = site.config.budgetUnit
        let rows: [TemplateValue] = section.budget.map { entry in
            .object([
                .year: .text(entry.year.longLabel),
                .yearShort: .text(entry.year.label),
                .amount: .text(YenFormat.thousands(entry.amount, unit: unit)),
                .readable: readable(entry.amount),
            ])
        }
        var context: Context = [.rows: .list(rows), .change: .flag(false)]
        if section.budget.count >= 2, let first = section.budget.first, let last = section.budget.last {
            context[.change] = .object([
                .from: .text(first.year.label), .to: .text(last.year.label),
                .text: .text(YenFormat.change(from: first.amount, to: last.amount, unit: unit)),
                .isDecrease: .flag(last.amount < first.amount),
            ])
        }
        return .object(context)
    }

    /// `約2億5,118万円` when the budget unit is 千円; nothing for other units.
    func readable(_ amount: Amount) -> TemplateValue {
        guard site.config.budgetUnit == "千円" else { return .flag(false) }
        return .text(YenFormat.readable(thousandYen: amount.doubleValue))
    }

    /// Sum of the budgets of `sections` for `year`, exactly (integers) when possible.
    func total(of sections: [Section], year: FiscalYear) -> Amount? {
        let amounts = sections.compactMap { $0.budget.first { $0.year == year }?.amount }
        guard !amounts.isEmpty else { return nil }
        if amounts.allSatisfy({ $0.intValue != nil }) {
            return Amount(amounts.reduce(0) { $0 + ($1.intValue ?? 0) })
        }
        return Amount(String(amounts.reduce(0) { $0 + $1.doubleValue }))
    }

    /// Totals for the result and plan years, formatted for a page.
    func totalsContext(of sections: [Section]) -> [Context] {
        let years = [site.config.resultYear, site.config.planYear]
        return years.compactMap { year in
            guard let amount = total(of: sections, year: year) else { return nil }
            return [
                .year: .text(year.longLabel),
                .amount: .text(YenFormat.thousands(amount, unit: site.config.budgetUnit)),
                .readable: readable(amount),
            ]
        }
    }
}
