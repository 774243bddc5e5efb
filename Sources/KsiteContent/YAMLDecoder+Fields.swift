import KsiteCore
import Yams

/// The fields of one YAML mapping, checked against the fields a type allows.
struct YAMLFields {
    /// The fields the type allows, and the value found for each (nil when absent).
    ///
    /// A type allows a handful of fields, so a scan finds one sooner than hashing its name would.
    private let allowed: [String]
    private var values: [Node?]
    /// The mapping node itself (for "missing field" locations).
    let node: Node

    /// Fields for `node`, which may hold the fields in `allowed`.
    init(node: Node, allowed: [String]) {
        self.node = node
        self.allowed = allowed
        values = Array(repeating: nil, count: allowed.count)
    }

    /// The value of field `key`, if the mapping has it (the last one, should a key repeat).
    subscript(key: String) -> Node? {
        allowed.firstIndex(of: key).flatMap { values[$0] }
    }

    /// Sets the value of allowed field number `index`.
    mutating func set(_ value: Node, at index: Int) {
        values[index] = value
    }
}

extension YAMLDecoder {
    /// Reads a mapping, reporting unknown keys (with a suggestion) and missing required ones.
    mutating func fields(
        of node: Node, in context: String, allowed: [String], required: [String]
    ) -> YAMLFields? {
        guard case .mapping(let mapping) = node else {
            let isFullWidth = node.scalarText?.contains("：") == true
            error(node, "\(context) must be a mapping of 'field: value' lines",
                  hint: isFullWidth ? "write a half-width ':' and a space after each field name, not '：'"
                      : "write one 'name: value' per line")
            return nil
        }
        var fields = YAMLFields(node: node, allowed: allowed)
        for index in mapping.pairIndices {
            let (keyNode, value) = mapping[index]
            guard let key = keyNode.scalarText else {
                error(keyNode, "\(context) has a key that is not text",
                      hint: "start the line with a field name, e.g. 'title: …'")
                continue
            }
            guard let fieldIndex = allowed.firstIndex(of: key) else {
                let suggestion = Suggestion.hint(for: key, in: allowed)
                error(keyNode, "unknown field '\(key)' in \(context)",
                      hint: suggestion ?? "allowed fields: \(allowed.joined(separator: ", "))")
                continue
            }
            fields.set(value, at: fieldIndex)
        }
        for key in required where fields[key] == nil {
            error(node, "\(context) is missing the required field '\(key)'",
                  hint: "add a line '\(key): …'")
        }
        return fields
    }

    /// A text value; numbers written without quotes are accepted as their text.
    mutating func string(_ node: Node?, field: String) -> String? {
        guard let node else { return nil }
        guard let text = node.scalarText else {
            error(node, "'\(field)' must be text", hint: "write it on one line after '\(field): '")
            return nil
        }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            error(node, "'\(field)' is empty", hint: "write a value after '\(field): '")
            return nil
        }
        return trimmed
    }

    /// A non-negative finite number, kept exactly as written.
    ///
    /// `field` names the value in messages; it is only built when there is one to make.
    mutating func amount(_ node: Node?, field: @autoclosure () -> String, hint: String) -> Amount? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
              let amount = Amount(scalar.string) else {
            let shown = node.scalarText ?? "a list or mapping"
            error(node, "\(field()) '\(shown)' is not a number", hint: hint)
            return nil
        }
        if amount.isNegative {
            error(node, "\(field()) '\(scalar.string)' is negative", hint: hint)
            return nil
        }
        return amount
    }

    /// A whole number.
    mutating func integer(_ node: Node?, field: String) -> Int? {
        guard let node else { return nil }
        guard let text = node.scalarText, let value = Int(text) else {
            error(node, "'\(field)' must be a whole number", hint: "write digits, e.g. \(field): 3")
            return nil
        }
        return value
    }

    /// A fiscal-year label such as R4 or H30.
    mutating func fiscalYear(_ node: Node?, field: String) -> FiscalYear? {
        guard let node else { return nil }
        guard let text = node.scalarText, let year = FiscalYear(label: text) else {
            error(node, "unknown fiscal year '\(node.scalarText ?? "")' in \(field)",
                  hint: "write an era label such as H30, R1 (or R元) or R5")
            return nil
        }
        return year
    }

    /// A sequence's elements; nil (with an error) when the node is not a list.
    mutating func list(_ node: Node?, field: String) -> Node.Sequence? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error(node, "'\(field)' must be a list", hint: "start each entry on its own line with '- '")
            return nil
        }
        return sequence
    }
}

extension String {
    /// The text without leading and trailing spaces and newlines.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        // Most values have nothing to trim: keep the string rather than copy it.
        if let first = scalars.first, let last = scalars.last, !first.isWhitespace, !last.isWhitespace {
            return self
        }
        guard let start = scalars.firstIndex(where: { !$0.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }

    /// Whether the text is empty or only spaces and newlines (`trimmingWhitespace.isEmpty`,
    /// without building the trimmed copy).
    var isAllWhitespace: Bool {
        unicodeScalars.allSatisfy(\.isWhitespace)
    }
}

private extension Unicode.Scalar {
    /// Unicode's White_Space property, looked up only between ASCII and U+3000 (the
    /// ideographic space, the last White_Space scalar): kana, kanji and full-width forms lie
    /// above it, so Japanese text is answered without a property lookup.
    var isWhitespace: Bool {
        guard isASCII else { return value <= 0x3000 && properties.isWhitespace }
        return value == 0x20 || (0x09...0x0D).contains(value)
    }
}
