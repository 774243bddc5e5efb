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
        // Counted on bytes: a `/` in UTF-8 is always a character of its own. Empty parts
        // (a leading, doubled or trailing `/`) are not folders, as `split` would skip them.
        var folders = 0
        var isInPart = false
        for byte in pagePath.utf8 {
            if byte == UInt8(ascii: "/") {
                if isInPart { folders += 1 }
                isInPart = false
            } else {
                isInPart = true
            }
        }
        return String(repeating: "../", count: max(folders - (isInPart ? 0 : 1), 0))
    }
}
