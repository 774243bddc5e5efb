/// The changes a `DocumentScan` asks for: department links in tags, initiative wrappers.
extension CmarkDocument {
    /// Replaces a run of text nodes by its pieces: text from `text`, and tags with department
    /// links as HTML from `html`.
    ///
    /// The run's first node keeps the first piece of text, which saves making one node and
    /// freeing another; the pieces before it go before it, the others after.
    func replace(
        _ run: DocumentScan.TagRun, pieces: ArraySlice<DocumentScan.TagPiece>,
        text: [UInt8], html: [UInt8]
    ) {
        let others = next(of: run.first)
        var kept: Node?
        var last = run.first
        for piece in pieces {
            let new: NewNode
            switch piece {
            case .text(let range):
                if kept == nil, setLiteral(text[range], of: run.first) {
                    kept = run.first
                    continue
                }
                new = .text(text[range])
            case .html(let range):
                new = .html(html[range])
            }
            if kept == nil {
                insert(new, before: run.first)
            } else if let inserted = insert(new, after: last) {
                last = inserted
            }
        }
        if kept == nil {
            delete(run.first)
        }
        if let others {
            for node in siblings(from: others, count: run.count - 1) {
                delete(node)
            }
        }
    }

    /// Wraps an item's content, or a paragraph, in a custom block written as `enter`/`exit`.
    ///
    /// Returns the wrapper, or nil when cmark refused it (the node is then left as it was).
    func wrap(_ node: Node, isItem: Bool, enter: ArraySlice<UInt8>, exit: ArraySlice<UInt8>) -> Node? {
        let markup = NewNode.customBlock(enter: enter, exit: exit)
        guard isItem else {
            guard let wrapper = insert(markup, before: node) else { return nil }
            move(node, into: wrapper)
            return wrapper
        }
        let isInTightList = parent(of: node).map(isTight) ?? false
        guard let wrapper = append(markup, to: node) else { return nil }
        // Each child moved makes the next the first; the wrapper, appended last, ends the loop.
        while let child = firstChild(of: node), child != wrapper {
            if isInTightList, kind(of: child) == .paragraph {
                moveInlines(of: child, into: wrapper)
            } else {
                move(child, into: wrapper)
            }
        }
        return wrapper
    }
}

private extension CmarkDocument {
    /// cmark leaves out `<p>` only for paragraphs whose grandparent is a tight list, which a
    /// wrapped paragraph no longer is, so the paragraph's inlines move into the wrapper.
    ///
    /// The wrapper writes a line break after its opening and before its closing, and every
    /// block starts on a line of its own, which is how the paragraph looked; only a second
    /// paragraph right after it would join its text, so then the inlines go into a bare
    /// custom block, which writes the line break between.
    func moveInlines(of paragraph: Node, into wrapper: Node) {
        let isFollowedByParagraph = next(of: paragraph).map { kind(of: $0) == .paragraph } ?? false
        let target = isFollowedByParagraph
            ? append(.customBlock(enter: [], exit: []), to: wrapper) : wrapper
        guard let target else {
            move(paragraph, into: wrapper)
            return
        }
        while let inline = firstChild(of: paragraph) {
            move(inline, into: target)
        }
        delete(paragraph)
    }
}
