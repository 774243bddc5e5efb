import Ccmark

#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A document parsed by cmark: every line of C interop of ksite lives in this file.
///
/// Parsing and rendering use cmark's defaults, which since 0.29 mean safe mode: raw HTML is
/// omitted and `javascript:`, `vbscript:`, `file:` and most `data:` URLs are dropped. A
/// document belongs to one thread; `Node` handles are valid only while it lives.
final class CmarkDocument {
    /// A node of the document.
    struct Node: Hashable {
        fileprivate let pointer: OpaquePointer
    }

    /// Siblings one after the other; each one's successor is read before it is handed out, so
    /// the caller may delete it.
    struct Siblings: Sequence, IteratorProtocol {
        fileprivate var pointer: OpaquePointer?
        fileprivate var remaining: Int

        mutating func next() -> Node? {
            guard remaining > 0, let current = pointer else { return nil }
            remaining -= 1
            pointer = cmark_node_next(current)
            return Node(pointer: current)
        }
    }

    /// What a node is.
    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph
        case heading, thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image, unknown
    }

    /// A node to create and insert; its UTF-8 bytes are copied when the node is made.
    enum NewNode {
        /// Text, escaped when written.
        case text(ArraySlice<UInt8>)
        /// HTML written verbatim, even in safe mode: an inline without children.
        case html(ArraySlice<UInt8>)
        /// A block that writes `enter` and `exit` around its children verbatim, even in safe
        /// mode; it may hold inlines directly (no `<p>` then).
        case customBlock(enter: ArraySlice<UInt8>, exit: ArraySlice<UInt8>)
    }

    /// The document node.
    let root: Node

    /// Parses UTF-8 Markdown; cmark copies it into its own buffer once.
    init?(parsing bytes: UnsafeBufferPointer<UInt8>) {
        let parsed: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            guard let base = chars.baseAddress else {
                return "".withCString { cmark_parse_document($0, 0, CMARK_OPT_DEFAULT) }
            }
            return cmark_parse_document(base, chars.count, CMARK_OPT_DEFAULT)
        }
        guard let parsed else { return nil }
        root = Node(pointer: parsed)
    }

    deinit {
        cmark_node_free(root.pointer)
    }

    // MARK: Reading

    /// Visits every node in document order; containers twice (`isEntering` true, then false).
    ///
    /// Only the current node's own fields may change during the walk, not the tree.
    func walk(_ visit: (Node, Kind, _ isEntering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(root.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event == CMARK_EVENT_ENTER || event == CMARK_EVENT_EXIT else { return }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            visit(Node(pointer: pointer), kind(of: pointer), event == CMARK_EVENT_ENTER)
        }
    }

    func kind(of node: Node) -> Kind {
        kind(of: node.pointer)
    }

    /// The node's children, first to last.
    func children(of node: Node) -> [Node] {
        var children: [Node] = []
        var child = cmark_node_first_child(node.pointer)
        while let current = child {
            children.append(Node(pointer: current))
            child = cmark_node_next(current)
        }
        return children
    }

    func firstChild(of node: Node) -> Node? {
        cmark_node_first_child(node.pointer).map(Node.init(pointer:))
    }

    func next(of node: Node) -> Node? {
        cmark_node_next(node.pointer).map(Node.init(pointer:))
    }

    func parent(of node: Node) -> Node? {
        cmark_node_parent(node.pointer).map(Node.init(pointer:))
    }

    /// Calls `body` with the UTF-8 bytes of a text, code or HTML node (empty for others).
    func withLiteral<Result>(
        of node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        guard let literal = cmark_node_get_literal(node.pointer) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        let length = strlen(literal)
        return literal.withMemoryRebound(to: UInt8.self, capacity: length) {
            body(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// `count` siblings from `first`, in order.
    func siblings(from first: Node, count: Int) -> Siblings {
        Siblings(pointer: first.pointer, remaining: count)
    }

    /// The text of a text, code or HTML node.
    func literal(of node: Node) -> String {
        withLiteral(of: node) { String(decoding: $0, as: UTF8.self) }
    }

    /// Destination of a link or image.
    func url(of node: Node) -> String {
        cmark_node_get_url(node.pointer).map { String(cString: $0) } ?? ""
    }

    /// 1…6 for a heading, 0 otherwise.
    func headingLevel(of node: Node) -> Int {
        Int(cmark_node_get_heading_level(node.pointer))
    }

    /// Whether a list is tight (its items' paragraphs are rendered without `<p>`).
    func isTight(_ list: Node) -> Bool {
        cmark_node_get_list_tight(list.pointer) != 0
    }

    /// Where the node starts in the body: 1-based line and byte column, 0 when unknown.
    func start(of node: Node) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node.pointer)), Int(cmark_node_get_start_column(node.pointer)))
    }

    /// Where the node ends in the body: 1-based line and byte column, 0 when unknown.
    func end(of node: Node) -> (line: Int, column: Int) {
        (Int(cmark_node_get_end_line(node.pointer)), Int(cmark_node_get_end_column(node.pointer)))
    }

    // MARK: Rendering

    /// Appends the HTML of the node and its descendants, in safe mode, to `html`: UTF-8 as
    /// cmark writes it, without a string made of it.
    ///
    /// The HTML is valid UTF-8: cmark replaces invalid sequences in its input (a Swift
    /// string's UTF-8 here) by U+FFFD, escapes only ASCII characters, and copies text and
    /// custom markup (ours, from strings, cut at characters) whole.
    func appendHTML(of node: Node, to html: inout [UInt8]) {
        guard let rendered = cmark_render_html(node.pointer, CMARK_OPT_DEFAULT) else { return }
        defer { free(rendered) }
        html.append(contentsOf: UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
    }

    // MARK: Editing

    /// Replaces the text of a text node; false when the node holds no text.
    func setLiteral(_ bytes: ArraySlice<UInt8>, of node: Node) -> Bool {
        withCString(bytes) { cmark_node_set_literal(node.pointer, $0) } != 0
    }

    func setURL(_ url: String, of node: Node) {
        url.withCString { _ = cmark_node_set_url(node.pointer, $0) }
    }

    /// Replaces what a custom node writes around its children.
    func setCustomHTML(of node: Node, enter: String, exit: String) {
        enter.withCString { _ = cmark_node_set_on_enter(node.pointer, $0) }
        exit.withCString { _ = cmark_node_set_on_exit(node.pointer, $0) }
    }

    /// Creates a node and inserts it before `sibling`; nil when cmark does not allow it there.
    @discardableResult
    func insert(_ new: NewNode, before sibling: Node) -> Node? {
        attach(new) { cmark_node_insert_before(sibling.pointer, $0) }
    }

    /// Creates a node and inserts it after `sibling`; nil when cmark does not allow it there.
    @discardableResult
    func insert(_ new: NewNode, after sibling: Node) -> Node? {
        attach(new) { cmark_node_insert_after(sibling.pointer, $0) }
    }

    /// Creates a node and makes it the last child of `parent`.
    @discardableResult
    func append(_ new: NewNode, to parent: Node) -> Node? {
        attach(new) { cmark_node_append_child(parent.pointer, $0) }
    }

    /// Moves an existing node to the end of `parent`'s children.
    @discardableResult
    func move(_ node: Node, into parent: Node) -> Bool {
        cmark_node_append_child(parent.pointer, node.pointer) != 0
    }

    /// Takes a node and its descendants out of the tree and frees them.
    func delete(_ node: Node) {
        cmark_node_unlink(node.pointer)
        cmark_node_free(node.pointer)
    }
}

