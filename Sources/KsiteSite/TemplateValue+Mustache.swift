extension TemplateValue {
    /// The value as swift-mustache reads it (strings, integers, booleans, arrays and
    /// string-keyed dictionaries), for the reference rendering the tests compare with.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .html(let html): html.text
        case .number(let number): number
        case .flag(let flag): flag
        case .object(let object): object.mustacheValue
        case .list(let items): items.map(\.mustacheValue)
        case .lazy(let list): (0..<list.count).map { list.item($0).mustacheValue }
        }
    }
}

extension TemplateObject {
    /// The object as swift-mustache reads it.
    var mustacheValue: [String: Any] {
        Dictionary(fields.map { ($0.0.rawValue, $0.1.mustacheValue) }) { _, last in last }
    }
}
