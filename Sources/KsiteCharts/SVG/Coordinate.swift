/// A coordinate written out once, for markup that repeats it: the x of a grid line, which
/// every row of bars draws again, or the top and bottom shared by a row's grid lines.
struct Coordinate: Sendable {
    /// `NumberFormat.coordinate(value)` as UTF-8.
    let text: [UInt8]

    init(_ value: Double) {
        var text: [UInt8] = []
        text.reserveCapacity(RoundedDecimal.maxLength)
        NumberFormat.writeCoordinate(value, into: &text)
        self.text = text
    }
}
