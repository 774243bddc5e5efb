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
        var contiguous = text
        let layout = contiguous.withUTF8(Layout.init(bytes:))
        let bytes = text.utf8
        func index(_ offset: Int) -> String.Index { bytes.index(bytes.startIndex, offsetBy: offset) }
        switch layout {
        case .noFrontMatter:
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        case .unclosed:
            throw Diagnostic.error(
                at: SourceLocation(file: path, line: 1, column: 1),
                "front matter opened with '---' is never closed",
                hint: "add a line with only '---' after the last front-matter field")
        case .split(let yaml, let bodyStart, let bodyFirstLine):
            return FrontMatter(
                yaml: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]), yamlFirstLine: 2,
                body: String(text[index(bodyStart)...]), bodyFirstLine: bodyFirstLine)
        }
    }
}

private extension FrontMatter {
    /// Where the parts of a file lie, found on its UTF-8 bytes.
    ///
    /// With LF line endings every LF byte ends a line and the byte after it starts a
    /// character, so lines are found without forming `Character`s.
    enum Layout {
        case noFrontMatter
        case unclosed
        /// Byte offsets of the YAML and of the body, and the line of the file where the body starts.
        case split(yaml: Range<Int>, bodyStart: Int, bodyFirstLine: Int)

        init(bytes: UnsafeBufferPointer<UInt8>) {
            func lineEnd(from start: Int) -> Int {
                bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            }
            func nextLine(after end: Int) -> Int { end < bytes.count ? end + 1 : end }

            let firstEnd = lineEnd(from: 0)
            guard isFence(bytes[..<firstEnd], closing: false) else {
                self = .noFrontMatter
                return
            }
            var lineNumber = 1
            let yamlStart = nextLine(after: firstEnd)
            var start = yamlStart
            while start < bytes.count {
                lineNumber += 1
                let end = lineEnd(from: start)
                if isFence(bytes[start..<end], closing: true) {
                    self = .split(
                        yaml: yamlStart..<start, bodyStart: nextLine(after: end),
                        bodyFirstLine: lineNumber + 1)
                    return
                }
                start = nextLine(after: end)
            }
            self = .unclosed
        }
    }

    /// `---` (or, closing, `...`) followed by nothing but spaces and tabs.
    ///
    /// Every line of the front matter is asked, so its first byte settles most of them.
    static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, closing: Bool) -> Bool {
        guard let mark = line.first,
              mark == UInt8(ascii: "-") || (closing && mark == UInt8(ascii: ".")),
              line.count >= 3, line.prefix(3).allSatisfy({ $0 == mark }) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
