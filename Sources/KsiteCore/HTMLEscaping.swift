/// `<`, `>`, `&`, `"` and `'` as entities, as swift-mustache escapes `{{name}}`: for HTML
/// text and double- or single-quoted attribute values.
///
/// By bytes: the five characters are ASCII, and in UTF-8 an ASCII byte is always a character
/// of its own, never part of another.
public enum HTMLEscaping {
    /// Appends `bytes` (UTF-8) to `output`, escaped.
    ///
    /// Nearly every text has none of the five characters: it is checked whole, then copied in
    /// one piece. Otherwise the text between them is copied a run at a time.
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard hasEscaped(bytes) else {
            output.append(contentsOf: bytes)
            return
        }
        var runStart = bytes.startIndex
        var index = runStart
        while index < bytes.endIndex {
            guard isEscaped(bytes[index]) else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            let entity = entity(for: bytes[index])
            output.append(
                contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            index += 1
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}

private extension HTMLEscaping {
    /// Whether `bytes` hold any of the five characters.
    ///
    /// Every byte is looked at, without an early exit and without a branch, so that the
    /// compiler compares 16 bytes at a time (`||` or a `return` in the loop would make it
    /// look at one byte at a time, at about twice the instructions over a build).
    static func hasEscaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: UInt8 = 0
        for byte in bytes {
            found |= (byte == UInt8(ascii: "<") ? 1 : 0) | (byte == UInt8(ascii: ">") ? 1 : 0)
                | (byte == UInt8(ascii: "&") ? 1 : 0) | (byte == UInt8(ascii: "\"") ? 1 : 0)
                | (byte == UInt8(ascii: "'") ? 1 : 0)
        }
        return found != 0
    }

    /// Whether `byte` is one of the five characters escaped, in a text that has some.
    ///
    /// All five are below 64, each a bit of one mask: a byte is tested with one comparison
    /// (every byte of Japanese text is 128 or more) and, below 64, one bit test.
    static func isEscaped(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << UInt8(ascii: "<") | 1 << UInt8(ascii: ">") | 1 << UInt8(ascii: "&")
            | 1 << UInt8(ascii: "\"") | 1 << UInt8(ascii: "'")
        return byte < 64 && mask >> byte & 1 != 0
    }

    /// The entity of one of the five characters `isEscaped` finds.
    static func entity(for byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
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
