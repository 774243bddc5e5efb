import KsiteCore

/// Puts fiscal-year labels in era order and writes them with their Western year.
enum YearOrder {
    /// Labels that parse as fiscal years are sorted among their own positions (H30 before
    /// R1); other labels keep theirs, so a list of categories keeps the order it was given.
    static func sorted<Item>(_ items: [Item], label: (Item) -> String) -> [Item] {
        // Each label is parsed once, not once per comparison.
        let dated = items.indices.compactMap { slot in
            FiscalYear(label: label(items[slot])).map { (slot: slot, year: $0) }
        }
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