private extension CmarkDocument {
    /// Creates a node and links it with `link`; a node cmark refuses is freed at once, since
    /// only nodes in the tree are freed with the document.
    func attach(_ new: NewNode, _ link: (OpaquePointer) -> Int32) -> Node? {
        guard let node = cmark_node_new(new.cmarkType) else { return nil }
        let isConfigured: Bool
        switch new {
        case .text(let text):
            isConfigured = withCString(text) { cmark_node_set_literal(node, $0) } != 0
        case .html(let html):
            isConfigured = withCString(html) { cmark_node_set_on_enter(node, $0) } != 0
        case .customBlock(let enter, let exit):
            // A new node writes nothing around its children, so empty markup needs no call.
            isConfigured = (enter.isEmpty || withCString(enter) { cmark_node_set_on_enter(node, $0) } != 0)
                && (exit.isEmpty || withCString(exit) { cmark_node_set_on_exit(node, $0) } != 0)
        }
        guard isConfigured, link(node) != 0 else {
            cmark_node_free(node)
            return nil
        }
        return Node(pointer: node)
    }

    /// Calls `body` with the bytes NUL-terminated, as cmark wants them, in temporary
    /// storage (on the stack when small; cmark copies them).
    func withCString(
        _ bytes: ArraySlice<UInt8>, _ body: (UnsafePointer<CChar>?) -> Int32
    ) -> Int32 {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            let end = bytes.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { buffer.initialize(fromContentsOf: $0) }
            }
            buffer[end] = 0
            return body(UnsafePointer(buffer.baseAddress))
        }
    }

    func kind(of pointer: OpaquePointer) -> Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .unknown
        }
    }
}

private extension CmarkDocument.NewNode {
    var cmarkType: cmark_node_type {
        switch self {
        case .text: CMARK_NODE_TEXT
        case .html: CMARK_NODE_CUSTOM_INLINE
        case .customBlock: CMARK_NODE_CUSTOM_BLOCK
        }
    }
}
