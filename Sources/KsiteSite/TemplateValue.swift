import KsiteCore

/// A value a page template reads: page contexts are trees of these, built by `PageAssembler`.
///
/// Being typed, a value is rendered as it is found, without casting or converting it.
enum TemplateValue {
    case text(String)
    /// Markup ksite wrote, as UTF-8: shown as the text it spells (`{{name}}` escapes it,
    /// `{{{name}}}` copies its bytes as they are, a section shows its body once with it in
    /// scope), without becoming a string.
    case html(HTMLFragment)
    case number(Int)
    case flag(Bool)
    case object(TemplateObject)
    case list([TemplateValue])
    /// Items made as they are reached.
    case lazy(TemplateList)

    /// `text`, or `false` (which hides a section) when there is none.
    static func text(orFalse text: String?) -> TemplateValue {
        text.map(TemplateValue.text) ?? .flag(false)
    }

    /// `object`, or `false` (which hides a section) when there is none.
    static func object(orFalse object: TemplateObject?) -> TemplateValue {
        object.map(TemplateValue.object) ?? .flag(false)
    }

    /// The value of `key` when this is an object.
    subscript(key: TemplateKey) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// How many items a list has; nil when this is not a list.
    var itemCount: Int? {
        switch self {
        case .list(let items): items.count
        case .lazy(let list): list.count
        default: nil
        }
    }

    /// The item at `index` of a list.
    func item(at index: Int) -> TemplateValue {
        switch self {
        case .list(let items): items[index]
        case .lazy(let list): list.item(index)
        default: self
        }
    }

    /// The text `{{name}}` shows before escaping, as swift-mustache prints it.
    var displayText: String {
        switch self {
        case .text(let text): text
        case .html(let html): html.text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .object, .list, .lazy: String(describing: mustacheValue)
        }
    }
}
