/// The UTF-8 bytes of a short text put together from pieces — figures, signs, units — and
/// made a `String` once: joining or interpolating Strings would make a new one at each piece.
struct TextBuilder {
    private var bytes: [UInt8] = []

    /// A builder with room for `capacity` bytes, enough for the text when it is a good guess.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The text built.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a piece written in the code: a sign, a unit, a bracket.
    mutating func append(_ piece: StaticString) {
        bytes.append(
            contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
    }

    /// Appends a String: named apart from `append(_:)`, which string literals should reach.
    mutating func append(contentsOf piece: String) {
        bytes.append(contentsOf: piece.utf8)
    }

    /// Appends `value` in decimal digits as `String(value)` writes it, with a comma every
    /// three digits from the right when `isGrouped` (`-1,306`).
    mutating func append(_ value: Int, isGrouped: Bool = false) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits from the last, then turned around in place: no need to count them first.
        var low = bytes.endIndex
        var rest = value.magnitude
        var digitCount = 0
        repeat {
            if isGrouped, digitCount > 0, digitCount % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            digitCount += 1
        } while rest > 0
        var high = bytes.endIndex - 1
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}
