import Foundation
import KsiteContent

/// The whole report as open data: `data/report.json` (schema in `docs/data-schema.md`) and
/// the CSV files beside it, written straight from the rendered site.
///
/// Nothing is copied out of the site first: a large report's open data is well over a
/// hundred megabytes, and each file is written a section at a time as it is read. URLs are
/// relative to the site's root.
struct ReportData: Sendable {
    /// The schema id `report.json` carries (its `schema` member).
    static let schema = "ksite-report/1"

    var site: Site
    var pillars: [RenderedPillar]
    var departments: DepartmentIndex

    /// Every section in report order, with its pillar.
    func forEachSection(_ body: (_ pillar: RenderedPillar, _ section: RenderedSection) -> Void) {
        for pillar in pillars {
            for section in pillar.sections { body(pillar, section) }
        }
    }
}
