import Yams

extension Node.Mapping {
    /// The key–value pairs in file order, read in place.
    ///
    /// Iterating a `Node.Mapping` directly first copies all its pairs into a new array
    /// (Yams' `makeIterator()`); this reads them one at a time by index.
    var entries: LazyMapSequence<DefaultIndices<Node.Mapping>, (key: Node, value: Node)> {
        indices.lazy.map { self[$0] }
    }
}
