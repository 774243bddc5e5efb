/// Writes JSON text a value at a time, in order, for a caller that knows the shape of its
/// data: it opens and closes objects and arrays itself and gives each object's members in
/// sorted key order, so nothing waits to be sorted and no value is copied into a tree first.
///
/// The text is what `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`, plus
/// `.prettyPrinted` when asked, as long as keys come in the order of their UTF-8 bytes
/// (checked in debug builds). It can be handed on in pieces as it grows.
struct JSONWriter {
    /// An open object or array.
    private struct Level {
        /// Items written so far.
        var count = 0
        /// An object's last key, which the next must follow.
        var lastKey: StaticString?
    }

    private(set) var text: JSONText
    /// The innermost open container (or, when none is open, the top level).
    private var current = Level()
    /// The containers around it, outermost first: their number is its items' depth.
    private var outer: [Level] = []
    /// A key was just written: the next value follows it instead of starting an item.
    private var isAfterKey = false

    init(isPrettyPrinted: Bool) {
        text = JSONText(isPrettyPrinted: isPrettyPrinted)
    }

    mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// The key of an object's next member: ASCII letters and digits, after the previous key.
    mutating func key(_ key: StaticString) {
        assert(Self.isPlain(key) && current.lastKey.map { Self.precedes($0, key) } ?? true,
               "JSON key \(key) out of order or needing escapes")
        text.writeItem(current.count, depth: outer.count, key: key)
        current.count += 1
        current.lastKey = key
        isAfterKey = true
    }

    mutating func string(_ value: String) {
        startValue()
        text.write(value)
    }

    /// A string given as its UTF-8 bytes.
    mutating func string(utf8 bytes: [UInt8]) {
        startValue()
        text.write(utf8: bytes)
    }

    /// `first + second`, without making it.
    mutating func string(concatenating first: String, _ second: String) {
        startValue()
        text.write(concatenating: first, second)
    }

    mutating func number(_ value: Int) {
        startValue()
        text.write(literal: String(value))
    }

    /// `67240094` for 67240094.0, `1342.2`, `1e-07`, as `JSONEncoder` writes them.
    mutating func number(_ value: Double) {
        startValue()
        text.write(literal: JSONScalar.text(of: value))
    }

    /// Hands the text written so far to `emit` once it has reached `size` bytes (any size by
    /// default), keeping its storage for what follows.
    mutating func handOver(atLeast size: Int = 1, to emit: ([UInt8]) -> Void) {
        guard text.bytes.count >= size else { return }
        emit(text.bytes)
        text.removeAll()
    }
}

extension JSONWriter {
    /// An object whose members `body` writes.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// A member whose value is an array of what `body` writes for each element.
    mutating func member<Elements: Sequence>(
        _ key: StaticString, eachOf elements: Elements,
        _ body: (inout JSONWriter, Elements.Element) -> Void
    ) {
        self.key(key)
        beginArray()
        for element in elements { body(&self, element) }
        endArray()
    }

    mutating func member(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    /// A member left out when `value` is nil, as `JSONEncoder` leaves out an absent optional.
    mutating func member(_ key: StaticString, _ value: String?) {
        if let value { member(key, value) }
    }

    mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key)
        number(value)
    }

    /// A member left out when `value` is nil.
    mutating func member(_ key: StaticString, _ value: Int?) {
        if let value { member(key, value) }
    }

    mutating func member(_ key: StaticString, _ value: Double) {
        self.key(key)
        number(value)
    }

    /// A member whose value is an array of strings.
    mutating func member(_ key: StaticString, strings: some Sequence<String>) {
        member(key, eachOf: strings) { $0.string($1) }
    }
}

private extension JSONWriter {
    /// The separator and indent before a value, unless it follows a key.
    mutating func startValue() {
        if isAfterKey {
            isAfterKey = false
        } else if !outer.isEmpty {
            text.writeItem(current.count, depth: outer.count)
            current.count += 1
        }
    }

    mutating func open(_ bracket: UInt8) {
        startValue()
        text.open(bracket)
        outer.append(current)
        current = Level()
    }

    mutating func close(_ bracket: UInt8) {
        current = outer.removeLast()
        text.close(bracket, depth: outer.count)
    }

    /// Whether `key` can be written as it is, between quotes.
    static func isPlain(_ key: StaticString) -> Bool {
        key.withUTF8Buffer { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 >= 0x20 }
        }
    }

    /// Whether `first` sorts before `second` byte by byte, as `JSONEncoder` sorts keys.
    static func precedes(_ first: StaticString, _ second: StaticString) -> Bool {
        first.withUTF8Buffer { first in
            second.withUTF8Buffer { second in first.lexicographicallyPrecedes(second) }
        }
    }
}
