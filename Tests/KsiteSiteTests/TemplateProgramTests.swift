import Foundation
import Testing
@testable import KsiteSite

/// Templates laid out as instructions: texts that follow one another are joined, and an
/// indented partial still indents each of their lines as swift-mustache does.
@Suite struct TemplateProgramTests {
    @Test func textsThatFollowOneAnotherAreOneInstruction() throws {
        let program = TemplateProgram(["page": try TemplateParser.parse("a\n{{! note }}\nb\r\nc{{title}}d\n")])
        let texts = program.instructions.filter { if case .text = $0 { true } else { false } }
        #expect(program.instructions.count == 3)
        #expect(texts.count == 2)
    }

    static let partials = [
        "lines": "one\n{{! note }}\ntwo\r\n  three {{title}}\n{{#hasData}}\nin\n{{/hasData}}\nfour\n\nsix",
        "nested": "<div>\n  {{>lines}}\n</div>\n",
    ]

    @Test(arguments: [
        "  {{>lines}}\n", "x\n    {{>nested}}\n  {{>lines}}\nend", "{{#items}}\n  {{>lines}}\n{{/items}}\n",
        "\t{{>lines}}\r\n{{>nested}}",
    ])
    func indentedPartialsMatchSwiftMustache(template: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.partials.merging(["page": template]) { $1 } {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).mustache"))
        }
        let templates = try TemplateRendererTests.load(folder)
        let context: TemplateObject = [
            .title: .text("T"), .hasData: .flag(true), .items: .list([.text("a"), .text("b")]),
        ]
        let (html, _) = templates.render(context, with: "page")
        #expect(String(decoding: html, as: UTF8.self) == templates.referenceRender(context, with: "page"))
    }
}
