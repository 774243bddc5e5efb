import Testing
@testable import KsiteCore

@Suite struct ByteSearchTests {
    @Test func findsTheFirstByteWithinTheRange() {
        let bytes = Array("a]b]c".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let bracket = UInt8(ascii: "]")
            #expect(ByteSearch.firstIndex(of: bracket, in: buffer, within: 0..<5) == 1)
            #expect(ByteSearch.firstIndex(of: bracket, in: buffer, within: 2..<5) == 3)
            #expect(ByteSearch.firstIndex(of: bracket, in: buffer, within: 4..<5) == nil)
            #expect(ByteSearch.firstIndex(of: bracket, in: buffer, within: 2..<3) == nil)
            #expect(ByteSearch.firstIndex(of: bracket, in: buffer, within: 5..<5) == nil)
        }
    }
}
