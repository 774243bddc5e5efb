/// JSON text as bytes, written a piece of syntax at a time: brackets, an item's separator and
/// indent, a member's key, a scalar.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    let isPrettyPrinted: Bool
    /// `,\n` and as many spaces as the deepest indent written: see `appendBreak`.
    private var breakAndIndent: [UInt8] = Array(",\n".utf8)

    init(isPrettyPrinted: Bool) {
        self.isPrettyPrinted = isPrettyPrinted
    }

    /// `{` or `[` opening a container.
    mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if isPrettyPrinted { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Starts item `position` (0 for the first) of an array whose items stand at `depth`:
    /// the separator and indent.
    mutating func writeItem(_ position: Int, depth: Int) {
        startItem(position, depth: depth)
    }

    /// Starts member `position` of an object whose members stand at `depth`, with a key that
    /// needs no escaping.
    mutating func writeItem(_ position: Int, depth: Int, key: StaticString) {
        startItem(position, depth: depth)
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        appendColon()
    }

    /// A string, quoted and escaped.
    mutating func write(_ string: String) {
        JSONScalar.write(string, into: &bytes)
    }

    /// A string given as its UTF-8 bytes, quoted and escaped.
    mutating func write(utf8 string: [UInt8]) {
        string.withUnsafeBufferPointer { JSONScalar.write(utf8: $0, into: &bytes) }
    }

    /// Strings joined, as one string.
    mutating func write(concatenating first: String, _ second: String) {
        bytes.append(UInt8(ascii: "\""))
        JSONScalar.appendEscaped(first, to: &bytes)
        JSONScalar.appendEscaped(second, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A number, `true`, `false` or `null`, as it is.
    mutating func write(literal: String) {
        bytes.append(contentsOf: literal.utf8)
    }

    /// `}` or `]` closing a container whose own indent is `depth`.
    mutating func close(_ bracket: UInt8, depth: Int) {
        if isPrettyPrinted { appendBreak(from: 1, depth: depth) }
        bytes.append(bracket)
    }

    /// Empties the text, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}

private extension JSONText {
    /// The separator and indent before item `position` of a container.
    mutating func startItem(_ position: Int, depth: Int) {
        guard isPrettyPrinted else {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            return
        }
        // The first item follows its bracket's line break.
        appendBreak(from: position > 0 ? 0 : 2, depth: depth)
    }

    /// ` : ` or `:` between a member's key and its value.
    mutating func appendColon() {
        if isPrettyPrinted { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: ":"))
        if isPrettyPrinted { bytes.append(UInt8(ascii: " ")) }
    }

    /// The part from `start` of a comma, a line break and the indent of `depth`, two spaces
    /// a level, copied from a run long enough for the deepest level yet.
    mutating func appendBreak(from start: Int, depth: Int) {
        let end = 2 + 2 * depth
        if breakAndIndent.count < end {
            breakAndIndent += repeatElement(UInt8(ascii: " "), count: end - breakAndIndent.count)
        }
        breakAndIndent.withUnsafeBufferPointer {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end]))
        }
    }
}
