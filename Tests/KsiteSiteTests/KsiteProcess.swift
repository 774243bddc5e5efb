import Foundation

/// The `ksite` executable of this build, run as a subprocess.
///
/// SwiftPM puts it beside the test bundle (`.build/debug/ksite` next to
/// `ksitePackageTests.xctest`), so the tests always run the binary built from this tree.
enum KsiteProcess {
    /// The executable's URL, or nil when the build folder has none.
    static let executable: URL? = {
        var folders: [URL] = []
        if let url = Bundle.main.executableURL { folders.append(url.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for folder in folders {
            // On macOS the bundle is a folder: …/debug/ksitePackageTests.xctest/Contents/MacOS.
            for candidate in [folder, folder.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()] {
                let url = candidate.appendingPathComponent("ksite")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    /// What a finished run printed and how it ended.
    struct Outcome {
        /// The exit status, or the signal's number when `wasSignalled`.
        var status: Int32
        var wasSignalled: Bool
        var standardOutput: String
        var standardError: String
    }

    /// A running `ksite`.
    ///
    /// Started with `posix_spawn` rather than `Process`, because a child inherits the signal
    /// mask of the thread that starts it, and test threads block SIGTERM: the child gets an
    /// empty mask and default handlers, as from a shell.
    final class Running {
        let pid: pid_t
        let folder: URL
        private var waitStatus: Int32?

        init(pid: pid_t, folder: URL) {
            self.pid = pid
            self.folder = folder
        }

        /// Whether the process has not exited yet (reaps it when it has).
        var isRunning: Bool {
            guard waitStatus == nil else { return false }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { waitStatus = status }
            return waitStatus == nil
        }

        func send(_ signal: Int32) {
            if isRunning { kill(pid, signal) }
        }

        /// Waits for the end and collects what it printed.
        func finish() throws -> Outcome {
            if waitStatus == nil {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                waitStatus = status
            }
            let status = waitStatus ?? 0
            let (out, err) = KsiteProcess.outputFiles(in: folder)
            defer {
                try? FileManager.default.removeItem(at: out)
                try? FileManager.default.removeItem(at: err)
            }
            let signal = status & 0x7F
            return Outcome(
                status: signal == 0 ? (status >> 8) & 0xFF : signal, wasSignalled: signal != 0,
                standardOutput: try String(contentsOf: out, encoding: .utf8),
                standardError: try String(contentsOf: err, encoding: .utf8))
        }
    }

    /// Starts `ksite arguments` in `folder` (never the repository: a wrong `--output` there
    /// could replace it); its output goes to hidden files in `folder`.
    static func start(_ arguments: [String], in folder: URL) throws -> Running {
        guard let executable else {
            throw CocoaError(.fileNoSuchFile, userInfo: [
                NSLocalizedDescriptionKey: "no ksite executable beside the test bundle"])
        }
        let (out, err) = outputFiles(in: folder)
        // sh changes into the folder, then becomes ksite.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path, executable.path]
            + arguments
        let environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        var pid: pid_t = 0
        var attributes = posix_spawnattr_t()
        var actions = posix_spawn_file_actions_t()
        posix_spawnattr_init(&attributes)
        posix_spawn_file_actions_init(&actions)
        defer {
            posix_spawnattr_destroy(&attributes)
            posix_spawn_file_actions_destroy(&actions)
        }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, cEnvironment)
        guard result == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL)
        }
        return Running(pid: pid, folder: folder)
    }

    /// Runs `ksite arguments` in `folder` to the end.
    static func run(_ arguments: [String], in folder: URL) throws -> Outcome {
        try start(arguments, in: folder).finish()
    }

    static func outputFiles(in folder: URL) -> (URL, URL) {
        (folder.appendingPathComponent(".ksite-stdout"), folder.appendingPathComponent(".ksite-stderr"))
    }
}

/// Every file and folder under a folder, with the files' bytes, for exact comparisons.
struct FolderSnapshot: Equatable {
    /// Relative path → contents; folders end in `/` and have no contents.
    var entries: [String: Data]

    init(_ folder: URL) {
        entries = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                entries[relative + "/"] = Data()
            } else {
                entries[relative] = FileManager.default.contents(atPath: url.path) ?? Data()
            }
        }
    }

    /// The paths whose entries differ between two snapshots, for a readable failure.
    func differences(from other: FolderSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }
}
