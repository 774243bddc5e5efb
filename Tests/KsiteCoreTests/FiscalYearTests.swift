import Testing
@testable import KsiteCore

@Suite struct FiscalYearTests {
    @Test(arguments: [
        ("H30", 2018), ("H31", 2019), ("R1", 2019), ("R元", 2019), ("R4", 2022), ("R5", 2023),
        ("H1", 1989), ("r2", 2020), ("h30", 2018), ("r元", 2019), ("R99", 2117),
    ])
    func westernYear(label: String, year: Int) throws {
        let fiscalYear = try #require(FiscalYear(label: label))
        #expect(fiscalYear.westernYear == year)
    }

    @Test(arguments: [
        "", "R", "R0", "H32", "X4", "R04", "R4.5", "4", "R 4", "令和4", "R100", "R元1", "R1元",
        "Ｒ4", "R４", "R\u{301}4", "R4\u{301}", "R元\u{FE00}",
    ])
    func rejectsUnknownLabels(label: String) {
        #expect(FiscalYear(label: label) == nil)
    }

    @Test func sortsByEraThenYear() {
        let labels = ["R2", "H30", "R10", "R1", "H9", "R元"]
        let sorted = labels.compactMap(FiscalYear.init(label:)).sorted().map(\.label)
        #expect(sorted == ["H9", "H30", "R1", "R1", "R2", "R10"])
    }

    @Test func longLabelShowsWesternYear() {
        #expect(FiscalYear(label: "R4")?.longLabel == "R4年度（2022年度）")
        #expect(FiscalYear(label: "R元")?.label == "R1")
    }
}
