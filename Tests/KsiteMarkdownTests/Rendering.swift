import KsiteCore
import KsiteMarkdown

/// Renders Markdown the way the site stage does, with a small department list.
enum Rendering {
    static let departments: [String: DepartmentLink] = [
        "産支": DepartmentLink(href: "../departments/sanshi.html", name: "産業支援課"),
        "商金": DepartmentLink(href: "../departments/shokin.html", name: "商工振興金融課"),
        "労雇": DepartmentLink(href: "../departments/roko.html", name: "労働雇用創生課"),
        "業務": DepartmentLink(href: "../departments/gyomu.html"),
        "監理": DepartmentLink(href: "../departments/kanri.html", name: "監理課"),
        "子未来": DepartmentLink(href: "../departments/kodomo-mirai.html", name: "子ども未来課"),
        "くまQ": DepartmentLink(href: "../departments/kumaq.html"),
        "特殊": DepartmentLink(href: "../departments/a.html?x=1&y=\"2\"", name: "<A & B> '課'"),
    ]

    /// Content-relative files that exist, and their site URLs.
    static let pages: [String: String] = [
        "../2-kihon-hoshin/03-keiei-kiban.md": "../2-kihon-hoshin/keiei-kiban.html",
        "../images/photo.jpg": "../images/photo.jpg",
    ]

    static func render(_ text: String, firstLine: Int = 1, path: String = "Content/1-a/01-b.md")
        -> RenderedMarkdown
    {
        let context = MarkdownRenderContext(
            departmentLink: { departments[$0] },
            resolveLink: { destination in
                let parts = destination.split(separator: "#", maxSplits: 1)
                guard let page = pages[String(parts.first ?? "")] else { return .missing }
                return .rewritten(page + (parts.count > 1 ? "#" + parts[1] : ""))
            },
            idPrefix: "i-")
        return MarkdownRenderer().render(
            MarkdownInput(text: text, path: path, firstLine: firstLine), context: context)
    }
}

extension HTMLFragment {
    /// The fragment that spells `text`, for expected values.
    init(_ text: String) {
        self.init(validUTF8: Array(text.utf8))
    }
}
