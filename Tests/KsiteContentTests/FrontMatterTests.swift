import Testing
import KsiteCore
@testable import KsiteContent

@Suite struct FrontMatterTests {
    @Test func splitsAndKeepsLineNumbers() throws {
        let text = "---\ntitle: T\nnumber: 3\n---\n\n## 見出し\n本文\n"
        let split = try FrontMatter.split(text, path: "a.md")
        #expect(split.yaml == "title: T\nnumber: 3\n")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "\n## 見出し\n本文\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let split = try FrontMatter.split("# Hi\n", path: "a.md")
        #expect(split.yaml == nil)
        #expect(split.body == "# Hi\n")
        #expect(split.bodyFirstLine == 1)
    }

    @Test func unterminatedFrontMatterIsAnError() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: T\n本文\n", path: "a.md") }
        do {
            _ = try FrontMatter.split("---\ntitle: T\n", path: "x/a.md")
        } catch {
            #expect(error.description.hasPrefix("x/a.md:1:1: error: front matter opened with '---' is never closed"))
        }
    }

    @Test func closingFenceAtEndOfFile() throws {
        let split = try FrontMatter.split("---\ntitle: T\n---", path: "a.md")
        #expect(split.yaml == "title: T\n")
        #expect(split.body == "")
    }

    @Test func fencesMayEndInSpacesOrTabs() throws {
        let split = try FrontMatter.split("--- \ntitle: T\n---\t\n本文\n", path: "a.md")
        #expect(split.yaml == "title: T\n")
        #expect(split.body == "本文\n")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func longerDashLinesAreNotFences() throws {
        let split = try FrontMatter.split("----\ntitle: T\n", path: "a.md")
        #expect(split.yaml == nil)
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: T\n---x\n", path: "a.md") }
    }

    @Test func decodesBOMAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\n本文\r\n".utf8))
        let text = try SourceText.decode(data, path: "a.md")
        let split = try FrontMatter.split(text, path: "a.md")
        #expect(split.yaml == "title: T\n")
        #expect(split.body == "本文\n")
    }

    @Test func closingDotsAndEmptyParts() throws {
        let split = try FrontMatter.split("---\n...\nbody", path: "a.md")
        #expect(split.yaml == "")
        #expect(split.body == "body")
        #expect(split.bodyFirstLine == 3)
        #expect(try FrontMatter.split("", path: "a.md").yaml == nil)
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---", path: "a.md") }
    }

    /// Surrogates, overlong forms and bytes above U+10FFFF are all refused, and an offset
    /// after a byte-order mark counts the mark.
    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80], [0xE3, 0x81]] as [[UInt8]])
    func invalidUTF8AfterByteOrderMark(bad: [UInt8]) {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("a\nb".utf8) + bad)
        do {
            _ = try SourceText.decode(data, path: "a.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "a.md", line: 2, column: 2))
            #expect(error.message.contains("at byte offset 6)"))
        }
    }

    @Test func loneCarriageReturnsBecomeLineFeeds() throws {
        #expect(try SourceText.decode(Data("a\rb\r\nc".utf8), path: "a.md") == "a\nb\nc")
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let data = Data(Array("ab\nc".utf8) + [0xFF] + Array("d".utf8))
        do {
            _ = try SourceText.decode(data, path: "a.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "a.md", line: 2, column: 2))
            #expect(error.message.contains("byte offset 4"))
        }
    }
}

import Foundation
