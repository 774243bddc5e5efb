import KsiteCore
import Testing
import KsiteMarkdown

@Suite struct TagRenderingTests {
    static let sanshi = #"<a class="dept" href="../departments/sanshi.html"><abbr title="産業支援課">産支</abbr></a>"#
    static let shokin = #"<a class="dept" href="../departments/shokin.html"><abbr title="商工振興金融課">商金</abbr></a>"#
    static let gyomu = #"<a class="dept" href="../departments/gyomu.html">業務</a>"#
    static let kanri = #"<a class="dept" href="../departments/kanri.html"><abbr title="監理課">監理</abbr></a>"#

    @Test func singleTagInATightList() throws {
        let rendered = Rendering.render("- ①取組んだ。【産支】\n- ②続けた。\n")
        #expect(rendered.html.text == """
            <ul>
            <li>
            <div class="initiative" id="i-1">
            ①取組んだ。【\(Self.sanshi)】
            </div>
            </li>
            <li>②続けた。</li>
            </ul>

            """)
        let initiative = try #require(rendered.initiatives.first)
        #expect(rendered.initiatives.count == 1)
        #expect(initiative.id == "i-1")
        #expect(initiative.departmentCodes == ["産支"])
        #expect(initiative.tags == ["【産支】"])
        #expect(initiative.html.text == "①取組んだ。【\(Self.sanshi)】\n")
        #expect(initiative.plainText == "①取組んだ。【産支】")
        #expect(initiative.partIndex == 0)
        #expect(initiative.location == SourceLocation(file: "Content/1-a/01-b.md", line: 1, column: 1))
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func codesJoinedByNakaguroAndComma() throws {
        let rendered = Rendering.render("- 発注を要請した。【商金・産支】\n- 周知した。【業務、監理】\n")
        #expect(rendered.initiatives.map(\.departmentCodes) == [["商金", "産支"], ["業務", "監理"]])
        #expect(rendered.initiatives.map(\.tags) == [["【商金・産支】"], ["【業務、監理】"]])
        #expect(rendered.initiatives.map(\.id) == ["i-1", "i-2"])
        #expect(rendered.initiatives[0].html.text == "発注を要請した。【\(Self.shokin)・\(Self.sanshi)】\n")
        #expect(rendered.initiatives[1].html.text == "周知した。【\(Self.gyomu)、\(Self.kanri)】\n")
    }

    @Test func severalTagsInOneItemGiveOneInitiative() throws {
        let rendered = Rendering.render("- 支援【労雇】 また支援【子未来】、さらに【産支・労雇】\n")
        let initiative = try #require(rendered.initiatives.first)
        #expect(rendered.initiatives.count == 1)
        #expect(initiative.departmentCodes == ["労雇", "子未来", "産支"])
        #expect(initiative.tags == ["【労雇】", "【子未来】", "【産支・労雇】"])
    }

    @Test func tagInsideBoldText() throws {
        let rendered = Rendering.render("- ①**伴走支援に取り組んだ。【産支】**\n")
        #expect(rendered.initiatives.first?.html.text
            == "①<strong>伴走支援に取り組んだ。【\(Self.sanshi)】</strong>\n")
        #expect(rendered.initiatives.first?.departmentCodes == ["産支"])
    }

    @Test func theNestedItemIsTheInitiativeNotItsParent() throws {
        let rendered = Rendering.render("""
            - 左記①、②のほか、次に掲げる事項等に引き続き取り組む。
              - 創業支援【産支】
              - 就職支援

            """, firstLine: 10)
        let initiative = try #require(rendered.initiatives.first)
        #expect(rendered.initiatives.count == 1)
        #expect(initiative.plainText == "創業支援【産支】")
        #expect(initiative.location == SourceLocation(file: "Content/1-a/01-b.md", line: 11, column: 3))
        #expect(rendered.html.text == """
            <ul>
            <li>左記①、②のほか、次に掲げる事項等に引き続き取り組む。
            <ul>
            <li>
            <div class="initiative" id="i-1">
            創業支援【\(Self.sanshi)】
            </div>
            </li>
            <li>就職支援</li>
            </ul>
            </li>
            </ul>

            """)
    }

    @Test func parentAndNestedItemsBothTaggedKeepIdsOffTheInitiativeHTML() throws {
        let rendered = Rendering.render("- 親の取組【商金】\n  - 子の取組【産支】\n")
        #expect(rendered.initiatives.map(\.id) == ["i-1", "i-2"])
        #expect(rendered.initiatives.map(\.departmentCodes) == [["商金"], ["産支"]])
        #expect(rendered.html.text.contains(#"id="i-1""#) && rendered.html.text.contains(#"id="i-2""#))
        for initiative in rendered.initiatives {
            #expect(!initiative.html.text.contains("id="))
        }
        #expect(rendered.initiatives[0].html.text == """
            親の取組【\(Self.shokin)】
            <ul>
            <li>
            子の取組【\(Self.sanshi)】
            </li>
            </ul>

            """)
    }

    @Test func looseListsKeepTheirParagraphs() {
        let rendered = Rendering.render("- 一つ目【産支】\n\n- 二つ目\n")
        #expect(rendered.html.text == """
            <ul>
            <li>
            <div class="initiative" id="i-1">
            <p>一つ目【\(Self.sanshi)】</p>
            </div>
            </li>
            <li>
            <p>二つ目</p>
            </li>
            </ul>

            """)
        #expect(rendered.initiatives.first?.html.text == "<p>一つ目【\(Self.sanshi)】</p>\n")
    }

    @Test func aTaggedParagraphOutsideListsIsAnInitiative() {
        let rendered = Rendering.render("本文\n\n県内企業の受注機会を増やした。【産支】\n")
        #expect(rendered.html.text == """
            <p>本文</p>
            <div class="initiative" id="i-1">
            <p>県内企業の受注機会を増やした。【\(Self.sanshi)】</p>
            </div>

            """)
        #expect(rendered.initiatives.first?.location.line == 3)
    }

    @Test(arguments: ["【】", "【長い説明文です。】", "【…】"])
    func bracketsThatAreNotTagsStayText(text: String) {
        let rendered = Rendering.render("- 説明\(text)\n")
        #expect(rendered.html.text == "<ul>\n<li>説明\(text)</li>\n</ul>\n")
        #expect(rendered.initiatives.isEmpty)
    }

    @Test func unknownCodesStayPlainButAreReported() throws {
        let rendered = Rendering.render("- 取組【不明・産支】\n- 別【謎】\n")
        #expect(rendered.initiatives.map(\.departmentCodes) == [["不明", "産支"], ["謎"]])
        #expect(rendered.initiatives[0].html.text == "取組【不明・\(Self.sanshi)】\n")
        #expect(rendered.initiatives[1].html.text == "別【謎】\n")
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func escapesTheHrefAndTitleOfDepartmentLinks() {
        let rendered = Rendering.render("- 取組【特殊】\n")
        #expect(rendered.initiatives.first?.html.text == #"""
            取組【<a class="dept" href="../departments/a.html?x=1&amp;y=&quot;2&quot;"><abbr title="&lt;A &amp; B&gt; &#39;課&#39;">特殊</abbr></a>】

            """#)
    }

    @Test func tagsInsideALinkAreCountedButNotLinkedAgain() {
        let rendered = Rendering.render("- [詳細【産支】](https://example.jp/)\n")
        #expect(rendered.initiatives.first?.departmentCodes == ["産支"])
        #expect(rendered.html.text.contains(#"<a href="https://example.jp/">詳細【産支】</a>"#))
    }

    @Test(arguments: [
        ("【産支】で支援", "\(sanshiTag)で支援"),
        ("前【産支】中【商金】後", "前\(sanshiTag)中【\(shokin)】後"),
        ("a [b 【産支】 c] d", "a [b \(sanshiTag) c] d"),
        ("&【産支】1 < 2 \"x\"", "&amp;\(sanshiTag)1 &lt; 2 &quot;x&quot;"),
    ])
    func textAroundTagsKeepsItsPlaceAndEscaping(markdown: String, html: String) {
        // cmark splits text at `[`, so a run of several text nodes is replaced as one.
        let rendered = Rendering.render("段落\n\n> \(markdown)\n")
        #expect(rendered.html.text.contains("<p>\(html)</p>"))
    }

    static let sanshiTag = "【\(sanshi)】"

    @Test func tagsInHeadingsAreLinkedWithoutAnInitiative() {
        let rendered = Rendering.render("## 担当【産支】\n")
        #expect(rendered.html.text == "<h2>担当【\(Self.sanshi)】</h2>\n")
        #expect(rendered.initiatives.isEmpty)
    }

    @Test func idsUseThePrefix() {
        let context = MarkdownRenderContext(
            departmentLink: { _ in nil }, resolveLink: { _ in .missing }, idPrefix: "s3-")
        let rendered = MarkdownRenderer().render(
            MarkdownInput(text: "- a【産支】\n- b【商金】\n", path: "x.md"), context: context)
        #expect(rendered.initiatives.map(\.id) == ["s3-1", "s3-2"])
        #expect(rendered.html.text.contains(#"<div class="initiative" id="s3-2">"#))
    }

    @Test func codesEqualAsStringsKeepTheirOwnBytes() {
        // 한 written precomposed, then as its three jamo: equal strings, different bytes.
        let composed = "\u{D55C}"
        let decomposed = "\u{1112}\u{1161}\u{11AB}"
        var asked: [[UInt8]] = []
        let context = MarkdownRenderContext(
            departmentLink: { code in
                asked.append(Array(code.utf8))
                return DepartmentLink(href: "h.html")
            },
            resolveLink: { _ in .missing })
        let rendered = MarkdownRenderer().render(
            MarkdownInput(text: "- a【\(composed)】\n- b【\(decomposed)】\n", path: "x.md"),
            context: context)
        #expect(asked == [Array(composed.utf8)])
        #expect(rendered.initiatives.map { Array($0.html.utf8) } == [
            Array("a【<a class=\"dept\" href=\"h.html\">\(composed)</a>】\n".utf8),
            Array("b【<a class=\"dept\" href=\"h.html\">\(decomposed)</a>】\n".utf8),
        ])
    }

    @Test func listedCodesTakeTheirLinksFromTheTable() {
        var asked: [String] = []
        let context = MarkdownRenderContext(
            departmentLink: { code in
                asked.append(code)
                return DepartmentLink(href: "asked.html")
            },
            resolveLink: { _ in .missing },
            departmentLinks: DepartmentLinkTable(["産支": DepartmentLink(href: "s.html", name: "課")]))
        let rendered = MarkdownRenderer().render(
            MarkdownInput(text: "- a【産支・商金】\n- b【産支】\n", path: "x.md"), context: context)
        #expect(asked == ["商金"])
        #expect(rendered.initiatives.map(\.html.text) == [
            #"a【<a class="dept" href="s.html"><abbr title="課">産支</abbr></a>・"#
                + #"<a class="dept" href="asked.html">商金</a>】"# + "\n",
            #"b【<a class="dept" href="s.html"><abbr title="課">産支</abbr></a>】"# + "\n",
        ])
    }
}
