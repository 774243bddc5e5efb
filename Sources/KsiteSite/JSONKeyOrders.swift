/// The order in which an object's members are written, and their keys as written.
struct JSONMemberOrder {
    /// Positions in the object's members, in the order of their keys.
    let positions: [Int]
    /// Each member's key quoted and escaped, by its position among the members.
    let quotedKeys: [[UInt8]]

    init(of keys: [String]) {
        positions = keys.indices.sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        quotedKeys = keys.map { key in
            var text: [UInt8] = []
            JSONScalar.write(key, into: &text)
            return text
        }
    }
}

/// The order in which objects' members are written: by key, compared byte by byte as UTF-8,
/// which is how `JSONEncoder` sorts them.
///
/// Objects of one type nearly always bring the same keys in the same order — a few variants at
/// most, where optional members are absent — so each such shape is sorted once, its keys
/// quoted once, and both remembered, instead of sorting and quoting the keys of every object.
final class JSONKeyOrders {
    /// Keys in the order they were encoded, and how to write them.
    private struct Shape {
        let keys: [String]
        let order: JSONMemberOrder

        /// Only shapes of ASCII keys are remembered: for them, `==` (which is cheap for the
        /// same literal) together with equal length means equal bytes. A string merely
        /// canonically equivalent to an ASCII one (U+212A KELVIN SIGN to "K") is longer.
        static func isCacheable(_ keys: [String]) -> Bool {
            keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        }

        func matches(_ members: [JSONObject.Member]) -> Bool {
            guard keys.count == members.count else { return false }
            for (index, key) in keys.enumerated() {
                let other = members[index].key
                guard key == other && key.utf8.count == other.utf8.count else { return false }
            }
            return true
        }
    }

    /// Shapes remembered per key type: a dictionary's keys (`[String: V]`) vary without end.
    private static let shapesPerType = 8
    private var shapes: [ObjectIdentifier: [Shape]] = [:]

    /// The order of `members`, by key; members with equal keys stay in the order they were
    /// encoded.
    func order(of members: [JSONObject.Member], keyType: ObjectIdentifier) -> JSONMemberOrder {
        let known = shapes[keyType] ?? []
        if let shape = known.first(where: { $0.matches(members) }) {
            return shape.order
        }
        let keys = members.map(\.key)
        let order = JSONMemberOrder(of: keys)
        if known.count < Self.shapesPerType && Shape.isCacheable(keys) {
            shapes[keyType, default: []].append(Shape(keys: keys, order: order))
        }
        return order
    }
}
