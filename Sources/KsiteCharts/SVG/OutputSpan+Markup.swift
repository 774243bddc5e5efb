/// Writing markup into room reserved beforehand: `SVGWriter` reserves an element's room
/// once (`Array.append(addingCapacity:initializingWith:)`) and fills it through these,
/// rather than growing its array piece by piece — each growth checks the array's
/// uniqueness and capacity again, which costs more than copying a short piece.
extension OutputSpan where Element == UInt8 {
    /// Appends fixed markup.
    mutating func append(markup: StaticString) {
        markup.withUTF8Buffer { append(markup: $0) }
    }

    /// Appends markup written beforehand.
    mutating func append(markup: [UInt8]) {
        markup.withUnsafeBufferPointer { append(markup: $0) }
    }

    /// Appends markup written beforehand, copied as one block rather than byte by byte (the
    /// copy stops with a trap if the room left is too small, as `append(_:)` would).
    mutating func append(markup: UnsafeBufferPointer<UInt8>) {
        withUnsafeMutableBufferPointer { room, count in
            count = room[count...].initialize(fromContentsOf: markup)
        }
    }

    /// Appends a coordinate or size (`NumberFormat.coordinate`): at most
    /// `RoundedDecimal.maxLength` bytes.
    mutating func append(number: Double) {
        RoundedDecimal(number, fractionDigits: 2).write(into: &self, isGrouped: false)
    }
}
