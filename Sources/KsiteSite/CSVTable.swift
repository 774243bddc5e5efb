import Foundation

/// A CSV file in UTF-8 with a byte-order mark, so that Excel opens Japanese text correctly.
struct CSVTable {
    var header: [String]
    var rows: [[String]] = []

    /// RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted.
    func data() -> Data {
        var bytes: [UInt8] = Array("\u{FEFF}".utf8)
        for row in [header] + rows {
            for (index, value) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.append(value, to: &bytes)
            }
            bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        }
        return Data(bytes)
    }

    /// Appends a field, byte by byte: a table of many thousand rows is written in one pass.
    static func append(_ value: String, to bytes: inout [UInt8]) {
        let needsQuotes = value.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        guard needsQuotes else {
            bytes += value.utf8
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
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
