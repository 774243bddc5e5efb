import KsiteCore

/// One section's budget year by year on a linear axis from zero, with the change between
/// consecutive years in yen and percent written under the bars.
struct BudgetChangeLayout: Sendable {
    let row: BudgetRow
    let fill: SeriesFill
    let title: String

    /// The drawn chart; nil when the row has no finite value.
    func makeBody() -> ChartBody? {
        let values = row.values.filter(\.thousandYen.isFinite).sorted { $0.year < $1.year }
        guard !values.isEmpty else { return nil }
        var svg = SVGWriter()
        var y = ChartGeometry.margin
        let bars = values.enumerated().map { index, value in
            BarRows.Bar(series: index, tag: value.year.label + "年度", value: value.thousandYen,
                        label: YenFormat.readable(thousandYen: value.thousandYen))
        }
        let rows = [BarRows.Row(label: nil, title: row.fullTitle, bars: bars)]
        y += BarRows(rows: rows, format: .thousandYen, axisKind: .linear, fill: fill,
                     notes: [ValueFormat.thousandYen.unitNote ?? ""]).draw(into: &svg, top: y)
        y += drawChanges(values, into: &svg, top: y)
        return ChartBody(height: y + ChartGeometry.margin,
                         definitions: fill.definitions(seriesCount: values.count),
                         content: svg.text, summary: summary(values), table: table(values))
    }
}

private extension BudgetChangeLayout {
    /// `R4→R5の増減：▼ -1,306千円（-0.5%）減少`, one line per pair of years; on a line of its
    /// own below `R4→R5の増減：` when too long, so a figure is never split across lines.
    func drawChanges(_ values: [BudgetValue], into svg: inout SVGWriter, top: Double) -> Double {
        let font = ChartGeometry.labelFont
        let pitch = TextMetrics.lineHeight(fontSize: font) + 4
        var y = top
        svg.openGroup(className: "kc-change")
        for (old, new) in zip(values, values.dropFirst()) {
            let lead = "\(old.year.label)→\(new.year.label)の増減："
            let change = changeText(from: old, to: new)
            let isOneLine = TextMetrics.width(lead + change, fontSize: font) <= ChartGeometry.contentWidth
            for part in isOneLine ? [lead + change] : [lead, change] {
                let lines = TextWrapper.lines(part, maxWidth: ChartGeometry.contentWidth,
                                              fontSize: font, maxLines: 2)
                for line in lines {
                    svg.text(line, x: ChartGeometry.margin, y: y + TextMetrics.ascent * font,
                             fontSize: font)
                    y += pitch
                }
            }
        }
        svg.closeGroup()
        return y - top
    }

    /// The change with an arrow and a word, so its direction never rests on colour or sign.
    func changeText(from old: BudgetValue, to new: BudgetValue) -> String {
        let change = YenFormat.change(from: amount(old), to: amount(new))
        if new.thousandYen > old.thousandYen { return "▲ \(change) 増加" }
        if new.thousandYen < old.thousandYen { return "▼ \(change) 減少" }
        return "\(change) 増減なし"
    }

    func amount(_ value: BudgetValue) -> Amount {
        Amount(NumberFormat.plain(value.thousandYen, fractionDigits: 3)) ?? Amount(0)
    }

    func summary(_ values: [BudgetValue]) -> String {
        let amounts = values.map {
            "\($0.year.label)年度は\(YenFormat.readable(thousandYen: $0.thousandYen))"
        }.joined(separator: "、")
        guard let first = values.first, let last = values.last, values.count > 1 else {
            return "\(title)：\(amounts)です。"
        }
        let change = YenFormat.change(from: amount(first), to: amount(last))
        let period = "\(first.year.label)から\(last.year.label)へ"
        if first.thousandYen == last.thousandYen {
            return "\(title)：\(amounts)で、\(period)の増減はありません。"
        }
        let word = last.thousandYen > first.thousandYen ? "増加" : "減少"
        return "\(title)：\(amounts)で、\(period)\(change)の\(word)です。"
    }

    func table(_ values: [BudgetValue]) -> ChartTable {
        var rows = values.map {
            [YearOrder.withWesternYear($0.year.label), ValueFormat.thousandYen.tableCell($0.thousandYen)]
        }
        for (old, new) in zip(values, values.dropFirst()) {
            rows.append(["\(old.year.label)→\(new.year.label)の増減",
                         YenFormat.change(from: amount(old), to: amount(new))])
        }
        return ChartTable(caption: title, headers: ["年度", "関連予算"], rows: rows)
    }
}
