/// Text runs: the body's text, department tags and the links that replace them.
extension DocumentScan {
    /// Handles the text nodes collected since the last other node.
    mutating func flushTextRun() {
        guard !textRun.isEmpty else { return }
        let nodes = textRun
        textRun.removeAll(keepingCapacity: true)
        for node in nodes {
            checkLiteralEmphasis(node)
        }
        let document = self.document
        if nodes.count == 1 {
            document.withLiteral(of: nodes[0]) { scanText($0, of: nodes) }
        } else {
            var merged: [UInt8] = []
            for node in nodes {
                document.withLiteral(of: node) { merged.append(contentsOf: $0) }
            }
            merged.withUnsafeBufferPointer { scanText($0, of: nodes) }
        }
    }
}

private extension DocumentScan {
    mutating func scanText(_ bytes: UnsafeBufferPointer<UInt8>, of nodes: [Node]) {
        appendText(bytes)
        let tags = DepartmentTag.find(in: bytes)
        guard !tags.isEmpty else { return }
        record(tags)
        if anchorDepth == 0, let pieces = linkedPieces(of: bytes, tags: tags) {
            tagRuns.append(TagRun(nodes: nodes, bytes: Array(bytes), pieces: pieces))
        }
    }

    /// Adds the tags to the innermost item (or paragraph outside lists).
    mutating func record(_ tags: [DepartmentTag]) {
        guard !openOwners.isEmpty else { return }
        let index = openOwners.count - 1
        for tag in tags {
            openOwners[index].tags.append(tag.text)
            for code in tag.codes where !openOwners[index].codes.contains(code) {
                openOwners[index].codes.append(code)
            }
        }
    }

    /// The text cut into plain text and linked codes; nil when no code has a link.
    mutating func linkedPieces(
        of bytes: UnsafeBufferPointer<UInt8>, tags: [DepartmentTag]
    ) -> [TagPiece]? {
        var pieces: [TagPiece] = []
        var cursor = 0
        for tag in tags {
            for (code, range) in zip(tag.codes, tag.codeRanges) {
                guard let markup = markup(for: code) else { continue }
                // Brackets, separators and codes without a link stay in the text between.
                if cursor < range.lowerBound {
                    pieces.append(.text(cursor..<range.lowerBound))
                }
                pieces.append(.department(code: range, markup: markup))
                cursor = range.upperBound
            }
        }
        guard !pieces.isEmpty else { return nil }
        if cursor < bytes.count {
            pieces.append(.text(cursor..<bytes.count))
        }
        return pieces
    }

    mutating func markup(for code: String) -> DepartmentLinkMarkup? {
        if let cached = markupCache[code] {
            return cached
        }
        let markup = context.departmentLink(code).map(DepartmentLinkMarkup.init)
        markupCache[code] = .some(markup)
        return markup
    }
}
