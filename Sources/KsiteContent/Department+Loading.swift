import KsiteCore
import Yams

extension Department {
    /// Reads `departments.yml`: `code: { name: …, slug: … }` per line, in file order.
    static func loadList(yaml: String, decoder: inout YAMLDecoder) -> [Department] {
        guard let root = decoder.parse(yaml) else { return [] }
        guard case .mapping(let mapping) = root else {
            decoder.error(root, "departments.yml must map department codes to their details",
                          hint: "write one line per department, e.g. 産支: { name: 産業支援課 }")
            return []
        }
        var departments: [Department] = []
        var slugs: [String: String] = [:]
        for index in mapping.pairIndices {
            let (key, value) = mapping[index]
            guard let code = key.scalarText?.trimmingWhitespace, !code.isEmpty else {
                decoder.error(key, "a department code must be text")
                continue
            }
            var name: String?, slug: String?
            if value.scalarText?.isEmpty == false || value.isSequence {
                decoder.error(value, "details of department '\(code)' must be a mapping",
                              hint: "write \(code): { name: 正式名称 } or \(code): {}")
            } else if value.isMapping, let fields = decoder.fields(
                of: value, in: "department '\(code)'", allowed: ["name", "slug"], required: []) {
                name = decoder.string(fields["name"], field: "name")
                slug = decoder.string(fields["slug"], field: "slug")
                if let slug, let node = fields["slug"] {
                    checkSlug(slug, node: node, code: code, seen: &slugs, decoder: &decoder)
                }
            }
            departments.append(Department(
                code: code, name: name, slug: slug ?? fallbackSlug(for: code)))
        }
        return departments
    }
}

private extension Department {
    static func checkSlug(
        _ slug: String, node: Node, code: String, seen: inout [String: String],
        decoder: inout YAMLDecoder
    ) {
        if !Slug.isValid(slug) {
            decoder.error(node, "slug '\(slug)' of department '\(code)' is not a valid slug",
                          hint: Slug.hint)
        } else if let other = seen[slug] {
            decoder.error(node, "slug '\(slug)' is used by both '\(other)' and '\(code)'",
                          hint: "give each department its own slug")
        }
        seen[slug] = code
    }
}
