/// Compiles a template that swift-mustache has already parsed without error into nodes that
/// `TemplateRenderer` renders without re-reading names or text.
///
/// swift-mustache stays the judge of syntax (its errors carry line and column); this parser
/// follows its rules step for step, standalone lines and the indentation of partials and
/// blocks included, so both render the same bytes (`TemplateEquivalenceTests` checks every
/// page of the real report). Syntax ksite's pages do not need — set delimiters, pragmas,
/// transforms, dynamic partials — is refused with `TemplateParser.Unsupported`.
struct TemplateParser {
    /// A feature of swift-mustache that ksite's renderer does not implement.
    struct Unsupported: Error {
        var feature: String
        var line: Int
    }

    private var characters: [Character]
    private var position = 0

    /// What the parser knows about the part it is in (swift-mustache's `ParserState`).
    fileprivate struct State {
        var sectionName: String?
        var isNewLine = true
        var isBlockDefinition = false
        var isInheritanceTopLevel = false
        var blockIndent: [Character]?
    }

    static func parse(_ text: String) throws(Unsupported) -> [TemplateNode] {
        var parser = TemplateParser(characters: Array(text))
        return try parser.parseNodes(State())
    }

    private init(characters: [Character]) {
        self.characters = characters
    }
}

private extension TemplateParser {
    static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let partialNameCharacters = nameCharacters.union(["/"])

    var isAtEnd: Bool { position == characters.count }
    var current: Character { isAtEnd ? "\0" : characters[position] }

    // The body of one template, section or block, up to its closing tag.
    mutating func parseNodes(_ initial: State) throws(Unsupported) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whitespace: [Character] = []
        while !isAtEnd {
            if state.isNewLine {
                let read = read { $0 == " " || $0 == "\t" }
                if state.isBlockDefinition, !state.isInheritanceTopLevel {
                    if let indent = state.blockIndent {
                        whitespace = Array(read.dropFirst(indent.count))
                    } else {
                        state.blockIndent = read
                    }
                } else {
                    whitespace = read
                }
            }
            let text = readTextUntilTagOrNewline()
            if current.isNewline {
                nodes.append(.text(Self.bytes(whitespace + text + [current])))
                state.isNewLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Self.bytes(whitespace + text)))
                whitespace = []
                state.isNewLine = false
            }
            if isAtEnd { break }
            var isStandalone = false
            let tag = current
            switch tag {
            case "#", "^":
                position += 1
                let name = try readName()
                isStandalone = consumeStandaloneEnd(state)
                if !isStandalone { flush(&whitespace, into: &nodes) }
                let body = try parseNodes(state.entering(name, isNewLine: isStandalone))
                nodes.append(.section(TemplateName(name), body: body, isInverted: tag == "^"))
            case "/":
                position += 1
                _ = try readName()  // swift-mustache has checked that it closes `state.sectionName`
                if !consumeStandaloneEnd(state) { flush(&whitespace, into: &nodes) }
                return nodes
            case "!":
                skipComment()
                isStandalone = consumeStandaloneEnd(state)
            case "{", "&":
                flush(&whitespace, into: &nodes)
                position += 1
                let name = try readName()
                if tag == "{" { position += 1 }  // the third `}`
                nodes.append(.variable(TemplateName(name), isEscaped: false))
            case ">":
                try parsePartial(&nodes, whitespace: &whitespace, state: state, isStandalone: &isStandalone)
            case "<":
                try parseInheritance(&nodes, whitespace: &whitespace, state: state, isStandalone: &isStandalone)
            case "$":
                try parseBlock(&nodes, whitespace: &whitespace, state: state, isStandalone: &isStandalone)
            case "=":
                throw Unsupported(feature: "changing the delimiters ({{=<% %>=}})", line: line)
            case "%":
                throw Unsupported(feature: "pragmas ({{% … }})", line: line)
            default:
                flush(&whitespace, into: &nodes)
                nodes.append(.variable(TemplateName(try readName()), isEscaped: true))
            }
            state.isNewLine = isStandalone
        }
        return nodes
    }

    mutating func parsePartial(
        _ nodes: inout [TemplateNode], whitespace: inout [Character], state: State, isStandalone: inout Bool
    ) throws(Unsupported) {
        position += 1
        _ = read { $0.isWhitespace }
        if current == "*" { throw Unsupported(feature: "dynamic partials ({{>*name}})", line: line) }
        let name = readPartialName()
        if !whitespace.isEmpty { nodes.append(.text(Self.bytes(whitespace))) }
        isStandalone = consumeStandaloneEnd(state)
        nodes.append(.partial(name, indentation: isStandalone ? Self.bytes(whitespace) : nil, blocks: nil))
        whitespace = []
    }

    mutating func parseInheritance(
        _ nodes: inout [TemplateNode], whitespace: inout [Character], state: State, isStandalone: inout Bool
    ) throws(Unsupported) {
        position += 1
        _ = read { $0.isWhitespace }
        let name = readPartialName()
        if name.hasPrefix("*") { throw Unsupported(feature: "dynamic parents ({{<*name}})", line: line) }
        if !whitespace.isEmpty { nodes.append(.text(Self.bytes(whitespace))) }
        isStandalone = consumeStandaloneEnd(state)
        var inner = state
        inner.sectionName = name
        inner.isNewLine = true
        inner.isBlockDefinition = true
        inner.isInheritanceTopLevel = true
        var blocks: [String: [TemplateNode]] = [:]
        // Only block definitions and text are allowed here (swift-mustache has checked).
        for case .block(let blockName, let body, _) in try parseNodes(inner) {
            blocks[blockName] = body
        }
        nodes.append(.partial(name, indentation: Self.bytes(whitespace), blocks: blocks))
        whitespace = []
    }

    mutating func parseBlock(
        _ nodes: inout [TemplateNode], whitespace: inout [Character], state: State, isStandalone: inout Bool
    ) throws(Unsupported) {
        position += 1
        let name = try readName()
        if state.isInheritanceTopLevel {
            // A definition filling in the parent's block: the indentation is not kept.
            isStandalone = consumeStandaloneEnd(state)
            let body = try parseNodes(state.entering(name, isNewLine: isStandalone))
            nodes.append(.block(name, defaultBody: body, indentation: []))
            return
        }
        if !whitespace.isEmpty { nodes.append(.text(Self.bytes(whitespace))) }
        isStandalone = consumeStandaloneEnd(state)
        let body = try parseNodes(state.entering(name, isNewLine: isStandalone))
        nodes.append(.block(name, defaultBody: body, indentation: Self.bytes(whitespace)))
        whitespace = []
    }
}

