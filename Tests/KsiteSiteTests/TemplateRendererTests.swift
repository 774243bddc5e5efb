import Foundation
import KsiteCore
import Testing
@testable import KsiteSite

/// ksite's compiled templates render exactly what swift-mustache renders from the same values.
@Suite struct TemplateRendererTests {
    /// Every page of the real report, through both renderers.
    @Test func everyPageOfTheReportMatchesSwiftMustache() throws {
        let options = BuildOptions(
            contentPath: Fixtures.repository.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path)
        let (assembler, _) = try SiteBuilder(options: options).prepare()
        var compared = 0
        for page in assembler.allPages {
            let (path, name, context, _) = assembler.build(page)
            let (html, missing) = assembler.templates.render(context, with: name)
            let reference = assembler.templates.referenceRender(context, with: name)
            #expect(missing.isEmpty, "\(path)")
            #expect(String(decoding: html, as: UTF8.self) == reference, "\(path)")
            compared += 1
        }
        #expect(compared > 30)
    }

    static var cases: [(template: String, context: TemplateObject)] { [
        ("a {{title}} b\n", [.title: .text("<&>\"'")]),
        ("{{{title}}}{{&title}}", [.title: .text("<i>")]),
        ("{{#items}}\n  - {{name}}\n{{/items}}\nend",
         [.items: .list([.object([.name: .text("a")]), .object([.name: .text("b")])])]),
        ("  {{#hasData}}\n  yes\n  {{/hasData}}\n  {{^hasData}}no{{/hasData}}", [.hasData: .flag(false)]),
        ("{{^items}}empty{{/items}}|{{#items}}{{.}},{{/items}}", [.items: .list([])]),
        ("{{#text}}[{{text}}]{{/text}}{{#count}}{{count}}{{/count}}", [.text: .text(""), .count: .number(0)]),
        ("{{site.section.title}}|{{#site}}{{section.title}}{{/site}}|{{.missing}}",
         [.site: .object([.section: .object([.title: .text("deep")])])]),
        ("{{! comment }}\n{{count}}  {{! inline }} y\n", [.count: .number(1)]),
        ("<ul>\n  {{>part}}\n</ul>\n", [.items: .list([.text("a"), .text("b")])]),
        ("{{<parent}}\n{{$body}}\n  filled {{title}}\n    more\n{{/body}}\n{{/parent}}\n", [.title: .text("X")]),
        ("{{<parent}}{{/parent}}", [.title: .text("X")]),
        ("line\r\n  {{#hasData}}\r\n  in\r\n  {{/hasData}}\r\nafter", [.hasData: .flag(true)]),
        ("{{#section}}{{#items}}{{name}}/{{title}}{{/items}}{{/section}}",
         [.title: .text("root"), .section: .object([.items: .list([.object([.name: .text("n")])])])]),
        // Markup kept as bytes shows as the text it spells: as is, escaped, or as a section.
        ("{{{svg}}}|{{&svg}}|{{svg}}|{{#svg}}[{{.}}]{{/svg}}{{^svg}}none{{/svg}}",
         [.svg: .html(HTMLFragment(validUTF8: Array("<svg a=\"1\">&amp;'図'</svg>\n".utf8)))]),
        ("{{#html}}[{{html}}]{{/html}}{{^html}}none{{/html}}|{{{html}}}", [.html: .html(.empty)]),
    ] }

    static let partials = [
        "part": "<li>\n{{#items}}\n  <b>{{.}}</b>\n{{/items}}\n</li>\n",
        "parent": "<main>\n  {{$body}}default {{title}}{{/body}}\n</main>\n",
    ]

    @Test(arguments: 0..<15)
    func smallTemplatesMatchSwiftMustache(index: Int) throws {
        let (template, context) = Self.cases[index]
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.partials.merging(["page": template]) { $1 } {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).mustache"))
        }
        let templates = try Self.load(folder)
        let (html, _) = templates.render(context, with: "page")
        #expect(String(decoding: html, as: UTF8.self) == templates.referenceRender(context, with: "page"))
    }

    @Test func namesNoValueProvidesAreReported() throws {
        var renderer = TemplateRenderer(templates: ["page": try TemplateParser.parse(
            "{{pageTitel}}{{#items}}{{name}}{{nope}}{{/items}}{{pageTitel}}{{site.titel}}")])
        renderer.render("page", root: .object([
            .items: .list([.object([.name: .text("a")])]), .site: .object([.title: .text("t")]),
        ]))
        #expect(renderer.missing == ["pageTitel", "nope"])
    }

    /// `{{.name}}` is looked for in the innermost value only, and reported missing only
    /// outside every section (as `lookup` reports it for sections too).
    @Test func anchoredNamesAreShownFromTheInnermostValue() throws {
        var renderer = TemplateRenderer(templates: ["page": try TemplateParser.parse(
            "{{.title}}|{{.titel}}|{{#items}}{{.name}}{{.title}}{{.nope}}{{title}}{{/items}}")])
        renderer.render("page", root: .object([
            .title: .text("t"), .items: .list([.object([.name: .text("a")])]),
        ]))
        #expect(String(decoding: renderer.output, as: UTF8.self) == "t||at")
        #expect(renderer.missing == ["titel"])
    }

    @Test(arguments: ["{{=<% %>=}}", "{{% CONTENT_TYPE: TEXT}}", "{{>*dynamic}}", "{{uppercased(x)}}"])
    func syntaxTheRendererLacksIsRefused(template: String) throws {
        #expect(throws: TemplateParser.Unsupported.self) { try TemplateParser.parse(template) }
    }

    /// The templates of `folder`, with empty files for the page templates it lacks.
    static func load(_ folder: URL) throws -> TemplateSet {
        for name in TemplateSet.requiredNames {
            let url = folder.appendingPathComponent("\(name).mustache")
            if !FileManager.default.fileExists(atPath: url.path) { try Data().write(to: url) }
        }
        return try TemplateSet.load(from: folder.path)
    }
}
