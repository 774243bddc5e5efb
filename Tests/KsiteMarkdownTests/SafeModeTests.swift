import KsiteCore
import Testing
import KsiteMarkdown

@Suite struct SafeModeTests {
    static let path = "Content/1-a/01-b.md"

    @Test func rawHTMLBlockIsLeftOutWithAWarningOnTheFileLine() throws {
        // The body starts on line 6 of the file, below five lines of front matter.
        let rendered = Rendering.render("本文\n\n<script>alert(1)</script>\n", firstLine: 6)
        #expect(rendered.html.text == "<p>本文</p>\n<!-- raw HTML omitted -->\n")
        let warning = try #require(rendered.diagnostics.first)
        #expect(rendered.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: Self.path, line: 8, column: 1))
        #expect(warning.message == "raw HTML '<script>alert(1)</script>' is not allowed and was left out")
        #expect(warning.hints == ["write Markdown instead, e.g. **bold** rather than <b>bold</b>"])
    }

    @Test func inlineHTMLIsLeftOutWithItsColumn() {
        let rendered = Rendering.render("- ①<b>太字</b>取組んだ。【産支】\n", firstLine: 7)
        #expect(rendered.initiatives.first?.plainText == "①太字取組んだ。【産支】")
        #expect(rendered.html.text.contains("①<!-- raw HTML omitted -->太字<!-- raw HTML omitted -->取組んだ。"))
        #expect(rendered.diagnostics.map(\.location.description)
            == ["\(Self.path):7:4", "\(Self.path):7:9"])
        #expect(rendered.diagnostics.map(\.message) == [
            "raw HTML '<b>' is not allowed and was left out",
            "raw HTML '</b>' is not allowed and was left out",
        ])
    }

    @Test func javascriptLinkIsDroppedWithAWarning() throws {
        let rendered = Rendering.render("- ①[ここ](javascript:alert(1))を押す。【産支】\n", firstLine: 6)
        #expect(rendered.html.text.contains(#"①<a href="">ここ</a>を押す。"#))
        let warning = try #require(rendered.diagnostics.first)
        #expect(rendered.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "link to 'javascript:alert(1)' was removed")
        #expect(warning.location == SourceLocation(file: Self.path, line: 6, column: 4))
    }

    @Test(arguments: [
        ("[x](JavaScript:alert(1))", true), ("[x](vbscript:msgbox)", true),
        ("[x](file:///etc/passwd)", true), ("[x](data:text/html;base64,PHNjcmlwdD4=)", true),
        ("![x](data:image/png;base64,iVBOR)", false), ("<javascript:alert(1)>", true),
        ("[x](https://www.pref.kumamoto.jp/)", false), ("[x](mailto:a@example.jp)", false),
        ("[x](#top)", false), ("[x](/absolute/page.html)", false),
    ])
    func unsafeURLsAreReportedExactlyWhenCmarkDropsThem(markdown: String, isDropped: Bool) {
        let rendered = Rendering.render(markdown + "\n")
        #expect(rendered.diagnostics.count == (isDropped ? 1 : 0))
        #expect(rendered.diagnostics.allSatisfy { $0.message.hasSuffix("was removed") })
        #expect(rendered.html.text.contains(#"href="""#) || rendered.html.text.contains(#"src="""#)
            == isDropped)
    }

    @Test func absoluteAndFragmentLinksPassThrough() {
        let rendered = Rendering.render("[県](https://www.pref.kumamoto.jp/?a=1&b=2) [上](#top)\n")
        #expect(rendered.html.text
            == ##"<p><a href="https://www.pref.kumamoto.jp/?a=1&amp;b=2">県</a> <a href="#top">上</a></p>"##
            + "\n")
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func relativeLinksAndImagesAreRewritten() {
        let rendered = Rendering.render("""
            [経営基盤](../2-kihon-hoshin/03-keiei-kiban.md#results) ![写真](../images/photo.jpg "題")

            """)
        #expect(rendered.html.text == #"""
            <p><a href="../2-kihon-hoshin/keiei-kiban.html#results">経営基盤</a> <img src="../images/photo.jpg" alt="写真" title="題" /></p>

            """#)
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func linkToAMissingFileIsAnError() throws {
        let rendered = Rendering.render("本文\n\n- ①[前](../1-first/99-none.md)を見よ。【産支】\n", firstLine: 6)
        let error = try #require(rendered.diagnostics.first)
        #expect(rendered.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.message == "link to '../1-first/99-none.md' does not exist")
        #expect(error.location == SourceLocation(file: Self.path, line: 8, column: 4))
        #expect(error.hints.first?.contains("relative to this file") == true)
    }

    @Test func imageOfAMissingFileIsAnError() {
        let rendered = Rendering.render("![写真](images/none.jpg)\n")
        #expect(rendered.diagnostics.map(\.message) == ["image 'images/none.jpg' does not exist"])
        #expect(rendered.diagnostics.first?.severity == .error)
    }
}

@Suite struct LiteralAsteriskTests {
    @Test func boldThatCannotOpenBetweenSymbolAndBracketIsReported() throws {
        let rendered = Rendering.render("本文\n\n- ①**「リーディング企業」を創出**【産支】\n", firstLine: 6)
        #expect(rendered.html.text.contains("①**「リーディング企業」を創出**【"))
        let warning = try #require(rendered.diagnostics.first)
        #expect(rendered.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "Content/1-a/01-b.md", line: 8, column: 4))
        #expect(warning.message == "'**' was left as literal asterisks: bold could not start or end here")
        #expect(warning.hints.first?.contains("before the ①") == true)
    }

    @Test func boldStartingBeforeTheSymbolRenders() {
        let rendered = Rendering.render("- **①「リーディング企業」を創出**\n")
        #expect(rendered.html.text == "<ul>\n<li><strong>①「リーディング企業」を創出</strong></li>\n</ul>\n")
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func theReportsOwnBoldPassagesRender() {
        let rendered = Rendering.render(
            "- ①高い付加価値額を生み出し、**地域経済を牽引する企業を創出した。**（R4年度）【産支】\n")
        #expect(rendered.html.text.contains("<strong>地域経済を牽引する企業を創出した。</strong>（R4年度）"))
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func escapedAsterisksAreMeantLiterally() {
        let rendered = Rendering.render("注\\*\\*は参考値\n")
        #expect(rendered.html.text == "<p>注**は参考値</p>\n")
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func strayUnderscoresAreReported() {
        let rendered = Rendering.render("①__「強調」__した\n")
        #expect(rendered.diagnostics.map(\.message)
            == ["'__' was left as literal underscores: bold could not start or end here"])
    }

    @Test func codeSpansMayHoldAsterisks() {
        let rendered = Rendering.render("`a**b` と\n\n```\n**x\n```\n")
        #expect(rendered.diagnostics.isEmpty)
    }
}

@Suite struct ColumnTests {
    /// cmark 0.30 gives later lines of a paragraph the first line's indentation; the
    /// renderer corrects it so each location points at the character itself.
    @Test(arguments: [
        ("- 一行目\n続き<b>y\n", "2:3"),
        ("- a\n      b<b>\n", "2:8"),
        ("> 引用\n続き<b>y\n", "2:3"),
        ("> x\n>    y<b>\n", "2:7"),
        ("本文\n\t<b>\n", "2:2"),
        ("- ①取組んだ、\n①**「企業」を創出**【産支】\n", "2:2"),
    ])
    func locationsOnLaterLinesOfAParagraph(markdown: String, expected: String) throws {
        let rendered = Rendering.render(markdown, path: "a.md")
        let first = try #require(rendered.diagnostics.first)
        #expect(first.location.description == "a.md:" + expected)
    }
}
