import Foundation
import KsiteCore
import KsiteContent
import Mustache

/// The Mustache templates of `Templates/`, parsed once and rendered for every page.
public struct TemplateSet: Sendable {
    /// The templates every build needs.
    public static let requiredNames = [
        "layout", "home", "pillar", "section", "departments", "department", "404", "search",
    ]

    /// swift-mustache's parse of every template: the judge of syntax, and the reference the
    /// tests compare `compiled` with.
    let library: MustacheLibrary
    /// The same templates compiled for `TemplateRenderer`, which renders them far faster.
    let compiled: TemplateProgram
    let names: Set<String>
    /// Template name → (display path, text), for pointing at a line in messages.
    let sources: [String: (path: String, text: String)]

    /// Parses every `*.mustache` file under `folder` (named by its path without extension).
    public static func load(from folder: String) throws(DiagnosticList) -> TemplateSet {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]] = [:]
        var names: Set<String> = []
        var sources: [String: (path: String, text: String)] = [:]
        var diagnostics: [Diagnostic] = []
        var broken: Set<String> = []
        for relative in templateFiles(in: root) {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + relative
            // Nothing is read through a link that leads out of the templates folder.
            let resolved = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
            guard resolved.hasPrefix(root.resolvingSymlinksInPath().path + "/") else {
                broken.insert(String(relative.dropLast(".mustache".count)))
                diagnostics.append(.error(
                    at: SourceLocation(file: path),
                    "the template is a link to a place outside \(folder)",
                    hint: "copy the file instead of linking it"))
                continue
            }
            do {
                let text = try SourceText.read(root.appendingPathComponent(relative), path: path)
                let name = String(relative.dropLast(".mustache".count))
                library.register(try parse(text, path: path), named: name)
                compiled[name] = try compile(text, path: path)
                names.insert(name)
                sources[name] = (path, text)
            } catch let error as Diagnostic {
                broken.insert(String(relative.dropLast(".mustache".count)))
                diagnostics.append(error)
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: path), "\(error)"))
            }
        }
        for name in requiredNames where !names.contains(name) && !broken.contains(name) {
            diagnostics.append(.error(
                at: SourceLocation(file: folder), "the template '\(name).mustache' is missing",
                hint: "add \(name).mustache to the templates folder (see the ones shipped with ksite)"))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return TemplateSet(library: library, compiled: TemplateProgram(compiled), names: names, sources: sources)
    }

    /// Renders `context` with the template `name`; a variable that no value provides is an
    /// error pointing at its first use in the templates.
    func render(_ context: TemplateObject, with name: String) -> (Data, [Diagnostic]) {
        var renderer = TemplateRenderer(program: compiled)
        renderer.render(name, root: .object(context))
        return (Data(renderer.output), diagnostics(forMissing: renderer.missing, in: name))
    }

    /// Renders as `render(_:with:)` does, handing the page to `emit` in pieces.
    func render(_ context: TemplateObject, with name: String, emit: ([UInt8]) -> Void) -> [Diagnostic] {
        withoutActuallyEscaping(emit) { emit in
            var renderer = TemplateRenderer(program: compiled, emit: emit)
            renderer.render(name, root: .object(context))
            return diagnostics(forMissing: renderer.missing, in: name)
        }
    }

    func diagnostics(forMissing variables: [String], in name: String) -> [Diagnostic] {
        variables.map { variable in
            Diagnostic.error(
                at: location(ofVariable: variable, preferring: name),
                "the template uses '{{\(variable)}}' but the '\(name)' page provides no such value",
                hint: "check the spelling; see Templates/README.md for the values each page provides")
        }
    }

    /// `context` rendered by swift-mustache itself: the reference `render(_:with:)` is tested
    /// against.
    func referenceRender(_ context: TemplateObject, with name: String) -> String {
        library.render(context.mustacheValue, withTemplate: name) ?? ""
    }

    /// Where `variable` is first used, in `preferred` or else in any template.
    func location(ofVariable variable: String, preferring preferred: String) -> SourceLocation {
        let order = [preferred] + sources.keys.sorted().filter { $0 != preferred }
        for name in order {
            guard let source = sources[name] else { continue }
            for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for prefix in ["{{", "{{#", "{{^", "{{{", "{{&"] {
                    if let range = line.range(of: prefix + variable) {
                        let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                        return SourceLocation(file: source.path, line: index + 1, column: column)
                    }
                }
            }
        }
        return SourceLocation(file: sources[preferred]?.path ?? preferred)
    }
}

private extension TemplateSet {
    static func templateFiles(in root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        for case let relative as String in enumerator
        where relative.hasSuffix(".mustache") && !relative.hasPrefix("assets/") {
            files.append(relative)
        }
        return files.sorted()
    }

    static func parse(_ text: String, path: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw Diagnostic.error(
                at: SourceLocation(
                    file: path, line: error.context.lineNumber, column: error.context.columnNumber),
                "Mustache syntax error: \(describe(error.error))",
                hint: "check that every {{#name}} has its {{/name}} and every '{{' its '}}'")
        }
    }

    /// Compiles a template swift-mustache has accepted; refuses what the renderer lacks.
    static func compile(_ text: String, path: String) throws -> [TemplateNode] {
        do {
            return try TemplateParser.parse(text)
        } catch {
            throw Diagnostic.error(
                at: SourceLocation(file: path, line: error.line),
                "ksite's templates do not support \(error.feature)",
                hint: "use plain {{name}}, {{{name}}}, sections, partials and {{<layout}} blocks")
        }
    }

    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with the wrong name"
        case .unfinishedName?: return "a tag is not finished"
        case .expectedSectionEnd?: return "a section is never closed"
        case .invalidSetDelimiter?: return "invalid delimiter change"
        default: return "\(error)"
        }
    }
}
