import Foundation
import KsiteContent
import KsiteCore

/// The whole report as open data: `data/report.json` (schema in `docs/data-schema.md`).
///
/// Figures are strings exactly as written in the content (`"1342.2"`), next to numbers for
/// convenience, so no floating-point rounding can alter them.
struct ReportData: Encodable {
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
