/// HTML that ksite wrote itself — a chart's `<svg>`, a Markdown body's markup — kept as the
/// UTF-8 bytes it was written in, so it goes from its writer to the page that shows it
/// without becoming a string on the way: making a string checks every byte, and the page
/// writer would only turn it back into bytes.
///
/// Its maker vouches that the bytes are valid UTF-8, and says why where it makes one; debug
/// builds check it. A page template shows a fragment as it would show the same text.
public struct HTMLFragment: Hashable, Sendable {
    /// The markup, UTF-8.
    public let utf8: [UInt8]

    /// A fragment of `utf8`, which the caller knows to be valid UTF-8 (written from strings,
    /// or by cmark from valid UTF-8).
    public init(validUTF8 utf8: [UInt8]) {
        assert(Self.isValidUTF8(utf8), "an HTML fragment is not valid UTF-8")
        self.utf8 = utf8
    }

    /// No markup.
    public static let empty = HTMLFragment(validUTF8: [])

    /// Whether there is no markup.
    public var isEmpty: Bool { utf8.isEmpty }

    /// The markup as a string, for tests and checks; pages are written from `utf8`.
    public var text: String { String(decoding: utf8, as: UTF8.self) }
}

private extension HTMLFragment {
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
