import Foundation

/// Encodes `Encodable` values as JSON with sorted keys and unescaped slashes, byte for byte as
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted` when asked) writes them, in a fraction of its time and memory.
///
/// `JSONEncoder` first builds a tree of every value, then writes it; for `data/report.json`
/// of a large report that tree is several times the file. Here each value is written as soon
/// as it is encoded; only the members of the object being encoded wait, to be sorted.
struct SortedJSONEncoder {
    var isPrettyPrinted = false

    func encode<Value: Encodable>(_ value: Value) throws -> Data {
        Data(try JSONValueWriter(isPrettyPrinted: isPrettyPrinted, depth: 0).bytes(of: value))
    }
}

/// Writes one value at a given depth; a new writer encodes each member of an object or array.
final class JSONValueWriter: Encoder {
    let isPrettyPrinted: Bool
    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// What `encode(to:)` asked for.
    var content: JSONContent?

    init(isPrettyPrinted: Bool, depth: Int) {
        self.isPrettyPrinted = isPrettyPrinted
        self.depth = depth
    }

    /// The JSON text of `value`.
    func bytes<Value: Encodable>(of value: Value) throws -> [UInt8] {
        if let bytes = JSONScalar.bytes(of: value) { return bytes }
        try value.encode(to: self)
        var output: [UInt8] = []
        content?.write(into: &output, depth: depth, isPrettyPrinted: isPrettyPrinted)
        return output
    }

    func child() -> JSONValueWriter {
        JSONValueWriter(isPrettyPrinted: isPrettyPrinted, depth: depth + 1)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = JSONObject()
        content = .object(object)
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(writer: self, object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array = JSONArray()
        content = .array(array)
        return JSONUnkeyedContainer(writer: self, array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(writer: self)
    }
}

/// A value being written: finished text, or an object or array still being filled.
enum JSONContent {
    case text([UInt8])
    case object(JSONObject)
    case array(JSONArray)

    /// Writes the value; an object's or array's parts are released as they are copied.
    func write(into output: inout [UInt8], depth: Int, isPrettyPrinted: Bool) {
        switch self {
        case .text(let bytes):
            output += bytes
        case .object(let object):
            var members = object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            object.members = []
            JSONLayout.write(members.count, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth,
                             isPrettyPrinted: isPrettyPrinted, into: &output) { index, output in
                let member = members[index]
                JSONScalar.write(member.key, into: &output)
                output += isPrettyPrinted ? Array(" : ".utf8) : [UInt8(ascii: ":")]
                member.value.write(into: &output, depth: depth + 1, isPrettyPrinted: isPrettyPrinted)
                members[index].value = .text([])
            }
        case .array(let array):
            var elements = array.elements
            array.elements = []
            JSONLayout.write(elements.count, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth,
                             isPrettyPrinted: isPrettyPrinted, into: &output) { index, output in
                elements[index].write(into: &output, depth: depth + 1, isPrettyPrinted: isPrettyPrinted)
                elements[index] = .text([])
            }
        }
    }
}

/// The members of an object, in the order encoded.
final class JSONObject {
    var members: [(key: String, value: JSONContent)] = []
}

/// The elements of an array.
final class JSONArray {
    var elements: [JSONContent] = []
}

/// Brackets, commas and (pretty-printed) line breaks and two-space indents.
enum JSONLayout {
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
