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
    func summary(_ text: String, limit: Int = 120) -> String {
        // Only the start of a body is read. A space and a combining mark after it make one
        // character, so each character of the line is at most two of the text: stopping after
        // 2 × (limit + 1) leaves more than `limit` characters whenever the text has them.
        var flat = ""
        var taken = 0
        var isAfterBreak = false
        for character in text {
            if character.isNewline {
                isAfterBreak = true
                continue
            }
            if isAfterBreak, !flat.isEmpty { flat.append(" ") }
            isAfterBreak = false
            flat.append(character)
            taken += 1
            if taken > 2 * (limit + 1) { break }
        }
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
