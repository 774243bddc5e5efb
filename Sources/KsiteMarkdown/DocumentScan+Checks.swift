import KsiteCore

/// Problems found during the walk: raw HTML, unsafe or missing links, stray `**`.
extension DocumentScan {
    mutating func reportRawHTML(_ node: Node) {
        let firstLine = document.literal(of: node).prefix { $0 != "\n" && $0 != "\r" }
        let snippet = firstLine.count <= 40 ? String(firstLine) : firstLine.prefix(39) + "…"
        diagnostics.append(.warning(
            at: location(of: node),
            "raw HTML '\(snippet)' is not allowed and was left out",
            hint: "write Markdown instead, e.g. **bold** rather than <b>bold</b>"))
    }

    /// Reports links that safe mode drops or that point to missing files; rewrites the others.
    mutating func checkDestination(of node: Node, isImage: Bool) {
        let destination = LinkDestination(url: document.url(of: node))
        let noun = isImage ? "image" : "link to"
        if destination.isDroppedBySafeMode {
            diagnostics.append(.warning(
                at: location(of: node), "\(noun) '\(destination.excerpt)' was removed",
                hint: "javascript:, vbscript:, file: and data: addresses are dropped for safety; "
                    + "link to an http(s) address or a file of the report instead"))
            return
        }
        guard destination.isRelativePath else { return }
        switch context.resolveLink(destination.url) {
        case .rewritten(let url):
            document.setURL(url, of: node)
        case .missing:
            diagnostics.append(.error(
                at: location(of: node), "\(noun) '\(destination.excerpt)' does not exist",
                hint: isImage
                    ? "put the image under Content/images/ and write its path relative to this "
                        + "file, e.g. ../images/photo.jpg"
                    : "the path is relative to this file, e.g. ../2-kihon-hoshin/03-keiei-kiban.md; "
                        + "check the folder and file names"))
        }
    }

    /// Warns about `**` or `__` that CommonMark left as text because it could not open or
    /// close emphasis there, e.g. `①**「…」**`; escaped ones (`\*\*`) are meant literally.
    mutating func checkLiteralEmphasis(_ node: Node, literal: UnsafeBufferPointer<UInt8>) {
        guard let marker = Self.doubledMarker(in: literal) else { return }
        let reported = document.start(of: node)
        let start = position(of: node)
        let end = document.end(of: node)
        var column = start.column
        if start.line > 0, start.line == end.line,
           let source = lines.bytes(
               line: start.line, from: start.column,
               through: end.column + start.column - reported.column) {
            switch Self.findPair(of: marker, in: source) {
            case .unescaped(let offset): column = start.column + offset
            case .escapedOnly: return
            case .notFound: break
            }
        }
        let location = lines.location(line: start.line, column: column)
        if marker == UInt8(ascii: "*") {
            diagnostics.append(.warning(
                at: location, "'**' was left as literal asterisks: bold could not start or end here",
                hint: "bold does not start or end where '**' sits between a symbol such as ① and "
                    + "punctuation such as 「 or 」; move the '**' before the ① or outside the "
                    + "bracket, e.g. **①「…」を創出した。**"))
        } else {
            diagnostics.append(.warning(
                at: location, "'__' was left as literal underscores: bold could not start or end here",
                hint: "write **…** for bold, with the '**' before a symbol such as ① or outside a "
                    + "bracket; '__' does not start or end bold next to letters"))
        }
    }

    /// Where a node starts in the file, or its block's start when cmark gives no position.
    func location(of node: Node) -> SourceLocation {
        let start = position(of: node)
        return lines.location(line: start.line, column: start.column)
    }

    /// Body line and byte column of an inline node; its block's start when cmark gives none.
    ///
    /// cmark 0.30 counts columns on a paragraph's later lines as if each were indented like
    /// the first, which is wrong for lazy or deeper-indented lines; this corrects it.
    func position(of node: Node) -> (line: Int, column: Int) {
        let start = document.start(of: node)
        guard start.line > 0 else { return blockStart }
        guard start.line > blockStart.line, start.column > 0, blockStart.column > 0 else {
            return start
        }
        let column = start.column - blockStart.column + lines.contentStart(ofLine: start.line)
        return (start.line, max(column, 1))
    }
}

private extension DocumentScan {
    enum PairSearch {
        /// Byte offset of the first `**` or `__` not preceded by a backslash.
        case unescaped(Int)
        /// The source writes the characters escaped (`\*`, `&#42;`).
        case escapedOnly
        case notFound
    }

    /// `*` or `_` when the text holds it twice in a row (the first such pair's).
    ///
    /// ASCII bytes never occur inside a multi-byte UTF-8 character, so every `*` or `_` byte
    /// is one, and `memchr` finds them without stepping through the text.
    static func doubledMarker(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let asterisks = firstPair(of: UInt8(ascii: "*"), in: bytes)
        let underscores = firstPair(of: UInt8(ascii: "_"), in: bytes)
        switch (asterisks, underscores) {
        case (let asterisk?, let underscore?):
            return asterisk < underscore ? UInt8(ascii: "*") : UInt8(ascii: "_")
        case (_?, nil):
            return UInt8(ascii: "*")
        case (nil, _?):
            return UInt8(ascii: "_")
        case (nil, nil):
            return nil
        }
    }

    /// Where `marker` first occurs twice in a row in `bytes`.
    static func firstPair(of marker: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0
        while let found = ByteSearch.firstIndex(of: marker, in: bytes, within: start..<bytes.count) {
            guard found + 1 < bytes.count else { return nil }
            if bytes[found + 1] == marker { return found }
            start = found + 2
        }
        return nil
    }

    static func findPair(
        of marker: UInt8, in source: Slice<UnsafeBufferPointer<UInt8>>
    ) -> PairSearch {
        var isEscaped = false
        var index = source.startIndex
        while index < source.endIndex {
            let byte = source[index]
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&") {
                isEscaped = true
            } else if byte == marker, index + 1 < source.endIndex, source[index + 1] == marker,
                      index == source.startIndex || source[index - 1] != UInt8(ascii: "\\") {
                return .unescaped(index - source.startIndex)
            }
            index += 1
        }
        return isEscaped ? .escapedOnly : .notFound
    }
}
