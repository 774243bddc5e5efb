import Foundation

/// Encodes `Encodable` values as JSON with sorted keys and unescaped slashes, byte for byte as
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted` when asked) writes them, in a fraction of its time and memory.
///
/// `JSONEncoder` first builds a tree of every value, then writes it; for `data/report.json`
/// of a large report that tree is several times the file. Here each value is written as soon
/// as it is encoded, into the buffer of the object or array that holds it; an object's
/// members are put in key order when the object is complete.
struct SortedJSONEncoder {
    var isPrettyPrinted = false

    func encode<Value: Encodable>(_ value: Value) throws -> Data {
        var output: [UInt8] = []
        try JSONValueWriter(isPrettyPrinted: isPrettyPrinted, depth: 0).write(value, into: &output)
        return Data(output)
    }
}

/// Writes one value at a given depth; the members of an object or array it opens are written
/// by writers one level deeper.
final class JSONValueWriter: Encoder {
    let isPrettyPrinted: Bool
    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// The container `encode(to:)` asked for, or the single value it wrote.
    var content: JSONContent?

    init(isPrettyPrinted: Bool, depth: Int) {
        self.isPrettyPrinted = isPrettyPrinted
        self.depth = depth
    }

    /// Appends the JSON text of `value` to `output`.
    func write<Value: Encodable>(_ value: Value, into output: inout [UInt8]) throws {
        if JSONScalar.write(value, into: &output) { return }
        try value.encode(to: self)
        content?.write(into: &output, depth: depth, isPrettyPrinted: isPrettyPrinted)
    }

    func child() -> JSONValueWriter {
        JSONValueWriter(isPrettyPrinted: isPrettyPrinted, depth: depth + 1)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = JSONMembers()
        content = .object(object)
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(writer: self, object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array = JSONMembers()
        content = .array(array)
        return JSONUnkeyedContainer(writer: self, array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(writer: self)
    }
}

/// What a writer holds: a finished value, or the members of an object or array.
enum JSONContent {
    case text([UInt8])
    case object(JSONMembers)
    case array(JSONMembers)

    func write(into output: inout [UInt8], depth: Int, isPrettyPrinted: Bool) {
        switch self {
        case .text(let bytes):
            output += bytes
        case .object(let members):
            let order = members.entries.indices.sorted {
                members.entries[$0].key.utf8.lexicographicallyPrecedes(members.entries[$1].key.utf8)
            }
            JSONLayout.write(order.count, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"),
                             depth: depth, isPrettyPrinted: isPrettyPrinted, into: &output) { index, output in
                let entry = members.entries[order[index]]
                JSONScalar.write(entry.key, into: &output)
                output += isPrettyPrinted ? JSONLayout.prettyColon : JSONLayout.colon
                members.write(entry.value, into: &output, depth: depth + 1, isPrettyPrinted: isPrettyPrinted)
            }
        case .array(let members):
            JSONLayout.write(members.entries.count, open: UInt8(ascii: "["), close: UInt8(ascii: "]"),
                             depth: depth, isPrettyPrinted: isPrettyPrinted, into: &output) { index, output in
                members.write(members.entries[index].value, into: &output, depth: depth + 1,
                              isPrettyPrinted: isPrettyPrinted)
            }
        }
    }
}

/// The members of an object (with keys) or an array (keys empty), in the order encoded: the
/// text of each in one shared buffer, or a nested container still being filled.
final class JSONMembers {
    enum Value {
        case bytes(Range<Int>)
        case nested(JSONContent)
    }

    var buffer: [UInt8] = []
    var entries: [(key: String, value: Value)] = []

    /// Appends a member written by `write` into the shared buffer.
    func append(key: String = "", _ write: (inout [UInt8]) throws -> Void) rethrows {
        let start = buffer.count
        try write(&buffer)
        entries.append((key, .bytes(start..<buffer.count)))
    }

    func write(_ value: Value, into output: inout [UInt8], depth: Int, isPrettyPrinted: Bool) {
        switch value {
        case .bytes(let range): output += buffer[range]
        case .nested(let content): content.write(into: &output, depth: depth, isPrettyPrinted: isPrettyPrinted)
        }
    }
}

/// Brackets, commas and (pretty-printed) line breaks and two-space indents.
enum JSONLayout {
    static let colon = [UInt8(ascii: ":")]
    static let prettyColon = Array(" : ".utf8)

    static func write(
        _ count: Int, open: UInt8, close: UInt8, depth: Int, isPrettyPrinted: Bool,
        into output: inout [UInt8], element: (Int, inout [UInt8]) -> Void
    ) {
        output.append(open)
        guard isPrettyPrinted else {
            for index in 0..<count {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element(index, &output)
            }
            output.append(close)
            return
        }
        output.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { output += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            indent(depth + 1, into: &output)
            element(index, &output)
        }
        output.append(UInt8(ascii: "\n"))
        indent(depth, into: &output)
        output.append(close)
    }

    static func indent(_ depth: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
