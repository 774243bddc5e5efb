/// The values of one page, or of one item a page lists, by name.
///
/// An object holds a handful of values, so they are kept in the order they were set and
/// found by comparing keys one by one: cheaper than hashing, and nothing to build.
struct TemplateObject: ExpressibleByDictionaryLiteral {
    /// One named value.
    struct Field {
        let key: TemplateKey
        var value: TemplateValue
    }

    private(set) var fields: [Field]

    init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        fields = elements.map { Field(key: $0.0, value: $0.1) }
    }

    /// The value named `key`; setting one replaces the value of that name, if any.
    subscript(key: TemplateKey) -> TemplateValue? {
        get {
            // By index: only the value found is copied, not every field passed on the way.
            for index in fields.indices where fields[index].key == key { return fields[index].value }
            return nil
        }
        set {
            let index = fields.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): fields[index].value = value
            case (let index?, nil): fields.remove(at: index)
            case (nil, let value?): fields.append(Field(key: key, value: value))
            case (nil, nil): break
            }
        }
    }
}
