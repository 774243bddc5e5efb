import KsiteCore

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
        var text = text
        text.withUTF8 { write(utf8: $0, into: &output) }
    }

    /// A quoted string given as its UTF-8 bytes (see `write(_:into:)`).
    static func write(utf8 text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    /// A string's text without its quotes: a quoted string's text is its pieces', escaped one
    /// after the other.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &output) }
    }

    /// UTF-8 text without its quotes, escaped: the runs between bytes that need escaping are
    /// copied whole.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var copied = 0
        while let index = escaped.firstIndex(in: bytes, from: copied) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            appendEscape(bytes[index], to: &output)
            copied = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
}

private extension JSONScalar {
    /// `"`, `\` and control characters, the bytes a JSON string escapes.
    static let escaped = ByteSet(below: 0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"))

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
