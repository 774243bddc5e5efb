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
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty, lines.count < maxLines {
            let count = fittingCount(rest, maxWidth: maxWidth, fontSize: fontSize)
            let isLast = lines.count == maxLines - 1
            if count >= rest.count {
                lines.append(String(rest))
                rest = ""
            } else if isLast {
                lines.append(truncated(rest, maxWidth: maxWidth, fontSize: fontSize))
                rest = ""
            } else {
                let end = rest.index(rest.startIndex, offsetBy: breakCount(rest, fitting: count))
                lines.append(String(rest[..<end]).trimmingTrailingSpaces())
                rest = rest[end...].drop { $0 == " " }
            }
        }
        return lines
    }

    /// `text` cut so that it and a final `…` fit `maxWidth`.
    static func truncated(_ text: Substring, maxWidth: Double, fontSize: Double) -> String {
        let room = maxWidth - TextMetrics.width("…", fontSize: fontSize)
        let count = fittingCount(text, maxWidth: room, fontSize: fontSize)
        return String(text.prefix(count)).trimmingTrailingSpaces() + "…"
    }
}

private extension TextWrapper {
    /// How many leading characters fit (at least one, so wrapping always moves on).
    static func fittingCount(_ text: Substring, maxWidth: Double, fontSize: Double) -> Int {
        var width = 0.0
        var count = 0
        for character in text {
            width += TextMetrics.width(String(character), fontSize: fontSize)
            if width > maxWidth + 0.001 { break }
            count += 1
        }
        return max(count, min(1, text.count))
    }

    /// Where to break so that the next line does not open with closing punctuation, at a
    /// space when one is near the end (Latin words stay whole), and never inside a figure
    /// such as `1,000` or `10` unless it fills more than half the line.
    static func breakCount(_ text: Substring, fitting count: Int) -> Int {
        let characters = Array(text)
        if let space = characters[..<count].lastIndex(of: " "), space > count / 2 {
            return space + 1
        }
        var end = count
        while end > 1, end < characters.count, noLineStart.contains(characters[end]) {
            end -= 1
        }
        var wordStart = end
        while wordStart > count / 2, wordStart < characters.count,
              isWordPart(characters[wordStart - 1]), isWordPart(characters[wordStart]) {
            wordStart -= 1
        }
        return wordStart > count / 2 ? wordStart : end
    }

    static func isWordPart(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ",.%".contains(character))
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
