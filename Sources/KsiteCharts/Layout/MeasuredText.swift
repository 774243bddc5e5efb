/// A text's characters with their estimated widths, read once so that breaking the text into
/// lines costs one pass over its grapheme clusters however many lines it takes.
struct MeasuredText: Sendable {
    let text: String
    /// The characters, in order.
    private(set) var characters: [Character] = []
    /// The width of each character, as `TextMetrics.width(of:fontSize:)` gives it.
    private(set) var widths: [Double] = []
    /// Where each character starts in `text`, then `text.endIndex`.
    private var boundaries: [String.Index] = []

    init(_ text: String, fontSize: Double) {
        self.text = text
        // A character takes at least one byte: room for as many as there can be, so that
        // the arrays never grow on the way.
        let room = text.utf8.count
        characters.reserveCapacity(room)
        widths.reserveCapacity(room)
        boundaries.reserveCapacity(room + 1)
        var index = text.startIndex
        boundaries.append(index)
        for character in text {
            characters.append(character)
            widths.append(TextMetrics.width(of: character, fontSize: fontSize))
            index = text.utf8.index(index, offsetBy: character.utf8.count)
            boundaries.append(index)
        }
    }

    /// The number of characters.
    var count: Int { characters.count }

    /// The characters in `range`, as a string.
    subscript(range: Range<Int>) -> String {
        String(text[boundaries[range.lowerBound]..<boundaries[range.upperBound]])
    }

    /// How many characters from `start` fit `maxWidth` (at least one, so wrapping always
    /// moves on); widths are added one character at a time, in order.
    func fittingCount(from start: Int, maxWidth: Double) -> Int {
        var width = 0.0
        var count = 0
        for characterWidth in widths[start...] {
            width += characterWidth
            if width > maxWidth + 0.001 { break }
            count += 1
        }
        return max(count, min(1, self.count - start))
    }
}
