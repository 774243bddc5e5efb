import Foundation
import KsiteContent
import KsiteCore

extension ReportData {
    /// Collects the report from the rendered site; URLs are relative to the site's root.
    init(site: Site, pillars: [RenderedPillar], departments: DepartmentIndex) {
        let config = site.config
        title = config.title
        subtitle = config.subtitle
        publisher = config.publisher
        language = config.language
        budgetUnit = config.budgetUnit
        resultYear = config.resultYear.label
        planYear = config.planYear.label
        self.pillars = pillars.map { pillar in
            PillarData(
                numeral: pillar.pillar.numeral, title: pillar.pillar.title, url: pillar.path,
                sections: pillar.sections.map(Self.section))
        }
        self.departments = departments.departments.map { department in
            DepartmentData(
                code: department.code, name: department.name, url: SitePaths.department(department),
                initiativeCount: departments.initiatives(of: department).count)
        }
    }

    static func section(_ rendered: RenderedSection) -> SectionData {
        let section = rendered.section
        let parts = rendered.markdown.parts
        // One new string per initiative's URL: the page's part made once.
        let anchorBase = rendered.path + "#"
        return SectionData(
            number: section.number, title: section.title, url: rendered.path,
            budget: section.budget.map {
                BudgetYear(year: $0.year.label, westernYear: $0.year.westernYear, amount: Figure($0.amount))
            },
            metrics: section.metrics.map { metric in
                MetricData(
                    title: metric.title, caption: metric.caption, unit: metric.unit,
                    chart: metric.chart.rawValue,
                    data: metric.data.map {
                        .init(label: $0.label, westernYear: FiscalYear(label: $0.label)?.westernYear,
                              value: Figure($0.value))
                    })
            },
            tables: section.tables.map { table in
                TableData(
                    title: table.title, note: table.note, columns: table.columns,
                    rows: table.rows.map { $0.map(\.display) })
            },
            photos: section.photos.map(\.caption),
            initiatives: rendered.markdown.initiatives.map { initiative in
                InitiativeData(
                    id: initiative.id, url: anchorBase + initiative.id,
                    part: parts.indices.contains(initiative.partIndex) ? parts[initiative.partIndex].heading : nil,
                    departments: initiative.departmentCodes, text: initiative.plainText)
            })
    }

    /// `data/report.json`, pretty-printed with sorted keys so every build is byte-identical.
    func json() -> Data {
        (try? SortedJSONEncoder(isPrettyPrinted: true).encode(self)) ?? Data("{}".utf8)
    }

    /// `json()` handed over in pieces, for writing a large report without holding it whole.
    func json(emit: ([UInt8]) -> Void) {
        try? SortedJSONEncoder(isPrettyPrinted: true).encode(self, emit: emit)
    }
}
