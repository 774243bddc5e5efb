import Testing
@testable import KsiteCharts

@Suite struct YearOrderTests {
    @Test func sortsFiscalYearsInEraOrder() {
        let sorted = YearOrder.sorted(["R4", "H30", "R2", "R元", "R3"]) { $0 }
        #expect(sorted == ["H30", "R元", "R2", "R3", "R4"])
    }

    @Test func keepsOtherLabelsWhereTheyAre() {
        #expect(YearOrder.sorted(["製造業", "小売業", "サービス業"]) { $0 } == ["製造業", "小売業", "サービス業"])
        #expect(YearOrder.sorted(["合計", "R4", "H30"]) { $0 } == ["合計", "H30", "R4"])
    }

    @Test func writesWesternYearBesideEraLabel() {
        #expect(YearOrder.withWesternYear("R4") == "R4（2022）")
        #expect(YearOrder.withWesternYear("H30") == "H30（2018）")
        #expect(YearOrder.withWesternYear("R元") == "R1（2019）")
        #expect(YearOrder.withWesternYear("交付決定") == "交付決定")
    }

    @Test func formatsYenTicksInJapaneseUnits() {
        let format = ValueFormat.thousandYen
        #expect(format.tickLabel(1_000, step: 1_000) == "100万")
        #expect(format.tickLabel(100_000, step: 1) == "1億")
        #expect(format.tickLabel(100_000_000, step: 1) == "1,000億")
        #expect(format.tickLabel(250_000, step: 50_000) == "2.5億")
        #expect(format.tickLabel(50_000, step: 50_000) == "5,000万")
        #expect(format.tickLabel(0, step: 50_000) == "0")
        #expect(format.valueLabel(93_830_106) == "約938億3,011万円")
        #expect(format.tableCell(93_830_106) == "93,830,106千円")
        #expect(format.tableCell(nil) == "データなし")
    }
}
