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
    /// Each initiative's department tags as places in the site's department list, nil for a
    /// code the list lacks: found while the bodies are rendered, on every core, so that
    /// gathering them by department needs no string lookups on one core (`DepartmentIndex`).
    var departmentPlaces: [[Int?]] = []
    /// The section's budget as printed, formatted with its body for the three pages that show
    /// it (`FormattedBudget`).
    var budget: FormattedBudget = .none
}

/// A pillar with its rendered introduction and sections.
struct RenderedPillar: Sendable {
    var pillar: Pillar
    var path: String
    var introduction: RenderedMarkdown
    var sections: [RenderedSection]

    /// Every pillar of `site` with its sections in place; `markdown` gives each body, asked
    /// in report order: a pillar's introduction (section nil), then its sections.
    static func all(
        of site: Site, markdown: (_ pillar: Int, _ section: Int?) -> RenderedMarkdown
    ) -> [RenderedPillar] {
        site.pillars.enumerated().map { pillarIndex, pillar in
            let introduction = markdown(pillarIndex, nil)
            return RenderedPillar(
                pillar: pillar, path: SitePaths.pillar(pillar), introduction: introduction,
                sections: pillar.sections.enumerated().map { sectionIndex, section in
                    RenderedSection(
                        section: section, pillarIndex: pillarIndex, sectionIndex: sectionIndex,
                        path: SitePaths.section(section, in: pillar),
                        markdown: markdown(pillarIndex, sectionIndex))
                })
        }
    }
}
