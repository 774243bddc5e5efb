/// A department tag as the report writes it: `【産支】`, `【商金・産支】`, `【業務、監理】`.
///
/// A code is 1–8 letters or digits (kanji, kana, Latin, ー); codes are joined by `・` or
/// `、`. Anything else in lenticular brackets (`【】`, `【長い説明文です。】`) is not a tag.
///
/// The renderer finds tags with `DepartmentTagSearch`, which makes no strings; this value,
/// with the codes as strings, is for reading one tag whole.
struct DepartmentTag: Hashable {
    /// The tag as written, brackets included.
    let text: String
    /// The codes, in order (duplicates kept as written).
    let codes: [String]
    /// Where each code sits, as byte offsets into the text searched; one per code.
    let codeRanges: [Range<Int>]
    /// Where the tag sits, brackets included, as byte offsets into the text searched.
    let utf8Range: Range<Int>

    /// Every tag in `text`, in order.
    static func find(in text: String) -> [DepartmentTag] {
        var text = text
        return text.withUTF8 { find(in: $0) }
    }

    /// Every tag in valid UTF-8 `bytes`, in order.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [DepartmentTag] {
        var search = DepartmentTagSearch()
        search.search(bytes)
        return search.tags.map { found in
            let codeRanges = Array(search.codeRanges[found.codes])
            return DepartmentTag(
                text: String(decoding: bytes[found.utf8Range], as: UTF8.self),
                codes: codeRanges.map { String(decoding: bytes[$0], as: UTF8.self) },
                codeRanges: codeRanges, utf8Range: found.utf8Range)
        }
    }
}
