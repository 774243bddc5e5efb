import Foundation

/// A CSV file in UTF-8 with a byte-order mark, so that Excel opens Japanese text correctly.
struct CSVTable {
    var header: [String]
    var rows: [[String]] = []

    /// RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted.
    func data() -> Data {
        var text = "\u{FEFF}"
        for row in [header] + rows {
            text += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension ReportData {
    /// `data/budgets.csv`, `data/metrics.csv`, `data/initiatives.csv`.
    func csvFiles() -> [OutputFile] {
        var budgets = CSVTable(header: ["柱", "項目番号", "項目", "年度", "西暦年度", "関連予算（\(budgetUnit)）", "URL"])
        var metrics = CSVTable(header: ["柱", "項目番号", "項目", "指標", "単位", "ラベル", "西暦年度", "値"])
        var initiatives = CSVTable(header: ["柱", "項目番号", "項目", "区分", "担当課", "取組み", "URL"])
        for pillar in pillars {
            for section in pillar.sections {
                let lead = [pillar.numeral, section.number.map(String.init) ?? "", section.title]
                for year in section.budget {
                    budgets.rows.append(lead + [year.year, String(year.westernYear), year.amount.text, section.url])
                }
                for metric in section.metrics {
                    for point in metric.data {
                        metrics.rows.append(lead + [metric.title, metric.unit, point.label,
                                                    point.westernYear.map(String.init) ?? "", point.value.text])
                    }
                }
                for item in section.initiatives {
                    initiatives.rows.append(lead + [item.part ?? "", item.departments.joined(separator: "・"),
                                                    item.text, item.url])
                }
            }
        }
        return [
            OutputFile(path: "data/budgets.csv", contents: budgets.data()),
            OutputFile(path: "data/metrics.csv", contents: metrics.data()),
            OutputFile(path: "data/initiatives.csv", contents: initiatives.data()),
        ]
    }
}
