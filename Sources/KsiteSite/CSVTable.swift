import Foundation

/// A CSV file in UTF-8 with a byte-order mark, so that Excel opens Japanese text correctly,
/// written a row at a time and handed on in pieces: the initiatives of a large report make a
/// table of hundreds of thousands of rows.
enum CSVTable {
    /// RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted.
    /// `rows` calls its argument once per row, in order.
    static func write(
        header: [String], emit: ([UInt8]) -> Void, rows: (_ row: ([String]) -> Void) -> Void
    ) {
        var bytes: [UInt8] = Array("\u{FEFF}".utf8)
        append(header, to: &bytes)
        withoutActuallyEscaping(emit) { emit in
            rows { row in
                append(row, to: &bytes)
                if bytes.count >= 1 << 20 {
                    emit(bytes)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            emit(bytes)
        }
    }

    static func append(_ row: [String], to bytes: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field: value, to: &bytes)
        }
        bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }

    /// Appends a field, quoted when it must be; runs between quotes are copied whole.
    static func append(field value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { field in
            guard field.contains(where: needsQuotes) else {
                bytes.append(contentsOf: field)
                return
            }
            let quote = UInt8(ascii: "\"")
            bytes.append(quote)
            var copied = 0
            for index in field.indices where field[index] == quote {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[copied...index]))
                bytes.append(quote)
                copied = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[copied...]))
            bytes.append(quote)
        }
    }

    /// A comma, quote or line break, which make a field quoted. They all come before `-`, as
    /// no byte of kana or kanji does, so that is asked first.
    static func needsQuotes(_ byte: UInt8) -> Bool {
        byte < UInt8(ascii: "-")
            && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r"))
    }
}

extension ReportData {
    /// `data/budgets.csv`, `data/metrics.csv`, `data/initiatives.csv`, each written as its rows
    /// are made.
    func writeCSVFiles(into output: some OutputSink) {
        output.write("data/budgets.csv") { emit in
            CSVTable.write(
                header: ["柱", "項目番号", "項目", "年度", "西暦年度", "関連予算（\(budgetUnit)）", "URL"],
                emit: emit) { row in
                forEachSection { lead, section in
                    for year in section.budget {
                        row(lead + [year.year, String(year.westernYear), year.amount.text, section.url])
                    }
                }
            }
        }
        output.write("data/metrics.csv") { emit in
            CSVTable.write(
                header: ["柱", "項目番号", "項目", "指標", "単位", "ラベル", "西暦年度", "値"], emit: emit) { row in
                forEachSection { lead, section in
                    for metric in section.metrics {
                        for point in metric.data {
                            row(lead + [metric.title, metric.unit, point.label,
                                        point.westernYear.map(String.init) ?? "", point.value.text])
                        }
                    }
                }
            }
        }
        output.write("data/initiatives.csv") { emit in
            CSVTable.write(
                header: ["柱", "項目番号", "項目", "区分", "担当課", "取組み", "URL"], emit: emit) { row in
                forEachSection { lead, section in
                    for item in section.initiatives {
                        row(lead + [item.part ?? "", item.departments.joined(separator: "・"), item.text, item.url])
                    }
                }
            }
        }
    }

    /// Every section in report order, with the columns that lead each of its rows.
    func forEachSection(_ body: (_ lead: [String], _ section: SectionData) -> Void) {
        for pillar in pillars {
            for section in pillar.sections {
                body([pillar.numeral, section.number.map(String.init) ?? "", section.title], section)
            }
        }
    }
}
