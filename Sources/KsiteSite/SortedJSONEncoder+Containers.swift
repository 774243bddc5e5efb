/// The members of an object: each value is written at once by a writer one level deeper.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONValueWriter
    let object: JSONObject
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        object.members.append((key.stringValue, .text(Array("null".utf8))))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.members.append((key.stringValue, .text(try writer.child().bytes(of: value))))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObject()
        object.members.append((key.stringValue, .object(nested)))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer.child(), object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArray()
        object.members.append((key.stringValue, .array(nested)))
        return JSONUnkeyedContainer(writer: writer.child(), array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let nested = writer.child()
        let object = JSONObject()
        nested.content = .object(object)
        self.object.members.append((name, .object(object)))
        return nested
    }
}

/// The elements of an array, each written at once by a writer one level deeper.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONValueWriter
    let array: JSONArray
    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { array.elements.count }

    mutating func encodeNil() throws {
        array.elements.append(.text(Array("null".utf8)))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(.text(try writer.child().bytes(of: value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObject()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer.child(), object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArray()
        array.elements.append(.array(nested))
        return JSONUnkeyedContainer(writer: writer.child(), array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = writer.child()
        let object = JSONObject()
        nested.content = .object(object)
        array.elements.append(.object(object))
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
        writer.content = .text(try JSONValueWriter(
            isPrettyPrinted: writer.isPrettyPrinted, depth: writer.depth).bytes(of: value))
    }
}
