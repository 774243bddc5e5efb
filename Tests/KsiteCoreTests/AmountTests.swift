import Testing
@testable import KsiteCore

@Suite struct AmountTests {
    @Test(arguments: [
        ("251177", "251,177"), ("93830106", "93,830,106"), ("1342.2", "1,342.2"),
        ("0.1", "0.1"), ("3634", "3,634"), ("100", "100"), ("1000", "1,000"), ("007", "7"),
        ("1,943", "1,943"), ("252.10", "252.10"),
    ])
    func groupsDigitsExactly(text: String, grouped: String) throws {
        #expect(try #require(Amount(text)).grouped == grouped)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1e5", ".5", "5.", "--1", "１２３", "inf", "nan"])
    func rejectsNonNumbers(text: String) {
        #expect(Amount(text) == nil)
    }

    /// ASCII text is read byte by byte; it must give what the character-by-character reading
    /// (still used for other text) gives, for every short string of the characters that matter.
    @Test func asciiReadingMatchesCharacterReading() {
        let alphabet = ["0", "1", "9", ",", "_", "-", ".", "a", " "]
        var texts = [""]
        for _ in 1...4 {
            texts += texts.filter { $0.count == texts.last!.count }.flatMap { text in
                alphabet.map { text + $0 }
            }
        }
        for text in texts {
            let ascii = Amount.asciiParts(of: text), characters = Amount.characterParts(of: text)
            #expect(ascii?.integerDigits == characters?.integerDigits, "\(text)")
            #expect(ascii?.fractionDigits == characters?.fractionDigits, "\(text)")
            #expect(ascii?.isNegative == characters?.isNegative, "\(text)")
        }
    }

    /// The Double is the one the decimal text parses to, short whole numbers included.
    @Test(arguments: ["251177", "1342.2", "0.1", "007", "999999999999999", "9007199254740993",
                      "12345678901234567890", "-3", "-0", "1,943"])
    func doubleValueIsTheParsedDecimal(text: String) throws {
        let amount = try #require(Amount(text))
        let digits = amount.fractionDigits.isEmpty
            ? amount.integerDigits : amount.integerDigits + "." + amount.fractionDigits
        let magnitude = try #require(Double(digits))
        #expect(amount.doubleValue == (amount.isNegative ? -magnitude : magnitude))
    }

    @Test func negativeAndZero() throws {
        #expect(try #require(Amount("-3")).isNegative)
        #expect(try #require(Amount("-0")).isNegative == false)
        #expect(Amount(-1_306).grouped == "-1,306")
    }
}

@Suite struct YenFormatTests {
    @Test(arguments: [
        (251_177.0, "約2億5,118万円"),
        (93_830_106.0, "約938億3,011万円"),
        (3_634.0, "約363万円"),
        (10.0, "1万円"),
        (100_000.0, "1億円"),
        (0.5, "500円"),
        (0.0, "0円"),
        (1_000_000_000.0, "1兆円"),
    ])
    func readableUnits(thousandYen: Double, text: String) {
        #expect(YenFormat.readable(thousandYen: thousandYen) == text)
    }

    @Test func thousandsAsPrinted() throws {
        #expect(YenFormat.thousands(try #require(Amount("251177"))) == "251,177千円")
    }

    @Test func change() throws {
        let r4 = try #require(Amount("93830106")), r5 = try #require(Amount("67240094"))
        #expect(YenFormat.change(from: r4, to: r5) == "-26,590,012千円（-28.3%）")
        let same = try #require(Amount("3634"))
        #expect(YenFormat.change(from: same, to: same) == "±0千円（±0.0%）")
        let up = try #require(Amount("322714")), upTo = try #require(Amount("1005899"))
        #expect(YenFormat.change(from: up, to: upTo) == "+683,185千円（+211.7%）")
        #expect(YenFormat.change(from: Amount(0), to: Amount(5)) == "+5千円")
    }
}

@Suite struct DiagnosticTests {
    @Test func printsCompilerStyleWithHints() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "Content/a.md", line: 7, column: 5),
            "budget value 'abc' for R5 is not a number", hint: "write digits")
        #expect(diagnostic.description
            == "Content/a.md:7:5: error: budget value 'abc' for R5 is not a number\n  hint: write digits")
    }

    @Test func listSortsAndSummarises() {
        let list = DiagnosticList([
            .warning(at: SourceLocation(file: "b.md", line: 1, column: 1), "w"),
            .error(at: SourceLocation(file: "a.md", line: 9, column: 1), "e2"),
            .error(at: SourceLocation(file: "a.md", line: 2, column: 1), "e1"),
        ])
        #expect(list.diagnostics.map(\.message) == ["e1", "e2", "w"])
        #expect(list.summary == "2 errors, 1 warning")
        #expect(list.hasErrors)
    }
}
