import KsiteCore
import Yams

extension Pillar {
    static let fields = ["numeral", "title", "order", "slug"]

    /// Reads `_index.md` of a pillar folder; sections are added by the loader.
    static func load(file: ContentFile, folderName: String, decoder: inout YAMLDecoder) -> Pillar? {
        guard let yaml = file.frontMatter.yaml, let root = decoder.parse(yaml) else {
            if decoder.diagnostics.isEmpty {
                decoder.error(at: decoder.fileStart, "_index.md has no front matter",
                              hint: "start it with '---', 'numeral: Ⅰ', 'title: …' and '---'")
            }
            return nil
        }
        guard let fields = decoder.fields(
            of: root, in: "the pillar's front matter", allowed: fields,
            required: ["numeral", "title"]
        ) else { return nil }
        let numeral = decoder.string(fields["numeral"], field: "numeral")
        let title = decoder.string(fields["title"], field: "title")
        let explicitOrder = decoder.integer(fields["order"], field: "order")
        let slug = file.slug(override: fields["slug"], decoder: &decoder)
        guard let numeral, let title, let slug else { return nil }
        let order = explicitOrder ?? Slug.parse(fileName: folderName).order ?? Int.max
        return Pillar(
            numeral: numeral, title: title, order: order, folder: folderName, slug: slug,
            introduction: file.body, sections: [], location: decoder.fileStart)
    }
}
