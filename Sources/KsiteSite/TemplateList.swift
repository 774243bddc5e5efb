/// A list in a page context whose items are made when the template reaches each one, and
/// dropped after: a large report's home page lists ten thousand sections, and its overview
/// chart's data table as many rows, which need never be in memory all at once.
///
/// A class, so that a `TemplateValue` holding one is no larger than one holding a string.
final class TemplateList {
    let count: Int
    /// Makes the item at an index from 0.
    let item: (Int) -> TemplateValue

    /// A list of `count` items, each made by `item` from its index: the maker reads what it
    /// shows where it is, rather than being handed a copy of a whole element (a pillar, a row).
    init(count: Int, item: @escaping (Int) -> TemplateValue) {
        self.count = count
        self.item = item
    }
}
