import Foundation
import Testing
@testable import KsiteSite

/// `SortedJSONEncoder` writes what `JSONEncoder` writes with sorted keys and plain slashes.
@Suite struct SortedJSONEncoderTests {
    struct Sample: Encodable {
        struct Inner: Encodable {
            var b: Int
            var a: [String]
            var empty: [Int] = []
            var map: [String: Int] = [:]
        }
        var zeta = 67240094.0
        var Alpha = "A"
        var alpha = "q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028}/é漢字😀"
        var item10 = 1
        var item2 = 2
        var inner = Inner(b: -3, a: ["x", "y"], map: ["é": 1, "z": 2, "Z": 3, "e\u{301}x": 4])
        var missing: String?
        var present: String? = "here"
        var flag = true
        var numbers = [1342.2, 0.0001, 1e16, -0.0, 123456789012.5, 1e-7, 0.1 + 0.2]
        var nested = [[1, 2], [], [3]]
        var small: Int8 = -5
        var big: UInt64 = .max
    }

    @Test(arguments: [false, true])
    func matchesFoundation(isPrettyPrinted: Bool) throws {
        #expect(try Self.ours(Sample(), isPrettyPrinted) == Self.foundation(Sample(), isPrettyPrinted))
        #expect(try Self.ours([Sample(), Sample()], isPrettyPrinted) == Self.foundation([Sample(), Sample()], isPrettyPrinted))
        #expect(try Self.ours("top", isPrettyPrinted) == Self.foundation("top", isPrettyPrinted))
    }

    /// The open data and search index of the real report, both ways.
    @Test func reportDataAndSearchIndexMatchFoundation() throws {
        let options = BuildOptions(
            contentPath: Fixtures.repository.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path)
        let (assembler, _) = try SiteBuilder(options: options).prepare()
        let report = ReportData(site: assembler.site, pillars: assembler.pillars, departments: assembler.departments)
        #expect(report.json() == (try Self.foundation(report, true)))
        let index = SearchIndex(
            pillars: assembler.pillars, heading: { assembler.sectionHeading($0.section) },
            pillarHeading: { assembler.pillarHeading($0.pillar) })
        #expect(index.json() == (try Self.foundation(index, false)))
    }

    static func ours<Value: Encodable>(_ value: Value, _ isPrettyPrinted: Bool) throws -> String {
        String(decoding: try SortedJSONEncoder(isPrettyPrinted: isPrettyPrinted).encode(value), as: UTF8.self)
    }

    static func foundation<Value: Encodable>(_ value: Value, _ isPrettyPrinted: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = isPrettyPrinted
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func foundation<Value: Encodable>(_ value: Value, _ isPrettyPrinted: Bool) throws -> Data {
        Data((try foundation(value, isPrettyPrinted) as String).utf8)
    }
}
