/// URL slugs: ASCII lower-case letters, digits and hyphens, so paths stay portable.
public enum Slug {
    /// Whether `text` is a non-empty `[a-z0-9-]` string not starting or ending with `-`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The advice printed with an invalid slug.
    public static let hint = "use only a–z, 0–9 and '-' (romaji, e.g. keiei-kiban)"

    /// A file or folder name without its `NN-` order prefix and extension, with its order.
    public static func parse(fileName: String) -> (order: Int?, slug: String) {
        // Names are almost always ASCII, where bytes are characters: read those byte by byte.
        guard fileName.utf8.allSatisfy({ $0 < 0x80 }) else { return parse(characters: fileName) }
        var name = fileName.utf8[...]
        if name.count >= 3, name.suffix(3).elementsEqual(".md".utf8) { name = name.dropLast(3) }
        let digits = name.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let rest = name[digits.endIndex...]
        if !digits.isEmpty, rest.first == UInt8(ascii: "-"), rest.count > 1 {
            return (Int(Substring(digits)), String(Substring(rest.dropFirst())))
        }
        return (nil, String(Substring(name)))
    }

    /// `parse(fileName:)` for a name with non-ASCII characters, read character by character.
    private static func parse(characters fileName: String) -> (order: Int?, slug: String) {
        var name = Substring(fileName)
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        let rest = name[digits.endIndex...]
        if !digits.isEmpty, rest.first == "-", !rest.dropFirst().isEmpty {
            return (Int(digits), String(rest.dropFirst()))
        }
        return (nil, String(name))
    }
}
