import Yams

/// Reading Yams' nodes in place.
///
/// Yams' accessors (`node.scalar`, `node.mapping`, iterating a mapping) are calls into another
/// module that return a copy of the whole node, its tag and anchor included. Matching a
/// borrowed node still copies it (its weak anchor makes `Node` a type Swift moves through
/// memory), so the readers that every value passes through (`YAMLDecoder+Fields`) take their
/// node instead; these helpers serve the rarer checks.
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

extension Node.Sequence {
    /// The non-nil results of `read` for each element, in order: `compactMap` for readers that
    /// take their node (`consuming`), handed each element without another copy.
    func readEach<Result>(_ read: (consuming Node) -> Result?) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        // Yams' subscript hands over a copy of the element, which `read` takes as it is;
        // iterating would copy each element once more.
        for index in startIndex..<endIndex {
            if let result = read(self[index]) { results.append(result) }
        }
        return results
    }
}
