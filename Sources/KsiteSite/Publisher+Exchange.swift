import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Publisher {
    /// Atomically exchanges two existing folders; false when the system cannot (then
    /// nothing has changed).
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if canImport(Glibc)
        // glibc declares renameat2 only under _GNU_SOURCE, which Swift's Glibc module does
        // not set, so look it up by name (glibc 2.28 and later export it).
        typealias RenameAt2 = @convention(c) (
            CInt, UnsafePointer<CChar>, CInt, UnsafePointer<CChar>, CUnsignedInt
        ) -> CInt
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
            return false
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: CUnsignedInt = 2  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, exchangeFlag) == 0
        #elseif canImport(Darwin)
        return renamex_np(first.path, second.path, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
