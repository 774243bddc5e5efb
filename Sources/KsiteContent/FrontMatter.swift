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
        let firstEnd = text.firstIndex(of: "\n") ?? text.endIndex
        guard isFence(text[..<firstEnd], closing: false) else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        var lineNumber = 1
        var offset = firstEnd < text.endIndex ? text.index(after: firstEnd) : firstEnd
        let yamlStart = offset
        while offset < text.endIndex {
            lineNumber += 1
            let lineEnd = text[offset...].firstIndex(of: "\n") ?? text.endIndex
            if isFence(text[offset..<lineEnd], closing: true) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return FrontMatter(
                    yaml: String(text[yamlStart..<offset]), yamlFirstLine: 2,
                    body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1)
            }
            offset = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        throw Diagnostic.error(
            at: SourceLocation(file: path, line: 1, column: 1),
            "front matter opened with '---' is never closed",
            hint: "add a line with only '---' after the last front-matter field")
    }
}

private extension FrontMatter {
    /// `---` (or, closing, `...`) followed by nothing but spaces and tabs.
    static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let mark = line.utf8.prefix(3)
        guard mark.elementsEqual("---".utf8) || (closing && mark.elementsEqual("...".utf8)) else {
            return false
        }
        return line.utf8.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
