/// An axis-aligned rectangle that a piece of text is estimated to cover.
struct TextBox: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }

    /// Whether the two boxes share any area (touching edges do not count).
    func intersects(_ other: TextBox) -> Bool {
        x < other.right && other.x < right && y < other.bottom && other.y < bottom
    }
}
