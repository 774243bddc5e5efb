import Foundation
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

    static var cases: [(template: String, context: [String: Any])] { [
        ("a {{x}} b\n", ["x": "<&>\"'"]),
        ("{{{x}}}{{&x}}", ["x": "<i>"]),
        ("{{#list}}\n  - {{name}}\n{{/list}}\nend", ["list": [["name": "a"], ["name": "b"]]]),
        ("  {{#flag}}\n  yes\n  {{/flag}}\n  {{^flag}}no{{/flag}}", ["flag": false]),
        ("{{^list}}empty{{/list}}|{{#list}}{{.}},{{/list}}", ["list": [String]()]),
        ("{{#text}}[{{text}}]{{/text}}{{#n}}{{n}}{{/n}}", ["text": "", "n": 0]),
        ("{{a.b.c}}|{{#a}}{{b.c}}{{/a}}|{{.missing}}", ["a": ["b": ["c": "deep"]]]),
        ("{{! comment }}\n{{x}}  {{! inline }} y\n", ["x": 1]),
        ("<ul>\n  {{>part}}\n</ul>\n", ["items": ["a", "b"]]),
        ("{{<parent}}\n{{$body}}\n  filled {{x}}\n    more\n{{/body}}\n{{/parent}}\n", ["x": "X"]),
        ("{{<parent}}{{/parent}}", ["x": "X"]),
        ("line\r\n  {{#x}}\r\n  in\r\n  {{/x}}\r\nafter", ["x": true]),
        ("{{#outer}}{{#inner}}{{name}}/{{title}}{{/inner}}{{/outer}}",
         ["title": "root", "outer": ["inner": [["name": "n"]]]]),
    ] }

    static let partials = [
        "part": "<li>\n{{#items}}\n  <b>{{.}}</b>\n{{/items}}\n</li>\n",
        "parent": "<main>\n  {{$body}}default {{x}}{{/body}}\n</main>\n",
    ]

    @Test(arguments: 0..<13)
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
            "{{pageTitel}}{{#list}}{{name}}{{nope}}{{/list}}{{pageTitel}}{{site.titel}}")])
        renderer.render("page", root: TemplateValue(["list": [["name": "a"]], "site": ["title": "t"]]))
        #expect(renderer.missing == ["pageTitel", "nope"])
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
