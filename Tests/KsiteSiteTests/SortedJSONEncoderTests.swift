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

    /// Nested containers, super encoders and single values, written by hand.
    struct Handwritten: Encodable {
        enum Keys: String, CodingKey { case zz, nested, list, single, aa }
        enum Inner: String, CodingKey { case y, x }
        struct Wrapped: Encodable {
            var value: Int
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(value)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("last", forKey: .zz)
            var nested = container.nestedContainer(keyedBy: Inner.self, forKey: .nested)
            try nested.encode([1, 2], forKey: .y)
            try nested.encodeNil(forKey: .x)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(Wrapped(value: 7))
            var inList = list.nestedContainer(keyedBy: Inner.self)
            try inList.encode("b", forKey: .y)
            try inList.encode("a", forKey: .x)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode(true)
            try list.encodeNil()
            try Wrapped(value: 3).encode(to: container.superEncoder(forKey: .single))
            try container.encode([String](), forKey: .aa)
        }
    }

    @Test(arguments: [false, true])
    func handwrittenContainersMatchFoundation(isPrettyPrinted: Bool) throws {
        #expect(try Self.ours(Handwritten(), isPrettyPrinted) == Self.foundation(Handwritten(), isPrettyPrinted))
        #expect(try Self.ours([Handwritten()], isPrettyPrinted) == Self.foundation([Handwritten()], isPrettyPrinted))
    }

    @Test func piecesJoinToTheWhole() throws {
        let value = [Sample(), Sample(), Sample()]
        var pieces: [[UInt8]] = []
        try SortedJSONEncoder(isPrettyPrinted: true).encode(value, pieceSize: 64) { pieces.append($0) }
        #expect(pieces.count > 3)
        #expect(Data(pieces.joined()) == (try SortedJSONEncoder(isPrettyPrinted: true).encode(value)))
    }

    @Test(arguments: [false, true])
    func matchesFoundation(isPrettyPrinted: Bool) throws {
        #expect(try Self.ours(Sample(), isPrettyPrinted) == Self.foundation(Sample(), isPrettyPrinted))
        #expect(try Self.ours([Sample(), Sample()], isPrettyPrinted) == Self.foundation([Sample(), Sample()], isPrettyPrinted))
        #expect(try Self.ours("top", isPrettyPrinted) == Self.foundation("top", isPrettyPrinted))
    }

    /// Members in the order given, under keys of one type.
    struct Pairs: Encodable {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        var pairs: [(String, Int)]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in pairs { try container.encode(value, forKey: Key(stringValue: key)) }
        }
    }

    /// Objects of one type whose keys differ: optional members absent, and keys that differ
    /// only in ways `==` on strings ignores (the encoder remembers each type's order of keys).
    @Test(arguments: [false, true])
    func objectsOfOneTypeWithOtherKeysMatchFoundation(isPrettyPrinted: Bool) throws {
        struct Optionals: Encodable {
            var b: Int?
            var a: String?
            var c = 1
        }
        let optionals = [
            Optionals(b: 1, a: "x"), Optionals(b: nil, a: "y"), Optionals(b: 2, a: nil), Optionals(b: 3, a: "z"),
        ]
        #expect(try Self.ours(optionals, isPrettyPrinted) == Self.foundation(optionals, isPrettyPrinted))
        let pairs = [
            [("K", 1), ("J", 2), ("L", 3)], [("\u{212A}", 1), ("J", 2), ("L", 3)], [("K", 1), ("J", 2), ("L", 3)],
            [("é", 1), ("f", 2)], [("e\u{301}", 1), ("f", 2)], [("e\u{301}", 1), ("f", 2)], [("é", 1), ("f", 2)],
            [("b", 1), ("a", 2)], [("a", 1), ("b", 2)], [("q\"", 1), ("n\n", 2), ("\\", 3), ("\u{1}", 4)],
        ] + (0..<20).map { [("k\($0)", $0), ("a", 0), ("z\($0 % 3)", 1)] }
        let objects = (pairs + pairs).map(Pairs.init)
        #expect(try Self.ours(objects, isPrettyPrinted) == Self.foundation(objects, isPrettyPrinted))
        let maps: [[String: Int]] = pairs.map { Dictionary($0, uniquingKeysWith: +) }
        #expect(try Self.ours(maps, isPrettyPrinted) == Self.foundation(maps, isPrettyPrinted))
    }

    /// The open data and search index of the real report, both ways.
    @Test func reportDataAndSearchIndexMatchFoundation() throws {
        let options = BuildOptions(
            contentPath: Fixtures.repository.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path)
        let (assembler, _) = try SiteBuilder(options: options).prepare()
        let report = ReportData(site: assembler.site, pillars: assembler.pillars, departments: assembler.departments)
        #expect(report.json() == (try Self.foundation(ExpectedReport(report), false)))
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
