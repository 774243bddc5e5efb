/// The members of an object, kept until the object is complete.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONObject
    var codingPath: [any CodingKey] { [] }

    // Strings, integers, numbers and booleans have methods of their own, which synthesized
    // `encode(to:)` calls: their values need no test of their type.

    mutating func encodeNil(forKey key: Key) throws {
        object.add(.scalar(.null), forKey: key.stringValue)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        object.add(.scalar(.string(value)), forKey: key.stringValue)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        object.add(.scalar(.number(value)), forKey: key.stringValue)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.add(.scalar(.number(value)), forKey: key.stringValue)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        object.add(.scalar(.boolean(value)), forKey: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let scalar = JSONScalar(value)
        object.add(scalar.map { .scalar($0) } ?? .encodable(value), forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        nestedWriter(key.stringValue).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nestedWriter(key.stringValue).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { nestedWriter("super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { nestedWriter(key.stringValue) }

    /// A writer of its own text: the caller fills it now, the object places it when complete.
    private func nestedWriter(_ key: String) -> JSONValueWriter {
        let writer = JSONValueWriter(output: object.output.makeNested(), depth: object.depth + 1)
        object.add(.nested(writer), forKey: key)
        return writer
    }
}

/// The elements of an array, each written as it comes.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONArray
    var codingPath: [any CodingKey] { [] }
    var count: Int { array.count }

    mutating func encodeNil() throws {
        try array.write(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try array.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        array.openElement().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        array.openElement().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        array.openElement()
    }
}

/// One value in place of a container (`RawRepresentable` enums, wrappers): written at once,
/// where the container would stand.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let writer: JSONValueWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        writer.output.write { $0.write(.null) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONValueWriter(output: writer.output, depth: writer.depth).write(value)
    }
}
