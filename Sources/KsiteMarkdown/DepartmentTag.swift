/// A department tag as the report writes it: `【産支】`, `【商金・産支】`, `【業務、監理】`.
///
/// A code is 1–8 letters or digits (kanji, kana, Latin, ー); codes are joined by `・` or
/// `、`. Anything else in lenticular brackets (`【】`, `【長い説明文です。】`) is not a tag.
///
/// Tags are found in UTF-8 bytes: every text node of every page is searched, and few bytes
/// are brackets.
struct DepartmentTag: Hashable {
    /// The tag as written, brackets included.
    let text: String
    /// The codes, in order (duplicates kept as written).
    let codes: [String]
    /// Where each code sits, as byte offsets into the text searched; one per code.
    let codeRanges: [Range<Int>]
    /// Where the tag sits, brackets included, as byte offsets into the text searched.
    let utf8Range: Range<Int>

    /// The longest code accepted, in characters.
    static let maximumCodeLength = 8

    /// Every tag in `text`, in order.
    static func find(in text: String) -> [DepartmentTag] {
        var text = text
        return text.withUTF8 { find(in: $0) }
    }

    /// Every tag in valid UTF-8 `bytes`, in order.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [DepartmentTag] {
        bracketPairs(in: bytes).compactMap { open, close in
            DepartmentTag(bytes: bytes, open: open, close: close)
        }
    }
}

private extension DepartmentTag {
    /// Byte offsets of each `【` and the `】` that closes it, with no other `【` between them.
    static func bracketPairs(in bytes: UnsafeBufferPointer<UInt8>) -> [(open: Int, close: Int)] {
        // In UTF-8, 【 is E3 80 90 and 】 is E3 80 91; the search steps by character.
        var pairs: [(open: Int, close: Int)] = []
        var open: Int?
        var index = 0
        while index + 2 < bytes.count {
            let lead = bytes[index]
            guard lead == 0xE3, bytes[index + 1] == 0x80,
                  bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91 else {
                index += UTF8Lead.length(lead)
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

    /// UTF-8 length of `【`, `】`, `・` and `、` alike.
    static let markLength = 3

    /// Reads the tag between the `【` at byte `open` and the `】` at byte `close`.
    init?(bytes: UnsafeBufferPointer<UInt8>, open: Int, close: Int) {
        var codes: [String] = []
        var codeRanges: [Range<Int>] = []
        var codeStart = open + Self.markLength
        var index = codeStart
        while index <= close {
            guard index == close || Self.isSeparator(at: index, in: bytes) else {
                index += 1
                continue
            }
            guard let code = Self.code(bytes[codeStart..<index]) else { return nil }
            codes.append(code)
            codeRanges.append(codeStart..<index)
            index += Self.markLength
            codeStart = index
        }
        self.text = String(decoding: bytes[open..<close + Self.markLength], as: UTF8.self)
        self.codes = codes
        self.codeRanges = codeRanges
        self.utf8Range = open..<close + Self.markLength
    }

    /// `・` (E3 83 BB) or `、` (E3 80 81) starts at `index`; E3 only ever starts a character.
    static func isSeparator(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE3 else { return false }
        return (bytes[index + 1] == 0x83 && bytes[index + 2] == 0xBB)
            || (bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81)
    }

    /// The code the bytes spell, or nil when they are not 1–8 letters or digits.
    static func code(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard !bytes.isEmpty else { return nil }
        var scalarCount = 0
        var isOneCharacterEach = true
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if let isAccepted = CodeScalar.quickIsLetterOrDigit(scalar) {
                    guard isAccepted else { return nil }
                } else {
                    guard CodeScalar.isLetterOrDigit(scalar) else { return nil }
                    isOneCharacterEach = false
                }
                scalarCount += 1
            case .emptyInput:
                break decoding
            case .error:
                return nil
            }
        }
        let code = String(decoding: bytes, as: UTF8.self)
        // Letters of other scripts may join into one character (Hangul jamo, Thai vowels).
        let length = isOneCharacterEach ? scalarCount : code.count
        return length <= maximumCodeLength ? code : nil
    }
}
