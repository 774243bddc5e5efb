import Foundation
import KsiteContent
import KsiteCore
import Testing
@testable import KsiteSite

/// `data/report.json` and the CSV files, written straight from the rendered site, against
/// Foundation's `JSONEncoder` and a plain RFC 4180 writer.
@Suite struct ReportDataTests {
    @Test(arguments: [false, true])
    func realReportMatchesFoundation(isPrettyPrinted: Bool) throws {
        let report = try Self.realReport()
        #expect(Self.text(report.json(isPrettyPrinted: isPrettyPrinted))
                == (try Self.foundation(ExpectedReport(report), isPrettyPrinted)))
    }

    /// Optional members absent, text to escape and empty lists, which the real report lacks.
    @Test(arguments: [false, true])
    func absentMembersAndEscapesMatchFoundation(isPrettyPrinted: Bool) throws {
        let report = try Self.oddReport()
        let json = Self.text(report.json(isPrettyPrinted: isPrettyPrinted))
        #expect(json == (try Self.foundation(ExpectedReport(report), isPrettyPrinted)))
        // The changes reached the file: the first section's members are absent.
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let pillar = (decoded?["pillars"] as? [[String: Any]])?.first
        let section = (pillar?["sections"] as? [[String: Any]])?.first ?? [:]
        let metrics = section["metrics"] as? [[String: Any]] ?? []
        let tables = section["tables"] as? [[String: Any]] ?? []
        let initiatives = section["initiatives"] as? [[String: Any]] ?? []
        #expect(decoded?["subtitle"] == nil && section["number"] == nil && pillar?["title"] as? String == Self.odd)
        #expect(!metrics.isEmpty && metrics.allSatisfy { $0["caption"] == nil })
        #expect(!tables.isEmpty && tables.allSatisfy { $0["note"] == nil })
        #expect(initiatives.first?["part"] == nil && initiatives.first?["text"] as? String == Self.odd)
    }

    @Test func piecesJoinToTheWhole() throws {
        let report = try Self.realReport()
        var pieces: [[UInt8]] = []
        report.json(pieceSize: 1) { pieces.append($0) }
        let sections = report.pillars.reduce(0) { $0 + $1.sections.count }
        #expect(pieces.count == sections + 1)
        #expect(Data(pieces.joined()) == report.json())
    }

    @Test func csvFilesMatchPlainWriter() throws {
        let report = try Self.oddReport()
        let output = CapturedOutput()
        report.writeCSVFiles(into: output)
        let files = output.files
        #expect(Set(files.keys) == ["data/budgets.csv", "data/metrics.csv", "data/initiatives.csv"])
        for (path, rows) in Self.expectedRows(of: report) {
            #expect(files[path] == Self.csv(rows), "\(path)")
        }
        #expect(String(decoding: files["data/initiatives.csv"] ?? [], as: UTF8.self).contains(",\"q\"\"\\\n"))
    }
}

extension ReportDataTests {
    static func realReport() throws -> ReportData {
        let options = BuildOptions(
            contentPath: Fixtures.repository.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path)
        let (assembler, _) = try SiteBuilder(options: options).prepare()
        return ReportData(site: assembler.site, pillars: assembler.pillars, departments: assembler.departments)
    }

    /// Text that JSON escapes and CSV quotes.
    static let odd = "q\"\\\n\r\t\u{1}/é,漢字"

    /// The real report with optional members taken away and text that JSON escapes and CSV quotes.
    static func oddReport() throws -> ReportData {
        var report = try realReport()
        report.site.config.subtitle = nil
        report.pillars[0].pillar.title = Self.odd
        let first = report.pillars[0].sections[0]
        var section = first.section
        var markdown = first.markdown
        section.number = nil
        section.title = Self.odd
        section.photos = []
        section.metrics = report.pillars.flatMap(\.sections).flatMap(\.section.metrics).map { metric in
            var metric = metric
            metric.caption = nil
            metric.title = Self.odd
            metric.data[0].label = Self.odd
            return metric
        }
        section.tables = report.pillars.flatMap(\.sections).flatMap(\.section.tables).map { table in
            var table = table
            table.note = nil
            table.rows.append([])
            table.columns.append(Self.odd)
            return table
        }
        markdown.initiatives = report.pillars.flatMap(\.sections).flatMap(\.markdown.initiatives)
        markdown.initiatives[0].partIndex = 99
        markdown.initiatives[0].plainText = Self.odd
        markdown.initiatives[1].departmentCodes = [Self.odd, "a,b"]
        markdown.initiatives[2].departmentCodes = []
        report.pillars[0].sections[0] = RenderedSection(
            section: section, pillarIndex: first.pillarIndex, sectionIndex: first.sectionIndex, path: first.path,
            body: RenderedSection.Body(
                markdown: markdown, departmentPlaces: first.departmentPlaces, budget: first.budget))
        return report
    }

    /// Each CSV file's rows, header first, made the plain way.
    static func expectedRows(of report: ReportData) -> [String: [[String]]] {
        var budgets = [["柱", "項目番号", "項目", "年度", "西暦年度", "関連予算（千円）", "URL"]]
        var metrics = [["柱", "項目番号", "項目", "指標", "単位", "ラベル", "西暦年度", "値"]]
        var initiatives = [["柱", "項目番号", "項目", "区分", "担当課", "取組み", "URL"]]
        for pillar in report.pillars {
            for rendered in pillar.sections {
                let section = rendered.section
                let lead = [pillar.pillar.numeral, section.number.map(String.init) ?? "", section.title]
                for year in section.budget {
                    budgets.append(lead + [
                        year.year.label, String(year.year.westernYear), year.amount.description, rendered.path,
                    ])
                }
                for metric in section.metrics {
                    for point in metric.data {
                        metrics.append(lead + [
                            metric.title, metric.unit, point.label,
                            FiscalYear(label: point.label).map { String($0.westernYear) } ?? "",
                            point.value.description,
                        ])
                    }
                }
                let parts = rendered.markdown.parts
                for item in rendered.markdown.initiatives {
                    let part = parts.indices.contains(item.partIndex) ? parts[item.partIndex].heading : nil
                    initiatives.append(lead + [
                        part ?? "", item.departmentCodes.joined(separator: "・"), item.plainText,
                        rendered.path + "#" + item.id,
                    ])
                }
            }
        }
        return ["data/budgets.csv": budgets, "data/metrics.csv": metrics, "data/initiatives.csv": initiatives]
    }

    /// RFC 4180 with a byte-order mark, field by field.
    static func csv(_ rows: [[String]]) -> [UInt8] {
        let text = rows.map { row in
            row.map { field in
                field.contains(where: { ",\"\n\r".contains($0) })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",") + "\r\n"
        }.joined()
        return Array(("\u{FEFF}" + text).utf8)
    }

    static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    /// What `JSONEncoder` writes with sorted keys: the reference for every JSON file ksite writes.
    static func foundation<Value: Encodable>(_ value: Value, _ isPrettyPrinted: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = isPrettyPrinted
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The files written, by path.
final class CapturedOutput: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [String: [UInt8]] = [:]

    var files: [String: [UInt8]] { lock.withLock { captured } }

    func write(_ file: OutputFile) {
        lock.withLock { captured[file.path] = Array(file.contents) }
    }

    func write(_ path: String, producing produce: (_ emit: ([UInt8]) -> Void) -> Void) {
        var bytes: [UInt8] = []
        produce { bytes += $0 }
        lock.withLock { captured[path] = bytes }
    }
}
