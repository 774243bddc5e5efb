import KsiteCore
import KsiteContent
import KsiteMarkdown

extension MarkdownStage {
    /// One page's links to initiatives (`file.md#i-N`, `#i-N`): found in its source text (to
    /// name their lines) and confirmed in its rendered HTML, while that HTML is at hand.
    struct PageLinks: Sendable {
        /// Content-relative path of the page's Markdown file.
        var path: String
        fileprivate var links: [FragmentLink]
    }

    static func initiativeLinks(
        in source: MarkdownSource, at path: String, html: HTMLFragment
    ) -> PageLinks {
        let links = fragmentLinks(in: source)
        // Few bodies link to initiatives: only theirs is read as text.
        guard !links.isEmpty else { return PageLinks(path: path, links: []) }
        let text = html.text
        return PageLinks(path: path, links: links.filter { text.contains("#\($0.fragment)\"") })
    }

    /// Links to `file.md#i-N` (or `#i-N` on the same page) whose page has no initiative
    /// `i-N`. Headings carry no ids, so initiative fragments are the only ones checked.
    ///
    /// Runs after every page is rendered, when each page's initiatives (`ids`, by page path)
    /// are known.
    static func anchorDiagnostics(_ pages: [PageLinks], ids: [String: [String]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in pages {
            for link in page.links {
                let target = link.path.isEmpty ? page.path : join(link.path, relativeTo: page.path)
                guard let target, let known = ids[target], !known.contains(link.fragment) else { continue }
                diagnostics.append(.error(
                    at: link.location, "link to '\(link.destination)' names an item that does not exist",
                    hint: known.isEmpty
                        ? "\(target) has no items with department tags, so there is nothing to link to"
                        : "the items with department tags in \(target) are #\(known.first ?? "")"
                            + " to #\(known.last ?? ""), in order; or leave out '#\(link.fragment)'"))
            }
        }
        return diagnostics
    }
}

private extension MarkdownStage {
    struct FragmentLink: Sendable {
        var destination: String
        var path: String
        var fragment: String
        var location: SourceLocation
    }

    /// Inline link destinations `](path#i-N)` of a body, with the file position of each.
    static func fragmentLinks(in source: MarkdownSource) -> [FragmentLink] {
        var text = source.text
        // Bytes, not characters: the loader has made every line break a single "\n", and a
        // body has thousands of bytes of which few are a `]`.
        return text.withUTF8 { bytes in
            var links: [FragmentLink] = []
            // Lines are counted only up to the links found, which few bodies have.
            var line = 0
            var lineStart = 0
            var counted = 0
            var index = 0
            while let bracket = ByteSearch.firstIndex(
                of: UInt8(ascii: "]"), in: bytes, within: index..<bytes.count) {
                index = bracket + 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "(") else { continue }
                let start = bracket + 2
                var end = start
                while end < bytes.count, !isDestinationEnd(bytes[end]) { end += 1 }
                index = end
                let destination = String(decoding: bytes[start..<end], as: UTF8.self)
                let parts = split(destination, at: "#", maxSplits: 1)
                guard parts.count == 2, isInitiativeID(parts[1][...]),
                      parts[0].isEmpty || parts[0].hasSuffix(".md") else { continue }
                while let feed = ByteSearch.firstIndex(
                    of: UInt8(ascii: "\n"), in: bytes, within: counted..<bracket) {
                    line += 1
                    lineStart = feed + 1
                    counted = feed + 1
                }
                counted = bracket
                let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
                links.append(FragmentLink(
                    destination: destination, path: String(parts[0]), fragment: String(parts[1]),
                    location: SourceLocation(file: source.path, line: source.firstLine + line, column: column)))
            }
            return links
        }
    }

    /// A link destination here runs up to `)`, a space or the end of its line.
    static func isDestinationEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ")") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
    }

    /// `i-` followed by digits, as the renderer numbers initiatives.
    static func isInitiativeID(_ text: Substring) -> Bool {
        text.hasPrefix("i-") && text.count > 2 && text.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber }
    }
}
