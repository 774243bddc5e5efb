/// Text runs: the body's text, department tags and the links that replace them.
extension DocumentScan {
    /// Handles the text nodes collected since the last other node.
    mutating func flushTextRun() {
        guard let (first, count) = textRun else { return }
        textRun = nil
        // The run's text lands in `text` in one piece, where the tags are then looked for.
        var runStart: Int?
        for node in document.siblings(from: first, count: count) {
            document.withLiteral(of: node) { literal in
                checkLiteralEmphasis(node, literal: literal)
                let landed = appendText(literal)
                if runStart == nil, !landed.isEmpty { runStart = landed.lowerBound }
            }
        }
        guard let runStart else { return }
        scanText(runStart..<text.count, of: TagRunNodes(first: first, count: count))
    }
}

private extension DocumentScan {
    typealias TagRunNodes = (first: Node, count: Int)

    /// Looks for tags in the run's text, `text[range]`.
    mutating func scanText(_ range: Range<Int>, of nodes: TagRunNodes) {
        let tags = text.withUnsafeBufferPointer {
            DepartmentTag.find(in: UnsafeBufferPointer(rebasing: $0[range]))
        }
        guard !tags.isEmpty else { return }
        record(tags)
        if anchorDepth == 0, let pieces = appendLinkedPieces(of: range, tags: tags) {
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

    /// Cuts the run's text into plain text and tags with links, appended to `tagPieces`;
    /// returns where they sit there, or nil (appending nothing) when no code has a link.
    ///
    /// A tag's brackets, separators and codes are letters, digits and marks that HTML does
    /// not escape, so its HTML is its text with the links put around the codes.
    mutating func appendLinkedPieces(of run: Range<Int>, tags: [DepartmentTag]) -> Range<Int>? {
        let start = tagPieces.count
        var cursor = run.lowerBound
        for tag in tags {
            let tagRange = shifted(tag.utf8Range, by: run.lowerBound)
            let htmlStart = tagHTML.count
            var copied = tagRange.lowerBound
            for (code, codeRange) in zip(tag.codes, tag.codeRanges) {
                let codeRange = shifted(codeRange, by: run.lowerBound)
                guard let markup = markup(for: code, bytes: text[codeRange]) else { continue }
                tagHTML.append(contentsOf: text[copied..<codeRange.lowerBound])
                tagHTML.append(contentsOf: markup.enter)
                tagHTML.append(contentsOf: text[codeRange])
                tagHTML.append(contentsOf: markup.exit)
                copied = codeRange.upperBound
            }
            // A tag without any link stays in the text around it.
            guard tagHTML.count > htmlStart else { continue }
            tagHTML.append(contentsOf: text[copied..<tagRange.upperBound])
            if cursor < tagRange.lowerBound {
                tagPieces.append(.text(cursor..<tagRange.lowerBound))
            }
            tagPieces.append(.html(htmlStart..<tagHTML.count))
            cursor = tagRange.upperBound
        }
        guard tagPieces.count > start else { return nil }
        if cursor < run.upperBound {
            tagPieces.append(.text(cursor..<run.upperBound))
        }
        return start..<tagPieces.count
    }

    func shifted(_ range: Range<Int>, by offset: Int) -> Range<Int> {
        range.lowerBound + offset..<range.upperBound + offset
    }

    /// The link markup of a code, from the cache when the code was met before, else from the
    /// context's table, made only for a code the table does not hold.
    mutating func markup(for code: String, bytes: ArraySlice<UInt8>) -> DepartmentLinkMarkup? {
        // Codes are compared as strings, as the department list's keys are; the same bytes
        // make the same string, and are cheaper to compare.
        if let cached = markupCache.first(where: { bytes.elementsEqual($0.bytes) })
            ?? markupCache.first(where: { $0.code == code }) {
            return cached.markup
        }
        let markup = context.departmentLinks.markup(for: code)
            ?? context.departmentLink(code).map(DepartmentLinkMarkup.init)
        markupCache.append((code, Array(bytes), markup))
        return markup
    }
}
