import Testing
@testable import KsiteContent

@Suite struct SuggestionTests {
    @Test func suggestsClosestKey() {
        #expect(Suggestion.closest(to: "titel", in: Section.fields) == "title")
        #expect(Suggestion.closest(to: "budgte", in: Section.fields) == "budget")
        #expect(Suggestion.closest(to: "zzzzzz", in: Section.fields) == nil)
        #expect(Suggestion.closest(to: "産友", in: ["産支", "商金"]) == "産支")
    }

    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("同じ", "同じ") == 0)
    }

    @Test(arguments: [("03-keiei-kiban.md", 3, "keiei-kiban"), ("_index.md", nil, "_index"),
                      ("2-kihon-hoshin", 2, "kihon-hoshin"), ("plain.md", nil, "plain"),
                      ("12-.md", nil, "12-"), ("7", nil, "7"), (".md", nil, ""),
                      ("05-経営.md", 5, "経営"), ("05-\u{301}x.md", nil, "05-\u{301}x")])
    func slugFromFileName(name: String, order: Int?, slug: String) {
        let parsed = Slug.parse(fileName: name)
        #expect(parsed.order == order)
        #expect(parsed.slug == slug)
    }

    @Test func slugValidity() {
        #expect(Slug.isValid("keiei-kiban"))
        #expect(!Slug.isValid("経営"))
        #expect(!Slug.isValid("Keiei"))
        #expect(!Slug.isValid("-a"))
        #expect(!Slug.isValid(""))
    }
}
