import KsiteCore

/// A content file cut into its YAML front matter and its Markdown body.
///
/// Both parts remember the line of the file where they start, so that every diagnostic
/// about them can point at a line of the *file*.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` fences, or nil when the file has none.
    public var yaml: String?
    /// Line of the file where the YAML's first line sits (the line after the opening `---`).
    public var yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// Line of the file where the body's first line sits.
    public var bodyFirstLine: Int

    /// Splits normalised text (LF line endings, no BOM) of the file at `path`.
    ///
    /// A file that opens with `---` must close it with a line of `---` (or `...`); spaces or
    /// tabs after a fence, which editors do not show, are allowed.
    public static func split(_ text: String, path: String) throws(Diagnostic) -> FrontMatter {
        // Lines are found on the UTF-8 bytes: with LF line endings every LF byte is a line end
        // and the index after it a character boundary, so no `Character` need be formed.
        let bytes = text.utf8
        let firstEnd = bytes.firstIndex(of: newline) ?? bytes.endIndex
        guard isFence(bytes[..<firstEnd], closing: false) else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        var lineNumber = 1
        var offset = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : firstEnd
        let yamlStart = offset
        while offset < bytes.endIndex {
            lineNumber += 1
            let lineEnd = bytes[offset...].firstIndex(of: newline) ?? bytes.endIndex
            if isFence(bytes[offset..<lineEnd], closing: true) {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return FrontMatter(
                    yaml: String(text[yamlStart..<offset]), yamlFirstLine: 2,
                    body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1)
            }
            offset = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        throw Diagnostic.error(
            at: SourceLocation(file: path, line: 1, column: 1),
            "front matter opened with '---' is never closed",
            hint: "add a line with only '---' after the last front-matter field")
    }
}

private extension FrontMatter {
    static let newline = UInt8(ascii: "\n")

    /// `---` (or, closing, `...`) followed by nothing but spaces and tabs.
    static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        let mark = line.prefix(3)
        guard mark.elementsEqual("---".utf8) || (closing && mark.elementsEqual("...".utf8)) else {
            return false
        }
        return line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
