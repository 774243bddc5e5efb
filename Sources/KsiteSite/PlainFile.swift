#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A new file in the staging folder, written with plain system calls.
///
/// Foundation's writers stat the path (`URL.appendingPathComponent`), write a temporary file
/// and rename it, and flush it to disk: each worth it for one precious file, but a large
/// report is tens of thousands of files in a folder that is itself swapped in whole only when
/// complete (`Publisher`), so none of that is needed and all of it is slow.
struct PlainFile: ~Copyable {
    /// Why a file could not be made or written, in the system's words.
    struct Failure: LocalizedError {
        let errorDescription: String?
    }

    private let descriptor: Int32

    /// Creates (or empties) the file at `path`; never follows a symbolic link in its place.
    init(creating path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw Self.failure() }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Writes all of `bytes`, however many calls the system takes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        var rest = bytes
        while let base = rest.baseAddress, !rest.isEmpty {
            let written = systemWrite(descriptor, base, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure()
            }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    private static func failure() -> Failure {
        Failure(errorDescription: String(cString: strerror(errno)))
    }
}

/// The system's `write`, which `PlainFile.write` would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
