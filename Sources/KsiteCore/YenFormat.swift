/// Formats budget amounts given in thousands of yen (千円), the unit of the report.
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
        let sign = yen < 0 ? "-" : ""
        let magnitude = abs(yen)
        if magnitude < 10_000 {
            let rounded = magnitude.rounded()
            let prefix = rounded == magnitude ? "" : "約"
            return prefix + sign + Amount.group(String(Int(rounded))) + "円"
        }
        let man = (magnitude / 10_000).rounded()
        let prefix = man * 10_000 == magnitude ? "" : "約"
        return prefix + sign + japaneseUnits(man: Int(man)) + "円"
    }

    /// A count of 万 as `2億5,118万`, `938億3,011万`, `363万`, `1兆2億`.
    public static func japaneseUnits(man: Int) -> String {
        let cho = man / 100_000_000
        let oku = (man / 10_000) % 10_000
        let rest = man % 10_000
        var text = ""
        if cho > 0 { text += Amount.group(String(cho)) + "兆" }
        if oku > 0 { text += Amount.group(String(oku)) + "億" }
        if rest > 0 || text.isEmpty { text += Amount.group(String(rest)) + "万" }
        return text
    }

    /// The change between two budgets: `-26,590,012千円（-28.3%）`, `+0千円（±0.0%）`.
    public static func change(from old: Amount, to new: Amount, unit: String = "千円") -> String {
        let difference = new.doubleValue - old.doubleValue
        let sign = difference > 0 ? "+" : (difference < 0 ? "-" : "±")
        let absolute = Amount.group(String(Int(abs(difference).rounded())))
        guard old.doubleValue != 0 else { return "\(sign)\(absolute)\(unit)" }
        let percent = abs(difference) / old.doubleValue * 100
        return "\(sign)\(absolute)\(unit)（\(sign)\(formatPercent(percent))%）"
    }

    /// One decimal place, without Foundation formatting: 28.27 → "28.3".
    public static func formatPercent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
