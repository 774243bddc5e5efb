import Mustache

/// A page's root context that remembers every name a template asked for and did not find.
///
/// Mustache looks a name up from the innermost context outwards, so the root is asked only
/// when no context provides the name: a miss here is a variable no page value provides,
/// which would otherwise render as nothing.
final class TrackedContext: MustacheParent {
    private let values: [String: Any]
    private(set) var missing: [String] = []

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        if !missing.contains(name) { missing.append(name) }
        return nil
    }
}
