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
    /// The value as a Double, for drawing and arithmetic that need not be exact.
    ///
    /// Worked out once, as the amount is made: charts, totals and comparisons read it often.
    public let doubleValue: Double

    /// Parses `251177`, `1,342.2`, `-3`, `0.1`; nil for anything else.
    ///
    /// Commas and underscores are ignored; what is left must be an optional `-`, digits, and
    /// optionally `.` and more digits.
    public init?(_ text: String) {
        var bytes = text
        let isASCII = bytes.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        guard let parts = isASCII ? Self.asciiParts(of: text) : Self.characterParts(of: text) else {
            return nil
        }
        self.init(parts)
    }

    /// Creates an amount from an integer.
    public init(_ value: Int) {
        self.init((String(value.magnitude), "", value < 0))
    }

    /// The value as an Int when it has no fraction and fits.
    public var intValue: Int? {
        guard fractionDigits.isEmpty, let value = Int(integerDigits) else { return nil }
        return isNegative ? -value : value
    }

    /// Plain digits, as in the content: `1342.2`.
    public var description: String {
        // Most amounts are whole and not negative: their digits are the whole text.
        guard isNegative || !fractionDigits.isEmpty else { return integerDigits }
        return (isNegative ? "-" : "") + integerDigits
            + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// With thousands separators, as the report prints it: `1,342.2`, `93,830,106`.
    public var grouped: String {
        var integer = integerDigits, fraction = fractionDigits
        let text = integer.withUTF8 { integer in
            fraction.withUTF8 {
                Self.grouped(isNegative: isNegative, integerDigits: integer, fractionDigits: $0)
            }
        }
        return text ?? (isNegative ? "-" : "") + Self.groupCharacters(integerDigits)
            + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// Inserts a comma every three digits from the right: `1234567` → `1,234,567`.
    public static func group(_ digits: String) -> String {
        var text = digits
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        return text.withUTF8 { grouped(isNegative: false, integerDigits: $0, fractionDigits: none) }
            ?? groupCharacters(digits)
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        lhs.doubleValue < rhs.doubleValue
    }
}

extension Amount {
    typealias Parts = (integerDigits: String, fractionDigits: String, isNegative: Bool)

    /// An amount of checked parts.
    private init(_ parts: Parts) {
        integerDigits = parts.integerDigits
        fractionDigits = parts.fractionDigits
        isNegative = parts.isNegative
        // Up to 15 digits a whole number is exactly a Double, the one the decimal parse
        // gives; longer numbers and fractions take the parse.
        let magnitude = fractionDigits.isEmpty && integerDigits.utf8.count <= 15
            ? Double(Int(integerDigits) ?? 0)
            : Double(fractionDigits.isEmpty ? integerDigits : "\(integerDigits).\(fractionDigits)") ?? 0
        doubleValue = isNegative ? -magnitude : magnitude
    }

    /// The grouped text of ASCII digits, written once into a String of its length; nil when
    /// the integer digits are not all ASCII, as they are then grouped by characters.
    private static func grouped(
        isNegative: Bool, integerDigits: UnsafeBufferPointer<UInt8>,
        fractionDigits: UnsafeBufferPointer<UInt8>
    ) -> String? {
        guard integerDigits.allSatisfy(\.isASCIIDigit) else { return nil }
        let commaCount = max(integerDigits.count - 1, 0) / 3
        let count = (isNegative ? 1 : 0) + integerDigits.count + commaCount
            + (fractionDigits.isEmpty ? 0 : 1 + fractionDigits.count)
        return String(unsafeUninitializedCapacity: count) { text in
            var written = 0
            func write(_ byte: UInt8) {
                text[written] = byte
                written += 1
            }
            if isNegative { write(UInt8(ascii: "-")) }
            // Digits left before the next comma: the first group has one to three.
            var untilComma = integerDigits.count - commaCount * 3
            for digit in integerDigits {
                if untilComma == 0 {
                    write(UInt8(ascii: ","))
                    untilComma = 3
                }
                write(digit)
                untilComma -= 1
            }
            if !fractionDigits.isEmpty {
                write(UInt8(ascii: "."))
                fractionDigits.forEach(write)
            }
            return written
        }
    }

    /// `group` for digits that are not all ASCII, one character at a time.
    private static func groupCharacters(_ digits: String) -> String {
        let count = digits.count
        var result = ""
        result.reserveCapacity(count + count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (count - index) % 3 == 0 {
                result.append(",")
            }
            result.append(digit)
        }
        return result
    }

    /// Reads ASCII text byte by byte, where bytes and characters are the same thing.
    static func asciiParts(of text: String) -> Parts? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: isSeparator) else { return asciiParts(ofUnseparated: bytes) }
            return bytes.filter { !isSeparator($0) }.withUnsafeBufferPointer(asciiParts(ofUnseparated:))
        }
    }

    /// Reads an optional `-`, digits, and optionally `.` and more digits.
    private static func asciiParts(ofUnseparated bytes: UnsafeBufferPointer<UInt8>) -> Parts? {
        let isMinus = bytes.first == UInt8(ascii: "-")
        let number = bytes[(isMinus ? 1 : 0)...]
        let point = number.firstIndex(of: UInt8(ascii: "."))
        let whole = number[..<(point ?? number.endIndex)]
        let fraction = number[(point.map { $0 + 1 } ?? number.endIndex)...]
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
              point == nil || (!fraction.isEmpty && fraction.allSatisfy(\.isASCIIDigit)) else { return nil }
        let significant = whole.drop { $0 == UInt8(ascii: "0") }
        return (significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self),
                fraction.isEmpty ? "" : String(decoding: fraction, as: UTF8.self),
                isMinus && !(significant.isEmpty && fraction.allSatisfy { $0 == UInt8(ascii: "0") }))
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "_")
    }

    /// Reads text with non-ASCII characters character by character, so that a digit carrying a
    /// combining mark is treated as it always has been.
    static func characterParts(of text: String) -> Parts? {
        // Only a digit, '-' or a separator can start a number: text such as 交付決定 is
        // turned away on its first byte, which for these characters is the ASCII one (a digit
        // has no composed form that starts otherwise), then on its first character.
        guard let byte = text.utf8.first,
              byte.isASCIIDigit || byte == UInt8(ascii: "-") || isSeparator(byte),
              let first = text.first, first.isASCIIDigit || first == "-" || first == ","
                || first == "_" else { return nil }
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
        let integerDigits = trimmed.isEmpty ? "0" : String(trimmed)
        return (integerDigits, String(fraction),
                negative && !(integerDigits == "0" && fraction.allSatisfy { $0 == "0" }))
    }
}
