import Foundation
import Testing
@testable import KsiteSite

/// Builds the real `Content/` and checks the site against the source report's text
/// (`Tests/Fixtures/source/report.txt`, extracted from the report's PDF).
@Suite(.serialized) struct RealReportTests {
    /// The site built once for every test of this suite.
    static let built: Result<(URL, BuildReport), Error> = Result {
        let work = try Fixtures.temporaryFolder()
        let options = BuildOptions(
            contentPath: Fixtures.repository.appendingPathComponent("Content").path,
            templatesPath: Fixtures.repository.appendingPathComponent("Templates").path,
            outputPath: work.appendingPathComponent("Public").path)
        let report = try SiteBuilder(options: options).build()
        return (work.appendingPathComponent("Public"), report)
    }

    func output() throws -> URL { try Self.built.get().0 }

    func page(_ path: String) throws -> String {
        try Fixtures.read(try output().appendingPathComponent(path))
    }

    /// Page text without markup, entities decoded for the few the templates produce.
    func text(_ path: String) throws -> String {
        PageText.strip(try page(path))
    }

    @Test func buildsWithoutWarnings() throws {
        let report = try Self.built.get().1
        #expect(report.warnings.map(\.description) == [])
    }

    @Test func writesThePageSet() throws {
        let files = Fixtures.files(in: try output()).filter { $0.hasSuffix(".html") }
        let sections = files.filter { !$0.hasPrefix("departments/") && $0.contains("/") && !$0.hasSuffix("index.html") }
        #expect(files.contains("index.html"))
        #expect(files.contains("404.html"))
        #expect(files.contains("departments/index.html"))
        #expect(files.filter { $0.hasSuffix("/index.html") && !$0.hasPrefix("departments/") }.count == 3)
        #expect(sections.count == 13)
        let departmentPages = files.filter { $0.hasPrefix("departments/") && $0 != "departments/index.html" }
        #expect(departmentPages.count == Self.departmentCodesInSource().count)
        #expect(Fixtures.files(in: try output()).contains("assets/site.css"))
    }

    @Test(arguments: [
        ("kihon-hoshin/keiei-kiban.html", "93,830,106"),
        ("kihon-hoshin/keiei-kiban.html", "67,240,094"),
        ("kihon-hoshin/keiei-kiban.html", "1,342.2"),
        ("kihon-hoshin/keiei-kiban.html", "127.7"),
        ("kihon-hoshin/koyo-kankyo.html", "289"),
        ("kihon-hoshin/koyo-kankyo.html", "272,869"),
        ("kihon-hoshin/chiiki-shigen.html", "35,994"),
        ("kihon-hoshin/chiiki-shigen.html", "16,064,618"),
        ("index.html", "251,177千円"),
    ])
    func figureOnItsPage(path: String, figure: String) throws {
        #expect(try text(path).contains(figure), "\(figure) expected on \(path)")
    }

    @Test func readableAmountBesideThePrintedOne() throws {
        let home = try text("index.html")
        #expect(home.contains("251,177千円"))
        #expect(home.contains("約2億5,118万円"))
    }

    @Test func everyNumberOfTheReportIsOnTheSite() throws {
        let source = try Fixtures.read(Fixtures.root.appendingPathComponent("source/report.txt"))
        let siteText = try Self.pagePaths(in: try output())
            .map { try text($0) }.joined(separator: "\n")
        let missing = Self.numbers(in: source).filter { !siteText.contains($0) }
        #expect(missing.isEmpty, "numbers of the report missing from the site: \(missing)")
    }

    @Test func noLiteralAsterisksOrSuperscripts() throws {
        for path in try Self.pagePaths(in: try output()) {
            let body = try text(path)
            #expect(!body.contains("**"), "literal ** on \(path)")
            #expect(!body.contains("^{"), "literal ^{ on \(path)")
        }
    }

    @Test func departmentPagesLinkBackToTheItem() throws {
        let department = try page("departments/index.html")
        #expect(department.contains("産支"))
        let pages = Fixtures.files(in: try output()).filter { $0.hasPrefix("departments/") }
        for path in pages where path != "departments/index.html" {
            let html = try page(path)
            for match in Self.matches(of: ##"href="\.\./([^"#]+)#([^"]+)""##, in: html) {
                let target = try page(match[0])
                #expect(target.contains("id=\"\(match[1])\""), "\(path) → \(match[0])#\(match[1])")
            }
        }
    }

