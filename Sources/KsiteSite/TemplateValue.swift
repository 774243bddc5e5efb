/// A value a page template reads: the typed form of a page's context dictionary.
///
/// Page contexts are built as `[String: Any]` from strings, integers, booleans, arrays and
/// string-keyed dictionaries; they are turned into this form once per page, so that rendering
/// reads each value without dynamic casts.
enum TemplateValue: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Converts a context value; anything but the five kinds above is a bug in the page code.
    init(_ value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init))
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .number(number)
        case let objects as [[String: Any]]: self = .list(objects.map { .object($0.mapValues(TemplateValue.init)) })
        case let texts as [String]: self = .list(texts.map(TemplateValue.text))
        case let values as [Any]: self = .list(values.map(TemplateValue.init))
        default: preconditionFailure("a page context holds a \(type(of: value)); use String, Int, Bool, arrays or [String: Any]")
        }
    }

    /// The value of `key` when this is an object.
    subscript(key: String) -> TemplateValue? {
        guard case .object(let values) = self else { return nil }
        return values[key]
    }

    /// The text `{{name}}` shows before escaping, as swift-mustache prints it.
    var displayText: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .list, .object: return String(describing: anyValue)
        }
    }

    /// The value as swift-mustache reads it (for the reference rendering in tests).
    var anyValue: Any {
        switch self {
        case .text(let text): return text
        case .number(let number): return number
        case .flag(let flag): return flag
        case .list(let values): return values.map(\.anyValue)
        case .object(let values): return values.mapValues(\.anyValue)
        }
    }
}
