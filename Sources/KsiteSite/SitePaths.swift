import KsiteContent

/// Where each page lives in the output, and how pages link to each other.
///
/// Every page sits at depth 0 (`index.html`, `404.html`) or depth 1
/// (`<pillar>/index.html`, `<pillar>/<section>.html`, `departments/<slug>.html`), and every
/// link is relative, so the folder works from any static server, under any sub-path.
public enum SitePaths {
    /// Output folder of department pages.
    public static let departmentsFolder = "departments"
    /// Names a pillar slug may not take, because ksite writes folders of that name.
    public static let reservedSlugs: Set<String> = [
        departmentsFolder, "assets", "charts", "data", "images", "pagefind", "search",
    ]

    public static let home = "index.html"
    public static let notFound = "404.html"
    public static let search = "search.html"
    public static let departmentIndex = "\(departmentsFolder)/index.html"

    public static func pillar(_ pillar: Pillar) -> String {
        "\(pillar.slug)/index.html"
    }

    public static func section(_ section: Section, in pillar: Pillar) -> String {
        "\(pillar.slug)/\(section.slug).html"
    }

    public static func department(_ department: Department) -> String {
        "\(departmentsFolder)/\(department.slug).html"
    }

    /// `""` for a page at the top, `"../"` for a page one folder down.
    public static func rootPrefix(for pagePath: String) -> String {
        String(repeating: "../", count: pagePath.split(separator: "/").count - 1)
    }
}
