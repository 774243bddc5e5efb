import Foundation
import KsiteCore
import Testing
@testable import KsiteCharts

/// Random charts from a seeded generator: whatever the data, the output stays well-formed.
@Suite struct ChartPropertyTests {
    static let seeds: [UInt64] = Array(1...120)
    static let labels = ["(1) 産業の高付加価値化", "A&B <x>", "交付決定", "事業完了（執行額）", "R",
                         "自然的経済的社会的条件からみて一体である地域における、同種の事業", "x", "\"q\"",
                         "Kumamoto prefecture support", "月別", "サービス業"]
    static let years = ["H29", "H30", "R1", "R2", "R3", "R4", "R5", "R6"]

    @Test(arguments: seeds)
    func randomChartsKeepTheRules(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let (spec, expectedLabels) = Self.makeSpec(&random, seed: seed)
        guard let chart = ChartRenderer().render(spec) else {
            #expect(expectedLabels.isEmpty, "seed \(seed): no chart although values exist")
            return
        }
        for svg in [chart.inlineSVG, chart.standaloneSVG] {
            let problems = SVGNumbers.problems(in: svg)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
            #expect(!svg.contains("NaN") && !svg.contains("nan\"") && !svg.contains("inf\""))
        }
        let texts = SVGText.all(in: chart.inlineSVG)
        let contents = Set(texts.map(\.content))
        for label in expectedLabels {
            #expect(contents.contains(label), "seed \(seed): value label \(label) missing")
        }
        let overlaps = SVGText.overlaps(in: chart.inlineSVG)
        #expect(overlaps.isEmpty, "seed \(seed): \(overlaps.prefix(3).map { "\($0) × \($1)" })")
        for text in texts {
            #expect(text.box.x >= 0 && text.box.right <= ChartGeometry.width, "seed \(seed): \(text)")
            let size = text.renderedSize(atWidth: ChartGeometry.narrowestRenderedWidth)
            #expect(size >= ChartGeometry.minimumRenderedFont, "seed \(seed): \(text)")
        }
        #expect(chart.table.rows.allSatisfy { $0.count == chart.table.headers.count })
    }

    @Test func randomChartsAreWellFormedXML() throws {
        guard FileManager.default.isExecutableFile(atPath: XMLLintTests.xmllint) else {
            print("skipped: \(XMLLintTests.xmllint) is not installed")
            return
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ksite-charts-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for seed in Self.seeds {
            var random = SeededGenerator(seed: seed)
            let spec = Self.makeSpec(&random, seed: seed).0
            guard let chart = ChartRenderer().render(spec) else { continue }
            for (suffix, svg) in [("inline", chart.inlineSVG), ("standalone", chart.standaloneSVG)] {
                let path = folder.appendingPathComponent("\(seed)-\(suffix).svg").path
                try svg.write(toFile: path, atomically: true, encoding: .utf8)
                paths.append(path)
            }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: XMLLintTests.xmllint)
        process.arguments = ["--noout"] + paths
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output.prefix(2000))")
    }
}

extension ChartPropertyTests {
    /// A random spec and the value labels it must show (empty when nothing can be drawn).
    static func makeSpec(_ random: inout SeededGenerator, seed: UInt64) -> (ChartSpec, [String]) {
        let id = "chart-\(seed)"
        switch seed % 4 {
        case 0:
            let rows = (0..<Int.random(in: 1...12, using: &random)).map { _ in makeRow(&random) }
            let labels = rows.flatMap(\.values).map { YenFormat.readable(thousandYen: $0.thousandYen) }
            return (ChartSpec(id: id, title: "関連予算", kind: .budgetOverview(rows)), labels)
        case 1:
            let row = makeRow(&random)
            let labels = row.values.map { YenFormat.readable(thousandYen: $0.thousandYen) }
            return (ChartSpec(id: id, title: "推移", kind: .budgetChange(row)), labels)
        case 2:
            return makeMetric(&random, id: id)
        default:
            return makeTable(&random, id: id)
        }
    }

    static func makeValue(_ random: inout SeededGenerator, allowNegative: Bool) -> Double? {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return nil
        case 1: return 0
        case 2 where allowNegative: return -Double.random(in: 0.01...5000, using: &random)
        case 3: return pow(10, Double.random(in: -3...10, using: &random))
        default: return (pow(10, Double.random(in: 0...8, using: &random)) * 100).rounded() / 100
        }
    }

    static func makeRow(_ random: inout SeededGenerator) -> BudgetRow {
        let years = years.filter { _ in Bool.random(using: &random) }.prefix(3)
        let values = years.compactMap { label -> BudgetValue? in
            guard let year = FiscalYear(label: label),
                  let value = makeValue(&random, allowNegative: false) else { return nil }
            return BudgetValue(year: year, thousandYen: value.rounded())
        }
        let title = labels.randomElement(using: &random) ?? ""
        return BudgetRow(shortLabel: title, fullTitle: title + "の全文", values: values)
    }

    static func makeMetric(_ random: inout SeededGenerator, id: String) -> (ChartSpec, [String]) {
        let unit = ["件", "%", "人", "", "億円"].randomElement(using: &random) ?? ""
        let useYears = Bool.random(using: &random)
        let count = Int.random(in: 1...14, using: &random)
        let points = (0..<count).map { index in
            MetricPoint(label: useYears ? years[index % years.count] + (index >= years.count ? "b" : "")
                                        : labels.randomElement(using: &random) ?? "",
                        value: makeValue(&random, allowNegative: true))
        }
        let style = MetricChart.Style.allCases.randomElement(using: &random) ?? .column
        let format = ValueFormat.number(unit: unit)
        let expected = points.compactMap { $0.value.map(format.valueLabel) }
        let metric = MetricChart(style: style, unit: unit, points: points)
        return (ChartSpec(id: id, title: "指標", kind: .metric(metric)), expected)
    }

    static func makeTable(_ random: inout SeededGenerator, id: String) -> (ChartSpec, [String]) {
        let rowLabels = (0..<Int.random(in: 1...5, using: &random)).map { _ in
            labels.randomElement(using: &random) ?? ""
        }
        let columns = (0..<Int.random(in: 1...3, using: &random)).map { index in
            TableChart.Column(title: ["件数", "金額（億円）", "割合（%）"][index],
                              values: rowLabels.map { _ in makeValue(&random, allowNegative: false) })
        }
        let expected = columns.flatMap { $0.values.compactMap { $0.map(NumberFormat.value) } }
        let table = TableChart(rowLabels: rowLabels, columns: columns)
        return (ChartSpec(id: id, title: "表", kind: .table(table)), expected)
    }
}
