/// Formats budget amounts given in thousands of yen (千円), the unit of the report.
///
/// A text of several pieces is put together in one `TextBuilder`: budgets are formatted for
/// every section and every chart, and joining Strings piece by piece cost more than the arithmetic.
public enum YenFormat {
    /// As the report prints it: `251,177千円`.
    public static func thousands(_ amount: Amount, unit: String = "千円") -> String {
        amount.grouped + unit
    }

    /// In readable units, rounded to 万円: `約2億5,118万円`; exact values drop `約`.
    ///
    /// `thousandYen` is in 千円. Amounts under 1万円 are shown in 円.
    public static func readable(thousandYen: Double) -> String {
        let yen = thousandYen * 1000
        let magnitude = abs(yen)
        var text = TextBuilder(capacity: 32)
        if magnitude < 10_000 {
            let rounded = magnitude.rounded()
            if rounded != magnitude { text.append("約") }
            if yen < 0 { text.append("-") }
            text.append(Int(rounded), isGrouped: true)
        } else {
            let man = (magnitude / 10_000).rounded()
            if man * 10_000 != magnitude { text.append("約") }
            if yen < 0 { text.append("-") }
            appendJapaneseUnits(man: Int(man), to: &text)
        }
        text.append("円")
        return text.text
    }

    /// A count of 万 as `2億5,118万`, `938億3,011万`, `363万`, `1兆2億`.
    public static func japaneseUnits(man: Int) -> String {
        var text = TextBuilder(capacity: 32)
        appendJapaneseUnits(man: man, to: &text)
        return text.text
    }

    /// The change between two budgets: `-26,590,012千円（-28.3%）`, `+0千円（±0.0%）`.
    public static func change(from old: Amount, to new: Amount, unit: String = "千円") -> String {
        let difference = new.doubleValue - old.doubleValue
        let sign: StaticString = difference > 0 ? "+" : (difference < 0 ? "-" : "±")
        var text = TextBuilder(capacity: 48)
        text.append(sign)
        text.append(Int(abs(difference).rounded()), isGrouped: true)
        text.append(contentsOf: unit)
        guard old.doubleValue != 0 else { return text.text }
        text.append("（")
        text.append(sign)
        appendPercent(abs(difference) / old.doubleValue * 100, to: &text)
        text.append("%）")
        return text.text
    }

    /// One decimal place, without Foundation formatting: 28.27 → "28.3".
    public static func formatPercent(_ value: Double) -> String {
        var text = TextBuilder(capacity: 8)
        appendPercent(value, to: &text)
        return text.text
    }
}

private extension YenFormat {
    static func appendJapaneseUnits(man: Int, to text: inout TextBuilder) {
        let cho = man / 100_000_000
        let oku = (man / 10_000) % 10_000
        let rest = man % 10_000
        if cho > 0 {
            text.append(cho, isGrouped: true)
            text.append("兆")
        }
        if oku > 0 {
            text.append(oku, isGrouped: true)
            text.append("億")
        }
        if rest > 0 || (cho <= 0 && oku <= 0) {
            text.append(rest, isGrouped: true)
            text.append("万")
        }
    }

    static func appendPercent(_ value: Double, to text: inout TextBuilder) {
        let tenths = Int((value * 10).rounded())
        text.append(tenths / 10)
        text.append(".")
        text.append(tenths % 10)
    }
}
