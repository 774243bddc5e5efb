import KsiteContent
import KsiteCore

extension PageAssembler {
    /// A crumb of the breadcrumb trail: ホーム › 柱 › 項目.
    struct Crumb {
        var title: String
        var path: String?
    }

    /// The values every page's layout uses.
    func layoutContext(
        path: String, title: String, description: String, crumbs: [Crumb]
    ) -> Context {
        let root = SitePaths.rootPrefix(for: path)
        let config = site.config
        let canonical: Any = config.baseURL.map { $0 + canonicalPath(path) } ?? false
        let trail: [Context] = ([Crumb(title: "ホーム", path: SitePaths.home)] + crumbs)
            .enumerated().map { index, crumb in
                [
                    "title": crumb.title,
                    "href": crumb.path.map { root + $0 } ?? false,
                    "isCurrent": index == crumbs.count,
                ]
            }
        return [
            "root": root,
            "pageTitle": title,
            "isHome": path == SitePaths.home,
            "description": description,
            "canonical": canonical,
            "breadcrumbs": crumbs.isEmpty ? [] : trail,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "site": siteContext,
        ]
    }

    var siteContext: Context {
        let config = site.config
        return [
            "title": config.title,
            "subtitle": config.subtitle ?? false,
            "publisher": config.publisher,
            "language": config.language,
            "resultYear": config.resultYear.longLabel,
            "planYear": config.planYear.longLabel,
            "resultYearShort": config.resultYear.label,
            "planYearShort": config.planYear.label,
        ]
    }

    /// `index.html` is served at its folder's URL.
    func canonicalPath(_ path: String) -> String {
        if path == SitePaths.home { return "" }
        return path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// `Ⅱ 中小企業振興に関する…`.
    func pillarHeading(_ pillar: Pillar) -> String {
        "\(pillar.numeral) \(pillar.title)"
    }

    /// `(3) 中小企業者の経営基盤…`, or the title alone for an unnumbered section.
    func sectionHeading(_ section: Section) -> String {
        section.number == nil ? section.title : "\(section.numberLabel) \(section.title)"
    }

    /// A short summary for `<meta name="description">`: the text on one line (each run of
    /// line breaks a space), cut after `limit` characters with "…".
    static func summary(_ text: String, limit: Int = 120) -> String {
        // Only the start of a body is needed. Its first 4 × (limit + 1) scalars nearly always
        // make more than `limit` characters, and then the first `limit` are those of the
        // whole text; otherwise (a short text, or one of long scalar sequences) all of it is read.
        let head = Substring(text.unicodeScalars.prefix(4 * (limit + 1)))
        let isWhole = head.endIndex == text.endIndex
        let flat = SearchIndex.flattened(isWhole ? text : String(head))
        if flat.count > limit { return String(flat.prefix(limit)) + "…" }
        return isWhole ? flat : summary(ofWhole: text, limit: limit)
    }

    private static func summary(ofWhole text: String, limit: Int) -> String {
        let flat = SearchIndex.flattened(text)
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
