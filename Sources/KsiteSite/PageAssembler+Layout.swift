import KsiteContent
import KsiteCore

extension PageAssembler {
    /// A crumb of the breadcrumb trail: ホーム › 柱 › 項目.
    struct Crumb {
        var title: String
        var path: String?
    }

    /// The values every page's layout uses, and the page's own `page` (none of them named as
    /// one of the layout's).
    func layoutContext(
        path: String, title: String, description: String, crumbs: [Crumb], adding page: Context = [:]
    ) -> Context {
        let root = SitePaths.rootPrefix(for: path)
        let config = site.config
        let canonical = TemplateValue.text(orFalse: config.baseURL.map { $0 + canonicalPath(path) })
        // The layout's names first: a template looks for them from every section in it.
        var context: Context = [
            .root: .text(root),
            .pageTitle: .text(title),
            .isHome: .flag(path == SitePaths.home),
            .description: .text(description),
            .canonical: canonical,
            .breadcrumbs: .list(crumbs.isEmpty ? [] : trail(of: crumbs, root: root)),
            .hasBreadcrumbs: .flag(!crumbs.isEmpty),
            .site: siteValues,
        ]
        context.append(contentsOf: page)
        return context
    }

    /// The breadcrumb trail: ホーム, then `crumbs`, the last of them the current page.
    func trail(of crumbs: [Crumb], root: String) -> [TemplateValue] {
        // Made at its size: `([home] + crumbs).enumerated().map` makes two arrays and grows one.
        var trail: [TemplateValue] = []
        trail.reserveCapacity(crumbs.count + 1)
        for index in -1..<crumbs.count {
            let crumb = index < 0 ? Crumb(title: "ホーム", path: SitePaths.home) : crumbs[index]
            trail.append(.object([
                .title: .text(crumb.title),
                .href: .text(orFalse: crumb.path.map { root + $0 }),
                .isCurrent: .flag(index == crumbs.count - 1),
            ]))
        }
        return trail
    }

    /// The site's values, the same on every page: made once (`PageAssembler.init`).
    static func siteContext(_ config: SiteConfig) -> TemplateValue {
        .object([
            .title: .text(config.title),
            .subtitle: .text(orFalse: config.subtitle),
            .publisher: .text(config.publisher),
            .language: .text(config.language),
            .resultYear: .text(config.resultYear.longLabel),
            .planYear: .text(config.planYear.longLabel),
            .resultYearShort: .text(config.resultYear.label),
            .planYearShort: .text(config.planYear.label),
        ])
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
        if let summary = summaryByScalars(text, limit: limit) { return summary }
        // Only the start of a body is needed. Its first 4 × (limit + 1) scalars nearly always
        // make more than `limit` characters, and then the first `limit` are those of the
        // whole text; otherwise (a short text, or one of long scalar sequences) all of it is read.
        let head = Substring(text.unicodeScalars.prefix(4 * (limit + 1)))
        let isWhole = head.endIndex == text.endIndex
        let flat = TextLine.flattened(isWhole ? text : String(head))
        if let cut = cut(flat, limit: limit) { return cut }
        guard !isWhole else { return flat }
        let whole = TextLine.flattened(text)
        return cut(whole, limit: limit) ?? whole
    }

    /// `summary(_:limit:)` made scalar by scalar from the start of the text, as far as it
    /// needs to read; nil when a scalar that may join its neighbours into one character comes
    /// before the cut (then characters must be counted). Each run between line breaks is
    /// copied whole, not scalar by scalar.
    private static func summaryByScalars(_ text: String, limit: Int) -> String? {
        let bytes = text.utf8
        // The run of scalars being kept, as UTF-8 offsets: the iterator walks the scalars
        // faster than indices into them, and a native string's UTF-8 offsets are indices.
        var run = 0..<0
        var summary = ""
        var count = 0
        var isAfterBreak = false
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if TextLine.isLineBreak(scalar) {
                summary += Substring(bytes[bytes.index(at: run)])
                isAfterBreak = !summary.isEmpty
                run = run.upperBound + width..<run.upperBound + width
                continue
            }
            // Every scalar up to the one after the limit stands alone, so the first `limit`
            // characters are the first `limit` scalars (a scalar further on cannot join them).
            if isAfterBreak {
                if count == limit { return summary + "…" }
                summary += " "
                count += 1
                isAfterBreak = false
            }
            guard isCharacterOfItsOwn(scalar) else { return nil }
            if count == limit { return summary + Substring(bytes[bytes.index(at: run)]) + "…" }
            run = run.lowerBound..<run.upperBound + width
            count += 1
        }
        return summary + Substring(bytes[bytes.index(at: run)])
    }

    /// The first `limit` characters of `text` and "…"; nil when it has no more.
    private static func cut(_ text: String, limit: Int) -> String? {
        // Where every scalar is a character of its own, as in most of a Japanese report,
        // characters are counted as scalars, without the cost of finding their boundaries.
        let scalars = text.unicodeScalars
        if scalars.allSatisfy(isCharacterOfItsOwn) {
            return scalars.count > limit ? String(scalars.prefix(limit)) + "…" : nil
        }
        // Otherwise only the first `limit` characters are walked, not all of them counted.
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              end != text.endIndex else { return nil }
        return String(text[..<end]) + "…"
    }

    /// Printable ASCII, CJK punctuation, kana, kanji, full-width ASCII, Roman numerals (Ⅰ)
    /// and enclosed numbers (①): scalars that no neighbour among them joins into one character
    /// (none is a mark, a joiner, a control, a Hangul jamo or a regional indicator).
    private static func isCharacterOfItsOwn(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x20...0x7E).contains(value) || (0xFF01...0xFF5E).contains(value)
            || (0x2150...0x218B).contains(value) || (0x2460...0x24FF).contains(value)
            || JapaneseScalar.isKanaOrKanji(value) || JapaneseScalar.isPunctuation(value)
    }
}

private extension String.UTF8View {
    /// The indices of the UTF-8 offsets `offsets`.
    func index(at offsets: Range<Int>) -> Range<String.Index> {
        index(startIndex, offsetBy: offsets.lowerBound)..<index(startIndex, offsetBy: offsets.upperBound)
    }
}
