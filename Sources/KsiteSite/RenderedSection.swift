import KsiteContent
import KsiteMarkdown

/// A section with its Markdown rendered and its place in the site.
///
/// One shared object, made complete and never changed: every gathering page and data file
/// reads every section, and a value of a dozen reference-counted fields would be copied
/// field by field at each read.
final class RenderedSection: Sendable {
    let section: Section
    let pillarIndex: Int
    let sectionIndex: Int
    /// Output path, e.g. `2-kihon-hoshin/keiei-kiban.html`.
    let path: String
    let markdown: RenderedMarkdown
    /// Each initiative's department tags as places in the site's department list, nil for a
    /// code the list lacks: found while the bodies are rendered, on every core, so that
    /// gathering them by department needs no string lookups on one core (`DepartmentIndex`).
    let departmentPlaces: [[Int?]]
    /// The section's budget as printed, formatted with its body for the three pages that show
    /// it (`FormattedBudget`).
    let budget: FormattedBudget

    init(
        section: Section, pillarIndex: Int, sectionIndex: Int, path: String, body: Body
    ) {
        self.section = section
        self.pillarIndex = pillarIndex
        self.sectionIndex = sectionIndex
        self.path = path
        markdown = body.markdown
        departmentPlaces = body.departmentPlaces
        budget = body.budget
    }

    /// What rendering a body gives: a pillar's introduction has only its Markdown.
    struct Body {
        var markdown: RenderedMarkdown
        var departmentPlaces: [[Int?]] = []
        var budget: FormattedBudget = .none

        /// A body not rendered yet: the outline's place holder.
        static let notRendered = Body(markdown: .notRendered)
    }
}

/// A pillar with its rendered introduction and sections.
struct RenderedPillar: Sendable {
    var pillar: Pillar
    var path: String
    var introduction: RenderedMarkdown
    var sections: [RenderedSection]

    /// Every pillar of `site` with its sections in place; `body` gives each body, asked in
    /// report order: a pillar's introduction (section nil), then its sections.
    static func all(
        of site: Site, body: (_ pillar: Int, _ section: Int?) -> RenderedSection.Body
    ) -> [RenderedPillar] {
        site.pillars.enumerated().map { pillarIndex, pillar in
            let introduction = body(pillarIndex, nil).markdown
            return RenderedPillar(
                pillar: pillar, path: SitePaths.pillar(pillar), introduction: introduction,
                sections: pillar.sections.enumerated().map { sectionIndex, section in
                    RenderedSection(
                        section: section, pillarIndex: pillarIndex, sectionIndex: sectionIndex,
                        path: SitePaths.section(section, in: pillar), body: body(pillarIndex, sectionIndex))
                })
        }
    }
}
