import Mustache

/// A list in a page context whose items are made when the template reaches each one, and
/// dropped after: a large report's home page lists ten thousand sections, and its overview
/// chart's data table as many rows, which need never be in memory all at once.
///
/// A `Sequence` (and swift-mustache's `MustacheSequence`), so both renderers read it as a list.
struct TemplateList: Sequence, MustacheSequence {
    let count: Int
    let item: (Int) -> Any

    init<Base: Collection>(_ base: Base, _ transform: @escaping (Base.Element) -> Any) where Base.Index == Int {
        count = base.count
        let start = base.startIndex
        item = { transform(base[start + $0]) }
    }

    func makeIterator() -> AnyIterator<Any> {
        var index = 0
        return AnyIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return item(index)
        }
    }
}
