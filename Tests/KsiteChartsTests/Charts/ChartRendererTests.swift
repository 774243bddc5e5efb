import KsiteCore
import Testing
@testable import KsiteCharts

@Suite struct ChartRendererTests {
    let renderer = ChartRenderer()

    @Test func emptyDataDrawsNoChart() {
        let empty: [ChartKind] = [
            .budgetOverview([]),
            .budgetOverview([BudgetRow(shortLabel: "(1)", fullTitle: "t", values: [])]),
            .budgetChange(BudgetRow(shortLabel: "(1)", fullTitle: "t", values: [])),
            .metric(MetricChart(unit: "件", points: [])),
            .metric(MetricChart(unit: "件", points: [MetricPoint(label: "R4", value: nil)])),
            .metric(MetricChart(unit: "件", points: [MetricPoint(label: "R4", value: .nan)])),
            .table(TableChart(rowLabels: [], columns: [])),
            .table(TableChart(rowLabels: ["a"], columns: [.init(title: "件数", values: [nil])])),
        ]
        for kind in empty {
            #expect(renderer.render(ChartSpec(id: "x", title: "t", kind: kind)) == nil)
        }
    }

    @Test func rootIsAnAccessibleResponsiveImage() throws {
        let spec = ChartSamples.metric(ChartSamples.employment, id: "r5-m-1")
        let chart = try #require(renderer.render(spec))
        let root = try #require(chart.inlineSVG.split(separator: "\n").first)
        #expect(root.contains("role=\"img\""))
        #expect(root.contains("aria-labelledby=\"r5-m-1-title r5-m-1-desc\""))
        #expect(root.contains("viewBox=\"0 0 320 "))
        #expect(!root.contains(" width=") && !root.contains(" height="))
        #expect(chart.inlineSVG.contains("<title id=\"r5-m-1-title\">一般事業所への就職件数</title>"))
        #expect(chart.inlineSVG.contains("<desc id=\"r5-m-1-desc\">\(chart.summary)</desc>"))
        #expect(!chart.inlineSVG.contains("<?xml"))
    }

    @Test func standaloneFileCarriesPrologStyleAndVisibleTitle() throws {
        let chart = try #require(renderer.render(ChartSamples.overview(ChartSamples.realRows)))
        let svg = chart.standaloneSVG
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              + "<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<style>\n\(ChartStyle.rules)</style>"))
        #expect(svg.contains("class=\"kc-text kc-title\">関連予算の比較</text>"))
        #expect(svg.contains("class=\"kc-bg\""))
    }

    @Test func patternIdsDeriveFromTheChartIdSoChartsCanShareAPage() throws {
        let first = try #require(renderer.render(ChartSamples.overview(ChartSamples.realRows, id: "a")))
        let second = try #require(renderer.render(ChartSamples.overview(ChartSamples.realRows, id: "b")))
        #expect(first.inlineSVG.contains("<pattern id=\"a-p2\""))
        #expect(first.inlineSVG.contains("fill=\"url(#a-p2)\""))
        #expect(second.inlineSVG.contains("<pattern id=\"b-p2\""))
        #expect(!second.inlineSVG.contains("a-p2"))
    }

    @Test func overviewKeepsFullTitlesAndLabelsEveryBar() throws {
        let chart = try #require(renderer.render(ChartSamples.overview(ChartSamples.realRows)))
        for (_, title, r4, r5) in ChartSamples.realBudgets {
            #expect(chart.inlineSVG.contains("<title>\(title)</title>"))
            #expect(chart.inlineSVG.contains(">\(YenFormat.readable(thousandYen: r4))</text>"))
            #expect(chart.inlineSVG.contains(">\(YenFormat.readable(thousandYen: r5))</text>"))
        }
        #expect(chart.inlineSVG.contains("対数目盛"))
        #expect(chart.table.headers == ["項目", "R4（2022）", "R5（2023）"])
        #expect(chart.table.rows[3][0].hasPrefix("(4) 自然的経済的社会的条件からみて一体である地域"))
        #expect(chart.table.rows[2] == ["(3) 中小企業の資金調達の円滑化及び事業承継の促進",
                                        "93,830,106千円", "67,240,094千円"])
        #expect(chart.summary.contains("約938億3,011万円") && chart.summary.contains("約363万円"))
    }

    @Test func overviewOfSimilarBudgetsUsesALinearAxis() throws {
        let rows = Array(ChartSamples.realRows.prefix(2))
        let chart = try #require(renderer.render(ChartSamples.overview(rows)))
        #expect(!chart.inlineSVG.contains("対数目盛"))
        #expect(chart.inlineSVG.contains(">2億</text>"))
    }

    @Test func budgetChangeStatesYenAndPercent() throws {
        let chart = try #require(renderer.render(ChartSamples.change(ChartSamples.realRows[8])))
        #expect(chart.inlineSVG.contains(">R4→R5の増減：</text>"))
        #expect(chart.inlineSVG.contains(">▼ -12,006,267千円（-74.7%） 減少</text>"))
        #expect(chart.table.rows.last == ["R4→R5の増減", "-12,006,267千円（-74.7%）"])
        #expect(chart.summary.hasSuffix("-12,006,267千円（-74.7%）の減少です。"))
    }

    @Test func metricPointsComeInEraOrderWithWesternYearsInTheTable() throws {
        let spec = ChartSamples.metric([("R4", 289), ("H30", 245), ("R1", 205)])
        let chart = try #require(renderer.render(spec))
        #expect(chart.table.rows.map(\.[0]) == ["H30（2018）", "R1（2019）", "R4（2022）"])
        #expect(chart.table.headers == ["年度", "一般事業所への就職件数（件）"])
        let labels = SVGText.all(in: chart.inlineSVG).map(\.content)
            .filter { $0.hasPrefix("H") || $0.hasPrefix("R") }
        #expect(labels == ["H30", "R1", "R4"])
    }

    @Test(arguments: MetricChart.Style.allCases)
    func everyStyleLabelsEveryPoint(style: MetricChart.Style) throws {
        let spec = ChartSamples.metric(ChartSamples.employment, style: style)
        let chart = try #require(renderer.render(spec))
        for (_, value) in ChartSamples.employment {
            #expect(chart.inlineSVG.contains(">\(Int(value ?? 0))件</text>"))
        }
        #expect(chart.inlineSVG.contains("単位：件"))
        #expect(chart.inlineSVG.contains(style == .line ? "<polyline" : "<rect"))
    }

    @Test func tableChartDrawsOnePanelPerNumericColumn() throws {
        let spec = ChartSpec(id: "t", title: "実績", kind: .table(ChartSamples.grants))
        let chart = try #require(renderer.render(spec))
        #expect(chart.inlineSVG.components(separatedBy: "<g class=\"kc-panel\">").count == 3)
        #expect(chart.table.headers == ["区分", "件数", "金額（億円）"])
        #expect(chart.table.rows == [["交付決定", "4,698", "1,342.2"], ["事業完了（執行額）", "4,698", "1,266.6"]])
    }

    @Test func contentTextIsEscapedEverywhere() throws {
        let spec = try #require(ChartSamples.all.first { $0.0 == "escaping" }?.1)
        let chart = try #require(renderer.render(spec))
        for svg in [chart.inlineSVG, chart.standaloneSVG] {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("</script>"))
            #expect(svg.contains("&lt;/script&gt;"))
            #expect(svg.contains("A&amp;B"))
            #expect(svg.contains("aria-labelledby=\"escape-test-title escape-test-desc\""))
        }
    }
}
