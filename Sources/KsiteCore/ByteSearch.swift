#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Searches of bytes for one byte value, for searches through whole bodies for a rare byte
/// (a line feed, a `]`): C's `memchr` compares a vector of bytes per step where a loop in
/// Swift takes one byte (and its bounds checks) at a time.
public enum ByteSearch {
    /// The index of the first `byte` in `bytes[range]`, or nil when there is none.
    public static func firstIndex(
        of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>
    ) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        guard !range.isEmpty, let base = bytes.baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return base.distance(to: UnsafePointer(found.assumingMemoryBound(to: UInt8.self)))
    }
}
