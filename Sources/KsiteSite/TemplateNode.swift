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
    /// The dotted parts; empty for `.`.
    let parts: [String]
    /// The parts as keys, resolved once; nil for a part that names no value a page provides.
    let keys: [TemplateKey?]
    /// Whether the name starts with `.`: looked up in the innermost value only.
    let isAnchored: Bool

    init(_ text: String) {
        self.text = text
        self.parts = text == "." ? [] : text.split(separator: ".").map(String.init)
        self.keys = parts.map(TemplateKey.init(rawValue:))
        self.isAnchored = text.first == "." && text != "."
    }
}
