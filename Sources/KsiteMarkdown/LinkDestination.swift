/// A link or image destination, classified the way the renderer treats it.
struct LinkDestination {
    let url: String

    /// Whether cmark's safe mode drops the URL (renders `href=""`): its rule, case-insensitive
    /// on the URL as parsed, is `javascript:`, `vbscript:`, `file:`, and `data:` except
    /// `data:image/png|gif|jpeg|webp`.
    var isDroppedBySafeMode: Bool {
        let lowered = url.prefix(16).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) {
            return true
        }
        guard lowered.hasPrefix("data:") else { return false }
        let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        return !safeImages.contains { lowered.hasPrefix($0) }
    }

    /// Whether this is a path relative to the Markdown file: no scheme, not `#…`, not `/…`.
    var isRelativePath: Bool {
        guard let first = url.first, first != "#", first != "/" else { return false }
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
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".")
        }
    }
}
