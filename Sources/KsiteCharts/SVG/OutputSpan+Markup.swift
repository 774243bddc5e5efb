/// Writing markup into room reserved beforehand: `SVGWriter` reserves an element's room
/// once (`Array.append(addingCapacity:initializingWith:)`) and fills it through these,
/// rather than growing its array piece by piece — each growth checks the array's
/// uniqueness and capacity again, which costs more than copying a short piece.
extension OutputSpan where Element == UInt8 {
    /// Appends fixed markup.
    mutating func append(markup: StaticString) {
        markup.withUTF8Buffer { buffer in
            for byte in buffer { append(byte) }
        }
    }

    /// Appends markup written beforehand.
    mutating func append(markup: [UInt8]) {
        for byte in markup { append(byte) }
    }

    /// Appends a coordinate or size (`NumberFormat.coordinate`): at most
    /// `RoundedDecimal.maxLength` bytes.
    mutating func append(number: Double) {
        RoundedDecimal(number, fractionDigits: 2).write(into: &self, isGrouped: false)
    }
}
