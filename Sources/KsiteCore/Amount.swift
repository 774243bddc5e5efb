/// An exact non-negative figure as written in the content, e.g. `251177` or `1342.2`.
///
/// The digits are kept as text so that every figure reaches the page exactly as printed:
/// no binary floating point sits between the report and the site.
public struct Amount: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Digits before the decimal point, without leading zeros (at least "0").
    public let integerDigits: String
    /// Digits after the decimal point, possibly empty.
    public let fractionDigits: String
    public let isNegative: Bool

    /// Parses `251177`, `1,342.2`, `-3`, `0.1`; nil for anything else.
    public init?(_ text: String) {
        var body = Substring(text.filter { $0 != "," && $0 != "_" })
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigit) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || (!fraction.isEmpty && fraction.allSatisfy(\.isASCIIDigit)) else {
            return nil
        }
        let trimmed = whole.drop { $0 == "0" }
        integerDigits = trimmed.isEmpty ? "0" : String(trimmed)
        fractionDigits = String(fraction)
        isNegative = negative && !(integerDigits == "0" && fraction.allSatisfy { $0 == "0" })
    }

    /// Creates an amount from an integer.
    public init(_ value: Int) {
        integerDigits = String(value.magnitude)
        fractionDigits = ""
        isNegative = value < 0
    }

    /// The value as a Double, for drawing and arithmetic that need not be exact.
    public var doubleValue: Double {
        let magnitude = Double(fractionDigits.isEmpty
            ? integerDigits : "\(integerDigits).\(fractionDigits)") ?? 0
        return isNegative ? -magnitude : magnitude
    }

    /// The value as an Int when it has no fraction and fits.
    public var intValue: Int? {
        guard fractionDigits.isEmpty, let value = Int(integerDigits) else { return nil }
        return isNegative ? -value : value
    }

    /// Plain digits, as in the content: `1342.2`.
    public var description: String {
        (isNegative ? "-" : "") + integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// With thousands separators, as the report prints it: `1,342.2`, `93,830,106`.
    public var grouped: String {
        (isNegative ? "-" : "") + Amount.group(integerDigits)
            + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// Inserts a comma every three digits from the right: `1234567` → `1,234,567`.
    public static func group(_ digits: String) -> String {
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 {
                result.append(",")
            }
            result.append(digit)
        }
        return result
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        lhs.doubleValue < rhs.doubleValue
    }
}
