/// What `ksite build` and `ksite check` work on.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var outputPath: String
    /// Replace an output folder that ksite did not make.
    public var force: Bool
    /// Called with (pages done, pages total) while pages render; may be called from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Load, render and write on every core; false does each step one item at a time, which
    /// must give byte-identical output.
    public var isParallel = true

    public init(
        contentPath: String = "Content", templatesPath: String = "Templates",
        outputPath: String = "Public", force: Bool = false
    ) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.force = force
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    /// Number of HTML pages written.
    public var pageCount: Int
    /// Number of files written, pages included.
    public var fileCount: Int
    /// Warnings about the content (errors stop the build instead).
    public var warnings: [KsiteCore.Diagnostic]
}

import KsiteCore
