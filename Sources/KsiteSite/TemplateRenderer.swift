import Foundation
import KsiteCore

/// Renders compiled templates into UTF-8 bytes, as swift-mustache renders them.
///
/// One renderer renders one page: values are found from the innermost section outwards, and a
/// name that no value in scope provides is remembered in `missing` (and renders as nothing).
struct TemplateRenderer {
    /// Compiled templates by name (`layout`, `partials/chart`, …).
    let templates: [String: [TemplateNode]]
    /// The output not yet handed to `emit`.
    private(set) var output: [UInt8] = []
    /// Names no value provided, in order of first use.
    private(set) var missing: [String] = []
    /// The values in scope, innermost last.
    private var stack: [TemplateValue] = []
    /// Takes the output in pieces, so a page of many megabytes (a large report's home or
    /// department page) is never whole in memory; nil keeps it all in `output`.
    private let emit: (([UInt8]) -> Void)?
    static let pieceSize = 256 * 1024

    init(templates: [String: [TemplateNode]], emit: (([UInt8]) -> Void)? = nil) {
        self.templates = templates
        self.emit = emit
    }

    /// Renders the template `name` with `root` as the outermost value.
    mutating func render(_ name: String, root: TemplateValue) {
        guard let nodes = templates[name] else { return }
        output.reserveCapacity(32 * 1024)
        stack = [root]
        render(nodes, indentation: nil, blocks: nil)
        if let emit, !output.isEmpty { emit(output) }
        if emit != nil { output.removeAll() }
    }
}

private extension TemplateRenderer {
    /// Inside an indented partial, each line's first non-empty output is indented.
    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8]?, blocks: [String: [TemplateNode]]?) {
        guard let indentation, !indentation.isEmpty else {
            // Without indentation nothing refers back into the output, so it may be handed on.
            for node in nodes {
                render(node, indentation: indentation, blocks: blocks)
                if let emit, output.count >= Self.pieceSize {
                    emit(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            return
        }
        let start = output.count
        for node in nodes {
            let before = output.count
            let isLineStart = endsWithLineFeed(since: start)
            render(node, indentation: indentation, blocks: blocks)
            if isLineStart, output.count > before {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    mutating func render(_ node: TemplateNode, indentation: [UInt8]?, blocks: [String: [TemplateNode]]?) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let isEscaped):
            // A text (nearly every value shown) is appended as it is found, without a copy.
            switch lookup(name) {
            case .text(let text)?: append(text, isEscaped: isEscaped)
            case let value?: append(value.displayText, isEscaped: isEscaped)
            case nil: break
            }
        case .section(let name, let body, let isInverted):
            let value = lookup(name)
            if isInverted {
                renderInverted(body, for: value, indentation: indentation, blocks: blocks)
            } else {
                renderSection(body, for: value, indentation: indentation, blocks: blocks)
            }
        case .partial(let name, let added, let filled):
            guard let nodes = templates[name] else { return }
            // A block filled in by an outer page wins over one filled in further in.
            let merged = filled.map { blocks?.merging($0) { outer, _ in outer } ?? $0 } ?? blocks
            render(nodes, indentation: added.map { (indentation ?? []) + $0 } ?? indentation, blocks: merged)
        case .block(let name, let defaultBody, let added):
            render(blocks?[name] ?? defaultBody, indentation: (indentation ?? []) + added, blocks: blocks)
        }
    }

    /// A list repeats its body per item, `true` shows it, any other value shows it once in scope.
    mutating func renderSection(
        _ body: [TemplateNode], for value: consuming TemplateValue?, indentation: [UInt8]?, blocks: [String: [TemplateNode]]?
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
        _ body: [TemplateNode], for value: TemplateValue?, indentation: [UInt8]?, blocks: [String: [TemplateNode]]?
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
        _ value: consuming TemplateValue, _ body: [TemplateNode], indentation: [UInt8]?, blocks: [String: [TemplateNode]]?
    ) {
        stack.append(value)
        render(body, indentation: indentation, blocks: blocks)
        stack.removeLast()
    }

    /// The first part of a name is looked up from the innermost value outwards, the rest inside it.
    mutating func lookup(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.keys.first, !stack.isEmpty else { return stack.last }
        if name.isAnchored {
            guard let first, let value = stack[stack.count - 1][first] else {
                if stack.count == 1 { remember(name.firstPart) }
                return nil
            }
            return resolve(name.keys, in: value)
        }
        // By index: each value is read where it is, not copied out of the stack first.
        if let first {
            for index in stack.indices.reversed() {
                if let found = stack[index][first] { return resolve(name.keys, in: found) }
            }
        }
        remember(name.firstPart)
        return nil
    }

    /// What the parts of a dotted name after the first (found as `value`) lead to.
    func resolve(_ keys: [TemplateKey?], in value: consuming TemplateValue) -> TemplateValue? {
        guard keys.count > 1 else { return value }
        var current = value
        for index in 1..<keys.count {
            guard let key = keys[index], let next = current[key] else { return nil }
            current = next
        }
        return current
    }

    mutating func remember(_ name: String) {
        if !missing.contains(name) { missing.append(name) }
    }

    /// Whether this render's output so far ends with a line feed (not a CRLF pair).
    func endsWithLineFeed(since start: Int) -> Bool {
        let end = output.count
        guard end > start, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 2 < start || output[end - 2] != UInt8(ascii: "\r")
    }

    mutating func append(_ text: String, isEscaped: Bool) {
        // A native string's bytes are read where they are; others are made contiguous first.
        let wasContiguous = text.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, isEscaped: isEscaped)
        } != nil
        guard !wasContiguous else { return }
        var contiguous = text
        contiguous.withUTF8 { append($0, isEscaped: isEscaped) }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, isEscaped: Bool) {
        if isEscaped {
            HTMLEscaping.append(bytes, to: &output)
        } else {
            output.append(contentsOf: bytes)
        }
    }
}
