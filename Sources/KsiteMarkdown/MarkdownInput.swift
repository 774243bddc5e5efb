/// A Markdown body to render and where it sits in its file.
public struct MarkdownInput: Sendable {
    /// The body, without its front matter.
    public var text: String
    /// Path of the file, as shown in diagnostics.
    public var path: String
    /// 1-based line of the file where the body's first line sits.
    public var firstLine: Int

    /// Creates an input; `firstLine` is 1 when the file has no front matter.
    public init(text: String, path: String, firstLine: Int = 1) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }
}
