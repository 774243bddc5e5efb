/// Strings and numbers as `JSONEncoder` writes them.
enum JSONScalar {
    /// `67240094` for 67240094.0, `1342.2`, `1e-07`; `description` without a trailing `.0`.
    static func text(of number: Double) -> String {
        let text = number.description
        return text.utf8.last == UInt8(ascii: "0") && text.utf8.dropLast().last == UInt8(ascii: ".")
            ? String(Substring(text.utf8.dropLast(2))) : text
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\u001f` and so on.
    static func write(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    /// A string's text without its quotes: a quoted string's text is its pieces', escaped one
    /// after the other.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            for index in bytes.indices where needsEscape(bytes[index]) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                appendEscape(bytes[index], to: &output)
                copied = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }
}

private extension JSONScalar {
    /// `"`, `\` and control characters. Most bytes of a text are above `\` (all of kana's
    /// and kanji's, and lower-case letters), so that is asked first.
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte <= 0x5C && (byte < 0x20 || byte == 0x22 || byte == 0x5C)
    }

    /// `\"`, `\\`, `\n` and the like, or `\u00XX`.
    static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: output.append(UInt8(ascii: "\""))
        case 0x5C: output.append(UInt8(ascii: "\\"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            output += Array("u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
