import KsiteCore

/// Puts fiscal-year labels in era order and writes them with their Western year.
enum YearOrder {
    /// Labels that parse as fiscal years are sorted among their own positions (H30 before
    /// R1); other labels keep theirs, so a list of categories keeps the order it was given.
    static func sorted<Item>(_ items: [Item], label: (Item) -> String) -> [Item] {
        let yearSlots = items.indices.filter { FiscalYear(label: label(items[$0])) != nil }
        let years = yearSlots.map { items[$0] }.enumerated().sorted { lhs, rhs in
            let left = FiscalYear(label: label(lhs.element))
            let right = FiscalYear(label: label(rhs.element))
            if let left, let right, left != right { return left < right }
            return lhs.offset < rhs.offset
        }
        var result = items
        for (slot, year) in zip(yearSlots, years) { result[slot] = year.element }
        return result
    }

    /// `R4（2022）` for a fiscal-year label, the label itself otherwise.
    static func withWesternYear(_ label: String) -> String {
        guard let year = FiscalYear(label: label) else { return label }
        return "\(year.label)（\(year.westernYear)）"
    }

    /// Whether every label is a fiscal year (the table's first header is then 年度).
    static func areAllYears(_ labels: [String]) -> Bool {
        !labels.isEmpty && labels.allSatisfy { FiscalYear(label: $0) != nil }
    }
}
