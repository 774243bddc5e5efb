import Foundation

/// Encodes `Encodable` values as JSON with sorted keys and unescaped slashes, byte for byte as
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted` when asked) writes them, in a fraction of its time and memory.
///
/// `JSONEncoder` first builds a tree of every value, then writes it; for `data/report.json`
/// of a large report that tree is several times the file. Here the text is written in order
/// as values are encoded: an object keeps its members (not their text) until it is complete,
/// then encodes them in key order; an array writes each element as it comes. The text can be
/// handed on in pieces, so a large file need never be whole in memory.
struct SortedJSONEncoder {
    var isPrettyPrinted = false

    func encode<Value: Encodable>(_ value: Value) throws -> Data {
        var result = Data()
        try encode(value, pieceSize: .max) { result.append($0) }
        return result
    }

    /// Encodes `value`, handing the text to `emit` in pieces of about `pieceSize` bytes.
    func encode<Value: Encodable>(
        _ value: Value, pieceSize: Int = 1 << 20, emit: (Data) -> Void
    ) throws {
        try withoutActuallyEscaping(emit) { emit in
            let output = JSONOutput(pieceSize: pieceSize, emit: emit)
            try JSONValueWriter(output: output, isPrettyPrinted: isPrettyPrinted, depth: 0).write(value)
            output.flush()
        }
    }
}

/// The text written so far, handed on whenever it reaches the piece size.
final class JSONOutput {
    var bytes: [UInt8] = []
    let pieceSize: Int
    let emit: (Data) -> Void

    init(pieceSize: Int, emit: @escaping (Data) -> Void) {
        self.pieceSize = pieceSize
        self.emit = emit
    }

    func flushIfFull() {
        if bytes.count >= pieceSize { flush() }
    }

    func flush() {
        guard !bytes.isEmpty else { return }
        emit(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    func indent(_ depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}

/// Writes one value at a given depth: a scalar at once, an object or array through the
/// container its `encode(to:)` opens.
final class JSONValueWriter: Encoder {
    let output: JSONOutput
    let isPrettyPrinted: Bool
    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// The container `encode(to:)` opened, finished once it returns.
    var container: JSONContainer?

    init(output: JSONOutput, isPrettyPrinted: Bool, depth: Int) {
        self.output = output
        self.isPrettyPrinted = isPrettyPrinted
        self.depth = depth
    }

    func write<Value: Encodable>(_ value: Value) throws {
        if !JSONScalar.write(value, into: &output.bytes) {
            try value.encode(to: self)
            try finish()
        }
        output.flushIfFull()
    }

    func finish() throws {
        try container?.finish()
        container = nil
    }

    func child() -> JSONValueWriter {
        JSONValueWriter(output: output, isPrettyPrinted: isPrettyPrinted, depth: depth + 1)
    }

    /// Writes a member or element one level deeper: a scalar at once, anything else through
    /// a writer of its own (most values are scalars, which need none).
    func writeChild<Value: Encodable>(_ value: Value) throws {
        if !JSONScalar.write(value, into: &output.bytes) {
            try child().write(value)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = JSONObject(writer: self)
        container = object
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array = JSONArray(writer: self)
        container = array
        return JSONUnkeyedContainer(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(writer: self)
    }
}

/// An object or array being written.
protocol JSONContainer: AnyObject {
    func finish() throws
}

/// An object: its members wait, unencoded, until the object is complete, then are written in
/// key order.
final class JSONObject: JSONContainer {
    enum Member {
        case value(any Encodable)
        case null
        /// A nested container or super encoder, filled by the caller before the object ends.
        case writer(JSONValueWriter)
    }

    let writer: JSONValueWriter
    var members: [(key: String, member: Member)] = []

    init(writer: JSONValueWriter) {
        self.writer = writer
    }

    func finish() throws {
        let output = writer.output
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        output.bytes.append(UInt8(ascii: "{"))
        if writer.isPrettyPrinted { output.bytes.append(UInt8(ascii: "\n")) }
        for (index, entry) in sorted.enumerated() {
            if index > 0 { output.bytes.append(UInt8(ascii: ",")) }
            if writer.isPrettyPrinted {
                if index > 0 { output.bytes.append(UInt8(ascii: "\n")) }
                output.indent(writer.depth + 1)
            }
            JSONScalar.write(entry.key, into: &output.bytes)
            output.bytes += writer.isPrettyPrinted ? Array(" : ".utf8) : [UInt8(ascii: ":")]
            switch entry.member {
            case .value(let value): try writer.writeChild(value)
            case .null: output.bytes += "null".utf8
            case .writer(let nested):
                try nested.finish()
                output.bytes += nested.output.bytes
            }
        }
        if writer.isPrettyPrinted {
            output.bytes.append(UInt8(ascii: "\n"))
            output.indent(writer.depth)
        }
        output.bytes.append(UInt8(ascii: "}"))
    }
}

/// An array: each element is written as it comes.
final class JSONArray: JSONContainer {
    let writer: JSONValueWriter
    private(set) var count = 0
    /// A nested container or super encoder, finished before the next element.
    private var open: JSONValueWriter?

    init(writer: JSONValueWriter) {
        self.writer = writer
        writer.output.bytes.append(UInt8(ascii: "["))
        if writer.isPrettyPrinted { writer.output.bytes.append(UInt8(ascii: "\n")) }
    }

    /// Writes the next element.
    func write<Value: Encodable>(_ value: Value) throws {
        try startElement()
        try writer.writeChild(value)
    }

    /// Writes the separator and indent before the next element; returns its writer.
    func nextElement() throws -> JSONValueWriter {
        try startElement()
        return writer.child()
    }

    /// Writes the separator and indent before the next element.
    private func startElement() throws {
        try finishOpenElement()
        let output = writer.output
        if count > 0 { output.bytes.append(UInt8(ascii: ",")) }
        if writer.isPrettyPrinted {
            if count > 0 { output.bytes.append(UInt8(ascii: "\n")) }
            output.indent(writer.depth + 1)
        }
        count += 1
    }

    /// An element whose container the caller fills afterwards (`Encoder`'s nested containers
    /// cannot throw, so an error finishing the one before waits for the next call or the end).
    func openElement() -> JSONValueWriter {
        do {
            let element = try nextElement()
            open = element
            return element
        } catch {
            deferredError = error
            return writer.child()
        }
    }

    private var deferredError: (any Error)?

    private func finishOpenElement() throws {
        if let deferredError { throw deferredError }
        try open?.finish()
        open = nil
    }

    func finish() throws {
        try finishOpenElement()
        let output = writer.output
        if writer.isPrettyPrinted {
            output.bytes.append(UInt8(ascii: "\n"))
            output.indent(writer.depth)
        }
        output.bytes.append(UInt8(ascii: "]"))
    }
}
