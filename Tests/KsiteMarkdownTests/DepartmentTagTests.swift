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
        #expect(tag.separators == ["・"])
        #expect(text[tag.range] == "【商金・産支】")
        #expect(Array(text.utf8)[tag.utf8Range] == Array("【商金・産支】".utf8)[...])
    }

    @Test func acceptsEightCharacterCodes() {
        #expect(DepartmentTag.find(in: "【一二三四五六七八】").map(\.codes) == [["一二三四五六七八"]])
    }
}
