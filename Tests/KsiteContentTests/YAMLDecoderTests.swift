import Testing
import Yams
@testable import KsiteContent

@Suite struct YAMLDecoderTests {
    /// `mayExceedValueLimit` skips the walk of an alias-free text shorter than a quarter of
    /// the limit in bytes; that holds only while such text packs few values per byte.
    @Test(arguments: [
        "[" + String(repeating: "[", count: 50) + String(repeating: "]", count: 50) + "]",
        String(repeating: "- ", count: 50), String(repeating: "-\n", count: 50),
        "[" + String(repeating: "a,", count: 50) + "]", "[" + String(repeating: "{},", count: 50) + "]",
        "[" + String(repeating: "[?],", count: 50) + "]", "- " + String(repeating: "? ", count: 50),
        "?", "[?:]", "a:\nb:\nc:\n", "{a, b, c}",
    ])
    func textWithoutAliasesHoldsFewValuesPerByte(yaml: String) throws {
        let node = try #require(try Yams.compose(yaml: yaml, .basic, YAMLDecoder.constructor, .utf8))
        #expect(Self.valueCount(node) <= 2 * yaml.utf8.count + 3)
        #expect(!YAMLDecoder.mayExceedValueLimit(yaml))
    }

    @Test func aliasOrLongTextIsWalked() {
        #expect(YAMLDecoder.mayExceedValueLimit("a: &x 1\nb: *x\n"))
        #expect(YAMLDecoder.mayExceedValueLimit(String(repeating: "a", count: YAMLDecoder.valueLimit / 4)))
    }

    /// White_Space is trimmed wherever it lies (the ideographic space is the last one);
    /// Japanese characters and full-width forms above it are kept.
    @Test(arguments: [
        ("\u{3000}産業支援\u{3000}", "産業支援"), ("\u{A0}a\u{2028}", "a"), (" \t（注）。\n", "（注）。"),
        ("「R4」", "「R4」"), ("\u{3000}", ""), ("Ⅰ", "Ⅰ"),
    ])
    func trimsUnicodeWhitespace(text: String, trimmed: String) {
        #expect(text.trimmingWhitespace == trimmed)
    }

    /// Values as `exceedsValueLimit` counts them: the root, and every pair's key and value and
    /// every sequence element, inside collections too.
    static func valueCount(_ node: Node) -> Int {
        switch node {
        case .mapping(let mapping):
            return mapping.reduce(1) { $0 + valueCount($1.key) + valueCount($1.value) }
        case .sequence(let sequence):
            return sequence.reduce(1) { $0 + valueCount($1) }
        case .scalar, .alias:
            return 1
        }
    }
}
