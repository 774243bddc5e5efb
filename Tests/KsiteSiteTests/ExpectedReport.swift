import Foundation
import KsiteContent
import KsiteCore
@testable import KsiteSite

/// `data/report.json` as `Encodable` values, built from the rendered site field by field: what
/// `ReportData`'s writer must write, byte for byte, once Foundation's `JSONEncoder` encodes it.
struct ExpectedReport: Encodable {
    struct Figure: Encodable {
        var text: String
        var value: Double
        init(_ amount: Amount) {
            text = amount.description
            value = amount.doubleValue
        }
    }

    struct BudgetYear: Encodable {
        var year: String
        var westernYear: Int
        var amount: Figure
    }

    struct MetricData: Encodable {
        var title: String
        var caption: String?
        var unit: String
        var chart: String
        var data: [Point]
        struct Point: Encodable { var label: String; var westernYear: Int?; var value: Figure }
    }

    struct TableData: Encodable {
        var title: String
        var note: String?
        var columns: [String]
        var rows: [[String]]
    }

    struct InitiativeData: Encodable {
        var id: String
        var url: String
        var part: String?
        var departments: [String]
        var text: String
    }

    struct SectionData: Encodable {
        var number: Int?
        var title: String
        var url: String
        var budget: [BudgetYear]
        var metrics: [MetricData]
        var tables: [TableData]
        var photos: [String]
        var initiatives: [InitiativeData]
    }

    struct PillarData: Encodable {
        var numeral: String
        var title: String
        var url: String
        var sections: [SectionData]
    }

    struct DepartmentData: Encodable {
        var code: String
        var name: String?
        var url: String
        var initiativeCount: Int
    }

    var schema = "ksite-report/1"
    var title: String
    var subtitle: String?
    var publisher: String
    var language: String
    var budgetUnit: String
    var resultYear: String
    var planYear: String
    var pillars: [PillarData]
    var departments: [DepartmentData]
}

extension ExpectedReport {
    init(_ report: ReportData) {
        let config = report.site.config
        title = config.title
        subtitle = config.subtitle
        publisher = config.publisher
        language = config.language
        budgetUnit = config.budgetUnit
        resultYear = config.resultYear.label
        planYear = config.planYear.label
        pillars = report.pillars.map { pillar in
            PillarData(
                numeral: pillar.pillar.numeral, title: pillar.pillar.title, url: pillar.path,
                sections: pillar.sections.map(Self.section))
        }
        departments = report.departments.departments.map { department in
            DepartmentData(
                code: department.code, name: department.name, url: SitePaths.department(department),
                initiativeCount: report.departments.initiatives(of: department).count)
        }
    }

    static func section(_ rendered: RenderedSection) -> SectionData {
        let section = rendered.section
        let parts = rendered.markdown.parts
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
                    id: initiative.id, url: rendered.path + "#" + initiative.id,
                    part: parts.indices.contains(initiative.partIndex) ? parts[initiative.partIndex].heading : nil,
                    departments: initiative.departmentCodes, text: initiative.plainText)
            })
    }
}
