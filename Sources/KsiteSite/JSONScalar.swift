/// A string, number or boolean as `JSONEncoder` writes it: made when the value is encoded,
/// written when its place in the text comes.
enum JSONScalar {
    /// Written quoted, with `"`, `\` and control characters escaped.
    case string(String)
    /// A number, `true`, `false` or `null`, written as it is.
    case literal(String)

    static let null = literal("null")

    static func number(_ value: Int) -> JSONScalar {
        .literal(String(value))
    }

    static func number(_ value: Double) -> JSONScalar {
        .literal(text(of: value))
    }

    static func boolean(_ value: Bool) -> JSONScalar {
        .literal(value ? "true" : "false")
    }

    /// `value` as a scalar when it is a string, number or boolean; nil for anything else.
    init?<Value>(_ value: Value) {
        // By type, not by cast: `Value` is always the value's own type (an `Encodable`
        // existential is opened before it gets here), and most values that get here are
        // objects and arrays, for which a chain of failed casts is the costly path.
        if Value.self == String.self {
            self = .string(value as! String)
        } else if Value.self == Int.self {
            self = .number(value as! Int)
        } else if Value.self == Double.self {
            self = .number(value as! Double)
        } else if Value.self == Bool.self {
            self = .boolean(value as! Bool)
        } else if Value.self == Float.self {
            self = .number(Double((value as! Float).description) ?? 0)
        } else if Self.otherIntegerTypes.contains(where: { $0 == Value.self }) {
            self = .literal(String(describing: value))
        } else {
            return nil
        }
    }

    /// Appends the scalar's text.
    func write(into output: inout [UInt8]) {
        switch self {
        case .string(let text): Self.write(text, into: &output)
        case .literal(let text): output.append(contentsOf: text.utf8)
        }
    }

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
    /// Integer types besides `Int`, which `JSONEncoder` writes as their `description`.
    static let otherIntegerTypes: [Any.Type] = {
        var types: [Any.Type] = [
            Int8.self, Int16.self, Int32.self, Int64.self,
            UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
        ]
        if #available(macOS 15.0, *) {
            types += [Int128.self, UInt128.self]
        }
        return types
    }()

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
