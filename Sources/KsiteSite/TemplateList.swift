/// A list in a page context whose items are made when the template reaches each one, and
/// dropped after: a large report's home page lists ten thousand sections, and its overview
/// chart's data table as many rows, which need never be in memory all at once.
///
/// A class, so that a `TemplateValue` holding one is no larger than one holding a string.
final class TemplateList {
    let count: Int
    let item: (Int) -> TemplateValue

    init<Base: Collection>(
        _ base: Base, _ transform: @escaping (Base.Element) -> TemplateValue
    ) where Base.Index == Int {
        count = base.count
        let start = base.startIndex
        item = { transform(base[start + $0]) }
    }
}
