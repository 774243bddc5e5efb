import KsiteCore

extension ReportData {
    /// `data/budgets.csv`, `data/metrics.csv`, `data/initiatives.csv`, each written as its rows
    /// are made.
    func writeCSVFiles(into output: some OutputSink) {
        output.write("data/budgets.csv") { emit in
            let unit = site.config.budgetUnit
            writeTable(
                header: ["柱", "項目番号", "項目", "年度", "西暦年度", "関連予算（\(unit)）", "URL"],
                emit: emit) { table, lead, rendered in
                for year in rendered.section.budget {
                    table.append(lead)
                    table.append(year.year.label)
                    table.append(String(year.year.westernYear))
                    table.append(year.amount.description)
                    table.append(rendered.path)
                    table.endRow()
                }
            }
        }
        output.write("data/metrics.csv") { emit in
            writeTable(
                header: ["柱", "項目番号", "項目", "指標", "単位", "ラベル", "西暦年度", "値"],
                emit: emit) { table, lead, rendered in
                for metric in rendered.section.metrics {
                    for point in metric.data {
                        table.append(lead)
                        table.append(metric.title)
                        table.append(metric.unit)
                        table.append(point.label)
                        table.append(FiscalYear(label: point.label).map { String($0.westernYear) } ?? "")
                        table.append(point.value.description)
                        table.endRow()
                    }
                }
            }
        }
        output.write("data/initiatives.csv") { emit in
            writeInitiativesTable(emit: emit)
        }
    }
}

private extension ReportData {
    func writeInitiativesTable(emit: ([UInt8]) -> Void) {
        writeTable(header: ["柱", "項目番号", "項目", "区分", "担当課", "取組み", "URL"], emit: emit) {
            table, lead, rendered in
            let parts = rendered.markdown.parts
            let anchorBase = rendered.path + "#"
            for initiative in rendered.markdown.initiatives {
                table.append(lead)
                let part = parts.indices.contains(initiative.partIndex) ? parts[initiative.partIndex].heading : nil
                table.append(part ?? "")
                table.append(joining: initiative.departmentCodes, separator: "・")
                table.append(initiative.plainText)
                table.append(joining: [anchorBase, initiative.id])
                table.endRow()
            }
        }
    }

    /// A table with `header`, whose rows `rows` writes section by section, each starting
    /// with the section's lead columns (pillar numeral, section number, title); handed to
    /// `emit` in pieces of about a megabyte.
    func writeTable(
        header: [String], emit: ([UInt8]) -> Void,
        rows: (_ table: inout CSVTable, _ lead: CSVTable.Fields, RenderedSection) -> Void
    ) {
        var table = CSVTable(header: header)
        forEachSection { pillar, section in
            let lead = CSVTable.encode([
                pillar.pillar.numeral, section.section.number.map(String.init) ?? "", section.section.title,
            ])
            rows(&table, lead, section)
            table.handOver(atLeast: 1 << 20, to: emit)
        }
        table.handOver(to: emit)
    }
}
