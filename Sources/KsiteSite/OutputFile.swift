import Foundation

/// One file of the built site: its path inside the output folder and its bytes.
public struct OutputFile: Sendable {
    /// Relative path with `/` separators, e.g. `departments/sanshi.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
