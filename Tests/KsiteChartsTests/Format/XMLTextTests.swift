import Testing
@testable import KsiteCharts

@Suite struct XMLTextTests {
    @Test func escapesMarkupCharacters() {
        #expect(XMLText.escape("a < b & c > d") == "a &lt; b &amp; c &gt; d")
        #expect(XMLText.escape("\"quoted\" 'single'") == "&quot;quoted&quot; &apos;single&apos;")
        #expect(XMLText.escape("</script><script>alert(1)</script>")
                == "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(XMLText.escape("&amp;") == "&amp;amp;")
    }

    @Test func keepsJapaneseAndDropsCharactersXMLForbids() {
        #expect(XMLText.escape("関連予算（千円）") == "関連予算（千円）")
        #expect(XMLText.escape("a\u{0}b\u{1B}c\u{FFFE}d") == "abcd")
        #expect(XMLText.escape("two\nlines\tand\rmore") == "two lines and more")
    }

    @Test(arguments: [
        ("budget-overview", "budget-overview"), ("Escape Test!", "escape-test"),
        ("", "chart"), ("--a--", "a"), ("関連", "chart"), ("r5-table-1", "r5-table-1"),
    ])
    func identifiersAreSafe(given: String, expected: String) {
        #expect(XMLText.identifier(given) == expected)
    }
}
