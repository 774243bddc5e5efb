/// Escapes text from content for XML text nodes and attribute values.
enum XMLText {
    /// `<`, `>`, `&`, `"` and `'` as entities; characters XML 1.0 forbids are dropped.
    ///
    /// One function for both contexts keeps `</script>` and quotes inert wherever text lands.
    static func escape(_ text: String) -> String {
        // Most labels need nothing: keep them as they are rather than copy them.
        guard text.unicodeScalars.contains(where: { !isPlain($0) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n", "\r", "\t": result += " "
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Lowercase `[a-z0-9-]` for element ids; anything else becomes `-`, empty becomes `chart`.
    static func identifier(_ text: String) -> String {
        let mapped = text.lowercased().unicodeScalars.map { scalar -> Character in
            let isSafe = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            return isSafe ? Character(scalar) : "-"
        }
        let trimmed = String(mapped).trimmingDashes()
        return trimmed.isEmpty ? "chart" : trimmed
    }
}

private extension XMLText {
    /// Allowed and not one of the five characters `escape` replaces.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": false
        default: isAllowed(scalar)
        }
    }

    /// XML 1.0 Char production, less the C1 controls, which render as nothing useful.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

private extension String {
    func trimmingDashes() -> String {
        var text = Substring(self)
        while text.first == "-" { text = text.dropFirst() }
        while text.last == "-" { text = text.dropLast() }
        return String(text)
    }
}
