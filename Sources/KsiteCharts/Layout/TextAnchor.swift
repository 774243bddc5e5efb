/// SVG `text-anchor`: which end of the text sits at its `x`.
enum TextAnchor: String, Sendable {
    case start
    case middle
    case end
}
