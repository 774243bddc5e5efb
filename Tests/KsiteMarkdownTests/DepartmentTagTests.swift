import Testing
@testable import KsiteMarkdown

@Suite struct DepartmentTagTests {
    @Test(arguments: [
        ("取組んだ。【産支】", [["産支"]]),
        ("【商金・産支】", [["商金", "産支"]]),
        ("【業務、監理】", [["業務", "監理"]]),
        ("【子未来、労雇】", [["子未来", "労雇"]]),
        ("【くまQ】【土技管、県警】", [["くまQ"], ["土技管", "県警"]]),
        ("支援【労雇】 また支援【子未来】", [["労雇"], ["子未来"]]),
        ("【【産支】", [["産支"]]),
        ("】【産支】】【労雇", [["産支"]]),
        ("【産支【労雇】", [["労雇"]]),
        ("é【産支】e\u{301}【労雇】😀", [["産支"], ["労雇"]]),
    ])
    func findsTags(text: String, codes: [[String]]) {
        #expect(DepartmentTag.find(in: text).map(\.codes) == codes)
    }

    @Test(arguments: [
        "【】", "【長い説明文です。】", "【産支・】", "【・産支】", "【産 支】", "【…】",
        "【一二三四五六七八九】", "【産支", "産支】", "【（注）】", "【A,B】",
    ])
    func rejectsWhatIsNotATag(text: String) {
        #expect(DepartmentTag.find(in: text).isEmpty)
    }

    @Test func keepsTheTagAsWrittenAndWhereItIs() throws {
        let text = "①取組んだ。【商金・産支】"
        let tag = try #require(DepartmentTag.find(in: text).first)
        #expect(tag.text == "【商金・産支】")
        let utf8 = Array(text.utf8)
        #expect(utf8[tag.utf8Range] == Array("【商金・産支】".utf8)[...])
        #expect(tag.codeRanges.map { String(decoding: utf8[$0], as: UTF8.self) } == ["商金", "産支"])
    }

    @Test func acceptsEightCharacterCodes() {
        #expect(DepartmentTag.find(in: "【一二三四五六七八】").map(\.codes) == [["一二三四五六七八"]])
    }

    @Test func countsCharactersNotScalars() {
        // Hangul jamo: each leading consonant and vowel pair is one character.
        let pairs = String(repeating: "\u{1100}\u{1161}", count: 4)
        #expect(DepartmentTag.find(in: "【\(pairs)\u{1100}】").map(\.codes) == [[pairs + "\u{1100}"]])
        #expect(DepartmentTag.find(in: "【\(pairs + pairs)\u{1100}】").isEmpty)
        #expect(DepartmentTag.find(in: "【Ａ１ｂ・々〇】").map(\.codes) == [["Ａ１ｂ", "々〇"]])
    }

    @Test func quickCodeScalarsAgreeWithUnicode() {
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x3000...0x30FF, 0x4E00...0x9FFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let quick = CodeScalar.quickIsLetterOrDigit(scalar) {
                #expect(quick == CodeScalar.isLetterOrDigit(scalar), "U+\(String(value, radix: 16))")
            }
        }
    }
}
