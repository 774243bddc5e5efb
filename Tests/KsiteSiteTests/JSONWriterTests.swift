import Foundation
import Testing
@testable import KsiteSite

/// `JSONWriter` writes what `JSONEncoder` writes with sorted keys and plain slashes, given
/// the members in sorted order.
@Suite struct JSONWriterTests {
    struct Sample: Encodable {
        struct Inner: Encodable {
            var a: [String]
            var b: Int
            var empty: [Int] = []
            var none: [String: Int] = [:]
        }
        var Alpha = "A"
        var alpha = "q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028}/é漢字😀"
        var inner = [Inner(a: ["x", "y"], b: -3), Inner(a: [], b: 0)]
        var item10 = 1
        var item2: Int?
        var nested = [[1, 2], [], [3]]
        var numbers = [1342.2, 0.0001, 1e16, -0.0, 123456789012.5, 1e-7, 0.1 + 0.2, 67240094]
        var present: String? = "here"
        var zeta = 67240094.0
    }

    static func write(_ sample: Sample, isPrettyPrinted: Bool) -> String {
        var json = JSONWriter(isPrettyPrinted: isPrettyPrinted)
        json.object { json in
            json.member("Alpha", sample.Alpha)
            json.member("alpha", sample.alpha)
            json.member("inner", eachOf: sample.inner) { json, inner in
                json.object { json in
                    json.member("a", strings: inner.a)
                    json.member("b", inner.b)
                    json.member("empty", eachOf: inner.empty) { $0.number($1) }
                    json.key("none")
                    json.beginObject()
                    json.endObject()
                }
            }
            json.member("item10", sample.item10)
            json.member("item2", sample.item2)
            json.member("nested", eachOf: sample.nested) { json, list in
                json.beginArray()
                list.forEach { json.number($0) }
                json.endArray()
            }
            json.member("numbers", eachOf: sample.numbers) { $0.number($1) }
            json.key("present")
            json.string(concatenating: "he", "re")
            json.member("zeta", sample.zeta)
        }
        var text: [UInt8] = []
        json.handOver { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    @Test(arguments: [false, true])
    func matchesFoundation(isPrettyPrinted: Bool) throws {
        #expect(Self.write(Sample(), isPrettyPrinted: isPrettyPrinted)
                == (try ReportDataTests.foundation(Sample(), isPrettyPrinted)))
    }

    @Test func writesTopLevelScalarsAndArrays() {
        var json = JSONWriter(isPrettyPrinted: true)
        json.beginArray()
        json.string("a/b")
        json.beginArray()
        json.endArray()
        json.endArray()
        #expect(String(decoding: json.text.bytes, as: UTF8.self) == "[\n  \"a/b\",\n  [\n\n  ]\n]")
    }

    @Test func handsOverOnlyFromTheGivenSize() {
        var json = JSONWriter(isPrettyPrinted: false)
        json.beginArray()
        json.number(12345)
        var pieces: [[UInt8]] = []
        json.handOver(atLeast: 7) { pieces.append($0) }
        #expect(pieces.isEmpty)
        json.endArray()
        json.handOver { pieces.append($0) }
        json.handOver { pieces.append($0) }
        #expect(pieces == [Array("[12345]".utf8)])
    }
}
