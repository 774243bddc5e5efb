import Yams

/// Reading Yams' nodes in place.
///
/// Yams' accessors (`node.scalar`, `node.mapping`, iterating a mapping) are calls into another
/// module that return a copy of the whole node, its tag and anchor included; matching the
/// enum here reads only the part asked for.
extension Node {
    /// The text of a scalar; nil for a list or mapping.
    var scalarText: String? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar.string
    }

    /// Whether the node is a mapping.
    var isMapping: Bool {
        guard case .mapping = self else { return false }
        return true
    }

    /// Whether the node is a list.
    var isSequence: Bool {
        guard case .sequence = self else { return false }
        return true
    }
}

extension Node.Mapping {
    /// The positions of the key–value pairs in file order, each read with `self[index]`.
    ///
    /// Iterating a `Node.Mapping` directly first copies all its pairs into a new array
    /// (Yams' `makeIterator()`), and `indices` holds a copy of the mapping.
    var pairIndices: Range<Int> { startIndex..<endIndex }
}
