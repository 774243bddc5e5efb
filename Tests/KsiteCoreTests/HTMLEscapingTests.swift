import Testing
@testable import KsiteCore

@Suite struct HTMLEscapingTests {
    /// What swift-mustache writes for `{{name}}`, one character at a time.
    static func reference(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    @Test(arguments: [
        "", "予算", "<", "a<b", "<b>", "&&", "\"'", "R4年度（2022年度）", "../01-a/02.html?x=1&y=2",
        "末尾>", "</script><script>alert(\"x\")</script> & 'q' <b>", "=?@[\\]^`{|}~ !#$%()*+,-./:;",
    ])
    func escapesAsTheReferenceDoes(text: String) {
        #expect(text.htmlEscaped == Self.reference(text))
    }

    /// Every byte below 128 on its own and between others, so that each is seen in every place
    /// of a run.
    @Test func everyASCIIByte() {
        for value in UInt8(0)..<128 {
            let character = String(decoding: [value], as: UTF8.self)
            for text in [character, "あ" + character + "い", character + character + "x"] {
                #expect(text.htmlEscaped == Self.reference(text), "byte \(value)")
            }
        }
    }

    @Test func appendsAfterWhatIsThere() {
        var output = Array("前".utf8)
        var text = "a&b"
        text.withUTF8 { HTMLEscaping.append($0, to: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "前a&amp;b")
    }
}
