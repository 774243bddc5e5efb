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
            // By index: only the value found is copied, not every field passed on the way.
            for index in fields.indices where fields[index].0 == key { return fields[index].1 }
            return nil
        }
        set {
            // By index too: `firstIndex(where:)` would copy every field it passes to its test.
            var index: Int?
            for candidate in fields.indices where fields[candidate].0 == key {
                index = candidate
                break
            }
            switch (index, newValue) {
            case (let index?, let value?): fields[index].1 = value
            case (let index?, nil): fields.remove(at: index)
            case (nil, let value?): fields.append((key, value))
            case (nil, nil): break
            }
        }
    }
}
