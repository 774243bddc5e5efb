/// A problem found in the user's input, printed compiler-style so editors can jump to it.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Whether the problem is in the content or in the environment (I/O, usage).
    public enum Category: Sendable {
        /// Something an editor wrote: exit status 1.
        case content
        /// A folder that cannot be read or written, a bad option: exit status 2.
        case environment
    }

    public var severity: Severity
    public var category: Category = .content
    public var location: SourceLocation
    public var message: String
    /// How to fix it; printed as `hint:` lines under the message.
    public var hints: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, hints: [String] = []
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hints = hints
    }

    /// An error at `location`.
    public static func error(
        at location: SourceLocation, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, hints: hint.map { [$0] } ?? [])
    }

    /// An I/O or usage error at `location` (exit status 2).
    public static func environmentError(
        at location: SourceLocation, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        var diagnostic = Diagnostic.error(at: location, message, hint: hint)
        diagnostic.category = .environment
        return diagnostic
    }

    /// A warning at `location`.
    public static func warning(
        at location: SourceLocation, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hints: hint.map { [$0] } ?? [])
    }

    /// `path:line:column: error: message` followed by `  hint: …` lines.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        for hint in hints {
            text += "\n  hint: \(hint)"
        }
        return text
    }
}

/// Several diagnostics thrown together, e.g. every problem of one build.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// Creates a list, sorted by file, line and column.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// Whether any entry is an error (warnings alone do not fail a build).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether an error comes from the environment rather than the content.
    public var hasEnvironmentErrors: Bool {
        diagnostics.contains { $0.severity == .error && $0.category == .environment }
    }

    /// `3 errors, 1 warning`.
    public var summary: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func plural(_ count: Int, _ word: String) -> String {
            "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    public var description: String {
        (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }
}
