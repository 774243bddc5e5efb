/// Writes numbers without Foundation: no exponent, no `-0`, no trailing zeros.
enum NumberFormat {
    /// An SVG coordinate, rounded to at most two decimals: `12.5`, `-3`, `0`.
    static func coordinate(_ value: Double) -> String {
        plain(value, fractionDigits: 2)
    }

    /// Appends `coordinate(value)` to UTF-8 markup.
    static func writeCoordinate(_ value: Double, into bytes: inout [UInt8]) {
        RoundedDecimal(value, fractionDigits: 2).write(into: &bytes, isGrouped: false)
    }

    /// Rounded to at most `fractionDigits` decimals, trailing zeros dropped: `1342.2`.
    static func plain(_ value: Double, fractionDigits: Int) -> String {
        RoundedDecimal(value, fractionDigits: fractionDigits).text(isGrouped: false)
    }

    /// With thousands separators: `1,342.2`, `-26,590,012`.
    static func grouped(_ value: Double, fractionDigits: Int) -> String {
        RoundedDecimal(value, fractionDigits: fractionDigits).text(isGrouped: true)
    }

    /// A value label: two decimals at most, or two significant digits below 1 (`0.0042`).
    static func value(_ value: Double) -> String {
        grouped(value, fractionDigits: fractionDigits(forValue: value))
    }

    /// How many decimals show a value: two, or enough for two significant digits below 1.
    static func fractionDigits(forValue value: Double) -> Int {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude < 0.01, magnitude.isFinite else { return 2 }
        return min(8, Int((-log10Floor(magnitude)).rounded()) + 1)
    }

    /// How many decimals the multiples of a tick step need: 2.5 → 1, 0.25 → 2, 50 → 0.
    static func fractionDigits(forStep step: Double) -> Int {
        var digits = 0
        var scaled = abs(step)
        while digits < 8, scaled.isFinite, abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            scaled *= 10
            digits += 1
        }
        return digits
    }
}

private extension NumberFormat {
    /// floor(log10(x)) for x > 0, by counting, to stay free of Foundation.
    static func log10Floor(_ magnitude: Double) -> Double {
        var exponent = 0.0
        var scaled = magnitude
        while scaled < 1 { scaled *= 10; exponent -= 1 }
        while scaled >= 10 { scaled /= 10; exponent += 1 }
        return exponent
    }
}
