/// The order in which objects' members are written: by key, compared byte by byte as UTF-8,
/// which is how `JSONEncoder` sorts them.
///
/// Objects of one type nearly always bring the same keys in the same order — a few variants at
/// most, where optional members are absent — so each such shape is sorted once and its order
/// remembered, instead of sorting the keys of every object.
final class JSONKeyOrders {
    /// Keys in the order they were encoded, and the positions that put them in sorted order.
    private struct Shape {
        let keys: [String]
        let order: [Int]

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

    /// Positions in `members` in the order of their keys; members with equal keys stay in the
    /// order they were encoded.
    func order(of members: [JSONObject.Member], keyType: ObjectIdentifier) -> [Int] {
        let known = shapes[keyType] ?? []
        if let shape = known.first(where: { $0.matches(members) }) {
            return shape.order
        }
        let order = members.indices.sorted { members[$0].key.utf8.lexicographicallyPrecedes(members[$1].key.utf8) }
        let keys = members.map(\.key)
        if known.count < Self.shapesPerType && Shape.isCacheable(keys) {
            shapes[keyType, default: []].append(Shape(keys: keys, order: order))
        }
        return order
    }
}
