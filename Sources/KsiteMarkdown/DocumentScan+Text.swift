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
        let run = text[range]
        run.withUnsafeBufferPointer { bytes in
            tagSearch.search(bytes)
            foundCodes.removeAll(keepingCapacity: true)
            for codeRange in tagSearch.codeRanges {
                foundCodes.append(codeTable.index(of: UnsafeBufferPointer(rebasing: bytes[codeRange])))
            }
        }
        guard !tagSearch.tags.isEmpty else { return }
        record(tagsOf: range)
        if anchorDepth == 0, let pieces = appendLinkedPieces(of: range) {
            tagRuns.append(TagRun(first: nodes.first, count: nodes.count, pieces: pieces))
        }
    }

    /// Adds the tags found in `text[run]` to the innermost item (or paragraph outside lists).
    mutating func record(tagsOf run: Range<Int>) {
        guard !openOwners.isEmpty else { return }
        let index = openOwners.count - 1
        for tag in tagSearch.tags {
            let tagRange = shifted(tag.utf8Range, by: run.lowerBound)
            openOwners[index].tags.append(String(decoding: text[tagRange], as: UTF8.self))
            for code in foundCodes[tag.codes]
            where !openOwners[index].codes.contains(where: { codeTable.isSameDepartment($0, code) }) {
                openOwners[index].codes.append(code)
            }
        }
    }

    /// Cuts the text of the run whose tags were just found into plain text and tags with
    /// links, appended to `tagPieces`; returns where they sit there, or nil (appending
    /// nothing) when no code has a link.
    ///
    /// A tag's brackets, separators and codes are letters, digits and marks that HTML does
    /// not escape, so its HTML is its text with the links put around the codes.
    mutating func appendLinkedPieces(of run: Range<Int>) -> Range<Int>? {
        let start = tagPieces.count
        var cursor = run.lowerBound
        for tag in tagSearch.tags {
            let tagRange = shifted(tag.utf8Range, by: run.lowerBound)
            let htmlStart = tagHTML.count
            var copied = tagRange.lowerBound
            for codeIndex in tag.codes {
                let codeRange = shifted(tagSearch.codeRanges[codeIndex], by: run.lowerBound)
                guard let markup = codeTable.markup(at: foundCodes[codeIndex], context: context)
                else { continue }
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
}