private extension TemplateParser {
    var line: Int {
        characters[..<position].reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
    }

    static func bytes(_ characters: [Character]) -> [UInt8] {
        Array(String(characters).utf8)
    }

    func flush(_ whitespace: inout [Character], into nodes: inout [TemplateNode]) {
        guard !whitespace.isEmpty else { return }
        nodes.append(.text(Self.bytes(whitespace)))
        whitespace = []
    }

    mutating func read(while predicate: (Character) -> Bool) -> [Character] {
        let start = position
        while !isAtEnd, predicate(characters[position]) { position += 1 }
        return Array(characters[start..<position])
    }

    /// Text up to a newline (not read) or the next `{{` (read).
    mutating func readTextUntilTagOrNewline() -> [Character] {
        var text: [Character] = []
        while !isAtEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if isAtEnd || current != "{" { break }
            if position + 1 < characters.count, characters[position + 1] == "{" {
                position += 2
                break
            }
            text.append("{")
            position += 1
        }
        return text
    }

    /// A name and the `}}` that ends its tag.
    mutating func readName() throws(Unsupported) -> String {
        _ = read { $0.isWhitespace }
        let name = String(read { Self.nameCharacters.contains($0) })
        _ = read { $0.isWhitespace }
        position += 2
        if name.contains("(") { throw Unsupported(feature: "transforms (name(value))", line: line) }
        return name
    }

    mutating func readPartialName() -> String {
        let name = String(read { Self.partialNameCharacters.contains($0) })
        _ = read { $0.isWhitespace }
        position += 2
        return name
    }

    mutating func skipComment() {
        while !isAtEnd, !(characters[position] == "}" && position + 1 < characters.count
                          && characters[position + 1] == "}") {
            position += 1
        }
        position = min(position + 2, characters.count)
    }

    /// After a tag that began a line: when only spaces and a line break follow, reads them.
    mutating func consumeStandaloneEnd(_ state: State) -> Bool {
        guard state.isNewLine else { return false }
        if isAtEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }
}

private extension TemplateParser.State {
    /// The state inside a section or block named `name`.
    func entering(_ name: String, isNewLine: Bool) -> Self {
        var state = self
        state.sectionName = name
        state.isInheritanceTopLevel = false
        if !isNewLine { state.isNewLine = false }
        return state
    }
}
