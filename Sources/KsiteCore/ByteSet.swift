/// A few byte values that text rarely holds (every byte below a bound, and up to four others),
/// searched for sixteen bytes at a time: escaping a JSON string or quoting a CSV field asks of
/// every byte whether it is one of them, and nearly every answer is no.
///
/// Each step compares a vector of sixteen bytes with the set at once (a handful of SIMD
/// instructions where a byte at a time takes as many per byte), and a vector that holds one
/// tells in which lane. 0xFF, which UTF-8 text never holds, is never in a set: it pads
/// a text's last, short vector.
public struct ByteSet: Sendable {
    fileprivate typealias Vector = SIMD16<UInt8>

    /// Every byte below this is in the set (0 for none), in each lane.
    private let bound: Vector
    /// The other bytes in the set, each in every lane of its vector (repeated to fill four).
    private let values: (Vector, Vector, Vector, Vector)

    /// The bytes below `bound` and `values` (at most four, none of them 0xFF).
    public init(below bound: UInt8 = 0, _ values: UInt8...) {
        precondition(values.count <= 4 && (bound > 0 || !values.isEmpty))
        precondition(bound < 0xFF && !values.contains(0xFF), "0xFF pads vectors")
        let fill = values.first ?? 0
        let value = { Vector(repeating: values.indices.contains($0) ? values[$0] : fill) }
        self.bound = Vector(repeating: bound)
        self.values = (value(0), value(1), value(2), value(3))
    }

    /// The index of the first byte of `bytes[start...]` in the set, or nil when there is none.
    public func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        precondition(start >= 0)
        let vectors = UnsafeRawBufferPointer(bytes)
        var index = start
        while index < bytes.count {
            let end = index + Vector.scalarCount
            let vector = end <= bytes.count
                ? vectors.loadUnaligned(fromByteOffset: index, as: Vector.self)
                : Self.padded(UnsafeRawBufferPointer(rebasing: vectors[index...]))
            let found = lanes(of: vector)
            if any(found) {
                return index + Int(Self.laneNumbers.replacing(with: .max, where: .!found).min())
            }
            index = end
        }
        return nil
    }
}

private extension ByteSet {
    /// The lanes of `vector` that hold a byte in the set.
    func lanes(of vector: Vector) -> SIMDMask<Vector.MaskStorage> {
        vector .< bound .| vector .== values.0 .| vector .== values.1
            .| vector .== values.2 .| vector .== values.3
    }

    /// Each lane's number, 0 to 15.
    static let laneNumbers: Vector = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]

    /// Fewer than sixteen bytes, then 0xFF.
    static func padded(_ bytes: UnsafeRawBufferPointer) -> Vector {
        var vector = Vector(repeating: 0xFF)
        withUnsafeMutableBytes(of: &vector) { $0.copyMemory(from: bytes) }
        return vector
    }
}
