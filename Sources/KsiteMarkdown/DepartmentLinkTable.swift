/// The links of the listed departments for every page at one depth of the site, with the
/// markup around each code made once instead of once per body that names it.
public struct DepartmentLinkTable: Sendable {
    private let markup: [String: DepartmentLinkMarkup]

    /// A table of the links by department code (hrefs relative to the pages it serves).
    public init(_ links: [String: DepartmentLink]) {
        markup = links.mapValues(DepartmentLinkMarkup.init)
    }

    /// No links: every code is asked of `MarkdownRenderContext.departmentLink`.
    public static let empty = DepartmentLinkTable([:])

    /// The markup of a listed code; nil for a code the table does not hold.
    func markup(for code: String) -> DepartmentLinkMarkup? {
        markup[code]
    }
}
