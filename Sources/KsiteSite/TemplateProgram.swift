/// Every compiled template of a site laid end to end as one list of instructions whose
/// operands are plain numbers: what `TemplateRenderer` walks for every page.
///
/// Made once from the parser's node trees. Reading a node of a tree copies the arrays and
/// strings it holds, and so retains them, contended on several cores as every worker reads
/// the same templates; reading an instruction is a load, and a section's body is a range of
/// the list rather than an array of its own.
struct TemplateProgram: Sendable {
    /// One step of a template.
    enum Instruction: Sendable {
        /// The bytes `text[range]`, copied as they are. The parser's texts end at line
        /// breaks; here those of one body that follow one another are joined, so a line
        /// feed in a text may be followed by more of it.
        case text(Range<Int>)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
        case variable(Name, isEscaped: Bool)
        /// `{{#name}}` or `{{^name}}`: its body is the instructions after it, up to `end`.
        case section(Name, end: Int, isInverted: Bool)
        /// `{{>name}}` or `{{<name}}`: the template's instructions (nil when there is no such
        /// template), the bytes `text[indentation]` that indent it, and the blocks it fills
        /// in (`blocks[filled]`, whose bodies follow this instruction up to `end`).
        case partial(template: Int?, indentation: Range<Int>?, filled: Range<Int>?, end: Int)
        /// `{{$name}}default{{/name}}`: the default body follows, up to `end`.
        case block(name: Int, end: Int, indentation: Range<Int>)
    }

    /// A variable or section name: `keys[keys]` are its dotted parts (none for `.`).
    struct Name: Sendable {
        var keys: Range<Int>
        /// Whether the name starts with `.`: looked up in the innermost value only.
        var isAnchored: Bool
        /// `firstParts[firstPart]`: the name reported when no value provides it.
        var firstPart: Int
    }

    /// A block a `{{<parent}}` fills in: the block's name and the instructions of its body.
    struct FilledBlock: Sendable {
        var name: Int
        var body: Range<Int>
    }

    private(set) var instructions: [Instruction] = []
    /// Every template's text, UTF-8.
    private(set) var text: [UInt8] = []
    private(set) var keys: [TemplateKey?] = []
    private(set) var firstParts: [String] = []
    private(set) var blocks: [FilledBlock] = []
    /// Each template's instructions, by the number `partial` names it with.
    private(set) var bodies: [Range<Int>] = []
    /// Each template's number, by name (`layout`, `partials/chart`, …).
    let numbers: [String: Int]
    private var blockNames: [String: Int] = [:]

    /// Lays out `templates`, as `TemplateParser` compiled them.
    init(_ templates: [String: [TemplateNode]]) {
        let names = templates.keys.sorted()
        numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        for name in names {
            let start = instructions.count
            append(templates[name] ?? [])
            bodies.append(start..<instructions.count)
        }
    }

    /// The instructions of the template `name`.
    func body(of name: String) -> Range<Int>? {
        numbers[name].map { bodies[$0] }
    }
}

private extension TemplateProgram {
    /// Lays out a body; texts that follow one another become one instruction.
    mutating func append(_ nodes: [TemplateNode]) {
        var isAfterText = false
        for node in nodes {
            if case .text(let bytes) = node, isAfterText,
               case .text(let previous) = instructions[instructions.count - 1] {
                instructions[instructions.count - 1] = .text(previous.lowerBound..<store(bytes).upperBound)
                continue
            }
            append(node)
            isAfterText = if case .text = node { true } else { false }
        }
    }

    mutating func append(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            instructions.append(.text(store(bytes)))
        case .variable(let name, let isEscaped):
            instructions.append(.variable(store(name), isEscaped: isEscaped))
        case .section(let name, let body, let isInverted):
            let index = reserve()
            append(body)
            instructions[index] = .section(store(name), end: instructions.count, isInverted: isInverted)
        case .partial(let name, let indentation, let filled):
            let index = reserve()
            let blockStart = blocks.count
            // Sorted: the order in which filled-in blocks are laid out does not show.
            for (blockName, body) in (filled ?? [:]).sorted(by: { $0.key < $1.key }) {
                let start = instructions.count
                append(body)
                blocks.append(FilledBlock(name: number(ofBlock: blockName), body: start..<instructions.count))
            }
            let indentation = indentation.map { store($0) }
            instructions[index] = .partial(
                template: numbers[name], indentation: indentation,
                filled: filled == nil ? nil : blockStart..<blocks.count, end: instructions.count)
        case .block(let name, let defaultBody, let indentation):
            let index = reserve()
            append(defaultBody)
            instructions[index] = .block(
                name: number(ofBlock: name), end: instructions.count, indentation: store(indentation))
        }
    }

    /// A place for an instruction whose operands are known once its body is laid out.
    mutating func reserve() -> Int {
        instructions.append(.text(0..<0))
        return instructions.count - 1
    }

    mutating func store(_ bytes: [UInt8]) -> Range<Int> {
        let start = text.count
        text += bytes
        return start..<text.count
    }

    mutating func store(_ name: TemplateName) -> Name {
        let start = keys.count
        keys += name.keys
        firstParts.append(name.firstPart)
        return Name(keys: start..<keys.count, isAnchored: name.isAnchored, firstPart: firstParts.count - 1)
    }

    mutating func number(ofBlock name: String) -> Int {
        if let number = blockNames[name] { return number }
        blockNames[name] = blockNames.count
        return blockNames.count - 1
    }
}
