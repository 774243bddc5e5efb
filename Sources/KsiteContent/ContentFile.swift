import Foundation
import KsiteCore
import Yams

/// A Markdown file of `Content/`, read and split into front matter and body.
struct ContentFile {
    let path: String
    let fileName: String
    let frontMatter: FrontMatter

    var body: MarkdownSource {
        MarkdownSource(text: frontMatter.body, path: path, firstLine: frontMatter.bodyFirstLine)
    }

    /// Splits decoded text; an empty or unterminated file is an error.
    static func parse(_ text: String, path: String, fileName: String) throws(Diagnostic) -> ContentFile {
        if text.isAllWhitespace {
            throw Diagnostic.error(
                at: SourceLocation(file: path, line: 1, column: 1), "the file is empty",
                hint: "write front matter between '---' lines (at least 'title: …'), or delete the file")
        }
        let frontMatter = try FrontMatter.split(text, path: path)
        return ContentFile(path: path, fileName: fileName, frontMatter: frontMatter)
    }

    /// The slug from `slug:` or else the file name; nil (with an error) when not ASCII.
    func slug(override node: Node?, decoder: inout YAMLDecoder) -> String? {
        if let node {
            guard let text = decoder.string(node, field: "slug") else { return nil }
            guard Slug.isValid(text) else {
                decoder.error(node, "slug '\(text)' is not a valid slug", hint: Slug.hint)
                return nil
            }
            return text
        }
        let name = fileName == "_index.md"
            ? URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent : fileName
        let slug = Slug.parse(fileName: name).slug
        guard Slug.isValid(slug) else {
            decoder.error(at: decoder.fileStart, "the name '\(name)' does not give a valid URL slug",
                          hint: Slug.hint + "; rename the file or add 'slug: …' to its front matter")
            return nil
        }
        return slug
    }
}
