/// JSON text as bytes, written a piece of syntax at a time: brackets, an item's separator and
/// indent, a member's key, a scalar.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    let isPrettyPrinted: Bool

    init(isPrettyPrinted: Bool) {
        self.isPrettyPrinted = isPrettyPrinted
    }

    /// A scalar standing alone: the whole text, or a single value container's.
    mutating func write(_ scalar: JSONScalar) {
        scalar.write(into: &bytes)
    }

    /// `{` or `[` opening a container.
    mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if isPrettyPrinted { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Starts item `position` (0 for the first) of a container whose items stand at `depth`:
    /// the separator and indent, then an object member's key (already quoted), then the value
    /// if it is a scalar.
    mutating func writeItem(
        _ position: Int, depth: Int, quotedKey: [UInt8]? = nil, value: JSONScalar? = nil
    ) {
        if position > 0 { bytes.append(UInt8(ascii: ",")) }
        if isPrettyPrinted {
            if position > 0 { bytes.append(UInt8(ascii: "\n")) }
            appendIndent(depth)
        }
        if let quotedKey {
            bytes += quotedKey
            if isPrettyPrinted { bytes.append(UInt8(ascii: " ")) }
            bytes.append(UInt8(ascii: ":"))
            if isPrettyPrinted { bytes.append(UInt8(ascii: " ")) }
        }
        value?.write(into: &bytes)
    }

    /// `}` or `]` closing a container whose own indent is `depth`.
    mutating func close(_ bracket: UInt8, depth: Int) {
        if isPrettyPrinted {
            bytes.append(UInt8(ascii: "\n"))
            appendIndent(depth)
        }
        bytes.append(bracket)
    }

    /// Text written apart, such as a nested container's.
    mutating func append(_ other: JSONText) {
        bytes += other.bytes
    }

    /// Empties the text, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}

private extension JSONText {
    /// Two spaces a level, copied from a run of spaces rather than written one at a time.
    mutating func appendIndent(_ depth: Int) {
        var remaining = 2 * depth
        while remaining > 0 {
            let count = min(remaining, Self.spaces.count)
            bytes += Self.spaces[..<count]
            remaining -= count
        }
    }

    static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)
}
