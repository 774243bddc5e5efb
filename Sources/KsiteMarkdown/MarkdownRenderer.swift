import KsiteCore

/// Renders Markdown bodies with cmark: HTML in safe mode, department links, initiatives.
///
/// A renderer holds no state, so one value can render many bodies on many threads at once.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders one body; every location in the result is a line of the input's file.
    public func render(_ input: MarkdownInput, context: MarkdownRenderContext) -> RenderedMarkdown {
        var text = input.text
        text.makeContiguousUTF8()
        if let rendered = text.utf8.withContiguousStorageIfAvailable({
            render(bytes: $0, of: input, context: context)
        }) {
            return rendered
        }
        return Array(text.utf8).withUnsafeBufferPointer {
            render(bytes: $0, of: input, context: context)
        }
    }
}

private extension MarkdownRenderer {
    func render(
        bytes: UnsafeBufferPointer<UInt8>, of input: MarkdownInput, context: MarkdownRenderContext
    ) -> RenderedMarkdown {
        let lines = SourceLines(bytes: bytes, path: input.path, firstLine: input.firstLine)
        guard let document = CmarkDocument(parsing: bytes) else {
            let location = lines.location(line: 1, column: 0)
            return RenderedMarkdown(
                html: .empty, parts: [], initiatives: [], plainText: "",
                diagnostics: [.environmentError(at: location, "cmark could not parse the Markdown")])
        }
        var scan = DocumentScan(document: document, lines: lines, context: context)
        document.walk { scan.visit($0, $1, isEntering: $2) }
        scan.finish()
        for run in scan.tagRuns {
            document.replace(
                run, pieces: scan.tagPieces[run.pieces], text: scan.text, html: scan.tagHTML)
        }
        let text = PlainText(scan.text)
        var cuts = InitiativeCuts(idPrefix: context.idPrefix, count: scan.initiatives.count)
        let wrappers = wrapInitiatives(of: scan, in: document, idPrefix: context.idPrefix, cuts: cuts)
        let (html, parts) = renderParts(of: document, scan: scan, text: text, cutting: &cuts)
        let initiatives = makeInitiatives(
            of: scan, text: text, wrappers: wrappers, cuts: cuts, in: document)
        return RenderedMarkdown(
            html: html, parts: parts, initiatives: initiatives, plainText: text.trimmed,
            diagnostics: scan.diagnostics)
    }

    /// An initiative's wrapper and the id it carries.
    typealias Wrapper = (id: String, node: CmarkDocument.Node?)

    /// Wraps each initiative in `<div class="initiative" id="…">`, so links can land on it.
    func wrapInitiatives(
        of scan: DocumentScan, in document: CmarkDocument, idPrefix: String, cuts: InitiativeCuts
    ) -> [Wrapper] {
        var opening = cuts.openingStart
        return scan.initiatives.indices.map { index in
            let number = String(index + 1)
            opening.removeSubrange(cuts.openingStart.count...)
            opening.append(contentsOf: number.utf8)
            opening.append(contentsOf: InitiativeCuts.openingEnd)
            // The owner's fields are read in place: a copy of it would retain all of them.
            let wrapper = document.wrap(
                scan.initiatives[index].node, isItem: scan.initiatives[index].isItem,
                enter: opening[...], exit: InitiativeCuts.closing[...])
            return (idPrefix + number, wrapper)
        }
    }

    /// The initiatives as a department page shows them: without the wrappers, so without ids.
    ///
    /// Their HTML is cut from the page's; should cmark ever write the wrappers differently,
    /// each is rendered again on its own instead.
    func makeInitiatives(
        of scan: DocumentScan, text: PlainText, wrappers: [Wrapper], cuts: InitiativeCuts,
        in document: CmarkDocument
    ) -> [Initiative] {
        let isCut = cuts.hasAll && wrappers.allSatisfy { $0.node != nil }
        if !isCut {
            for case let (_, wrapper?) in wrappers {
                document.setCustomHTML(of: wrapper, enter: "", exit: "")
            }
        }
        // The owners are read in place, as a copy of one would retain all of its fields.
        return zip(scan.initiatives.indices, wrappers).map { index, wrapper in
            var html: [UInt8] = []
            if isCut {
                html = cuts.html[index]
            } else {
                document.appendHTML(of: wrapper.node ?? scan.initiatives[index].node, to: &html)
            }
            return Initiative(
                id: wrapper.id,
                departmentCodes: scan.initiatives[index].codes.map { scan.codeTable.code(at: $0) },
                tags: scan.initiatives[index].tags,
                html: HTMLFragment(validUTF8: html),
                plainText: text.trimmed(scan.initiatives[index].textRange),
                partIndex: scan.initiatives[index].partIndex,
                location: scan.initiatives[index].location ?? scan.lines.location(line: 0, column: 0))
        }
    }

    /// HTML of the whole body and of each part, rendering each top-level block once, into
    /// the body's HTML, and cutting the initiatives out of it.
    ///
    /// A part is whole blocks of cmark's HTML, so valid UTF-8 as that is (`appendHTML`).
    func renderParts(
        of document: CmarkDocument, scan: DocumentScan, text: PlainText,
        cutting cuts: inout InitiativeCuts
    ) -> (HTMLFragment, [RenderedPart]) {
        var html: [UInt8] = []
        var partHTML = [[UInt8]](repeating: [], count: scan.parts.count)
        for (index, block) in document.children(of: document.root).enumerated() {
            let start = html.count
            document.appendHTML(of: block, to: &html)
            cuts.cut(from: html[start...])
            // Wrapping keeps one top-level node per block, so the indices still match.
            guard scan.blocks.indices.contains(index) else { continue }
            let info = scan.blocks[index]
            if !info.isPartHeading {
                partHTML[info.partIndex] += html[start...]
            }
        }
        let parts = zip(scan.parts, partHTML).map { part, html in
            RenderedPart(
                heading: part.headingRange.map(text.trimmed), html: HTMLFragment(validUTF8: html))
        }
        return (HTMLFragment(validUTF8: html), parts)
    }
}
