import KsiteCore

/// Which Unicode scalars may make up a department code: letters and digits of any script.
enum CodeScalar {
    /// Whether the scalar is a letter or a number (general category L* or N*).
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    /// `isLetterOrDigit` without Unicode's tables, for ASCII, kana, ー and the main block of
    /// kanji, which make nearly every code; nil for other scalars.
    ///
    /// Every scalar accepted here is a character of its own: none joins a neighbour.
    static func quickIsLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool? {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:  // ASCII digits and letters
            true
        case 0x00...0x7F:
            false
        case 0x30FD...0x30FF:  // ヽ ヾ ヿ
            true
        default:
            JapaneseScalar.isKanaOrKanji(scalar.value) ? true : nil
        }
    }
}
