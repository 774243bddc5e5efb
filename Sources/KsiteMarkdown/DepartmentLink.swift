/// Where a department code in a tag links to, and the name to show on hover.
public struct DepartmentLink: Hashable, Sendable {
    /// URL of the department page, relative to the page being rendered.
    public var href: String
    /// Full name of the department, e.g. 産業支援課; nil when unknown.
    public var name: String?

    /// Creates a link.
    public init(href: String, name: String? = nil) {
        self.href = href
        self.name = name
    }
}
