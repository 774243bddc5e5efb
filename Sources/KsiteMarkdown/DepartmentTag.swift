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

    /// The longest code accepted, in characters.
    static let maximumCodeLength = 8

    /// Every tag in `text`, in order.
    static func find(in text: String) -> [DepartmentTag] {
        // Scalars, not Characters: comparing them needs no normalization, which matters
        // for every text node of every page.
        let scalars = text.unicodeScalars
        var tags: [DepartmentTag] = []
        var searchStart = scalars.startIndex
        while let open = scalars[searchStart...].firstIndex(of: "【") {
            let contentStart = scalars.index(after: open)
            guard let close = scalars[contentStart...].firstIndex(where: { $0 == "】" || $0 == "【" })
            else { break }
            if scalars[close] == "【" {
                searchStart = close
                continue
            }
            let range = open..<scalars.index(after: close)
            if let tag = DepartmentTag(content: scalars[contentStart..<close], range: range) {
                tags.append(tag)
            }
            searchStart = range.upperBound
        }
        return tags
    }
}

private extension DepartmentTag {
    init?(content: Substring.UnicodeScalarView, range: Range<String.Index>) {
        var codes: [String] = []
        var separators: [Character] = []
        var codeStart = content.startIndex
        for index in content.indices where content[index] == "・" || content[index] == "、" {
            guard let code = Self.code(content[codeStart..<index]) else { return nil }
            codes.append(code)
            separators.append(Character(content[index]))
            codeStart = content.index(after: index)
        }
        guard let code = Self.code(content[codeStart...]) else { return nil }
        codes.append(code)
        self.text = "【" + String(content) + "】"
        self.codes = codes
        self.separators = separators
        self.range = range
    }

    static func code(_ scalars: Substring.UnicodeScalarView) -> String? {
        guard !scalars.isEmpty, scalars.allSatisfy(isCodeScalar) else { return nil }
        let code = String(scalars)
        return code.count <= maximumCodeLength ? code : nil
    }

    static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
