import Testing
@testable import KsiteCharts

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (12.3456, "12.35"), (2.5, "2.5"), (3.0, "3"), (480, "480"), (0.1 + 0.2, "0.3"),
        (-1.5, "-1.5"), (1234567.891, "1234567.89"), (0.999, "1"), (-0.996, "-1"), (0.01, "0.01"),
    ])
    func coordinatesRoundToTwoDecimals(value: Double, text: String) {
        #expect(NumberFormat.coordinate(value) == text)
    }

    @Test(arguments: [-0.0, -0.001, -0.004, 0.004, 0])
    func neverWritesMinusZero(value: Double) {
        #expect(NumberFormat.coordinate(value) == "0")
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e300, 1e-300, 123456789012.5])
    func neverWritesExponentsOrNonNumbers(value: Double) {
        let text = NumberFormat.coordinate(value)
        #expect(!text.contains("e") && !text.contains("n") && !text.contains("i"))
        #expect(Double(text) != nil)
    }

    @Test func groupsThousands() {
        #expect(NumberFormat.grouped(1342.2, fractionDigits: 2) == "1,342.2")
        #expect(NumberFormat.grouped(-26_590_012, fractionDigits: 0) == "-26,590,012")
        #expect(NumberFormat.grouped(93_830_106, fractionDigits: 2) == "93,830,106")
        #expect(NumberFormat.grouped(999.996, fractionDigits: 2) == "1,000")
        #expect(NumberFormat.grouped(-0.001, fractionDigits: 2) == "0")
    }

    @Test func valueLabelsKeepSmallNumbersVisible() {
        #expect(NumberFormat.value(0.0042) == "0.0042")
        #expect(NumberFormat.value(0.05) == "0.05")
        #expect(NumberFormat.value(1266.6) == "1,266.6")
        #expect(NumberFormat.value(-8.25) == "-8.25")
    }

    @Test(arguments: [(2.5, 1), (0.25, 2), (50, 0), (1, 0), (0.2, 1), (0.025, 3), (2_500_000, 0)])
    func stepDecimals(step: Double, digits: Int) {
        #expect(NumberFormat.fractionDigits(forStep: step) == digits)
    }
}
