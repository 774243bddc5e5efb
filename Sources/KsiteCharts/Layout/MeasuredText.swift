/// A text's characters with their estimated widths, read once so that breaking the text into
/// lines costs one pass over its characters however many lines it takes.
///
/// Reading grapheme clusters is slow, and the labels of a report are made of scalars that
/// never join a neighbour (ASCII, kana, kanji, CJK punctuation, full-width forms): such a
/// text is read scalar by scalar, each scalar a character; any other text cluster by cluster.
struct MeasuredText: Sendable {
    let text: String
    /// Each character's scalar when the character is that one scalar, nil when it is a cluster
    /// of several (an emoji sequence, a letter and its combining mark): what line breaking
    /// asks of a character (a space? closing punctuation? part of a word?) is about one scalar.
    private(set) var scalars: [Unicode.Scalar?] = []
    /// The width of each character, as `TextMetrics.width(of:fontSize:)` gives it.
    private(set) var widths: [Double] = []
    /// Where each character starts in `text`, then `text.endIndex`.
    private var boundaries: [String.Index] = []

    init(_ text: String, fontSize: Double) {
        self.text = text
        // A character takes at least one byte: room for as many as there can be, so that
        // the arrays never grow on the way.
        let room = text.utf8.count
        scalars.reserveCapacity(room)
        widths.reserveCapacity(room)
        boundaries.reserveCapacity(room + 1)
        boundaries.append(text.startIndex)
        if text.unicodeScalars.allSatisfy(Self.standsAlone) {
            measureScalars(fontSize: fontSize)
        } else {
            measureCharacters(fontSize: fontSize)
        }
    }

    /// The number of characters.
    var count: Int { widths.count }

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

    /// Whether `scalar` is a character of its own next to any scalar for which this also
    /// holds: its grapheme cluster break property is "any other" (not a mark, joiner,
    /// control, Hangul jamo or regional indicator), so two of them never join.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF,
             // General punctuation, number forms (Ⅰ Ⅱ), arrows, circled numbers, shapes.
             0x2010...0x2027, 0x2030...0x205E, 0x2150...0x218B, 0x2190...0x21FF,
             0x2460...0x24FF, 0x25A0...0x25FF,
             // CJK punctuation less the tone marks U+302A–302F; kana less the combining
             // voicing marks U+3099–309A; kanji.
             0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF,
             // Full-width forms and half-width katakana less the voicing marks U+FF9E–FF9F.
             0xFF01...0xFF9D, 0xFFE0...0xFFEE:
            true
        default:
            false
        }
    }
}

private extension MeasuredText {
    mutating func measureScalars(fontSize: Double) {
        var index = text.startIndex
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            widths.append(TextMetrics.width(of: scalar, fontSize: fontSize))
            index = text.utf8.index(index, offsetBy: UTF8.width(scalar))
            boundaries.append(index)
        }
    }

    mutating func measureCharacters(fontSize: Double) {
        var index = text.startIndex
        for character in text {
            let characterScalars = character.unicodeScalars
            let isOneScalar = characterScalars.index(after: characterScalars.startIndex)
                == characterScalars.endIndex
            scalars.append(isOneScalar ? characterScalars.first : nil)
            widths.append(TextMetrics.width(of: character, fontSize: fontSize))
            index = text.utf8.index(index, offsetBy: character.utf8.count)
            boundaries.append(index)
        }
    }
}
