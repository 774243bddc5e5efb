import Testing
@testable import KsiteCharts

@Suite struct NiceTicksTests {
    @Test func employmentCountsTickEveryFifty() {
        #expect(NiceTicks.linear(from: 0, to: 289, count: 6) == [0, 50, 100, 150, 200, 250, 300])
    }

    @Test func grantAmountsTickEveryTwoHundredFifty() {
        #expect(NiceTicks.linear(from: 0, to: 1342.2, count: 6) == [0, 250, 500, 750, 1000, 1250, 1500])
        #expect(NiceTicks.linear(from: 0, to: 1342.2, count: 3) == [0, 500, 1000, 1500])
    }

    @Test(arguments: [
        (289.0, 6, 50.0), (1342.2, 6, 250.0), (1, 5, 0.2), (7, 5, 2), (93_830_106, 4, 25_000_000),
        (0.09, 4, 0.025), (10, 10, 1),
    ])
    func stepsAreOneTwoTwoAndAHalfOrFive(span: Double, count: Int, step: Double) {
        #expect(NiceTicks.step(span: span, count: count) == step)
    }

    @Test func rangesTakeInZeroAndNegatives() {
        #expect(NiceTicks.linear(from: -8.25, to: 12.5, count: 5) == [-10, -5, 0, 5, 10, 15])
        #expect(NiceTicks.linear(from: 50, to: 50, count: 5) == [0, 10, 20, 30, 40, 50])
        #expect(NiceTicks.linear(from: 0, to: 0, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.linear(from: .nan, to: 3, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    @Test func smallStepsHaveNoFloatingPointDust() {
        let ticks = NiceTicks.linear(from: 0, to: 0.7, count: 7)
        #expect(ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    }

    @Test func logTicksCoverTheReportsBudgets() {
        let decades = NiceTicks.logDecades(minimum: 3634, maximum: 93_830_106)
        #expect(decades == 3...8)
        #expect(NiceTicks.logarithmic(decades: decades) == [1e3, 1e4, 1e5, 1e6, 1e7, 1e8])
    }

    @Test func logDecadesLeaveRoomBelowTheSmallestValue() {
        #expect(NiceTicks.logDecades(minimum: 1000, maximum: 1000) == 2...3)
        #expect(NiceTicks.logDecades(minimum: 5, maximum: 5) == 0...1)
        #expect(NiceTicks.logDecades(minimum: 0, maximum: 10) == 0...1)
    }
}
