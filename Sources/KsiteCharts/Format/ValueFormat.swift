import KsiteCore

/// How a chart writes its values and axis ticks: yen in readable units, or a number and unit.
enum ValueFormat: Sendable, Equatable {
    /// Values in 千円, labelled `約2億5,118万円`, ticks `5,000万`, `1億`.
    case thousandYen
    /// Plain numbers with a unit: `289件`, ticks `250`.
    case number(unit: String)

    /// The label beside a bar or point.
    func valueLabel(_ value: Double) -> String {
        switch self {
        case .thousandYen: YenFormat.readable(thousandYen: value)
        case .number(let unit): NumberFormat.value(value) + unit
        }
    }

    /// The exact figure for the data table: `251,177千円`, `1,342.2`.
    func tableCell(_ value: Double?) -> String {
        guard let value else { return "データなし" }
        switch self {
        case .thousandYen: return NumberFormat.grouped(value, fractionDigits: 3) + "千円"
        case .number: return NumberFormat.value(value)
        }
    }

    /// A tick label; `step` sets the decimals so every tick reads the same way.
    func tickLabel(_ value: Double, step: Double) -> String {
        switch self {
        case .thousandYen:
            return Self.shortYen(yen: value * 1000)
        case .number:
            let digits = NumberFormat.fractionDigits(forStep: step)
            return NumberFormat.grouped(value, fractionDigits: digits)
        }
    }

    /// What the axis says its unit is: `単位：円`, `単位：件`, or nil without a unit.
    var unitNote: String? {
        switch self {
        case .thousandYen: "単位：円"
        case .number(let unit): unit.isEmpty ? nil : "単位：\(unit)"
        }
    }
}

private extension ValueFormat {
    /// The units `shortYen` writes, largest first.
    static let yenUnits: [(size: Double, name: String)] = [(1e12, "兆"), (1e8, "億"), (1e4, "万")]

    /// `1,000億`, `2.5億`, `5,000万`, `500` — the largest unit that leaves a number ≥ 1.
    static func shortYen(yen: Double) -> String {
        for (size, name) in yenUnits where abs(yen) >= size {
            let scaled = yen / size
            return NumberFormat.grouped(scaled, fractionDigits: 2) + name
        }
        return NumberFormat.grouped(yen, fractionDigits: NumberFormat.fractionDigits(forValue: yen))
    }
}
