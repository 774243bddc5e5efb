import Foundation

/// The text written so far, handed on whenever it reaches the piece size.
///
/// Each method appends a whole piece of syntax in one call — an item's separator, indent, key
/// and scalar value together — because every access to `bytes`, a class property passed
/// `inout`, costs a dynamic exclusivity check: a few large writes are much cheaper than many
/// small ones.
final class JSONOutput {
    private(set) var bytes: [UInt8] = []
    let isPrettyPrinted: Bool
    /// Shared with the outputs of nested containers.
    let keyOrders: JSONKeyOrders
    private let pieceSize: Int
    private let emit: (Data) -> Void

    init(
        isPrettyPrinted: Bool, keyOrders: JSONKeyOrders, pieceSize: Int,
        emit: @escaping (Data) -> Void
    ) {
        self.isPrettyPrinted = isPrettyPrinted
        self.keyOrders = keyOrders
        self.pieceSize = pieceSize
        self.emit = emit
    }

    /// An output for a nested container, kept whole until its object places it.
    func makeNested() -> JSONOutput {
        JSONOutput(isPrettyPrinted: isPrettyPrinted, keyOrders: keyOrders, pieceSize: .max, emit: { _ in })
    }

    func flushIfFull() {
        if bytes.count >= pieceSize { flush() }
    }

    func flush() {
        guard !bytes.isEmpty else { return }
        emit(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    /// A scalar standing alone: the whole text, or a single value container's.
    func write(_ scalar: JSONScalar) {
        scalar.write(into: &bytes)
    }

    /// `{` or `[` opening a container.
    func open(_ bracket: UInt8) {
        Self.append(opening: bracket, isPrettyPrinted: isPrettyPrinted, to: &bytes)
    }

    /// Starts item `position` (0 for the first) of a container whose items stand at `depth`:
    /// the separator and indent, then an object member's key, then the value if it is a scalar.
    func writeItem(_ position: Int, depth: Int, key: String? = nil, value: JSONScalar? = nil) {
        Self.appendItem(
            position, depth: depth, key: key, value: value, isPrettyPrinted: isPrettyPrinted,
            to: &bytes)
    }

    /// `}` or `]` closing a container whose own indent is `depth`.
    func close(_ bracket: UInt8, depth: Int) {
        Self.append(closing: bracket, depth: depth, isPrettyPrinted: isPrettyPrinted, to: &bytes)
    }

    /// The text of a nested container's output.
    func append(_ nested: JSONOutput) {
        bytes += nested.bytes
    }
}

private extension JSONOutput {
    static func append(opening bracket: UInt8, isPrettyPrinted: Bool, to bytes: inout [UInt8]) {
        bytes.append(bracket)
        if isPrettyPrinted { bytes.append(UInt8(ascii: "\n")) }
    }

    static func append(closing bracket: UInt8, depth: Int, isPrettyPrinted: Bool, to bytes: inout [UInt8]) {
        if isPrettyPrinted {
            bytes.append(UInt8(ascii: "\n"))
            appendIndent(depth, to: &bytes)
        }
        bytes.append(bracket)
    }

    static func appendItem(
        _ position: Int, depth: Int, key: String?, value: JSONScalar?, isPrettyPrinted: Bool,
        to bytes: inout [UInt8]
    ) {
        if position > 0 { bytes.append(UInt8(ascii: ",")) }
        if isPrettyPrinted {
            if position > 0 { bytes.append(UInt8(ascii: "\n")) }
            appendIndent(depth, to: &bytes)
        }
        if let key {
            JSONScalar.write(key, into: &bytes)
            if isPrettyPrinted { bytes.append(UInt8(ascii: " ")) }
            bytes.append(UInt8(ascii: ":"))
            if isPrettyPrinted { bytes.append(UInt8(ascii: " ")) }
        }
        value?.write(into: &bytes)
    }

    /// Two spaces a level, copied from a run of spaces rather than written one at a time.
    static func appendIndent(_ depth: Int, to bytes: inout [UInt8]) {
        var remaining = 2 * depth
        while remaining > 0 {
            let count = min(remaining, spaces.count)
            bytes += spaces[..<count]
            remaining -= count
        }
    }

    static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)
}
