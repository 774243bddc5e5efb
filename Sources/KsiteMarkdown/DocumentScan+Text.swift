/// Text runs: the body's text, department tags and the links that replace them.
extension DocumentScan {
    /// Handles the text nodes collected since the last other node.
    mutating func flushTextRun() {
        guard let (first, count) = textRun else { return }
        textRun = nil
        let document = self.document
        for node in document.siblings(from: first, count: count) {
            checkLiteralEmphasis(node)
        }
        document.withText(ofSiblings: first, count: count) {
            scanText($0, of: TagRunNodes(first: first, count: count))
        }
    }
}

private extension DocumentScan {
    typealias TagRunNodes = (first: Node, count: Int)

    mutating func scanText(_ bytes: UnsafeBufferPointer<UInt8>, of nodes: TagRunNodes) {
        appendText(bytes)
        let tags = DepartmentTag.find(in: bytes)
        guard !tags.isEmpty else { return }
        record(tags)
        if anchorDepth == 0, let pieces = appendLinkedPieces(of: bytes, tags: tags) {
            tagRuns.append(TagRun(first: nodes.first, count: nodes.count, pieces: pieces))
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

    /// Cuts the text into plain text and linked codes, appended to `tagPieces`; returns where
    /// they sit there, or nil (appending nothing) when no code has a link.
    mutating func appendLinkedPieces(
        of bytes: UnsafeBufferPointer<UInt8>, tags: [DepartmentTag]
    ) -> Range<Int>? {
        let start = tagPieces.count
        var cursor = 0
        for tag in tags {
            for (code, range) in zip(tag.codes, tag.codeRanges) {
                guard let markup = markup(for: code) else { continue }
                // Brackets, separators and codes without a link stay in the text between.
                if cursor < range.lowerBound {
                    tagPieces.append(.text(cursor..<range.lowerBound))
                }
                tagPieces.append(.department(code: range, markup: markup))
                cursor = range.upperBound
            }
        }
        guard tagPieces.count > start else { return nil }
        if cursor < bytes.count {
            tagPieces.append(.text(cursor..<bytes.count))
        }
        return start..<tagPieces.count
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
