/// A prefectural department named by a code in the report's tags (【産支】).
public struct Department: Sendable, Hashable {
    /// The code as the report prints it, e.g. `産支`.
    public var code: String
    /// The full name, e.g. `産業支援課`, when known.
    public var name: String?
    /// ASCII slug of the department's page.
    public var slug: String

    public init(code: String, name: String? = nil, slug: String) {
        self.code = code
        self.name = name
        self.slug = slug
    }

    /// The slug used when `departments.yml` gives none: `d-` and the code's scalars in hex.
    public static func fallbackSlug(for code: String) -> String {
        "d-" + code.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}
