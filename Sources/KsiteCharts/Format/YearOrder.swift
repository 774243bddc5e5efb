import KsiteCore

/// Puts fiscal-year labels in era order and writes them with their Western year.
enum YearOrder {
    /// Labels that parse as fiscal years are sorted among their own positions (H30 before
    /// R1); other labels keep theirs, so a list of categories keeps the order it was given.
    static func sorted<Item>(_ items: [Item], label: (Item) -> String) -> [Item] {
        sorted(items.map { (item: $0, year: FiscalYear(label: label($0))) }, year: \.year).map(\.item)
    }

    /// `sorted(_:label:)` for items whose labels are parsed already: `year` is
    /// `FiscalYear(label:)` of an item's label.
    static func sorted<Item>(_ items: [Item], year: (Item) -> FiscalYear?) -> [Item] {
        let dated = items.indices.compactMap { slot in year(items[slot]).map { (slot: slot, year: $0) } }
        let ordered = dated.enumerated().sorted { lhs, rhs in
            if lhs.element.year != rhs.element.year { return lhs.element.year < rhs.element.year }
            return lhs.offset < rhs.offset
        }
        var result = items
        for (entry, source) in zip(dated, ordered) { result[entry.slot] = items[source.element.slot] }
        return result
    }

    /// `R4（2022）` for a fiscal-year label, the label itself otherwise.
    static func withWesternYear(_ label: String) -> String {
        guard let year = FiscalYear(label: label) else { return label }
        return withWesternYear(year)
    }

    /// `R4（2022）`.
    static func withWesternYear(_ year: FiscalYear) -> String {
        "\(year.label)（\(year.westernYear)）"
    }

    /// Whether every label parsed as a fiscal year (the table's first header is then 年度);
    /// `years` holds `FiscalYear(label:)` of each label.
    static func areAllYears(_ years: [FiscalYear?]) -> Bool {
        !years.isEmpty && years.allSatisfy { $0 != nil }
    }
}
