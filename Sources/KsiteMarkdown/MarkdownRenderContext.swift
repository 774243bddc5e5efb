/// What the renderer needs to know about the site: department pages and other files' URLs.
public struct MarkdownRenderContext {
    /// The link for a department code, or nil for an unknown code (shown as plain text).
    public var departmentLink: (String) -> DepartmentLink?
    /// Links prepared for the listed departments, looked up before `departmentLink`, which
    /// must give the same link for every code the table holds.
    public var departmentLinks: DepartmentLinkTable
    /// The site URL for a relative link or image path (e.g. `../2-kihon/03-keiei.md#x`).
    public var resolveLink: (String) -> LinkResolution
    /// Prefix of initiative ids: `i-` gives `i-1`, `i-2`, …
    public var idPrefix: String

    /// Creates a context.
    public init(
        departmentLink: @escaping (String) -> DepartmentLink?,
        resolveLink: @escaping (String) -> LinkResolution,
        idPrefix: String = "i-",
        departmentLinks: DepartmentLinkTable = .empty
    ) {
        self.departmentLink = departmentLink
        self.departmentLinks = departmentLinks
        self.resolveLink = resolveLink
        self.idPrefix = idPrefix
    }
}
