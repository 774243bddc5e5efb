import KsiteCore
import Testing
@testable import KsiteContent
@testable import KsiteSite

@Suite struct FormattedBudgetTests {
    static func entry(_ label: String, _ amount: String) throws -> BudgetEntry {
        BudgetEntry(
            year: try #require(FiscalYear(label: label)), amount: try #require(Amount(amount)))
    }

    @Test func yearsAndChangeAsPrinted() throws {
        let budget = FormattedBudget(
            [try Self.entry("R4", "93830106"), try Self.entry("R5", "67240094")], unit: "千円")
        #expect(budget.years.map(\.longLabel) == ["R4年度（2022年度）", "R5年度（2023年度）"])
        #expect(budget.years.map(\.label) == ["R4", "R5"])
        #expect(budget.years.map(\.amount) == ["93,830,106千円", "67,240,094千円"])
        #expect(budget.years.map(\.readable) == ["約938億3,011万円", "約672億4,009万円"])
        #expect(budget.change?.text == "-26,590,012千円（-28.3%）")
        #expect(budget.change?.isDecrease == true)
    }

    /// Readable units are for 千円 only; one year has no change.
    @Test func otherUnitAndOneYear() throws {
        let budget = FormattedBudget([try Self.entry("R5", "1500")], unit: "円")
        #expect(budget.years.map(\.amount) == ["1,500円"])
        #expect(budget.years.first?.readable == nil)
        #expect(budget.change == nil)
    }
}
