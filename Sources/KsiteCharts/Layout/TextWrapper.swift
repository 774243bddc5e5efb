/// Breaks text into lines that fit a width, Japanese-style: anywhere between characters,
/// but never before closing punctuation; the last allowed line ends in `…` when cut.
enum TextWrapper {
    /// Characters that must not start a line (行頭禁則).
    static let noLineStart: Set<Character> = ["、", "。", "，", "．", "）", "」", "』", "】", "・",
                                              "ー", ")", ",", ".", "…", "％", "%"]

    /// At most `maxLines` lines of `text`, each no wider than `maxWidth`.
    static func lines(
        _ text: String, maxWidth: Double, fontSize: Double, maxLines: Int
    ) -> [String] {
        guard !text.isEmpty, maxLines > 0 else { return [] }
        // Most labels fit on one line: that takes one pass and no copy.
        if fitsOneLine(text, maxWidth: maxWidth, fontSize: fontSize) { return [text] }
        let measured = MeasuredText(text, fontSize: fontSize)
        var lines: [String] = []
        var start = 0
        while start < measured.count, lines.count < maxLines {
            let count = measured.fittingCount(from: start, maxWidth: maxWidth)
            let isLast = lines.count == maxLines - 1
            if start + count >= measured.count {
                lines.append(measured[start..<measured.count])
                start = measured.count
            } else if isLast {
                lines.append(truncated(measured, from: start, maxWidth: maxWidth, fontSize: fontSize))
                start = measured.count
            } else {
                let end = start + breakCount(measured, from: start, fitting: count)
                lines.append(measured[start..<end].trimmingTrailingSpaces())
                start = end
                while start < measured.count, measured.scalars[start] == " " { start += 1 }
            }
        }
        return lines
    }
}

private extension TextWrapper {
    /// Whether all of `text` surely fits, as `MeasuredText.fittingCount` would find.
    ///
    /// Reading characters (grapheme clusters) is slow, and the width `TextMetrics` adds up
    /// scalar by scalar is the same sum as `fittingCount`'s, character by character, but for
    /// rounding, which stays below a millionth of it for any text shorter than a billion
    /// scalars. So the scalar sum decides; a text within that margin of the limit is left to
    /// the character-by-character wrapping, which keeps it whole when it fits.
    static func fitsOneLine(_ text: String, maxWidth: Double, fontSize: Double) -> Bool {
        let estimate = TextMetrics.width(text, fontSize: fontSize)
        return estimate < maxWidth + 0.001 - estimate * 1e-6
    }

    /// The characters from `start` cut so that they and a final `…` fit `maxWidth`.
    static func truncated(
        _ text: MeasuredText, from start: Int, maxWidth: Double, fontSize: Double
    ) -> String {
        let room = maxWidth - TextMetrics.width("…", fontSize: fontSize)
        let count = text.fittingCount(from: start, maxWidth: room)
        return text[start..<start + count].trimmingTrailingSpaces() + "…"
    }

    /// How many characters from `start` to put on the line when `count` of them fit:
    /// so that the next line does not open with closing punctuation, at a space when one is
    /// near the end (Latin words stay whole), and never inside a figure such as `1,000` or
    /// `10` unless it fills more than half the line.
    ///
    /// Characters are asked about by their scalar (`MeasuredText.scalars`): each character
    /// these rules name is one scalar, which no other character equals.
    static func breakCount(_ text: MeasuredText, from start: Int, fitting count: Int) -> Int {
        let scalars = text.scalars
        let rest = text.count - start
        if let space = scalars[start..<start + count].lastIndex(of: " "),
           space - start > count / 2 {
            return space - start + 1
        }
        var end = count
        while end > 1, end < rest, isNoLineStart(scalars[start + end]) {
            end -= 1
        }
        var wordStart = end
        while wordStart > count / 2, wordStart < rest,
              isWordPart(scalars[start + wordStart - 1]), isWordPart(scalars[start + wordStart]) {
            wordStart -= 1
        }
        return wordStart > count / 2 ? wordStart : end
    }

    /// `noLineStart` by scalar.
    static let noLineStartScalars = Set(noLineStart.compactMap { character in
        character.unicodeScalars.count == 1 ? character.unicodeScalars.first : nil
    })

    static func isNoLineStart(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(noLineStartScalars.contains) ?? false
    }

    /// An ASCII letter or digit, or `,` `.` `%` (inside figures such as `1,000.5%`).
    static func isWordPart(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ",", ".", "%": true
        default: false
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
