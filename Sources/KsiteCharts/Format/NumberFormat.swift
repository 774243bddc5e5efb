/// Writes numbers without Foundation: no exponent, no `-0`, no trailing zeros.
enum NumberFormat {
    /// The largest magnitude written; beyond it a number is clamped (no chart comes near).
    static let limit = 1e15

    /// An SVG coordinate, rounded to at most two decimals: `12.5`, `-3`, `0`.
    static func coordinate(_ value: Double) -> String {
        plain(value, fractionDigits: 2)
    }

    /// Rounded to at most `fractionDigits` decimals, trailing zeros dropped: `1342.2`.
    static func plain(_ value: Double, fractionDigits: Int) -> String {
        let (sign, whole, fraction) = parts(value, fractionDigits: fractionDigits)
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// With thousands separators: `1,342.2`, `-26,590,012`.
    static func grouped(_ value: Double, fractionDigits: Int) -> String {
        let (sign, whole, fraction) = parts(value, fractionDigits: fractionDigits)
        return sign + group(whole) + (fraction.isEmpty ? "" : "." + fraction)
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
    /// Sign, integer digits and fraction digits (trailing zeros dropped) of a rounded value.
    static func parts(_ value: Double, fractionDigits: Int) -> (String, String, String) {
        guard value.isFinite else { return ("", "0", "") }
        let clamped = min(max(value, -limit), limit)
        var digits = max(0, min(fractionDigits, 8))
        while digits > 0, abs(clamped) * powers[digits] >= 9e15 { digits -= 1 }
        let units = (abs(clamped) * powers[digits]).rounded()
        guard units > 0 else { return ("", "0", "") }
        let total = UInt64(units)
        let divisor = UInt64(powers[digits])
        // Trailing zeros are dropped by dividing them away, the rest padded back to width.
        var fraction = total % divisor
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = digits == 0 ? "" : String(fraction)
        let padding = String(repeating: "0", count: max(0, digits - fractionText.utf8.count))
        return (clamped < 0 ? "-" : "", String(total / divisor), padding + fractionText)
    }

    /// 10⁰ … 10⁸: the scales of at most eight decimals.
    static let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]

    static func group(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// floor(log10(x)) for x > 0, by counting, to stay free of Foundation.
    static func log10Floor(_ magnitude: Double) -> Double {
        var exponent = 0.0
        var scaled = magnitude
        while scaled < 1 { scaled *= 10; exponent -= 1 }
        while scaled >= 10 { scaled /= 10; exponent += 1 }
        return exponent
    }
}
