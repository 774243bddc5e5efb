import KsiteCore
import Testing
import KsiteMarkdown

@Suite struct PartTests {
    @Test func bodyIsSplitAtTopLevelSecondLevelHeadings() throws {
        let rendered = Rendering.render("""
            前書き

            ## R4年度の主な取組みの実績・成果

            - ①取組んだ。【産支】

            ### 小見出し

            ## R5年度の取組内容・状況 **今後**の方向性

            - 取り組む。【商金】

            > ## 引用内の見出し

            """)
        #expect(rendered.parts.map(\.heading) == [
            nil, "R4年度の主な取組みの実績・成果", "R5年度の取組内容・状況 今後の方向性",
        ])
        #expect(rendered.parts[0].html.text == "<p>前書き</p>\n")
        #expect(rendered.parts[1].html.text.hasPrefix("<ul>\n<li>\n<div class=\"initiative\" id=\"i-1\">"))
        #expect(rendered.parts[1].html.text.hasSuffix("</ul>\n<h3>小見出し</h3>\n"))
        #expect(rendered.parts[2].html.text.hasSuffix("<blockquote>\n<h2>引用内の見出し</h2>\n</blockquote>\n"))
        #expect(!rendered.parts.contains { $0.html.text.contains("<h2>R") })
        #expect(rendered.initiatives.map(\.partIndex) == [1, 2])
        #expect(rendered.html.text.contains("<h2>R5年度の取組内容・状況 <strong>今後</strong>の方向性</h2>"))
    }

    @Test func bodyStartingWithAHeadingHasNoLeadingPart() {
        let rendered = Rendering.render("## 実績\n\n本文\n")
        #expect(rendered.parts == [RenderedPart(heading: "実績", html: HTMLFragment("<p>本文</p>\n"))])
    }

    @Test func partsTogetherWithTheirHeadingsMakeTheWholeBody() {
        let rendered = Rendering.render("a\n\n## b\n\nc\n\n## d\n")
        #expect(rendered.html.text == "<p>a</p>\n<h2>b</h2>\n<p>c</p>\n<h2>d</h2>\n")
        #expect(rendered.parts == [
            RenderedPart(heading: nil, html: HTMLFragment("<p>a</p>\n")),
            RenderedPart(heading: "b", html: HTMLFragment("<p>c</p>\n")),
            RenderedPart(heading: "d", html: .empty),
        ])
    }
}

@Suite struct InputTests {
    @Test func emptyBody() {
        let rendered = Rendering.render("")
        #expect(rendered == RenderedMarkdown(
            html: .empty, parts: [], initiatives: [], plainText: "", diagnostics: []))
    }

    @Test func crlfLineEndingsGiveTheSameResultAndLines() {
        let lf = "本文\n\n<i>x</i>\n\n- ①**「企業」を創出**【産支】\n  - 子【商金】\n"
        let crlf = Rendering.render(
            lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"),
            firstLine: 4)
        let expected = Rendering.render(lf, firstLine: 4)
        #expect(crlf == expected)
        #expect(crlf.diagnostics.map(\.location.description)
            == ["Content/1-a/01-b.md:6:1", "Content/1-a/01-b.md:6:5", "Content/1-a/01-b.md:8:4"])
        #expect(crlf.initiatives.map(\.location.line) == [8, 9])
        #expect(!crlf.html.text.contains("\r"))
    }

    @Test func plainTextHasEveryBlockOnItsOwnLine() {
        let rendered = Rendering.render("# 題\n\n本文の\n続き`code`\n\n- a【産支】\n- b\n")
        #expect(rendered.plainText == "題\n本文の 続きcode\na【産支】\nb")
    }

    @Test func aMegabyteBodyRenders() throws {
        var body = "## R4年度の主な取組みの実績・成果\n\n"
        var count = 0
        while body.utf8.count < 1_000_000 {
            count += 1
            body += "- ①\(count)件の**支援**を行った。（R4年度実績：\(count)社）【商金・産支】\n"
            if count % 50 == 0 { body += "\n## 第\(count)節\n\n" }
        }
        let rendered = Rendering.render(body, firstLine: 10)
        #expect(rendered.initiatives.count == count)
        #expect(rendered.initiatives.last?.id == "i-\(count)")
        #expect(rendered.initiatives.last?.location.line == 10 + body.split(separator: "\n",
            omittingEmptySubsequences: false).count - 2)
        #expect(rendered.parts.count == 1 + (count - 1) / 50)
        #expect(rendered.diagnostics.isEmpty)
        #expect(rendered.html.utf8.count > body.utf8.count)
    }

    @Test func rendersOnManyThreadsAtOnce() async {
        let body = "- ①取組んだ。【産支】\n  - 子【商金】\n- <b>x</b>\n"
        let expected = Rendering.render(body)
        let results = await withTaskGroup(of: RenderedMarkdown.self) { group in
            for _ in 0..<64 {
                group.addTask { Rendering.render(body) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}
