import KsiteCore
import Yams

extension Metric {
    /// Reads one entry of `metrics:`.
    static func load(_ node: consuming Node, decoder: inout YAMLDecoder) -> Metric? {
        guard let fields = decoder.fields(
            of: node, in: "a metric", allowed: ["title", "caption", "unit", "chart", "data"],
            required: ["title", "unit", "data"]
        ) else { return nil }
        let title = decoder.string(fields["title"], field: "title")
        let caption = decoder.string(fields["caption"], field: "caption")
        let unit = decoder.string(fields["unit"], field: "unit")
        var style = ChartStyle.column
        if let chartNode = fields["chart"], let text = decoder.string(chartNode, field: "chart") {
            if let parsed = ChartStyle(rawValue: text) {
                style = parsed
            } else {
                let names = ChartStyle.allCases.map(\.rawValue)
                decoder.error(chartNode, "unknown chart '\(text)'",
                              hint: Suggestion.hint(for: text, in: names)
                                ?? "write one of: \(names.joined(separator: ", "))")
            }
        }
        let data = loadData(fields["data"], decoder: &decoder)
        guard let title, let unit, let data else { return nil }
        return Metric(title: title, caption: caption, unit: unit, chart: style, data: data)
    }
}

private extension Metric {
    static func loadData(_ node: consuming Node?, decoder: inout YAMLDecoder) -> [Point]? {
        let mapping: Node.Mapping
        switch consume node {
        case nil:
            return nil
        case .mapping(let found)? where !found.isEmpty:
            mapping = found
        case let other?:
            decoder.error(other, "'data' must map labels to numbers",
                          hint: "write e.g.\n      data:\n        H30: 245\n        R1: 205")
            return nil
        }
        var points: [Point] = []
        points.reserveCapacity(mapping.count)
        for index in mapping.pairIndices {
            let (key, value) = mapping[index]
            guard let label = decoder.string(consume key, field: "data label") else { continue }
            guard let amount = decoder.amount(
                consume value, field: "value for \(label)", hint: "write the value as digits, e.g. 289")
            else { continue }
            points.append(Point(label: label, value: amount))
        }
        let years = points.compactMap { FiscalYear(label: $0.label) }
        if years.count == points.count {
            return zip(points, years).sorted { $0.1 < $1.1 }.map(\.0)
        }
        return points
    }
}
