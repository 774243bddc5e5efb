import Foundation
import KsiteCore

/// Renders compiled templates into UTF-8 bytes, as swift-mustache renders them.
///
/// One renderer renders one page: values are found from the innermost section outwards, and a
/// name that no value in scope provides is remembered in `missing` (and renders as nothing).
struct TemplateRenderer {
    /// Every compiled template.
    let program: TemplateProgram
    /// The output not yet handed to `emit`.
    private(set) var output: [UInt8] = []
    /// Names no value provided, in order of first use.
    private(set) var missing: [String] = []
    /// The values in scope, innermost last.
    private var stack: [Frame] = []
    /// Takes the output in pieces, so a page of many megabytes (a large report's home or
    /// department page) is never whole in memory; nil keeps it all in `output`.
    private let emit: (([UInt8]) -> Void)?
    static let pieceSize = 256 * 1024

    init(program: TemplateProgram, emit: (([UInt8]) -> Void)? = nil) {
        self.program = program
        self.emit = emit
    }

    /// A renderer of templates compiled by `TemplateParser`, by name.
    init(templates: [String: [TemplateNode]], emit: (([UInt8]) -> Void)? = nil) {
        self.init(program: TemplateProgram(templates), emit: emit)
    }

    /// Renders the template `name` with `root` as the outermost value.
    mutating func render(_ name: String, root: TemplateValue) {
        guard let body = program.body(of: name) else { return }
        output.reserveCapacity(32 * 1024)
        stack = [Frame(root)]
        render(body, indentation: nil, blocks: [])
        if let emit, !output.isEmpty { emit(output) }
        if emit != nil { output.removeAll() }
    }
}

private extension TemplateRenderer {
    typealias Blocks = [TemplateProgram.FilledBlock]

    /// A value in scope, with an object's fields apart from the enum that held them: names are
    /// looked up in `object` where it is, whereas reading an object out of a `TemplateValue`
    /// copies it (a retain and a release for every name a page shows or tests).
    struct Frame {
        /// The fields of the value when it is an object, else none.
        var object: TemplateObject
        /// The value when it is not an object.
        var other: TemplateValue?

        init(_ value: consuming TemplateValue) {
            switch consume value {
            case .object(let object):
                self.object = object
                other = nil
            case let other:
                object = [:]
                self.other = other
            }
        }

        /// The value as it was pushed.
        var value: TemplateValue {
            other ?? .object(object)
        }
    }

