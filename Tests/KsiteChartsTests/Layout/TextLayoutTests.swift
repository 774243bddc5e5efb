import Testing
@testable import KsiteCharts

@Suite struct TextLayoutTests {
    @Test func widthsCountFullWidthAsOneEmAndASCIIAsPointSix() {
        #expect(TextMetrics.width("関連予算", fontSize: 10) == 40)
        #expect(abs(TextMetrics.width("R4", fontSize: 10) - 12) < 1e-9)
        #expect(abs(TextMetrics.width("約2億", fontSize: 10) - 26) < 1e-9)
    }

    @Test func boxesFollowTheAnchor() {
        let start = TextMetrics.box("ab", x: 100, baseline: 50, fontSize: 10, anchor: .start)
        let middle = TextMetrics.box("ab", x: 100, baseline: 50, fontSize: 10, anchor: .middle)
        let end = TextMetrics.box("ab", x: 100, baseline: 50, fontSize: 10, anchor: .end)
        #expect(start.x == 100 && abs(middle.x - 94) < 1e-9 && abs(end.x - 88) < 1e-9)
        #expect(start.y == 41 && abs(start.height - 11.5) < 1e-9)
    }

    @Test func boxesIntersectOnlyWhenTheyShareArea() {
        let box = TextBox(x: 0, y: 0, width: 10, height: 10)
        #expect(box.intersects(TextBox(x: 9, y: 9, width: 5, height: 5)))
        #expect(!box.intersects(TextBox(x: 10, y: 0, width: 5, height: 5)))
        #expect(!box.intersects(TextBox(x: 0, y: 10, width: 5, height: 5)))
    }

    @Test func longJapaneseTitlesWrapAndEndInAnEllipsis() {
        let title = "自然的経済的社会的条件からみて一体である地域における、同種の事業又はこれと関連性の高い"
            + "事業を行う事業者の有機的な連携の促進及び産業の集積化"
        let lines = TextWrapper.lines(title, maxWidth: 160, fontSize: 16, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { TextMetrics.width($0, fontSize: 16) <= 160 })
        #expect(lines[0] == "自然的経済的社会的条")
        #expect(lines[1].hasSuffix("…"))
    }

    @Test func shortTextStaysOnOneLine() {
        #expect(TextWrapper.lines("R4年度", maxWidth: 200, fontSize: 16, maxLines: 2) == ["R4年度"])
        #expect(TextWrapper.lines("", maxWidth: 200, fontSize: 16, maxLines: 2) == [])
    }

    @Test func noLineStartsWithClosingPunctuation() {
        let lines = TextWrapper.lines("一二三四五、六七八九十", maxWidth: 50, fontSize: 10, maxLines: 5)
        #expect(lines.allSatisfy { !TextWrapper.noLineStart.contains($0.first ?? "a") })
        #expect(lines.joined() == "一二三四五、六七八九十")
    }

    @Test func figuresAreNeverSplitAcrossLines() {
        let lines = TextWrapper.lines("目盛1つごとに10倍、合計1,000万円", maxWidth: 75, fontSize: 10,
                                      maxLines: 5)
        #expect(lines.joined() == "目盛1つごとに10倍、合計1,000万円")
        #expect(lines == ["目盛1つごとに", "10倍、合計", "1,000万円"])
    }

    @Test func latinWordsBreakAtSpaces() {
        let lines = TextWrapper.lines("Kumamoto budget overview", maxWidth: 100, fontSize: 10,
                                      maxLines: 3)
        #expect(lines == ["Kumamoto budget", "overview"])
    }

    @Test func tickLabelsAreThinnedUntilNoneOverlap() {
        let boxes = (0..<6).map { TextBox(x: Double($0) * 30, y: 0, width: 40, height: 10) }
        #expect(TickLabelThinning.visibleIndices(boxes) == [0, 2, 4])
        let apart = (0..<3).map { TextBox(x: Double($0) * 100, y: 0, width: 40, height: 10) }
        #expect(TickLabelThinning.visibleIndices(apart) == [0, 1, 2])
    }
}
