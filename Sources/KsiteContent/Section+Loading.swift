import KsiteCore
import Yams

extension Section {
    static let fields = ["number", "title", "slug", "budget", "metrics", "tables", "photos"]

    /// Reads a section file's front matter; nil when it cannot be used.
    static func load(
        file: ContentFile, relativePath: String, decoder: inout YAMLDecoder
    ) -> Section? {
        guard let yaml = file.frontMatter.yaml, let root = decoder.parse(yaml) else {
            if decoder.diagnostics.isEmpty {
                decoder.error(at: decoder.fileStart, "the section has no front matter",
                              hint: "start the file with '---', a 'title: …' line and '---'")
            }
            return nil
        }
        guard let fields = decoder.fields(
            of: root, in: "the section's front matter", allowed: fields, required: ["title"]
        ) else { return nil }
        let title = decoder.string(fields["title"], field: "title")
        let number = decoder.integer(fields["number"], field: "number")
        if let number, number < 1, let node = fields["number"] {
            decoder.error(node, "section number \(number) must be 1 or more",
                          hint: "write the number printed before the title, e.g. number: 1 for (1)")
        }
        let budget = loadBudget(fields["budget"], decoder: &decoder)
        let metrics = decoder.list(fields["metrics"], field: "metrics")?
            .readEach { Metric.load($0, decoder: &decoder) } ?? []
        let tables = decoder.list(fields["tables"], field: "tables")?
            .readEach { DataTable.load($0, decoder: &decoder) } ?? []
        let photos = decoder.list(fields["photos"], field: "photos")?
            .readEach { Photo.load($0, decoder: &decoder) } ?? []
        let slug = file.slug(override: fields["slug"], decoder: &decoder)
        guard let title, let slug else { return nil }
        return Section(
            number: number, title: title, slug: slug, budget: budget, metrics: metrics,
            tables: tables, photos: photos, body: file.body,
            location: decoder.fileStart, relativePath: relativePath)
    }
}

private extension Section {
    static func loadBudget(_ node: consuming Node?, decoder: inout YAMLDecoder) -> [BudgetEntry] {
        let mapping: Node.Mapping
        switch consume node {
        case nil:
            return []
        case .mapping(let found)?:
            mapping = found
        case let other?:
            decoder.error(other, "'budget' must map fiscal years to amounts",
                          hint: "write e.g.\n    budget:\n      R4: 251177\n      R5: 249871")
            return []
        }
        var entries: [BudgetEntry] = []
        entries.reserveCapacity(mapping.count)
        for index in mapping.pairIndices {
            let (key, value) = mapping[index]
            guard let year = decoder.fiscalYear(consume key, field: "budget") else { continue }
            guard let amount = decoder.amount(
                consume value, field: "budget value for \(year.label)",
                hint: "write the amount in the budget unit as digits, e.g. 67240094"
            ) else { continue }
            entries.append(BudgetEntry(year: year, amount: amount))
        }
        return entries.sorted { $0.year < $1.year }
    }
}
