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
    /// UTF-8 of `【`, which every tag starts with.
    static let tagOpening: [UInt8] = Array("【".utf8)

    mutating func scanText(_ bytes: UnsafeBufferPointer<UInt8>, of nodes: [Node]) {
        appendText(bytes)
        guard Self.contains(Self.tagOpening, in: bytes) else { return }
        let string = String(decoding: bytes, as: UTF8.self)
        let tags = DepartmentTag.find(in: string)
        guard !tags.isEmpty else { return }
        record(tags)
        if anchorDepth == 0, let pieces = linkedPieces(of: bytes, tags: tags) {
            tagRuns.append(TagRun(nodes: nodes, pieces: pieces))
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
    mutating func linkedPieces(of bytes: UnsafeBufferPointer<UInt8>, tags: [DepartmentTag]) -> [TagPiece]? {
        var pieces: [TagPiece] = []
        var pending: [UInt8] = []
        func flushPending() {
            guard !pending.isEmpty else { return }
            pieces.append(.text(String(decoding: pending, as: UTF8.self)))
            pending.removeAll()
        }
        var cursor = 0
        for tag in tags {
            pending += bytes[cursor..<tag.utf8Range.lowerBound]
            pending += "【".utf8
            for (index, code) in tag.codes.enumerated() {
                if index > 0 {
                    pending += String(tag.separators[index - 1]).utf8
                }
                guard let markup = markup(for: code) else {
                    pending += code.utf8
                    continue
                }
                flushPending()
                pieces.append(.department(code: code, markup: markup))
            }
            pending += "】".utf8
            cursor = tag.utf8Range.upperBound
        }
        pending += bytes[cursor...]
        guard pieces.contains(where: { !$0.isText }) else { return nil }
        flushPending()
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

    static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) {
                return true
            }
            index += 1
        }
        return false
    }
}

private extension DocumentScan.TagPiece {
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}
