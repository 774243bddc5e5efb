import KsiteCore

/// The HTML written around a department code in a tag:
/// `<a class="dept" href="…"><abbr title="…">` code `</abbr></a>`.
struct DepartmentLinkMarkup: Hashable {
    let enter: String
    let exit: String

    /// Markup for `link`, with the href and name escaped (cmark writes it verbatim).
    init(_ link: DepartmentLink) {
        let anchor = "<a class=\"dept\" href=\"\(link.href.htmlEscaped)\">"
        if let name = link.name, !name.isEmpty {
            enter = anchor + "<abbr title=\"\(name.htmlEscaped)\">"
            exit = "</abbr></a>"
        } else {
            enter = anchor
            exit = "</a>"
        }
    }
}
