/// A link or image destination, classified the way the renderer treats it.
struct LinkDestination {
    let url: String

    /// Whether cmark's safe mode drops the URL (renders `href=""`): its rule, ASCII
    /// case-insensitive on the URL as parsed, is `javascript:`, `vbscript:`, `file:`, and
    /// `data:` except `data:image/png|gif|jpeg|webp`.
    var isDroppedBySafeMode: Bool {
        if hasPrefix("javascript:") || hasPrefix("vbscript:") || hasPrefix("file:") {
            return true
        }
        guard hasPrefix("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            .contains { hasPrefix($0) }
    }

    /// Whether this is a path relative to the Markdown file: no scheme, not `#…`, not `/…`.
    var isRelativePath: Bool {
        guard let first = url.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/")
        else { return false }
        return !hasScheme
    }

    /// The URL shortened for a message.
    var excerpt: String {
        url.count <= 60 ? url : url.prefix(57) + "…"
    }
}

private extension LinkDestination {
    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    var hasScheme: Bool {
        for (index, byte) in url.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"):
                return index > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
                 UInt8(ascii: "."):
                guard index > 0 else { return false }
            default:
                return false
            }
        }
        return false
    }

    /// ASCII case-insensitive prefix test; `prefix` is lowercase ASCII.
    func hasPrefix(_ prefix: String) -> Bool {
        var bytes = url.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next() else { return false }
            let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            guard lowered == expected else { return false }
        }
        return true
    }
}
