/// The members of an object, kept until the object is complete.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONObject
    var codingPath: [any CodingKey] { object.writer.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        object.members.append((key.stringValue, .null))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.members.append((key.stringValue, .value(value)))
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
        let parent = object.writer
        let writer = JSONValueWriter(
            output: JSONOutput(pieceSize: .max, emit: { _ in }), isPrettyPrinted: parent.isPrettyPrinted,
            depth: parent.depth + 1)
        object.members.append((key, .writer(writer)))
        return writer
    }
}

/// The elements of an array, each written as it comes.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONArray
    var codingPath: [any CodingKey] { array.writer.codingPath }
    var count: Int { array.count }

    mutating func encodeNil() throws {
        _ = try array.nextElement()
        array.writer.output.bytes += "null".utf8
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
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws {
        writer.output.bytes += "null".utf8
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONValueWriter(output: writer.output, isPrettyPrinted: writer.isPrettyPrinted, depth: writer.depth)
            .write(value)
    }
}
