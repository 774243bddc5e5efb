import KsiteContent
import KsiteMarkdown

/// A section with its Markdown rendered and its place in the site.
struct RenderedSection: Sendable {
    var section: Section
    var pillarIndex: Int
    var sectionIndex: Int
    /// Output path, e.g. `2-kihon-hoshin/keiei-kiban.html`.
    var path: String
    var markdown: RenderedMarkdown
}

/// A pillar with its rendered introduction and sections.
struct RenderedPillar: Sendable {
    var pillar: Pillar
    var path: String
    var introduction: RenderedMarkdown
    var sections: [RenderedSection]
}
