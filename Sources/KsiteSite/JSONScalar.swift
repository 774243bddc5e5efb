/// Strings, numbers and booleans as `JSONEncoder` writes them.
enum JSONScalar {
    /// Appends `value` when it is a string, number or boolean; false for anything else.
    static func write<Value>(_ value: Value, into output: inout [UInt8]) -> Bool {
        switch value {
        case let text as String: write(text, into: &output)
        case let number as Int: output += String(number).utf8
        case let number as Double: output += text(of: number).utf8
        case let flag as Bool: output += (flag ? "true" : "false").utf8
        case let number as any BinaryInteger: output += String(describing: number).utf8
        case let number as Float: output += text(of: Double(number.description) ?? 0).utf8
        default: return false
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
