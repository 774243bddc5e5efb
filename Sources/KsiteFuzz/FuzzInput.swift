import Foundation
import KsiteContent
import KsiteCore
import KsiteMarkdown

/// One fuzz input read as every kind of content file, then its bodies rendered.
///
/// The loader is driven from memory (no disk), so an input costs microseconds. Besides
/// crashes and sanitizer reports, a diagnostic that points outside the file is a finding.
enum FuzzInput {
    static let loader = ContentLoader(contentPath: "/nonexistent/ksite-fuzz/Content")
    static let renderer = MarkdownRenderer()

    /// Runs every stage over `data`; traps on a broken invariant.
    static func run(_ data: Data) {
        let lineCount = data.reduce(1) { $1 == 10 || $1 == 13 ? $0 + 1 : $0 }
        if let text = try? SourceText.decode(data, path: "a.md") {
            _ = try? FrontMatter.split(text, path: "a.md")
        }
        let section = loader.loadFile(data, relativePath: "2-kihon/03-keiei.md")
        let pillar = loader.loadFile(data, relativePath: "2-kihon/_index.md")
        var diagnostics = section.diagnostics + pillar.diagnostics
        diagnostics += loader.loadConfig(data).diagnostics
        diagnostics += loader.loadDepartments(data).diagnostics
        for body in [section.section?.body, pillar.pillar?.introduction].compactMap({ $0 }) {
            diagnostics += render(body).diagnostics
        }
        for diagnostic in diagnostics {
            check(diagnostic, lineCount: lineCount)
        }
    }
}

private extension FuzzInput {
    static func render(_ body: MarkdownSource) -> RenderedMarkdown {
        let context = MarkdownRenderContext(
            departmentLink: { code in
                code.count.isMultiple(of: 2) ? DepartmentLink(href: "d/\(code).html") : nil
            },
            resolveLink: { destination in
                destination.hasSuffix(".md") ? .rewritten("page.html") : .missing
            })
        return renderer.render(
            MarkdownInput(text: body.text, path: body.path, firstLine: body.firstLine),
            context: context)
    }

    /// Every location must name a line of the file (or none), and print without trapping.
    static func check(_ diagnostic: Diagnostic, lineCount: Int) {
        let line = diagnostic.location.line
        guard line >= 0, line <= lineCount, diagnostic.location.column >= 0 else {
            fatalError("diagnostic outside the file (\(lineCount) lines): \(diagnostic)")
        }
        _ = diagnostic.description
    }
}