    /// Inside an indented partial, each line's first non-empty output is indented.
    mutating func render(_ body: Range<Int>, indentation: [UInt8]?, blocks: Blocks) {
        var index = body.lowerBound
        guard let indentation, !indentation.isEmpty else {
            // Without indentation nothing refers back into the output, so it may be handed on.
            while index < body.upperBound {
                index = render(at: index, indentation: nil, blocks: blocks)
                if let emit, output.count >= Self.pieceSize {
                    emit(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            return
        }
        let start = output.count
        while index < body.upperBound {
            if case .text(let range) = program.instructions[index] {
                appendText(range, indentation: indentation, since: start)
                index += 1
                continue
            }
            let before = output.count
            let isLineStart = endsWithLineFeed(since: start)
            index = render(at: index, indentation: indentation, blocks: blocks)
            if isLineStart, output.count > before {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    /// Renders the instruction at `index`; returns the index of the next one.
    mutating func render(at index: Int, indentation: [UInt8]?, blocks: Blocks) -> Int {
        switch program.instructions[index] {
        case .text(let range):
            appendText(range)
            return index + 1
        case .variable(let name, let isEscaped):
            show(name, isEscaped: isEscaped)
            return index + 1
        case .section(let name, let end, let isInverted):
            let value = lookup(name)
            if isInverted {
                renderInverted(index + 1..<end, for: value, indentation: indentation, blocks: blocks)
            } else {
                renderSection(index + 1..<end, for: value, indentation: indentation, blocks: blocks)
            }
            return end
        case .partial(let template, let added, let filled, let end):
            guard let template else { return end }
            // A block filled in by an outer page wins over one filled in further in.
            let merged = filled.map { blocks + program.blocks[$0] } ?? blocks
            let indentation = added.map { (indentation ?? []) + program.text[$0] } ?? indentation
            render(program.bodies[template], indentation: indentation, blocks: merged)
            return end
        case .block(let name, let end, let added):
            let body = blocks.first { $0.name == name }?.body ?? index + 1..<end
            render(body, indentation: (indentation ?? []) + program.text[added], blocks: blocks)
            return end
        }
    }

    /// A list repeats its body per item, `true` shows it, any other value shows it once in scope.
    mutating func renderSection(
        _ body: Range<Int>, for value: consuming TemplateValue?, indentation: [UInt8]?, blocks: Blocks
    ) {
        if let value, let count = value.itemCount {
            for index in 0..<count {
                renderInScope(value.item(at: index), body, indentation: indentation, blocks: blocks)
            }
            return
        }
        switch value {
        case .flag(let isOn)?:
            if isOn { render(body, indentation: indentation, blocks: blocks) }
        case let value?:
            renderInScope(value, body, indentation: indentation, blocks: blocks)
        case nil:
            break
        }
    }

    /// Shown for an absent value, `false` or an empty list.
    mutating func renderInverted(
        _ body: Range<Int>, for value: TemplateValue?, indentation: [UInt8]?, blocks: Blocks
    ) {
        if let value, let count = value.itemCount {
            if count == 0 { renderInScope(value, body, indentation: indentation, blocks: blocks) }
            return
        }
        switch value {
        case .flag(let isOn)?:
            if !isOn { render(body, indentation: indentation, blocks: blocks) }
        case nil:
            render(body, indentation: indentation, blocks: blocks)
        default:
            break
        }
    }

    mutating func renderInScope(
        _ value: consuming TemplateValue, _ body: Range<Int>, indentation: [UInt8]?, blocks: Blocks
    ) {
        stack.append(Frame(value))
        render(body, indentation: indentation, blocks: blocks)
        stack.removeLast()
    }

    /// The first part of a name is looked up from the innermost value outwards, the rest inside it.
    mutating func lookup(_ name: TemplateProgram.Name) -> TemplateValue? {
        guard !name.keys.isEmpty, !stack.isEmpty else { return stack.last?.value }
        guard let (frame, field) = Self.find(name, in: stack, keys: program.keys) else {
            reportMissing(name)
            return nil
        }
        return Self.resolve(name.keys, in: stack[frame].object.fields[field].1, keys: program.keys)
    }

    /// Appends what `{{name}}` shows, reading the value where it is in scope: copying it out
    /// first would retain what it holds (and release it after), for every value a page shows.
    mutating func show(_ name: TemplateProgram.Name, isEscaped: Bool) {
        guard !name.keys.isEmpty, !stack.isEmpty else {
            if let frame = stack.last { Self.show(frame.value, isEscaped: isEscaped, into: &output) }
            return
        }
        guard let (frame, field) = Self.find(name, in: stack, keys: program.keys) else {
            return reportMissing(name)
        }
        Self.show(stack[frame].object.fields[field].1, following: name.keys.dropFirst(),
                  keys: program.keys, isEscaped: isEscaped, into: &output)
    }

    /// Where the first part of `name` (which has one) is in `stack`: the frame, innermost
    /// first (only the innermost for an anchored name), and the field of its object.
    /// Static, as a method of the renderer would be handed a copy of it from a mutating one.
    static func find(
        _ name: TemplateProgram.Name, in stack: [Frame], keys: [TemplateKey?]
    ) -> (frame: Int, field: Int)? {
        guard let first = keys[name.keys.lowerBound] else { return nil }
        let outermost = name.isAnchored ? stack.count - 1 : 0
        // By index: each object is read where it is, not copied out of the stack first.
        for frame in (outermost..<stack.count).reversed() {
            // Field by field here: `TemplateObject.index(of:)` would be handed the object retained.
            for field in stack[frame].object.fields.indices
            where stack[frame].object.fields[field].0 == first {
                return (frame, field)
            }
        }
        return nil
    }

    /// A name no value in scope provides is reported, an anchored one only outside every section.
    mutating func reportMissing(_ name: TemplateProgram.Name) {
        if !name.isAnchored || stack.count == 1 { remember(name) }
    }

    /// What the parts of a dotted name after the first (found as `value`) lead to.
    static func resolve(
        _ parts: Range<Int>, in value: consuming TemplateValue, keys: [TemplateKey?]
    ) -> TemplateValue? {
        guard parts.count > 1 else { return value }
        var current = value
        for index in parts.dropFirst() {
            guard let key = keys[index], let next = current[key] else { return nil }
            current = next
        }
        return current
    }

    mutating func remember(_ name: TemplateProgram.Name) {
        let text = program.firstParts[name.firstPart]
        if !missing.contains(text) { missing.append(text) }
    }

    /// Whether this render's output so far ends with a line feed (not a CRLF pair).
    func endsWithLineFeed(since start: Int) -> Bool {
        let end = output.count
        guard end > start, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 2 < start || output[end - 2] != UInt8(ascii: "\r")
    }

    /// The template's own bytes `program.text[range]`, read where they are.
    mutating func appendText(_ range: Range<Int>) {
        program.text.withUnsafeBufferPointer { text in
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
        }
    }

    /// A template's text in an indented partial: each line that starts one is indented, as
    /// each was a text of its own when parsed (only a line feed that ends one starts a line).
    mutating func appendText(_ range: Range<Int>, indentation: [UInt8], since start: Int) {
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            let end = program.text[lineStart..<range.upperBound]
                .firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? range.upperBound
            if endsWithLineFeed(since: start) { output += indentation }
            appendText(lineStart..<end)
            lineStart = end
        }
    }

    /// Appends what the dotted parts `keys[rest]` lead to inside `value` (nothing when one is absent).
    static func show(
        _ value: TemplateValue, following rest: Range<Int>, keys: [TemplateKey?], isEscaped: Bool,
        into output: inout [UInt8]
    ) {
        guard let index = rest.first else { return show(value, isEscaped: isEscaped, into: &output) }
        guard let key = keys[index], case .object(let object) = value, let field = object.index(of: key)
        else { return }
        show(object.fields[field].1, following: rest.dropFirst(), keys: keys, isEscaped: isEscaped,
             into: &output)
    }

    /// A text or markup (nearly every value shown) is appended as it is, without a string made.
    static func show(_ value: TemplateValue, isEscaped: Bool, into output: inout [UInt8]) {
        switch value {
        case .text(let text): append(text, isEscaped: isEscaped, into: &output)
        case .html(let html):
            html.utf8.withUnsafeBufferPointer { append($0, isEscaped: isEscaped, into: &output) }
        default: append(value.displayText, isEscaped: isEscaped, into: &output)
        }
    }

    static func append(_ text: String, isEscaped: Bool, into output: inout [UInt8]) {
        // A native string's bytes are read where they are; others are made contiguous first.
        let wasContiguous = text.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, isEscaped: isEscaped, into: &output)
        } != nil
        guard !wasContiguous else { return }
        var contiguous = text
        contiguous.withUTF8 { append($0, isEscaped: isEscaped, into: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, isEscaped: Bool, into output: inout [UInt8]) {
        if isEscaped {
            HTMLEscaping.append(bytes, to: &output)
        } else {
            output.append(contentsOf: bytes)
        }
    }
}
