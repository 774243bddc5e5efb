/// What became of a relative link or image path of a Markdown file.
public enum LinkResolution: Hashable, Sendable {
    /// The target exists; use this URL of the built site instead.
    case rewritten(String)
    /// No file exists at that path: reported as an error.
    case missing
}
