import Foundation
import Testing
@testable import KsiteSite

/// Text from front matter reaches pages, attributes and SVG only escaped.
@Suite struct EscapingTests {
    static let hostile = #"</script><script>alert("x")</script> & 'q' <b>"#

    @Test func hostileTitlesAreEscapedEverywhere() throws {
        let work = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Fixtures.copySite("minimal", into: work)
        let section = work.appendingPathComponent("Content/2-second/01-alpha.md")
        var text = try Fixtures.read(section)
        text = text.replacingOccurrences(of: "title: アルファ項目", with: "title: '\(Self.hostile.replacingOccurrences(of: "'", with: "''"))'")
        try text.write(to: section, atomically: true, encoding: .utf8)
        let site = work.appendingPathComponent("Content/site.yml")
        let config = try Fixtures.read(site).replacingOccurrences(
            of: "title: テスト報告書", with: "title: '報告書 <i>&amp;</i> \"引用\"'")
        try config.write(to: site, atomically: true, encoding: .utf8)
        let options = BuildOptions(
            contentPath: work.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path,
            outputPath: work.appendingPathComponent("Public").path)
        _ = try SiteBuilder(options: options).build()
        let output = work.appendingPathComponent("Public")
        var sawTitle = false
        for path in Fixtures.files(in: output) where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            let page = try Fixtures.read(output.appendingPathComponent(path))
            #expect(!page.contains("<script>alert"), "unescaped script in \(path)")
            #expect(!page.contains("<b>"), "unescaped <b> in \(path)")
            #expect(!page.contains("<i>&amp;</i>"), "unescaped site title in \(path)")
            #expect(!page.contains("\"引用\"\">"), "quote breaks an attribute in \(path)")
            if page.contains("&lt;/script&gt;&lt;script&gt;alert(") { sawTitle = true }
        }
        #expect(sawTitle)
    }
}
