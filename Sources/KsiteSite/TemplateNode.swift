/// One piece of a compiled template: what `TemplateParser` makes and `TemplateRenderer` reads.
indirect enum TemplateNode: Sendable {
    /// Text copied as is (UTF-8).
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, isEscaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(TemplateName, body: [TemplateNode], isInverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it fills in.
    case partial(String, indentation: [UInt8]?, blocks: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` in a parent template.
    case block(String, defaultBody: [TemplateNode], indentation: [UInt8])
}

/// A variable or section name: `.`, `name`, `a.b.c`, or `.name` (the innermost value only).
struct TemplateName: Sendable {
    /// The name as written, for messages.
    let text: String
    /// The dotted parts as keys, resolved once; nil for a part that names no value a page
    /// provides. Empty for `.`.
    let keys: [TemplateKey?]
    /// Whether the name starts with `.`: looked up in the innermost value only.
    let isAnchored: Bool

    init(_ text: String) {
        self.text = text
        self.keys = text == "." ? [] : text.split(separator: ".").map { TemplateKey(rawValue: String($0)) }
        self.isAnchored = text.first == "." && text != "."
    }

    /// The first dotted part as written: the name reported when no value provides it.
    var firstPart: String {
        text.split(separator: ".").first.map(String.init) ?? text
    }
}
