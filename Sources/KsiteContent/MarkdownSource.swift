/// A Markdown body and where it sits in its file.
public struct MarkdownSource: Sendable {
    public var text: String
    /// Path of the file, as shown in diagnostics.
    public var path: String
    /// Line of the file where the body's first line sits.
    public var firstLine: Int

    public init(text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }
}
