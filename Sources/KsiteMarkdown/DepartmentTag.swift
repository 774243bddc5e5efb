/// A department tag as the report writes it: `【産支】`, `【商金・産支】`, `【業務、監理】`.
///
/// A code is 1–8 letters or digits (kanji, kana, Latin, ー); codes are joined by `・` or
/// `、`. Anything else in lenticular brackets (`【】`, `【長い説明文です。】`) is not a tag.
struct DepartmentTag: Hashable {
    /// The tag as written, brackets included.
    let text: String
    /// The codes, in order (duplicates kept as written).
    let codes: [String]
    /// The character between each pair of codes (`・` or `、`); one fewer than `codes`.
    let separators: [Character]
    /// Where the tag sits in the text it was found in.
    let range: Range<String.Index>

    /// Every tag in `text`, in order.
    static func find(in text: String) -> [DepartmentTag] {
        var tags: [DepartmentTag] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(of: "【") {
            let contentStart = text.index(after: open)
            guard let close = text[contentStart...].firstIndex(where: { $0 == "】" || $0 == "【" })
            else { break }
            if text[close] == "【" {
                searchStart = close
                continue
            }
            let range = open..<text.index(after: close)
            if let tag = DepartmentTag(content: text[contentStart..<close], range: range) {
                tags.append(tag)
            }
            searchStart = range.upperBound
        }
        return tags
    }

    /// The longest code accepted.
    static let maximumCodeLength = 8
}

private extension DepartmentTag {
    init?(content: Substring, range: Range<String.Index>) {
        var codes: [String] = []
        var separators: [Character] = []
        var code = ""
        for character in content {
            if character == "・" || character == "、" {
                guard Self.isCode(code) else { return nil }
                codes.append(code)
                separators.append(character)
                code = ""
            } else {
                code.append(character)
            }
        }
        guard Self.isCode(code) else { return nil }
        codes.append(code)
        self.text = "【" + content + "】"
        self.codes = codes
        self.separators = separators
        self.range = range
    }

    static func isCode(_ code: String) -> Bool {
        (1...maximumCodeLength).contains(code.count)
            && code.allSatisfy { $0.isLetter || $0.isNumber }
    }
}
