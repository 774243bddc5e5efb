import Foundation
import KsiteContent

extension Publisher {
    /// Replaces the output with `staging`.
    ///
    /// Where the system can exchange two folders in one step (Linux `renameat2`, macOS
    /// `renamex_np`), the output is never missing, even under SIGKILL; the old site is left
    /// under the staging name and removed, or removed by the next run. Elsewhere two renames
    /// are used, and a build killed between them is repaired by `recoverInterruptedSwap()`.
    func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: output.path), Self.exchange(staging, output) {
            try? manager.removeItem(at: staging)
            return
        }
        let old = sibling("old-\(getpid())")
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput {
            try manager.moveItem(at: output, to: old)
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? manager.moveItem(at: old, to: output) }
            throw error
        }
        if hadOutput { try? manager.removeItem(at: old) }
    }
}
