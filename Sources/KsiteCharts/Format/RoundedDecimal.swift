/// A number rounded to at most eight decimals and held as integers, so that it can be written
/// digit by digit: no exponent, no `-0`, no trailing zeros.
///
/// `NumberFormat` writes every figure of a chart through this type, straight into the bytes
/// of the SVG or of a label, without making a string per part.
struct RoundedDecimal: Sendable {
    /// The largest magnitude written; beyond it a number is clamped (no chart comes near).
    static let limit = 1e15

    /// Whether a minus sign is written (never for a value that rounds to zero).
    let isNegative: Bool
    /// The integer part.
    let whole: UInt64
    /// The fraction's digits as an integer, trailing zeros dropped: `0.05` → 5.
    let fraction: UInt64
    /// How many digits `fraction` is written with, leading zeros included: `0.05` → 2.
    let fractionDigits: Int

    /// `value` rounded to at most `fractionDigits` decimals (0…8). Non-finite values are 0.
    init(_ value: Double, fractionDigits: Int) {
        guard value.isFinite else {
            self.init(isNegative: false, whole: 0, fraction: 0, fractionDigits: 0)
            return
        }
        let clamped = min(max(value, -Self.limit), Self.limit)
        let magnitude = abs(clamped)
        var digits = max(0, min(fractionDigits, 8))
        // Keep the scaled value within the integers a Double holds exactly.
        while digits > 0, magnitude * Self.powers[digits] >= 9e15 { digits -= 1 }
        let total = Self.roundedHalfAway(magnitude * Self.powers[digits])
        guard total > 0 else {
            self.init(isNegative: false, whole: 0, fraction: 0, fractionDigits: 0)
            return
        }
        let divisor = UInt64(Self.powers[digits])
        // Trailing zeros are dropped by dividing them away.
        var fraction = total % divisor
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        self.init(isNegative: clamped < 0, whole: total / divisor, fraction: fraction,
                  fractionDigits: digits)
    }

    private init(isNegative: Bool, whole: UInt64, fraction: UInt64, fractionDigits: Int) {
        self.isNegative = isNegative
        self.whole = whole
        self.fraction = fraction
        self.fractionDigits = fractionDigits
    }

    /// The most bytes `write` appends: a sign, 16 digits with 5 commas, a point, 8 decimals.
    static let maxLength = 32

    /// Appends the number as ASCII: `-1342.25`, or `-1,342.25` when `isGrouped`.
    func write(into bytes: inout [UInt8], isGrouped: Bool) {
        bytes.append(addingCapacity: Self.maxLength) { write(into: &$0, isGrouped: isGrouped) }
    }

    /// Appends the number to room of at least `count(isGrouped:)` bytes (`maxLength` is
    /// always enough).
    func write(into bytes: inout OutputSpan<UInt8>, isGrouped: Bool) {
        if isNegative { bytes.append(UInt8(ascii: "-")) }
        var power: UInt64 = 1
        var remaining = 0
        while power <= whole / 10 {
            power *= 10
            remaining += 1
        }
        var rest = whole
        // `remaining` counts the digits after the one being written; a comma follows every
        // digit that has a multiple of three after it.
        while remaining >= 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / power))
            rest %= power
            power /= 10
            if isGrouped, remaining > 0, remaining % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            remaining -= 1
        }
        guard fractionDigits > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var fractionPower = UInt64(Self.powers[fractionDigits - 1])
        var fractionRest = fraction
        while fractionPower > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fractionRest / fractionPower))
            fractionRest %= fractionPower
            fractionPower /= 10
        }
    }

    /// How many bytes `write` appends.
    func count(isGrouped: Bool) -> Int {
        var digits = 1
        var rest = whole
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return (isNegative ? 1 : 0) + digits + (isGrouped ? (digits - 1) / 3 : 0)
            + (fractionDigits > 0 ? 1 + fractionDigits : 0)
    }

    /// The number as a string (see `write(into:isGrouped:)`).
    ///
    /// Written straight into a string of its length: most figures are short enough for a
    /// small string, which takes no allocation at all.
    func text(isGrouped: Bool) -> String {
        String(unsafeUninitializedCapacity: count(isGrouped: isGrouped)) { buffer in
            var bytes = OutputSpan(buffer: buffer, initializedCount: 0)
            write(into: &bytes, isGrouped: isGrouped)
            return bytes.finalize(for: buffer)
        }
    }
}

private extension RoundedDecimal {
    /// 10⁰ … 10⁸: the scales of at most eight decimals.
    static let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
}

extension RoundedDecimal {
    /// `scaled.rounded()` as an integer, for 0 ≤ `scaled` < 2⁵³, without a call into libm:
    /// below 2⁵³ the part after the point, `scaled` less its integer part, is exact, so
    /// comparing it with one half rounds halves away from zero just as `rounded()` does.
    static func roundedHalfAway(_ scaled: Double) -> UInt64 {
        let whole = UInt64(scaled)
        return scaled - Double(whole) >= 0.5 ? whole + 1 : whole
    }
}
