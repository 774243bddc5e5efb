/// The scalars that make up nearly all of a Japanese report, which several passes over text
/// take a short way with (search normalisation, page descriptions, department codes).
///
/// Every scalar here stands alone: none has case, changes under NFKC, composes with a
/// neighbour, or joins one into a single character.
public enum JapaneseScalar {
    /// Hiragana, katakana (not the middle dot ・ U+30FB), the long vowel mark ー, and the CJK
    /// Unified Ideographs, every one of which is assigned.
    public static func isKanaOrKanji(_ value: UInt32) -> Bool {
        switch value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Common CJK punctuation: 、。・々 and the brackets 〈〉《》「」『』【】.
    public static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x3001, 0x3002, 0x3005, 0x3008...0x3011, 0x30FB: true
        default: false
        }
    }
}
