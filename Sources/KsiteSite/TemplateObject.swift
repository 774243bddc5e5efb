/// The values of one page, or of one item a page lists, by name.
///
/// An object holds a handful of values, so they are kept in the order they were set and
/// found by comparing keys one by one: cheaper than hashing, and nothing to build.
struct TemplateObject: ExpressibleByDictionaryLiteral {
    /// Each name (`.0`) with its value (`.1`): the pairs of the literal, kept as they come
    /// rather than copied into an array of another type.
    private(set) var fields: [(TemplateKey, TemplateValue)]

    init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        fields = elements
    }

    /// The value named `key`; setting one replaces the value of that name, if any.
    subscript(key: TemplateKey) -> TemplateValue? {
        get {
            index(of: key).map { fields[$0].1 }
        }
        set {
            switch (index(of: key), newValue) {
            case (let index?, let value?): fields[index].1 = value
            case (let index?, nil): fields.remove(at: index)
            case (nil, let value?): fields.append((key, value))
            case (nil, nil): break
            }
        }
    }

    /// Adds the fields of `other`, whose names this object has none of (as a name is found
    /// where it is first, a repeated one would be hidden).
    mutating func append(contentsOf other: TemplateObject) {
        assert(other.fields.allSatisfy { index(of: $0.0) == nil }, "a name given twice would be hidden")
        fields.append(contentsOf: other.fields)
    }

    /// Where in `fields` the value named `key` is.
    func index(of key: TemplateKey) -> Int? {
        // By index: `firstIndex(where:)` would copy every field it passes to its test.
        for index in fields.indices where fields[index].0 == key { return index }
        return nil
    }
}
