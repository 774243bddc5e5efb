import KsiteCore

/// The HTML written around a department code in a tag, as UTF-8:
/// `<a class="dept" href="…"><abbr title="…">` code `</abbr></a>`.
struct DepartmentLinkMarkup: Hashable {
    let enter: [UInt8]
    let exit: [UInt8]

    /// Markup for `link`, with the href and name escaped (cmark writes it verbatim).
    init(_ link: DepartmentLink) {
        var enter = Array(#"<a class="dept" href=""#.utf8)
        Self.appendEscaped(link.href, to: &enter)
        enter += #"">"#.utf8
        if let name = link.name, !name.isEmpty {
            enter += #"<abbr title=""#.utf8
            Self.appendEscaped(name, to: &enter)
            enter += #"">"#.utf8
            exit = Array("</abbr></a>".utf8)
        } else {
            exit = Array("</a>".utf8)
        }
        self.enter = enter
    }
}

private extension DepartmentLinkMarkup {
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { HTMLEscaping.append($0, to: &bytes) }
    }
}
