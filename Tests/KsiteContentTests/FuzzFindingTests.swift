import Foundation
import Testing
import KsiteCore
@testable import KsiteContent

/// Inputs the fuzzer (`Sources/KsiteFuzz`) found, each kept as a regression test.
@Suite struct FuzzFindingTests {
    static let loader = ContentLoader(contentPath: "Content")

    /// Lines of `data` as an editor counts them (a last line may be empty).
    static func lineCount(_ data: Data) -> Int {
        data.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }

    /// libyaml marked a missing ':' on the last line (no final newline) one line below the
    /// end of the file.
    @Test func yamlErrorOnLastLineStaysInsideTheFile() {
        let data = Data("産1e400{ nmae: 産業支課 }\n;".utf8)
        let diagnostics = Self.loader.loadConfig(data).diagnostics
        #expect(diagnostics.map(\.description) == [
            "Content/site.yml:2:2: error: invalid YAML: could not find expected ':'\n"
                + "  hint: check indentation and quote text that contains ':' or '#'",
        ])
    }

    /// An empty YAML document (`---` and a space) put its null root node on line 3 of a
    /// two-line file.
    @Test func emptyDocumentNodeStaysInsideTheFile() {
        let data = Data("---\n ".utf8)
        let diagnostics = Self.loader.loadConfig(data).diagnostics
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "Content/site.yml", line: 2, column: 2)])
        #expect(diagnostics.first?.message == "site.yml must be a mapping of 'field: value' lines")
    }

    /// Found while writing the fuzz target rather than by it (libFuzzer rarely builds such
    /// structure): 14 KB of aliases stood for a billion table cells and the loader hung.
    @Test func aliasesCannotExpandWithoutLimit() {
        let row = "&row [" + Array(repeating: "1", count: 1000).joined(separator: ",") + "]"
        let rows = "&rows [" + Array(repeating: "*row", count: 1000).joined(separator: ",") + "]"
        let text = "---\ntitle: x\ntables:\n  - &t\n    title: t\n    columns: \(row)\n"
            + "    rows: \(rows)\n" + String(repeating: "  - *t\n", count: 1000) + "---\n\nbody\n"
        let loaded = Self.loader.loadFile(Data(text.utf8), relativePath: "2-kihon/01-a.md")
        #expect(loaded.section == nil)
        #expect(loaded.diagnostics.map(\.message) == [
            "the YAML holds more than 1000000 values once its aliases are expanded",
        ])
    }

    /// Aliases that stay small are fine.
    @Test func smallAliasesAreAccepted() {
        let text = "---\ntitle: x\nbudget: &b\n  R4: 1\n  R5: 2\n---\n"
        let loaded = Self.loader.loadFile(Data(text.utf8), relativePath: "2-kihon/01-a.md")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.section?.budget.count == 2)
    }
}
