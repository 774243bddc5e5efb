import ArgumentParser
import Foundation
import KsiteCore

/// Prints diagnostics to standard error and maps failures to exit codes.
enum Console {
    /// Exit status for content errors; usage and I/O errors exit with 2.
    static let contentErrorStatus: Int32 = 1
    /// Exit status for usage and I/O errors.
    static let usageErrorStatus: Int32 = 2

    /// Runs `work`; on diagnostics, prints them all with a summary and exits 1 (or 2 for I/O).
    static func run<T>(_ work: () throws(DiagnosticList) -> T) throws -> T {
        do {
            return try work()
        } catch {
            printToStandardError(error.description)
            throw ExitCode(error.hasEnvironmentErrors ? usageErrorStatus : contentErrorStatus)
        }
    }

    static func print(_ warnings: [Diagnostic]) {
        guard !warnings.isEmpty else { return }
        printToStandardError(DiagnosticList(warnings).description)
    }

    static func printToStandardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
