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
    /// The same place as byte offsets into the text's UTF-8.
    let utf8Range: Range<Int>

    /// The longest code accepted, in characters.
    static let maximumCodeLength = 8

    /// Every tag in `text`, in order.
    static func find(in text: String) -> [DepartmentTag] {
        // Bytes first: every text node of every page is searched, and few bytes are brackets.
        let brackets = bracketPairs(in: text)
        guard !brackets.isEmpty else { return [] }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let bracketLength = 3
        return brackets.compactMap { open, close in
            DepartmentTag(
                content: text.unicodeScalars[index(open + bracketLength)..<index(close)],
                range: index(open)..<index(close + bracketLength),
                utf8Range: open..<close + bracketLength)
        }
    }

    /// Byte offsets of each `【` and the `】` that closes it, with no other `【` between them.
    private static func bracketPairs(in text: String) -> [(open: Int, close: Int)] {
        // In UTF-8, 【 is E3 80 90 and 】 is E3 80 91; E3 only ever starts a character.
        var text = text
        return text.withUTF8 { bytes in
            var pairs: [(open: Int, close: Int)] = []
            var open: Int?
            var index = 0
            while index + 2 < bytes.count {
                guard bytes[index] == 0xE3, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91 else {
                    index += 1
                    continue
                }
                if bytes[index + 2] == 0x90 {
                    open = index  // a later 【 starts the tag afresh
                } else if let start = open {
                    pairs.append((start, index))
                    open = nil
                }
                index += 3
            }
            return pairs
        }
    }
}

private extension DepartmentTag {
    init?(content: Substring.UnicodeScalarView, range: Range<String.Index>, utf8Range: Range<Int>) {
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
        self.utf8Range = utf8Range
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
