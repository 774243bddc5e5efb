/// The kinds of chart ksite draws, each with its values.
public enum ChartKind: Sendable {
    /// 関連予算 of every section, one row per section with a bar per fiscal year (log axis).
    case budgetOverview([BudgetRow])
    /// One section's budget from year to year, with the change in yen and percent.
    case budgetChange(BudgetRow)
    /// A metric over years or categories: columns, a line or horizontal bars.
    case metric(MetricChart)
    /// The numeric columns of a data table, one small panel per column.
    case table(TableChart)
}
