/// One file of the built site: its path inside the output folder and its bytes.
public struct OutputFile: Sendable {
    /// Relative path with `/` separators, e.g. `departments/sanshi.html`.
    public var path: String
    /// The bytes, as the writers that make most files (charts, pages) hold them: no copy into
    /// another container on the way to the file.
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
