/// Chooses which tick labels to print so that none overlaps another: every k-th one, with
/// the smallest k that works (the first tick always keeps its label).
enum TickLabelThinning {
    /// Indices of `boxes` to label.
    static func visibleIndices(_ boxes: [TextBox], padding: Double = 6) -> [Int] {
        guard !boxes.isEmpty else { return [] }
        for stride in 1...boxes.count where !hasOverlap(boxes, stride: stride, padding: padding) {
            return Array(Swift.stride(from: 0, to: boxes.count, by: stride))
        }
        return [0]
    }

    /// Whether two neighbours among every `stride`-th box, each grown by `padding`, intersect.
    private static func hasOverlap(_ boxes: [TextBox], stride: Int, padding: Double) -> Bool {
        var previous: TextBox?
        for index in Swift.stride(from: 0, to: boxes.count, by: stride) {
            var box = boxes[index]
            box.x -= padding / 2
            box.width += padding
            box.y -= padding / 2
            box.height += padding
            if let previous, previous.intersects(box) { return true }
            previous = box
        }
        return false
    }
}
