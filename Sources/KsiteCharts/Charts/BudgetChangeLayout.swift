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
        // Each figure is written once and used by the bars, the sentence and the table.
        let labels = values.map { YenFormat.readable(thousandYen: $0.thousandYen) }
        let amounts = values.map(amount)
        let changes = zip(amounts, amounts.dropFirst()).map { YenFormat.change(from: $0, to: $1) }
        var svg = SVGWriter(capacity: ChartBody.typicalSize)
        var y = ChartGeometry.margin
        let bars = values.enumerated().map { index, value in
            BarRows.Bar(series: index, tag: value.year.label + "年度", value: value.thousandYen,
                        label: labels[index])
        }
        let rows = [BarRows.Row(label: nil, title: row.fullTitle, bars: bars)]
        y += BarRows(rows: rows, format: .thousandYen, axisKind: .linear, fill: fill,
                     notes: [ValueFormat.thousandYen.unitNote ?? ""]).draw(into: &svg, top: y)
        y += drawChanges(values, changes: changes, into: &svg, top: y)
        return ChartBody(height: y + ChartGeometry.margin,
                         definitions: fill.definitions(seriesCount: values.count),
                         content: svg.bytes,
                         summary: summary(values, labels: labels, amounts: amounts,
                                          changes: changes),
                         table: table(values, changes: changes))
    }
}

private extension BudgetChangeLayout {
    /// `R4→R5の増減：▼ -1,306千円（-0.5%）減少`, one line per pair of years; on a line of its
    /// own below `R4→R5の増減：` when too long, so a figure is never split across lines.
    /// `changes` holds the change of each pair, as `YenFormat.change` writes it.
    func drawChanges(
        _ values: [BudgetValue], changes: [String], into svg: inout SVGWriter, top: Double
    ) -> Double {
        let font = TextStyle.label.fontSize
        let pitch = TextMetrics.lineHeight(fontSize: font) + 4
        var y = top
        func draw(_ line: String) {
            svg.text(line, x: ChartGeometry.margin, y: y + TextMetrics.ascent * font, style: .label)
            y += pitch
        }
        svg.openGroup(className: "kc-change")
        // By index: a zip of a zip here cost more to set up and tear down than the loop.
        for (index, change) in changes.enumerated() {
            let (old, new) = (values[index], values[index + 1])
            let lead = "\(old.year.label)→\(new.year.label)の増減："
            let change = changeText(from: old, to: new, change: change)
            let whole = lead + change
            // A line that fits is drawn as it is; only the parts of a longer one are wrapped.
            if TextMetrics.width(whole, fontSize: font) <= ChartGeometry.contentWidth {
                draw(whole)
                continue
            }
            for part in [lead, change] {
                TextWrapper.lines(part, maxWidth: ChartGeometry.contentWidth, fontSize: font,
                                  maxLines: 2).forEach(draw)
            }
        }
        svg.closeGroup()
        return y - top
    }

    /// The change with an arrow and a word, so its direction never rests on colour or sign.
    func changeText(from old: BudgetValue, to new: BudgetValue, change: String) -> String {
        if new.thousandYen > old.thousandYen { return "▲ \(change) 増加" }
        if new.thousandYen < old.thousandYen { return "▼ \(change) 減少" }
        return "\(change) 増減なし"
    }

    func amount(_ value: BudgetValue) -> Amount {
        Amount(NumberFormat.plain(value.thousandYen, fractionDigits: 3)) ?? Amount(0)
    }

    /// `labels` and `amounts` hold each value's readable label and amount, `changes` the
    /// change of each pair of consecutive years.
    func summary(
        _ values: [BudgetValue], labels: [String], amounts: [Amount], changes: [String]
    ) -> String {
        let amountTexts = zip(values, labels).map { value, label in
            "\(value.year.label)年度は\(label)"
        }.joined(separator: "、")
        guard let first = values.first, let last = values.last, values.count > 1,
              let firstAmount = amounts.first, let lastAmount = amounts.last else {
            return "\(title)：\(amountTexts)です。"
        }
        // With two years, the change from first to last is the one change already written.
        let change = changes.count == 1
            ? changes[0] : YenFormat.change(from: firstAmount, to: lastAmount)
        let period = "\(first.year.label)から\(last.year.label)へ"
        if first.thousandYen == last.thousandYen {
            return "\(title)：\(amountTexts)で、\(period)の増減はありません。"
        }
        let word = last.thousandYen > first.thousandYen ? "増加" : "減少"
        return "\(title)：\(amountTexts)で、\(period)\(change)の\(word)です。"
    }

    func table(_ values: [BudgetValue], changes: [String]) -> ChartTable {
        var rows = values.map {
            [YearOrder.withWesternYear($0.year), ValueFormat.thousandYen.tableCell($0.thousandYen)]
        }
        for (index, change) in changes.enumerated() {
            rows.append(["\(values[index].year.label)→\(values[index + 1].year.label)の増減", change])
        }
        return ChartTable(caption: title, headers: ["年度", "関連予算"], rows: rows)
    }
}
