import KsiteCore
import KsiteMarkdown

extension RenderedMarkdown {
    /// What pages other than the body's own need: the parts' headings (not their HTML), the
    /// initiatives (without their tags as written), the text and the diagnostics.
    var digest: RenderedMarkdown {
        RenderedMarkdown(
            html: .empty, parts: parts.map { RenderedPart(heading: $0.heading, html: .empty) },
            initiatives: initiatives.map { initiative in
                var kept = initiative
                kept.tags = []
                return kept
            },
            plainText: plainText, diagnostics: diagnostics)
    }

    /// A body not rendered yet: the outline's place holder.
    static let notRendered = RenderedMarkdown(
        html: .empty, parts: [], initiatives: [], plainText: "", diagnostics: [])
}
