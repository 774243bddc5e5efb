import Foundation

/// Encodes `Encodable` values as JSON with sorted keys and unescaped slashes, byte for byte as
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted` when asked) writes them, in a fraction of its time and memory.
///
/// `JSONEncoder` first builds a tree of every value, then writes it; for `data/report.json`
/// of a large report that tree is several times the file. Here the text is written in order
/// as values are encoded: an object keeps its members until it is complete (its strings and
/// numbers as they are, anything else unencoded), then writes them in key order; an array
/// writes each element as it comes. The text can be handed on in pieces, so a large file need
/// never be whole in memory.
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
            let output = JSONOutput(
                isPrettyPrinted: isPrettyPrinted, keyOrders: JSONKeyOrders(), pieceSize: pieceSize,
                emit: emit)
            try JSONValueWriter(output: output, depth: 0).write(value)
            output.flush()
        }
    }
}

/// Writes one value at a given depth: a scalar at once, an object or array through the
/// container its `encode(to:)` opens.
final class JSONValueWriter: Encoder {
    let output: JSONOutput
    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// The container `encode(to:)` opened, finished once it returns.
    private var container: (any JSONContainer)?

    init(output: JSONOutput, depth: Int) {
        self.output = output
        self.depth = depth
    }

    func write<Value: Encodable>(_ value: Value) throws {
        if let scalar = JSONScalar(value) {
            output.write(scalar)
        } else {
            try writeEncoded(value)
        }
    }

    /// Writes an object or array: whatever `value.encode(to:)` puts in its container.
    func writeEncoded(_ value: any Encodable) throws {
        try value.encode(to: self)
        try finish()
        output.flushIfFull()
    }

    func finish() throws {
        try container?.finish()
        container = nil
    }

    /// A writer for a member or element one level deeper.
    func child() -> JSONValueWriter {
        JSONValueWriter(output: output, depth: depth + 1)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = JSONObject(writer: self, keyType: ObjectIdentifier(Key.self))
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

/// An object: its members wait until the object is complete, then are written in key order.
final class JSONObject: JSONContainer {
    enum Value {
        case scalar(JSONScalar)
        /// An object or array, encoded straight into the output when its turn comes.
        case encodable(any Encodable)
        /// A nested container or super encoder, filled by the caller before the object ends.
        case nested(JSONValueWriter)
    }

    struct Member {
        var key: String
        var value: Value
    }

    let writer: JSONValueWriter
    /// The `CodingKey` type: objects of one type share their order of keys.
    let keyType: ObjectIdentifier
    private(set) var members: [Member] = []

    init(writer: JSONValueWriter, keyType: ObjectIdentifier) {
        self.writer = writer
        self.keyType = keyType
    }

    func add(_ value: Value, forKey key: String) {
        members.append(Member(key: key, value: value))
    }

    func finish() throws {
        let output = writer.output
        let members = self.members
        let depth = writer.depth + 1
        output.open(UInt8(ascii: "{"))
        for (position, index) in output.keyOrders.order(of: members, keyType: keyType).enumerated() {
            let member = members[index]
            switch member.value {
            case .scalar(let scalar):
                output.writeItem(position, depth: depth, key: member.key, value: scalar)
            case .encodable(let value):
                output.writeItem(position, depth: depth, key: member.key)
                try writer.child().writeEncoded(value)
            case .nested(let nested):
                output.writeItem(position, depth: depth, key: member.key)
                try nested.finish()
                output.append(nested.output)
            }
        }
        output.close(UInt8(ascii: "}"), depth: writer.depth)
    }
}

/// An array: each element is written as it comes.
final class JSONArray: JSONContainer {
    let writer: JSONValueWriter
    private(set) var count = 0
    /// A nested container or super encoder, finished before the next element.
    private var open: JSONValueWriter?
    private var deferredError: (any Error)?

    init(writer: JSONValueWriter) {
        self.writer = writer
        writer.output.open(UInt8(ascii: "["))
    }

    /// Writes the next element.
    func write<Value: Encodable>(_ value: Value) throws {
        if let scalar = JSONScalar(value) {
            try write(scalar)
        } else {
            try nextElement().writeEncoded(value)
        }
    }

    /// Writes the next element, a scalar.
    func write(_ scalar: JSONScalar) throws {
        try finishOpenElement()
        writer.output.writeItem(count, depth: writer.depth + 1, value: scalar)
        count += 1
    }

    /// Writes the separator and indent before the next element; returns its writer.
    func nextElement() throws -> JSONValueWriter {
        try finishOpenElement()
        writer.output.writeItem(count, depth: writer.depth + 1)
        count += 1
        return writer.child()
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

    func finish() throws {
        try finishOpenElement()
        writer.output.close(UInt8(ascii: "]"), depth: writer.depth)
    }

    private func finishOpenElement() throws {
        if let deferredError { throw deferredError }
        try open?.finish()
        open = nil
    }
}
