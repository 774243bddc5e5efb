import Foundation
import KsiteContent

extension Publisher {
    /// Creates the folders, then writes the files on every core.
    func write(_ files: [OutputFile], into folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var folders = Set<String>()
        for file in files {
            let parent = (file.path as NSString).deletingLastPathComponent
            if !parent.isEmpty { folders.insert(parent) }
        }
        for relative in folders.sorted() {
            try manager.createDirectory(
                at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
        }
        let failures = ParallelMap.map(files) { file -> String? in
            do {
                try file.contents.write(to: folder.appendingPathComponent(file.path))
                return nil
            } catch {
                return "\(file.path): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
        }
        try Data(Self.markerText.utf8).write(to: folder.appendingPathComponent(Self.markerName))
    }

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
