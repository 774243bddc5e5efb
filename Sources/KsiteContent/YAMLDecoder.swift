import Foundation
import KsiteCore
import Yams

/// Reads front matter through Yams' node tree, keeping every value's file position.
///
/// `Yams.compose` keeps mapping order (year series) and marks; errors are collected
/// rather than thrown so one run reports every problem of a file.
struct YAMLDecoder {
    let path: String
    /// Added to Yams' 1-based lines to get lines of the file.
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []
    /// The content folder, for checking paths such as a photo's `src`.
    var contentRoot: URL?
    /// The text given to `parse`, for hints that look at a line and for `textEnd`.
    private var parsedText: String?

    init(path: String, firstLine: Int) {
        self.path = path
        self.lineOffset = firstLine - 1
    }

    /// Parses `yaml`; nil (with a diagnostic) on a syntax error.
    mutating func parse(_ yaml: String) -> Node? {
        parsedText = yaml
        do {
            // Values are read from their text and style (YAMLDecoder+Fields), never from a
            // resolved tag, so the basic resolver spares a regular-expression match per scalar.
            // The constructor and encoding are given because Yams' defaults are remade on every
            // call (`Parser.Encoding.default` copies the whole process environment).
            let node = try Yams.compose(yaml: yaml, .basic, Self.constructor, .utf8)
            if let node, Self.mayExceedValueLimit(yaml), Self.exceedsValueLimit(node) {
                diagnostics.append(.error(
                    at: location(of: node),
                    "the YAML holds more than \(Self.valueLimit) values once its aliases are expanded",
                    hint: "write the values out instead of repeating them with '&name' and '*name'"))
                return nil
            }
            return node
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
            return nil
        } catch {
            diagnostics.append(.error(at: fileStart, "cannot read the YAML: \(error)"))
            return nil
        }
    }

    /// The file position of `node`.
    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    /// The file position of a node's `mark`, for a node that has been taken apart.
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return fileStart }
        return clamped(SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column))
    }

    /// libyaml puts some marks on a line after the end of the text (an empty document, a
    /// missing ':' on a last line without newline): point at the end of the last line instead.
    func clamped(_ location: SourceLocation) -> SourceLocation {
        guard let textEnd, location.line > textEnd.line else { return location }
        return textEnd
    }

    /// File position just after the parsed text: no location may lie below it.
    ///
    /// Worked out only when a diagnostic needs it.
    private var textEnd: SourceLocation? {
        guard let text = parsedText else { return nil }
        let bytes = Array(text.utf8)
        let (line, column) = SourceText.lineAndColumn(ofByte: bytes.count, in: bytes)
        return SourceLocation(file: path, line: line + lineOffset, column: column)
    }

    var fileStart: SourceLocation { SourceLocation(file: path, line: 1, column: 1) }

    mutating func error(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location(of: node), message, hint: hint))
    }

    mutating func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, hint: hint))
    }
}

extension YAMLDecoder {
    /// Far more values than a report's file needs; aliases (`*name`) repeat a value without
    /// copying it, so a few kilobytes could otherwise stand for billions of values.
    static let valueLimit = 1_000_000

    /// One constructor for every parse: Yams' `Constructor.default` builds new tables per call.
    ///
    /// `Constructor` is an immutable final class (its tables are `let`s) that Yams has not
    /// marked `Sendable`, so sharing it between the loader's threads is safe.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// Whether `yaml` could hold more than `valueLimit` values, judged from its text alone.
    ///
    /// Only an alias (`*name`) stands for more values than are written out, and written out,
    /// values take at least a byte for every two of them (a `-`, `,`, `?`, a bracket or a
    /// character of the value; see YAMLDecoderTests): text without a `*` and shorter than a
    /// quarter of the limit in bytes is within it, and its tree need not be walked.
    static func mayExceedValueLimit(_ yaml: String) -> Bool {
        var text = yaml
        return text.withUTF8 { bytes in
            bytes.count >= valueLimit / 4
                || ByteSearch.firstIndex(of: UInt8(ascii: "*"), in: bytes, within: 0..<bytes.count) != nil
        }
    }

    /// Whether `node`, with every alias expanded, holds more than `valueLimit` values.
    ///
    /// A collection's children are counted when the collection is reached; only the
    /// children that are collections themselves wait in `pending` to be opened.
    static func exceedsValueLimit(_ node: Node) -> Bool {
        var remaining = valueLimit - 1
        var pending = isCollection(node) ? [node] : []
        while let next = pending.popLast() {
            switch next {
            case .mapping(let mapping):
                for index in mapping.pairIndices {
                    let (key, value) = mapping[index]
                    remaining -= 2
                    if isCollection(key) { pending.append(key) }
                    if isCollection(value) { pending.append(value) }
                }
            case .sequence(let sequence):
                remaining -= sequence.count
                for child in sequence where isCollection(child) { pending.append(child) }
            case .scalar, .alias:
                break
            }
            if remaining < 0 { return true }
        }
        return false
    }

    private static func isCollection(_ node: Node) -> Bool {
        switch node {
        case .mapping, .sequence: return true
        case .scalar, .alias: return false
        }
    }
}

private extension YAMLDecoder {
    /// Whether line `line` (1-based, of the parsed text) starts with a tab.
    func hasTabIndent(line: Int) -> Bool {
        guard let text = parsedText, line >= 1 else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return false }
        return lines[line - 1].prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }

    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error(
                at: clamped(SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)),
                "invalid YAML: \(problem)",
                hint: hasTabIndent(line: mark.line)
                    ? "indent with spaces: YAML does not allow tabs at the start of a line"
                    : "check indentation and quote text that contains ':' or '#'")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let line = context.mark.line + lineOffset
            return .error(
                at: clamped(SourceLocation(file: path, line: line, column: context.mark.column)),
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                hint: "each field may appear only once; remove or rename the repeated one")
        default:
            return .error(at: fileStart, "invalid YAML: \(error)")
        }
    }
}
