import Foundation

/// Encodes `Encodable` values as JSON with sorted keys and unescaped slashes, byte for byte as
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted` when asked) writes them, in a fraction of its time and memory.
///
/// `JSONEncoder` first builds a tree of every value, then writes it; for the search index of
/// a large report that tree is several times the file. (`data/report.json`, whose shape is
/// fixed, is written by `JSONWriter` without `Encodable`.) Here the text is written in order
/// as values are encoded: an object keeps its members until it is complete (its strings and
/// numbers as they are, anything else unencoded), then writes them in key order; an array
/// writes each element as it comes. The text can be handed on in pieces, so a large file need
/// never be whole in memory.
struct SortedJSONEncoder {
    var isPrettyPrinted = false

    func encode<Value: Encodable>(_ value: Value) throws -> Data {
        var result = Data()
        try encode(value, pieceSize: .max) { result.append(contentsOf: $0) }
        return result
    }

    /// Encodes `value`, handing the text to `emit` in pieces of about `pieceSize` bytes.
    func encode<Value: Encodable>(
        _ value: Value, pieceSize: Int = 1 << 20, emit: ([UInt8]) -> Void
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
///
/// Writers, objects and arrays are kept from one value to the next and used again, when
/// nothing else holds them (a container kept past `encode(to:)` would): a report has tens of
/// thousands of small objects, and writing one is much quicker when its writer, its object
/// and the storage for its members are already there.
final class JSONValueWriter: Encoder {
    let output: JSONOutput
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The container `encode(to:)` opened, finished once it returns.
    private var container: (any JSONContainer)?
    private var spareObject: JSONObject?
    private var spareArray: JSONArray?

    init(output: JSONOutput, depth: Int) {
        self.output = output
        self.depth = depth
    }

    func write<Value: Encodable>(_ value: Value) throws {
        if let scalar = JSONScalar(value) {
            output.write { $0.write(scalar) }
        } else {
            try writeEncoded(value)
        }
    }

    /// Writes an object or array: whatever `value.encode(to:)` puts in its container.
    /// Generic rather than taking `any Encodable`, so that an array's elements (structs too
    /// large to sit in an existential inline) are not copied into boxes of their own.
    func writeEncoded<Value: Encodable>(_ value: Value) throws {
        try value.encode(to: self)
        try finish()
        output.flushIfFull()
    }

    func finish() throws {
        try container?.finish()
        container = nil
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = reused(&spareObject) { JSONObject(output: output, depth: depth) }
        object.start(keyType: ObjectIdentifier(Key.self))
        container = object
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array = reused(&spareArray) { JSONArray(output: output, depth: depth) }
        array.start()
        container = array
        return JSONUnkeyedContainer(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(writer: self)
    }
}

/// `spare` when nothing else holds it, else a new one from `make`, kept as the spare.
func reused<Object: AnyObject>(_ spare: inout Object?, orMake make: () -> Object) -> Object {
    if isKnownUniquelyReferenced(&spare), let spare {
        return spare
    }
    let made = make()
    spare = made
    return made
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

    let output: JSONOutput
    /// The object's own depth; its members stand one deeper.
    let depth: Int
    /// The `CodingKey` type: objects of one type share their order of keys.
    private var keyType = ObjectIdentifier(Never.self)
    private var members: [Member] = []
    private var spareWriter: JSONValueWriter?

    init(output: JSONOutput, depth: Int) {
        self.output = output
        self.depth = depth
    }

    /// Starts an object with keys of the given type.
    func start(keyType: ObjectIdentifier) {
        self.keyType = keyType
        members.removeAll(keepingCapacity: true)
    }

    func add(_ value: Value, forKey key: String) {
        members.append(Member(key: key, value: value))
    }

    func finish() throws {
        // The members are taken out while they are written, and their storage is put back
        // empty for the next object.
        var members: [Member] = []
        swap(&members, &self.members)
        let order = output.keyOrders.order(of: members, keyType: keyType)
        let positions = order.positions
        var position = 0
        // Scalars are written a run at a time, with the key of the object or array that ends
        // the run: one access to the output per run, not per member.
        while true {
            var pending: Int?
            output.write { text in
                if position == 0 { text.open(UInt8(ascii: "{")) }
                while position < positions.count {
                    let index = positions[position]
                    let key = order.quotedKeys[index]
                    guard case .scalar(let scalar) = members[index].value else {
                        text.writeItem(position, depth: depth + 1, quotedKey: key)
                        pending = index
                        position += 1
                        return
                    }
                    text.writeItem(position, depth: depth + 1, quotedKey: key, value: scalar)
                    position += 1
                }
                text.close(UInt8(ascii: "}"), depth: depth)
            }
            guard let pending else { break }
            try write(members[pending].value)
        }
        members.removeAll(keepingCapacity: true)
        self.members = members
    }

    /// Writes a member's value after its key (`finish` writes scalars itself, with their keys).
    private func write(_ value: Value) throws {
        switch value {
        case .scalar(let scalar):
            output.write { $0.write(scalar) }
        case .encodable(let value):
            let writer = reused(&spareWriter) { JSONValueWriter(output: output, depth: depth + 1) }
            try writer.writeEncoded(value)
        case .nested(let nested):
            try nested.finish()
            output.write { $0.append(nested.output.text) }
        }
    }
}

/// An array: each element is written as it comes.
final class JSONArray: JSONContainer {
    let output: JSONOutput
    /// The array's own depth; its elements stand one deeper.
    let depth: Int
    private(set) var count = 0
    /// A nested container or super encoder, finished before the next element.
    private var open: JSONValueWriter?
    private var deferredError: (any Error)?
    private var spareWriter: JSONValueWriter?

    init(output: JSONOutput, depth: Int) {
        self.output = output
        self.depth = depth
    }

    /// Starts an array: writes its bracket.
    func start() {
        count = 0
        open = nil
        deferredError = nil
        output.write { $0.open(UInt8(ascii: "[")) }
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
        output.write { $0.writeItem(count, depth: depth + 1, value: scalar) }
        count += 1
    }

    /// Writes the separator and indent before the next element; returns its writer.
    func nextElement() throws -> JSONValueWriter {
        try finishOpenElement()
        output.write { $0.writeItem(count, depth: depth + 1) }
        count += 1
        return reused(&spareWriter) { JSONValueWriter(output: output, depth: depth + 1) }
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
            return JSONValueWriter(output: output, depth: depth + 1)
        }
    }

    func finish() throws {
        try finishOpenElement()
        output.write { $0.close(UInt8(ascii: "]"), depth: depth) }
    }

    private func finishOpenElement() throws {
        if let deferredError { throw deferredError }
        try open?.finish()
        open = nil
    }
}
