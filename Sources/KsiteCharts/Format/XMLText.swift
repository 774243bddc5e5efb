/// Escapes text from content for XML text nodes and attribute values.
enum XMLText {
    /// `<`, `>`, `&`, `"` and `'` as entities; characters XML 1.0 forbids are dropped.
    ///
    /// One function for both contexts keeps `</script>` and quotes inert wherever text lands.
    static func escape(_ text: String) -> String {
        // Most labels need nothing: keep them as they are rather than copy them.
        guard needsEscaping(text) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `escape(text)` to UTF-8 markup.
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        guard needsEscaping(text) else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;", to: &bytes)
            case "<": append("&lt;", to: &bytes)
            case ">": append("&gt;", to: &bytes)
            case "\"": append("&quot;", to: &bytes)
            case "'": append("&apos;", to: &bytes)
            case "\n", "\r", "\t": bytes.append(UInt8(ascii: " "))
            default:
                if isAllowed(scalar) { bytes.append(contentsOf: scalar.utf8) }
            }
        }
    }

    /// Lowercase `[a-z0-9-]` for element ids; anything else becomes `-`, empty becomes `chart`.
    static func identifier(_ text: String) -> String {
        // Ids are ASCII already as a rule; only other text needs Unicode lowercasing.
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.lowercased()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        for scalar in source.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": bytes.append(UInt8(scalar.value))
            case "A"..."Z": bytes.append(UInt8(scalar.value) + 0x20)
            default: bytes.append(UInt8(ascii: "-"))
            }
        }
        let dash = UInt8(ascii: "-")
        guard let first = bytes.firstIndex(where: { $0 != dash }),
              let last = bytes.lastIndex(where: { $0 != dash }) else { return "chart" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

private extension XMLText {
    /// Whether any byte of `text` is one of the five characters `escape` replaces or part of a
    /// character it drops (see `isAllowed`).
    ///
    /// Read as UTF-8 rather than as scalars, since every text of a chart passes here. Of the
    /// characters from U+0080 up, only C1 controls (`C2 80`…`C2 9F`) and U+FFFE/U+FFFF
    /// (`EF BF BE`/`EF BF BF`) are dropped; surrogates never occur in a Swift string.
    static func needsEscaping(_ text: String) -> Bool {
        let utf8 = text.utf8.span
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x40 {
                // C0 controls and `"`, `&`, `'`, `<`, `>`: the bits set in `asciiToEscape`.
                if Self.asciiToEscape >> byte & 1 != 0 { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2 {
                // U+0080…U+00BF: the C1 controls are U+0080…U+009F.
                if index + 1 < utf8.count, utf8[index + 1] < 0xA0 { return true }
            } else if byte == 0xEF {
                // U+F000…U+FFFF: only U+FFFE and U+FFFF end in `BF BE`, `BF BF`.
                if index + 2 < utf8.count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// The bytes below 0x40 that `needsEscaping` looks for, one bit each: the C0 controls
    /// (0x00…0x1F), `"` (0x22), `&` (0x26), `'` (0x27), `<` (0x3C) and `>` (0x3E).
    static let asciiToEscape: UInt64 = 0x5000_00C4_FFFF_FFFF

    static func append(_ entity: StaticString, to bytes: inout [UInt8]) {
        entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// XML 1.0 Char production, less the C1 controls, which render as nothing useful.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
