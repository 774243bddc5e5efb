/// `<`, `>`, `&`, `"` and `'` as entities, as swift-mustache escapes `{{name}}`: for HTML
/// text and double- or single-quoted attribute values.
///
/// By bytes: the five characters are ASCII, and in UTF-8 an ASCII byte is always a character
/// of its own, never part of another.
public enum HTMLEscaping {
    /// Appends `bytes` (UTF-8) to `output`, escaped.
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var copied = 0
        for index in bytes.indices {
            // Every byte escaped is at most `>`: the rest, the bytes of Japanese text among
            // them, are passed over with one comparison.
            let byte = bytes[index]
            if byte > UInt8(ascii: ">") { continue }
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            copied = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
}

extension String {
    /// The text escaped for HTML text and attribute values (`HTMLEscaping`).
    public var htmlEscaped: String {
        var text = self
        return text.withUTF8 { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            HTMLEscaping.append(bytes, to: &escaped)
            return escaped.count == bytes.count ? self : String(decoding: escaped, as: UTF8.self)
        }
    }
}
