import KsiteCore

/// A Markdown body rendered to HTML, with what the site needs to know about it.
public struct RenderedMarkdown: Hashable, Sendable {
    /// HTML of the whole body (safe mode: raw HTML and unsafe URLs left out).
    public var html: HTMLFragment
    /// The body split at its top-level `##` headings.
    public var parts: [RenderedPart]
    /// Tagged items, in document order.
    public var initiatives: [Initiative]
    /// Text of the whole body, for summaries and search.
    public var plainText: String
    /// Warnings and errors, located in the file (not the body).
    public var diagnostics: [Diagnostic]

    /// Creates a rendered body.
    public init(
        html: HTMLFragment, parts: [RenderedPart], initiatives: [Initiative], plainText: String,
        diagnostics: [Diagnostic]
    ) {
        self.html = html
        self.parts = parts
        self.initiatives = initiatives
        self.plainText = plainText
        self.diagnostics = diagnostics
    }
}
