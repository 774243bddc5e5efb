/// A value a page template reads, sorted by kind once, when it is looked up.
///
/// Page contexts are `[String: Any]` built from strings, integers, booleans, arrays and
/// string-keyed dictionaries. They are read as they are: a value is classified when a
/// template asks for it, so nothing is copied or re-hashed and unused values cost nothing.
enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case object([String: Any])
    case objects([[String: Any]])
    case texts([String])
    case values([Any])
    /// Items made as they are reached.
    case lazy(TemplateList)
    /// Any other value: shown with `String(describing:)`, as swift-mustache shows it.
    case other(Any)

    init(_ value: Any) {
        // A page context holds a few exact types. Comparing the type first spares the cast
        // machinery, which converts element by element when asked whether an array of one
        // type is an array of another; other types take the general casts below.
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self): self = .text(value as! String)
        case ObjectIdentifier([String: Any].self): self = .object(value as! [String: Any])
        case ObjectIdentifier(Bool.self): self = .flag(value as! Bool)
        case ObjectIdentifier(Int.self): self = .number(value as! Int)
        case ObjectIdentifier([[String: Any]].self): self = .objects(value as! [[String: Any]])
        case ObjectIdentifier([String].self): self = .texts(value as! [String])
        case ObjectIdentifier([Any].self): self = .values(value as! [Any])
        case ObjectIdentifier(TemplateList.self): self = .lazy(value as! TemplateList)
        default: self.init(casting: value)
        }
    }

    private init(casting value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let object as [String: Any]: self = .object(object)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .number(number)
        case let objects as [[String: Any]]: self = .objects(objects)
        case let texts as [String]: self = .texts(texts)
        case let values as [Any]: self = .values(values)
        case let list as TemplateList: self = .lazy(list)
        default: self = .other(value)
        }
    }

    /// The value of `key` when this is an object.
    subscript(key: String) -> TemplateValue? {
        guard case .object(let values) = self, let value = values[key] else { return nil }
        return TemplateValue(value)
    }

    /// How many items a list has; nil when this is not a list.
    var itemCount: Int? {
        switch self {
        case .objects(let objects): objects.count
        case .texts(let texts): texts.count
        case .values(let values): values.count
        case .lazy(let list): list.count
        default: nil
        }
    }

    /// The item at `index` of a list.
    func item(at index: Int) -> TemplateValue {
        switch self {
        case .objects(let objects): .object(objects[index])
        case .texts(let texts): .text(texts[index])
        case .values(let values): TemplateValue(values[index])
        case .lazy(let list): TemplateValue(list.item(index))
        default: self
        }
    }

    /// The text `{{name}}` shows before escaping, as swift-mustache prints it.
    var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .object(let value): String(describing: value)
        case .objects(let value): String(describing: value)
        case .texts(let value): String(describing: value)
        case .values(let value): String(describing: value)
        case .lazy(let list): String(describing: Array(list))
        case .other(let value): String(describing: value)
        }
    }
}
