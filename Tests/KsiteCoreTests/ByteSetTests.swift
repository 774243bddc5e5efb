import Testing
@testable import KsiteCore

@Suite struct ByteSetTests {
    /// The sets the JSON and CSV writers and the line flattener search for.
    static let sets: [(ByteSet, @Sendable (UInt8) -> Bool)] = [
        (ByteSet(below: 0x20, 0x22, 0x5C), { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }),
        (ByteSet(0x2C, 0x22, 0x0A, 0x0D), { [0x2C, 0x22, 0x0A, 0x0D].contains($0) }),
        (ByteSet(below: 0x0E, 0xC2, 0xE2), { $0 < 0x0E || $0 == 0xC2 || $0 == 0xE2 }),
    ]

    /// Every length around a vector's sixteen bytes, every start, a byte of the set or none
    /// at each place: the index found is a byte-by-byte search's.
    @Test func findsWhatAByteByByteSearchFinds() {
        for (set, contains) in Self.sets {
            for length in 0...40 {
                for marked in [nil] + Array(0..<length) {
                    for member in [0x00, 0x0A, 0x22, 0x2C, 0x5C, 0xC2, 0xE2, 0x1F] as [UInt8] {
                        var bytes = (0..<length).map { UInt8(0x61 + $0 % 26) }
                        if let marked { bytes[marked] = member }
                        bytes.withUnsafeBufferPointer { buffer in
                            for start in 0...length {
                                let expected = buffer[start...].firstIndex(where: contains)
                                #expect(set.firstIndex(in: buffer, from: start) == expected)
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func findsNothingInTextWithoutTheSetsBytes() {
        let text = Array("取組みを推進する（R5）。plain ASCII text, then kana: あいうえお".utf8)
        text.withUnsafeBufferPointer { buffer in
            #expect(ByteSet(below: 0x20, 0x22, 0x5C).firstIndex(in: buffer) == nil)
            #expect(ByteSet(below: 0x20, 0x22, 0x5C).firstIndex(in: buffer, from: buffer.count) == nil)
        }
    }
}
