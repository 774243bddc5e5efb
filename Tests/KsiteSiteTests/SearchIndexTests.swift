import Foundation
import Testing
@testable import KsiteSite

/// `search/index.json` of the real report: its entries, and its text exactly as Foundation's
/// `JSONEncoder` writes the same values.
@Suite struct SearchIndexTests {
    struct Index: Codable, Equatable {
        struct Entry: Codable, Equatable {
            var context: String
            var text: String
            var title: String
            var url: String
        }

        var entries: [Entry]
        var version: Int
    }

    static func index() throws -> (SearchIndex, PageAssembler) {
        let options = BuildOptions(
            contentPath: Fixtures.repository.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path)
        let (assembler, _) = try SiteBuilder(options: options).prepare()
        let index = SearchIndex(
            pillars: assembler.pillars, heading: { assembler.sectionHeading($0.section) },
            pillarHeading: { assembler.pillarHeading($0.pillar) })
        return (index, assembler)
    }

    @Test func entriesOfEveryPageInReportOrder() throws {
        let (index, assembler) = try Self.index()
        let decoded = try JSONDecoder().decode(Index.self, from: index.json())
        #expect(decoded.version == 2)
        var expected: [String] = []
        for pillar in assembler.pillars {
            expected.append(pillar.path)
            expected += pillar.sections.map(\.path)
        }
        #expect(decoded.entries.map(\.url) == expected)
        // Text as written, on one line, with the title first; a pillar's sections name it.
        let section = try #require(decoded.entries.first { $0.url == "kihon-hoshin/jinzai.html" })
        #expect(section.text.hasPrefix(section.title + " "))
        #expect(section.text.contains("①") && section.text.contains("【労雇】") && !section.text.contains("\n"))
        #expect(section.context.hasPrefix("Ⅱ "))
        #expect(decoded.entries.first?.context == "")
    }

    @Test func textIsWhatJSONEncoderWrites() throws {
        let (index, _) = try Self.index()
        let data = index.json()
        let decoded = try JSONDecoder().decode(Index.self, from: data)
        #expect(String(decoding: data, as: UTF8.self) == (try ReportDataTests.foundation(decoded, false)))
    }

    @Test func piecesJoinToTheWhole() throws {
        let (index, assembler) = try Self.index()
        var pieces: [[UInt8]] = []
        index.json(pieceSize: 1) { pieces.append($0) }
        // A piece after every section, and the end.
        #expect(pieces.count == assembler.pillars.reduce(0) { $0 + $1.sections.count } + 1)
        #expect(Data(pieces.joined()) == index.json())
    }
}
