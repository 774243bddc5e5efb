import KsiteCore

/// One walk over a parsed document: collects its text, department tags, initiatives and
/// problems, and notes the changes to make to the tree afterwards (cmark's iterator does not
/// allow changing the tree during the walk).
struct DocumentScan {
    typealias Node = CmarkDocument.Node
    typealias Kind = CmarkDocument.Kind

    /// A list item (or a paragraph outside lists) and the tags found in its own text.
    struct Owner {
        let node: Node
        let isItem: Bool
        /// Order of the node's start in the document.
        let order: Int
        /// Body line and byte column where the node starts.
        let start: (line: Int, column: Int)
        /// Where the node starts in the file; set when the owner turns out to have tags.
        var location: SourceLocation?
        let partIndex: Int
        var tags: [String] = []
        /// The departments of the tags, as entries of `codeTable`, in order, without two
        /// equal codes.
        var codes: [Int] = []
        /// Byte range of the owner's text in `text`.
        var textRange: Range<Int>
    }

    /// Adjacent text nodes to replace because their tags get department links.
    struct TagRun {
        /// The text nodes: `count` siblings from `first`.
        let first: Node
        let count: Int
        /// Where the run's pieces sit in `tagPieces`.
        let pieces: Range<Int>
    }

    /// What a `TagRun` becomes, piece by piece.
    enum TagPiece: Equatable {
        /// Text: a byte range of `text`.
        case text(Range<Int>)
        /// A tag with department links, as HTML: a byte range of `tagHTML`.
        case html(Range<Int>)
    }

    /// A part of the body: the blocks under a top-level `##` heading, or before the first.
    struct Part {
        /// Byte range of the heading's text in `text`; nil for the part before any heading.
        var headingRange: Range<Int>?
    }

    /// A top-level block and the part it belongs to.
    struct Block {
        let partIndex: Int
        let isPartHeading: Bool
    }

    let document: CmarkDocument
    let lines: SourceLines
    let context: MarkdownRenderContext

    // The results, read by the renderer once `finish()` has run.
    /// UTF-8 text of the body: blocks separated by line breaks.
    var text: [UInt8] = []
    /// Items and paragraphs with tags, in document order.
    var initiatives: [Owner] = []
    var tagRuns: [TagRun] = []
    /// The pieces of every tag run, one run after the other.
    var tagPieces: [TagPiece] = []
    /// UTF-8 HTML of the tags with department links, one after the other.
    var tagHTML: [UInt8] = []
    var parts: [Part] = []
    /// The document's children, in order.
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []

    // The state of the walk.
    var openOwners: [Owner] = []
    var ownerCount = 0
    /// Text nodes met since the last other node: always siblings, one after the other.
    var textRun: (first: Node, count: Int)?
    /// Links and images around the current node: department links are not nested in them.
    var anchorDepth = 0
    /// Start of the innermost block, for inline nodes cmark gives no position.
    var blockStart = (line: 0, column: 0)
    var needsLineBreak = false
    var partHeading: Node?
    /// Every code met in a tag so far.
    var codeTable = DepartmentCodeTable()
    /// The tags of the last text run, and `codeTable`'s entry for each of their codes.
    var tagSearch = DepartmentTagSearch()
    var foundCodes: [Int] = []

    init(document: CmarkDocument, lines: SourceLines, context: MarkdownRenderContext) {
        self.document = document
        self.lines = lines
        self.context = context
    }

    /// Handles one event of `CmarkDocument.walk`.
    mutating func visit(_ node: Node, _ kind: Kind, isEntering: Bool) {
        if kind == .text {
            // Leaves are only entered; cmark may split one run of text into several nodes.
            textRun = (textRun?.first ?? node, (textRun?.count ?? 0) + 1)
            return
        }
        flushTextRun()
        if isEntering {
            if kind.isBlock, document.parent(of: node) == document.root {
                enterTopLevelBlock(node, kind)
            }
            enter(node, kind)
        } else {
            exit(node, kind)
        }
    }

    /// Ends the walk: call once after the last event.
    mutating func finish() {
        flushTextRun()
        initiatives.sort { $0.order < $1.order }
    }
}

private extension DocumentScan {
    mutating func enter(_ node: Node, _ kind: Kind) {
        switch kind {
        case .item:
            startBlock(node)
            openOwner(node, isItem: true)
        case .paragraph:
            startBlock(node)
            if openOwners.isEmpty { openOwner(node, isItem: false) }
        case .heading:
            startBlock(node)
        case .codeBlock:
            startBlock(node)
            document.withLiteral(of: node) { _ = appendText($0) }
        case .htmlBlock:
            startBlock(node)
            reportRawHTML(node)
        case .htmlInline:
            reportRawHTML(node)
        case .code:
            document.withLiteral(of: node) { _ = appendText($0) }
        case .softBreak:
            appendText(CollectionOfOne(UInt8(ascii: " ")))
        case .lineBreak:
            appendText(CollectionOfOne(UInt8(ascii: "\n")))
        case .link, .image:
            anchorDepth += 1
            checkDestination(of: node, isImage: kind == .image)
        default:
            break
        }
    }

    mutating func exit(_ node: Node, _ kind: Kind) {
        switch kind {
        case .item, .paragraph:
            needsLineBreak = true
            closeOwner(node)
        case .heading:
            needsLineBreak = true
            if node == partHeading, let start = parts.last?.headingRange?.lowerBound {
                parts[parts.count - 1].headingRange = start..<text.count
                partHeading = nil
            }
        case .link, .image:
            anchorDepth -= 1
        default:
            break
        }
    }

    mutating func enterTopLevelBlock(_ node: Node, _ kind: Kind) {
        let isPartHeading = kind == .heading && document.headingLevel(of: node) == 2
        if isPartHeading {
            parts.append(Part(headingRange: text.count..<text.count))
            partHeading = node
        } else if parts.isEmpty {
            parts.append(Part(headingRange: nil))
        }
        blocks.append(Block(partIndex: parts.count - 1, isPartHeading: isPartHeading))
    }

    mutating func startBlock(_ node: Node) {
        blockStart = document.start(of: node)
        needsLineBreak = true
    }

    mutating func openOwner(_ node: Node, isItem: Bool) {
        ownerCount += 1
        openOwners.append(Owner(
            node: node, isItem: isItem, order: ownerCount, start: document.start(of: node),
            partIndex: max(parts.count - 1, 0), textRange: text.count..<text.count))
    }

    mutating func closeOwner(_ node: Node) {
        guard openOwners.last?.node == node else { return }
        var owner = openOwners.removeLast()
        owner.textRange = owner.textRange.lowerBound..<text.count
        if !owner.tags.isEmpty {
            // Converting the position scans the line, so only owners with tags pay for it.
            owner.location = lines.location(line: owner.start.line, column: owner.start.column)
            initiatives.append(owner)
        }
    }

}

extension DocumentScan {
    /// Appends text, after a line break when a new block has started; returns where the
    /// bytes landed in `text`.
    @discardableResult
    mutating func appendText<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Range<Int> {
        guard !bytes.isEmpty else { return text.count..<text.count }
        if needsLineBreak {
            if let last = text.last, last != UInt8(ascii: "\n") {
                text.append(UInt8(ascii: "\n"))
            }
            needsLineBreak = false
        }
        let start = text.count
        text.append(contentsOf: bytes)
        return start..<text.count
    }
}

private extension CmarkDocument.Kind {
    var isBlock: Bool {
        switch self {
        case .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph,
             .heading, .thematicBreak:
            true
        default:
            false
        }
    }
}
