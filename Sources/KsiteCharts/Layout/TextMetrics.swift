/// Estimates how much room text takes, without fonts: CJK ≈ 1 em, ASCII ≈ 0.6 em.
///
/// The estimates are generous (real Latin digits are ≈ 0.55 em) so that boxes that do not
/// intersect here do not touch on screen either.
enum TextMetrics {
    /// Where a text's box sits relative to its `y`: the baseline is 0.9 em below the top.
    static let ascent = 0.9
    /// The box reaches 0.25 em below the baseline.
    static let descent = 0.25

    /// The estimated width of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        // The scalars decoded from the string's UTF-8 (valid, as a string's always is), their
        // ems added in order, as over `unicodeScalars`.
        let utf8 = text.utf8.span
        var total = 0.0
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            guard lead >= 0x80 else {
                total += ems(UInt32(lead))
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(lead & (0x7F >> length))
            for offset in 1..<length {
                value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
            }
            total += ems(value)
            index += length
        }
        return total * fontSize
    }

    /// The estimated width of one character at `fontSize`.
    static func width(of character: Character, fontSize: Double) -> Double {
        character.unicodeScalars.reduce(0) { $0 + ems($1.value) } * fontSize
    }

    /// The estimated width of one scalar at `fontSize`: of a character that is this scalar.
    static func width(of scalar: Unicode.Scalar, fontSize: Double) -> Double {
        ems(scalar.value) * fontSize
    }

    /// The height of one line of text's box.
    static func lineHeight(fontSize: Double) -> Double {
        (ascent + descent) * fontSize
    }

    /// The box of `text` drawn at `x`, baseline `y`, with the given `text-anchor`.
    static func box(
        _ text: String, x: Double, baseline y: Double, fontSize: Double, anchor: TextAnchor
    ) -> TextBox {
        box(width: width(text, fontSize: fontSize), x: x, baseline: y, fontSize: fontSize,
            anchor: anchor)
    }

    /// The box of a text `width` wide (as `width(_:fontSize:)` gives it), drawn at `x`,
    /// baseline `y`, with the given `text-anchor`.
    static func box(
        width: Double, x: Double, baseline y: Double, fontSize: Double, anchor: TextAnchor
    ) -> TextBox {
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        return TextBox(x: left, y: y - ascent * fontSize, width: width,
                       height: lineHeight(fontSize: fontSize))
    }
}

private extension TextMetrics {
    /// The width of the scalar `value` in ems.
    static func ems(_ value: UInt32) -> Double {
        switch value {
        case 0x200B...0x200F, 0xFE00...0xFE0F, 0x0300...0x036F: 0
        case 0x00...0xFF, 0xFF61...0xFF9F, 0xFFE8...0xFFEE: 0.6
        default: 1.0
        }
    }
}
