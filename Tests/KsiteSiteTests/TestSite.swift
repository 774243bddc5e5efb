import Foundation
@testable import KsiteSite

/// A work folder with a copy of the templates, the `minimal` fixture site and a generated
/// large site (300 sections), for tests that build into temporary outputs.
struct TestSite {
    let work: URL
    let templates: URL
    /// `Tests/Fixtures/sites/minimal/Content`, copied.
    let small: URL
    /// A generated site: 3 pillars of 100 sections (by default), each with a budget, a
    /// metric and a table.
    let large: URL

    init(in work: URL, sectionsPerPillar: Int = 100) throws {
        self.work = work
        templates = work.appendingPathComponent("Templates")
        small = work.appendingPathComponent("Content")
        large = work.appendingPathComponent("Large/Content")
        let manager = FileManager.default
        try manager.copyItem(at: Fixtures.repository.appendingPathComponent("Templates"), to: templates)
        try Fixtures.copySite("minimal", into: work)
        try manager.createDirectory(at: large, withIntermediateDirectories: true)
        for name in ["site.yml", "departments.yml"] {
            try manager.copyItem(at: small.appendingPathComponent(name), to: large.appendingPathComponent(name))
        }
        for pillar in 1...3 where sectionsPerPillar > 0 {
            try Self.writePillar(pillar, sections: sectionsPerPillar, in: large)
        }
    }

    /// Builds `content` into `output` in this process.
    func build(content: URL, into output: URL, force: Bool = false) throws {
        let options = BuildOptions(
            contentPath: content.path, templatesPath: templates.path, outputPath: output.path,
            force: force)
        _ = try SiteBuilder(options: options).build()
    }

    /// Arguments of `ksite build` for `content` into `output`.
    func arguments(content: URL, output: URL) -> [String] {
        ["build", "--content", content.path, "--templates", templates.path, "--output", output.path,
         "--quiet"]
    }
}

extension TestSite {
    /// Copies a case folder's `Content/` and `Templates/` files over `work` (replacing files
    /// of the same name) and deletes the paths its `remove.txt` lists, as
    /// `Tests/Fixtures/invalid/README.md` describes.
    static func overlay(_ caseFolder: URL, on work: URL) throws {
        let manager = FileManager.default
        for relative in Fixtures.files(in: caseFolder)
        where relative.hasPrefix("Content/") || relative.hasPrefix("Templates/") {
            let target = work.appendingPathComponent(relative)
            try? manager.removeItem(at: target)
            try manager.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: caseFolder.appendingPathComponent(relative), to: target)
        }
        let removals = caseFolder.appendingPathComponent("remove.txt")
        if manager.fileExists(atPath: removals.path) {
            for line in try Fixtures.read(removals).split(separator: "\n") where !line.isEmpty {
                try manager.removeItem(at: work.appendingPathComponent(String(line)))
            }
        }
    }
}

private extension TestSite {
    static func writePillar(_ pillar: Int, sections: Int, in content: URL) throws {
        let folder = content.appendingPathComponent("\(pillar)-pillar\(pillar)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let numerals = ["Ⅰ", "Ⅱ", "Ⅲ"]
        try Data("---\nnumeral: \(numerals[pillar - 1])\ntitle: 柱\(pillar)\n---\n\n柱の説明。\n".utf8)
            .write(to: folder.appendingPathComponent("_index.md"))
        for number in 1...sections {
            let name = String(format: "%03d-section%d.md", number, number)
            try Data(section(number).utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    static func section(_ number: Int) -> String {
        var text = """
            ---
            number: \(number)
            title: 項目\(number)の施策
            budget:
              R4: \(1000 + number * 37)
              R5: \(900 + number * 41)
            metrics:
              - title: 支援件数
                unit: 件
                data:
                  R2: \(number * 3)
                  R3: \(number * 4)
                  R4: \(number * 5)
            tables:
              - title: 実績
                columns: [区分, 件数]
                rows:
                  - [相談, \(number * 7)]
                  - [支援, \(number * 2)]
            ---

            ## R4年度の主な取組みの実績・成果

            """
        for item in 1...12 {
            text += "- \(item)中小企業の経営基盤を強化するため、相談窓口で\(number * item)件の支援を行った。"
                + "【産支】【商金】\n"
        }
        text += "\n## R5年度の主な取組み\n\n"
        for item in 1...12 {
            text += "- \(item)人材の育成と確保に取り組む。（計画：\(item * 10)人）【労雇】\n"
        }
        return text
    }
}
