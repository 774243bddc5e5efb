import KsiteCore
import Yams

/// The fields of one YAML mapping, checked against the fields a type allows.
struct YAMLFields {
    /// The fields the type allows, and the value found for each (nil when absent).
    ///
    /// A type allows a handful of fields, so a scan finds one sooner than hashing its name would.
    private let allowed: [String]
    private var values: [Node?]
    /// Bit `i` is set when allowed field `i` was found (asking `values[i]` whether it is nil
    /// would copy the node out).
    private var found = 0

    /// Fields of a mapping that may hold the fields in `allowed`.
    init(allowed: [String]) {
        precondition(allowed.count <= Int.bitWidth, "more allowed fields than bits in `found`")
        self.allowed = allowed
        values = Array(repeating: nil, count: allowed.count)
    }

    /// The value of field `key`, if the mapping has it (the last one, should a key repeat).
    subscript(key: String) -> Node? {
        allowed.firstIndex(of: key).flatMap { values[$0] }
    }

    /// Whether the mapping has field `key` (without copying its value out).
    func has(_ key: String) -> Bool {
        guard let index = allowed.firstIndex(of: key) else { return false }
        return found & (1 << index) != 0
    }

    /// Sets the value of allowed field number `index`.
    mutating func set(_ value: consuming Node, at index: Int) {
        values[index] = value
        found |= 1 << index
    }
}

/// Reading values out of nodes.
///
/// Yams' `Node` holds a weak reference (its anchor), which makes it a type that Swift copies
/// whole whenever a borrowed node is matched against a case. The readers take their node
/// (`consuming`) and match it with `switch consume`, which takes it apart in place.
extension YAMLDecoder {
    /// Reads a mapping, reporting unknown keys (with a suggestion) and missing required ones.
    mutating func fields(
        of node: consuming Node, in context: String, allowed: [String], required: [String]
    ) -> YAMLFields? {
        let mapping: Node.Mapping
        switch consume node {
        case .mapping(let found):
            mapping = found
        case let other:
            let isFullWidth = other.scalarText?.contains("：") == true
            error(other, "\(context) must be a mapping of 'field: value' lines",
                  hint: isFullWidth ? "write a half-width ':' and a space after each field name, not '：'"
                      : "write one 'name: value' per line")
            return nil
        }
        var fields = YAMLFields(allowed: allowed)
        for index in mapping.pairIndices {
            let (keyNode, value) = mapping[index]
            let key: String, keyMark: Mark?
            switch consume keyNode {
            case .scalar(let scalar):
                (key, keyMark) = (scalar.string, scalar.mark)
            case let other:
                error(other, "\(context) has a key that is not text",
                      hint: "start the line with a field name, e.g. 'title: …'")
                continue
            }
            guard let fieldIndex = allowed.firstIndex(of: key) else {
                let suggestion = Suggestion.hint(for: key, in: allowed)
                error(at: location(of: keyMark), "unknown field '\(key)' in \(context)",
                      hint: suggestion ?? "allowed fields: \(allowed.joined(separator: ", "))")
                continue
            }
            fields.set(consume value, at: fieldIndex)
        }
        for key in required where !fields.has(key) {
            error(at: location(of: mapping.mark), "\(context) is missing the required field '\(key)'",
                  hint: "add a line '\(key): …'")
        }
        return fields
    }

    /// A text value; numbers written without quotes are accepted as their text.
    mutating func string(_ node: consuming Node?, field: String) -> String? {
        switch consume node {
        case nil:
            return nil
        case .scalar(let scalar)?:
            let trimmed = scalar.string.trimmingWhitespace
            if trimmed.isEmpty {
                error(at: location(of: scalar.mark), "'\(field)' is empty",
                      hint: "write a value after '\(field): '")
                return nil
            }
            return trimmed
        case let other?:
            error(other, "'\(field)' must be text", hint: "write it on one line after '\(field): '")
            return nil
        }
    }

    /// A non-negative finite number, kept exactly as written.
    ///
    /// `field` names the value in messages; it is only built when there is one to make.
    mutating func amount(
        _ node: consuming Node?, field: @autoclosure () -> String, hint: String
    ) -> Amount? {
        switch consume node {
        case nil:
            return nil
        case .scalar(let scalar)?:
            guard scalar.style == .plain || scalar.style == .any, let amount = Amount(scalar.string) else {
                error(at: location(of: scalar.mark), "\(field()) '\(scalar.string)' is not a number",
                      hint: hint)
                return nil
            }
            if amount.isNegative {
                error(at: location(of: scalar.mark), "\(field()) '\(scalar.string)' is negative",
                      hint: hint)
                return nil
            }
            return amount
        case let other?:
            error(other, "\(field()) 'a list or mapping' is not a number", hint: hint)
            return nil
        }
    }

    /// A whole number.
    mutating func integer(_ node: consuming Node?, field: String) -> Int? {
        switch consume node {
        case nil:
            return nil
        case .scalar(let scalar)?:
            if let value = Int(scalar.string) { return value }
            error(at: location(of: scalar.mark), "'\(field)' must be a whole number",
                  hint: Self.integerHint(field))
            return nil
        case let other?:
            error(other, "'\(field)' must be a whole number", hint: Self.integerHint(field))
            return nil
        }
    }

    /// A fiscal-year label such as R4 or H30.
    mutating func fiscalYear(_ node: consuming Node?, field: String) -> FiscalYear? {
        switch consume node {
        case nil:
            return nil
        case .scalar(let scalar)?:
            guard let year = FiscalYear(label: scalar.string) else {
                error(at: location(of: scalar.mark), "unknown fiscal year '\(scalar.string)' in \(field)",
                      hint: Self.fiscalYearHint)
                return nil
            }
            return year
        case let other?:
            error(other, "unknown fiscal year '' in \(field)", hint: Self.fiscalYearHint)
            return nil
        }
    }

    private static func integerHint(_ field: String) -> String { "write digits, e.g. \(field): 3" }

    private static let fiscalYearHint = "write an era label such as H30, R1 (or R元) or R5"

    /// A sequence's elements; nil (with an error) when the node is not a list.
    mutating func list(_ node: consuming Node?, field: String) -> Node.Sequence? {
        switch consume node {
        case nil:
            return nil
        case .sequence(let sequence)?:
            return sequence
        case let other?:
            error(other, "'\(field)' must be a list", hint: "start each entry on its own line with '- '")
            return nil
        }
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
