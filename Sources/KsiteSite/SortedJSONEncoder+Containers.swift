/// The members of an object, each written by a writer one level deeper.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONValueWriter
    let object: JSONMembers
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        object.append(key: key.stringValue) { $0 += Array("null".utf8) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try object.append(key: key.stringValue) { try writer.child().write(value, into: &$0) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONMembers()
        object.entries.append((key.stringValue, .nested(.object(nested))))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer.child(), object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONMembers()
        object.entries.append((key.stringValue, .nested(.array(nested))))
        return JSONUnkeyedContainer(writer: writer.child(), array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let nested = writer.child()
        let members = JSONMembers()
        nested.content = .object(members)
        object.entries.append((name, .nested(.object(members))))
        return nested
    }
}

/// The elements of an array, each written by a writer one level deeper.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONValueWriter
    let array: JSONMembers
    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { array.entries.count }

    mutating func encodeNil() throws {
        array.append { $0 += Array("null".utf8) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try array.append { try writer.child().write(value, into: &$0) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONMembers()
        array.entries.append(("", .nested(.object(nested))))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer.child(), object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONMembers()
        array.entries.append(("", .nested(.array(nested))))
        return JSONUnkeyedContainer(writer: writer.child(), array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = writer.child()
        let members = JSONMembers()
        nested.content = .object(members)
        array.entries.append(("", .nested(.object(members))))
        return nested
    }
}

/// One value in place of a container (`RawRepresentable` enums, wrappers).
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let writer: JSONValueWriter
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws {
        writer.content = .text(Array("null".utf8))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        // The same depth: the value stands where the container would.
        var bytes: [UInt8] = []
        try JSONValueWriter(isPrettyPrinted: writer.isPrettyPrinted, depth: writer.depth)
            .write(value, into: &bytes)
        writer.content = .text(bytes)
    }
}
