/// Strings, numbers and booleans as `JSONEncoder` writes them.
enum JSONScalar {
    /// Appends `value` when it is a string, number or boolean; false for anything else.
    static func write<Value>(_ value: Value, into output: inout [UInt8]) -> Bool {
        // By type, not by cast: `Value` is always the value's own type (an `Encodable`
        // existential is opened before it gets here), and most values are not scalars, for
        // which a chain of failed casts is the costly path.
        if Value.self == String.self {
            write(value as! String, into: &output)
        } else if Value.self == Int.self {
            output += String(value as! Int).utf8
        } else if Value.self == Double.self {
            output += text(of: value as! Double).utf8
        } else if Value.self == Bool.self {
            output += (value as! Bool ? "true" : "false").utf8
        } else if Value.self == Float.self {
            output += text(of: Double((value as! Float).description) ?? 0).utf8
        } else if let number = value as? any BinaryInteger {
            output += String(describing: number).utf8
        } else {
            return false
        }
        return true
    }

    /// `67240094` for 67240094.0, `1342.2`, `1e-07`; `description` without a trailing `.0`.
    static func text(of number: Double) -> String {
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\u001f` and so on.
    static func write(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            for index in bytes.indices where bytes[index] < 0x20 || bytes[index] == 0x22 || bytes[index] == 0x5C {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                output += escape(bytes[index])
                copied = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case 0x22: return Array(#"\""#.utf8)
        case 0x5C: return Array(#"\\"#.utf8)
        case 0x0A: return Array(#"\n"#.utf8)
        case 0x0D: return Array(#"\r"#.utf8)
        case 0x09: return Array(#"\t"#.utf8)
        case 0x08: return Array(#"\b"#.utf8)
        case 0x0C: return Array(#"\f"#.utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
