import KsiteCharts
import KsiteCore

/// Specs for golden files: the report's real figures, and one spec per edge case.
enum ChartSamples {
    static let r4 = FiscalYear(era: .reiwa, year: 4)!
    static let r5 = FiscalYear(era: .reiwa, year: 5)!

    /// 関連予算 of the report's eleven sections (千円), R4 then R5.
    static let realBudgets: [(Int, String, Double, Double)] = [
        (1, "産業の高付加価値化及び新たな産業の創出の促進", 251177, 249871),
        (2, "中小企業の経営基盤の強化の促進", 184128, 178136),
        (3, "中小企業の資金調達の円滑化及び事業承継の促進", 93830106, 67240094),
        (4, "自然的経済的社会的条件からみて一体である地域における、同種の事業又はこれと関連性の高い"
            + "事業を行う事業者の有機的な連携の促進及び産業の集積化", 3634, 3634),
        (5, "中小企業の海外展開の促進", 862822, 1067921),
        (6, "中小企業の人材の確保及び育成の促進", 322714, 1005899),
        (7, "小規模企業の事業活動の活性化", 47415, 47794),
        (8, "商店街の活性化及び地域商業の振興", 3775915, 4556642),
        (9, "災害からの復旧・復興及び防災・減災対策の推進", 16064618, 4058351),
        (10, "中小企業による新たな事業活動の促進のための人材の交流", 42091, 32415),
        (11, "観光関連産業及び地域産業の連携による地域経済の活性化", 272869, 266516),
    ]

    /// A row as the site stage makes it: `(n) ` plus the title cut at 16 characters.
    static func row(_ number: Int, _ title: String, _ values: [(FiscalYear, Double)]) -> BudgetRow {
        let short = title.count <= 16 ? title : String(title.prefix(15)) + "…"
        return BudgetRow(shortLabel: "(\(number)) " + short, fullTitle: title,
                         values: values.map { BudgetValue(year: $0.0, thousandYen: $0.1) })
    }

    static var realRows: [BudgetRow] {
        realBudgets.map { row($0.0, $0.1, [(r4, $0.2), (r5, $0.3)]) }
    }

    static func overview(_ rows: [BudgetRow], id: String = "budget-overview") -> ChartSpec {
        ChartSpec(id: id, title: "関連予算の比較", kind: .budgetOverview(rows))
    }

    static func change(_ row: BudgetRow, id: String = "section-budget") -> ChartSpec {
        ChartSpec(id: id, title: "関連予算の推移", kind: .budgetChange(row))
    }

    static func metric(
        _ points: [(String, Double?)], style: MetricChart.Style = .column, unit: String = "件",
        title: String = "一般事業所への就職件数", id: String = "metric"
    ) -> ChartSpec {
        ChartSpec(id: id, title: title, kind: .metric(MetricChart(
            style: style, unit: unit, points: points.map { MetricPoint(label: $0.0, value: $0.1) })))
    }

    static let employment: [(String, Double?)] = [
        ("H30", 245), ("R1", 205), ("R2", 239), ("R3", 276), ("R4", 289),
    ]

    static let grants = TableChart(
        rowLabels: ["交付決定", "事業完了（執行額）"],
        columns: [.init(title: "件数", values: [4698, 4698]),
                  .init(title: "金額（億円）", values: [1342.2, 1266.6])])

    /// Every golden chart: file name stem and spec.
    static var all: [(String, ChartSpec)] {
        let real = realRows
        return [
            ("overview-real", overview(real)),
            ("overview-linear", overview(Array(real.prefix(2)) + [real[10]])),
            ("overview-single-row", overview([real[0]])),
            ("overview-missing-year", overview([
                row(1, "産業の高付加価値化", [(r4, 251177)]),
                row(2, "経営基盤の強化", [(r4, 184128), (r5, 178136)]),
            ])),
            ("overview-zeros", overview([
                row(1, "予算なし", [(r4, 0), (r5, 0)]),
                row(2, "新規", [(r4, 0), (r5, 5000)]),
                row(3, "大規模", [(r4, 93830106), (r5, 67240094)]),
            ])),
            ("overview-all-equal", overview([
                row(1, "甲", [(r4, 3634), (r5, 3634)]), row(2, "乙", [(r4, 3634), (r5, 3634)]),
            ])),
            ("change-decrease", change(real[0])),
            ("change-increase", change(real[5])),
            ("change-large-decrease", change(real[8])),
            ("change-equal", change(real[3])),
            ("change-single-year", change(row(1, "新規事業", [(r5, 120000)]))),
            ("change-from-zero", change(row(1, "新規事業", [(r4, 0), (r5, 120000)]))),
            ("metric-column", metric(employment)),
            ("metric-line", metric(employment, style: .line)),
            ("metric-bar", metric(employment, style: .bar)),
            ("metric-unsorted", metric([("R4", 289), ("H30", 245), ("R2", 239), ("R1", 205)])),
            ("metric-categories", metric([("製造業", 120), ("小売業", 80), ("サービス業", 150)],
                                         unit: "社", title: "業種別の支援企業数")),
            ("metric-single", metric([("R4", 289)])),
            ("metric-all-equal", metric([("R2", 50), ("R3", 50), ("R4", 50)], style: .line)),
            ("metric-zeros", metric([("R2", 0), ("R3", 0), ("R4", 0)])),
            ("metric-missing", metric([("H30", 245), ("R1", 205), ("R2", nil), ("R3", 276), ("R4", 289)],
                                      style: .line)),
            ("metric-negative", metric([("R1", 12.5), ("R2", -8.25), ("R3", 3), ("R4", -0.5)],
                                       unit: "%", title: "前年度比の増減率")),
            ("metric-large-small", metric([("R1", 0.004), ("R2", 1_500_000_000), ("R3", 12)],
                                          unit: "円", title: "桁の大きく違う値")),
            ("metric-many", metric((1...12).map { ("\($0)月", Double($0 * 1234)) },
                                   unit: "人", title: "月別の来場者数")),
            ("table-grants", ChartSpec(id: "table", title: "グループ補助金の実績", kind: .table(grants))),
            ("table-missing-cell", ChartSpec(id: "table-missing", title: "実績（一部未集計）",
                                             kind: .table(TableChart(
                rowLabels: ["R3", "R4", "R5"],
                columns: [.init(title: "件数", values: [120, nil, 98]),
                          .init(title: "備考", values: [nil, nil, nil])])))),
            ("escaping", ChartSpec(id: "Escape Test!", title: "<script>alert(\"x\")</script> & 'q'",
                                   kind: .metric(MetricChart(unit: "&<件>", points: [
                MetricPoint(label: "</script>", value: 1), MetricPoint(label: "A&B", value: 2),
            ])))),
        ]
    }
}