    /// A department page prints a part heading (R4's results, R5's plans) once over each run of
    /// items under it, and every item sits under the heading it has on its section page.
    @Test func departmentPagesGroupItemsUnderTheirPartHeadings() throws {
        let pages = Fixtures.files(in: try output()).filter { $0.hasPrefix("departments/") }
        var items = 0
        for path in pages where path != "departments/index.html" {
            let html = try page(path)
            for block in html.components(separatedBy: "<section class=\"department-section\">").dropFirst() {
                var heading: String?
                var headings: [String] = []
                // No groups in the pattern: each match is the whole heading or link, in page order.
                for match in Self.matches(
                    of: ##"<h4 class="initiative-list__part">[^<]*</h4>|href="\.\./[^"#]+#i-[0-9]+""##, in: block)
                {
                    if let text = Self.matches(of: ##"^<h4[^>]*>([^<]*)<"##, in: match[0]).first?.first {
                        #expect(headings.last != text, "\(path): \(text) printed twice in a row")
                        headings.append(text)
                        heading = text
                    } else {
                        let link = Self.matches(of: ##"\.\./([^"#]+)#(i-[0-9]+)"##, in: match[0])[0]
                        items += 1
                        #expect(heading == Self.partHeading(of: link[1], on: try page(link[0])), "\(path) → \(link)")
                    }
                }
            }
        }
        #expect(items > 0)
    }
}

private extension RealReportTests {
    /// The text of the last part heading (`<h2 id="part-…">`) before the initiative `id`.
    static func partHeading(of id: String, on html: String) -> String? {
        guard let place = html.range(of: "id=\"\(id)\"") else { return nil }
        return matches(of: ##"<h2 id="part-[0-9]+">([^<]*)</h2>"##, in: String(html[..<place.lowerBound]))
            .last?.first
    }
}

extension RealReportTests {
    @Test func everyBudgetAndMetricHasItsChart() throws {
        let home = try page("index.html")
        #expect(home.contains("id=\"chart-budget-overview\""))
        #expect(home.contains("<svg"))
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: try output().appendingPathComponent("data/report.json"))) as? [String: Any]
        let pillars = json?["pillars"] as? [[String: Any]] ?? []
        var checked = 0
        for pillar in pillars {
            for section in pillar["sections"] as? [[String: Any]] ?? [] {
                let html = try page(section["url"] as? String ?? "")
                let budget = section["budget"] as? [Any] ?? []
                let metrics = section["metrics"] as? [Any] ?? []
                let charts = html.components(separatedBy: "<figure class=\"chart\"").count - 1
                #expect(charts >= (budget.isEmpty ? 0 : 1) + metrics.count, "\(section["url"] ?? "")")
                checked += budget.isEmpty ? 0 : 1
            }
        }
        #expect(checked == 11)
    }

    @Test func standaloneChartsAreValidXML() throws {
        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        guard FileManager.default.isExecutableFile(atPath: xmllint.path) else {
            Issue.record("xmllint is not installed (Debian: libxml2-utils)")
            return
        }
        let charts = Fixtures.files(in: try output()).filter { $0.hasPrefix("charts/") }
        #expect(charts.count >= 14)
        let process = Process()
        process.executableURL = xmllint
        process.arguments = ["--noout"] + charts.map { try! output().appendingPathComponent($0).path }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func pagePaths(in output: URL) throws -> [String] {
        Fixtures.files(in: output).filter { $0.hasSuffix(".html") }
    }

    /// Every figure as the report prints it: `251,177`, `1,342.2`, `101.4`, `0.1`, `5` …
    static func numbers(in text: String) -> [String] {
        Array(Set(matches(of: #"[0-9][0-9,]*(?:\.[0-9]+)?"#, in: text).map { $0[0] }
            .map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 })).sorted()
    }

    static func departmentCodesInSource() -> Set<String> {
        guard let source = try? Fixtures.read(Fixtures.root.appendingPathComponent("source/report.txt"))
        else { return [] }
        var codes = Set<String>()
        for match in matches(of: "【([^】]+)】", in: source) {
            for code in match[0].split(whereSeparator: { $0 == "・" || $0 == "、" }) {
                codes.insert(String(code))
            }
        }
        return codes
    }

    /// The whole match (index 0 when there are no groups) or each capture group.
    static func matches(of pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            let groups = match.numberOfRanges > 1 ? Array(1..<match.numberOfRanges) : [0]
            return groups.compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }
}

/// Text of an HTML page, for checking what a reader sees.
enum PageText {
    static func strip(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    }
}
