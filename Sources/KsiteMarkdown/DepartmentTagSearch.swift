/// Finds department tags (`DepartmentTag` says what one is) in UTF-8 as byte ranges, making
/// no strings.
///
/// Every text run of every body is searched: one search is kept for a whole body, and its
/// lists keep their storage from one run to the next.
struct DepartmentTagSearch {
    /// A tag found: where it sits, brackets included, and which of `codeRanges` hold its codes.
    struct Found {
        let utf8Range: Range<Int>
        let codes: Range<Int>
    }

    /// The tags of the text searched last, in order.
    private(set) var tags: [Found] = []
    /// Where each code of those tags sits, as byte offsets, one tag's codes after another's.
    private(set) var codeRanges: [Range<Int>] = []

    /// The longest code accepted, in characters.
    static let maximumCodeLength = 8

    /// Finds every tag in valid UTF-8 `bytes`, in place of those of the last search.
    mutating func search(_ bytes: UnsafeBufferPointer<UInt8>) {
        tags.removeAll(keepingCapacity: true)
        codeRanges.removeAll(keepingCapacity: true)
        // In UTF-8, 【 is E3 80 90 and 】 is E3 80 91; the search steps by character.
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
                appendTag(in: bytes, open: start, close: index)
                open = nil
            }
            index += 3
        }
    }
}

private extension DepartmentTagSearch {
    /// UTF-8 length of `【`, `】`, `・` and `、` alike.
    static let markLength = 3

    /// Adds the tag between the `【` at byte `open` and the `】` at byte `close`, if it is one.
    mutating func appendTag(in bytes: UnsafeBufferPointer<UInt8>, open: Int, close: Int) {
        let firstCode = codeRanges.count
        var codeStart = open + Self.markLength
        var index = codeStart
        while index <= close {
            guard index == close || Self.isSeparator(at: index, in: bytes) else {
                index += 1
                continue
            }
            guard Self.isCode(bytes[codeStart..<index]) else {
                codeRanges.removeSubrange(firstCode...)
                return
            }
            codeRanges.append(codeStart..<index)
            index += Self.markLength
            codeStart = index
        }
        tags.append(Found(
            utf8Range: open..<close + Self.markLength, codes: firstCode..<codeRanges.count))
    }

    /// `・` (E3 83 BB) or `、` (E3 80 81) starts at `index`; E3 only ever starts a character.
    static func isSeparator(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE3 else { return false }
        return (bytes[index + 1] == 0x83 && bytes[index + 2] == 0xBB)
            || (bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81)
    }

    /// Whether the bytes spell a code: 1–8 letters or digits.
    static func isCode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !bytes.isEmpty else { return false }
        var scalarCount = 0
        var isOneCharacterEach = true
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if let isAccepted = CodeScalar.quickIsLetterOrDigit(scalar) {
                    guard isAccepted else { return false }
                } else {
                    guard CodeScalar.isLetterOrDigit(scalar) else { return false }
                    isOneCharacterEach = false
                }
                scalarCount += 1
            case .emptyInput:
                break decoding
            case .error:
                return false
            }
        }
        // Letters of other scripts may join into one character (Hangul jamo, Thai vowels);
        // there are never more characters than scalars.
        return scalarCount <= maximumCodeLength
            || (!isOneCharacterEach
                && String(decoding: bytes, as: UTF8.self).count <= maximumCodeLength)
    }
}
