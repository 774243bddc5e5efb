/// Chooses which tick labels to print so that none overlaps another: every k-th one, with
/// the smallest k that works (the first tick always keeps its label).
enum TickLabelThinning {
    /// Indices of `boxes` to label.
    static func visibleIndices(_ boxes: [TextBox], padding: Double = 6) -> [Int] {
        guard !boxes.isEmpty else { return [] }
        for stride in 1...boxes.count {
            let chosen = Swift.stride(from: 0, to: boxes.count, by: stride).map { $0 }
            let padded = chosen.map { index -> TextBox in
                var box = boxes[index]
                box.x -= padding / 2
                box.width += padding
                box.y -= padding / 2
                box.height += padding
                return box
            }
            if !zip(padded, padded.dropFirst()).contains(where: { $0.intersects($1) }) {
                return chosen
            }
        }
        return [0]
    }
}
