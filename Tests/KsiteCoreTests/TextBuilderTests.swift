import Testing
@testable import KsiteCore

@Suite struct TextBuilderTests {
    static let integers = [0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 123_456, 1_234_567,
                           100_000_000, Int.max, -1, -12, -999, -1_000, -1_234_567, Int.min]

    @Test(arguments: integers)
    func integersAsStringWritesThem(value: Int) {
        var text = TextBuilder(capacity: 0)
        text.append(value)
        #expect(text.text == String(value))
    }

    /// Grouped like the amounts of the report: the digits of `String(value)`, grouped.
    @Test(arguments: integers)
    func groupedIntegersMatchGroupedDigits(value: Int) {
        var text = TextBuilder(capacity: 0)
        text.append(value, isGrouped: true)
        let digits = String(value.magnitude)
        #expect(text.text == (value < 0 ? "-" : "") + Amount.group(digits))
    }

    @Test func piecesInOrder() {
        var text = TextBuilder(capacity: 4)
        text.append("約")
        text.append(contentsOf: "2億")
        text.append(5_118, isGrouped: true)
        text.append("万円")
        #expect(text.text == "約2億5,118万円")
    }
}

@Suite struct GroupingTests {
    @Test(arguments: [
        ("", ""), ("1", "1"), ("12", "12"), ("123", "123"), ("1234", "1,234"),
        ("12345", "12,345"), ("123456", "123,456"), ("1234567", "1,234,567"),
        ("1\u{301}234", "1\u{301},234"),
    ])
    func groupsDigitStrings(digits: String, grouped: String) {
        #expect(Amount.group(digits) == grouped)
    }

    @Test(arguments: [
        ("-1342.25", "-1,342.25"), ("-7", "-7"), ("-1000", "-1,000"), ("0.125", "0.125"),
        ("1234567.5", "1,234,567.5"), ("-0.5", "-0.5"),
    ])
    func groupsSignsAndFractions(text: String, grouped: String) throws {
        #expect(try #require(Amount(text)).grouped == grouped)
    }

    @Test(arguments: [("1342.20", "1342.20"), ("-3", "-3"), ("007", "7"), ("1,943", "1943")])
    func descriptionIsThePlainDigits(text: String, description: String) throws {
        #expect(try #require(Amount(text)).description == description)
    }

    /// Text that is not a number is turned away whatever it starts with.
    @Test(arguments: ["交付決定", "約100", "１２３", "-\u{301}1", ",", "_", "1\u{301}.5x"])
    func nonASCIITextIsNoAmount(text: String) {
        #expect(Amount(text) == nil)
    }
}

@Suite struct YenPieceTests {
    @Test(arguments: [(0, "0万"), (363, "363万"), (25_118, "2億5,118万"), (100_000_000, "1兆"),
                      (100_020_000, "1兆2億"), (1_234_567_890_000, "12,345兆6,789億")])
    func japaneseUnits(man: Int, text: String) {
        #expect(YenFormat.japaneseUnits(man: man) == text)
    }

    @Test(arguments: [(28.27, "28.3"), (0, "0.0"), (211.74, "211.7"), (99.96, "100.0")])
    func percentToOneDecimal(value: Double, text: String) {
        #expect(YenFormat.formatPercent(value) == text)
    }

    @Test func thousandsWithAnotherUnit() throws {
        #expect(YenFormat.thousands(try #require(Amount("-1342.5")), unit: "円") == "-1,342.5円")
    }

    @Test func readableBelowOneMan() {
        #expect(YenFormat.readable(thousandYen: 1.2345) == "約1,235円")
        #expect(YenFormat.readable(thousandYen: -2) == "-2,000円")
        #expect(YenFormat.readable(thousandYen: -251_177) == "約-2億5,118万円")
    }

    @Test func longLabelsOfBothEras() throws {
        #expect(try #require(FiscalYear(label: "H30")).longLabel == "H30年度（2018年度）")
        #expect(try #require(FiscalYear(label: "r元")).longLabel == "R1年度（2019年度）")
    }
}
