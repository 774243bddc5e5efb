import KsiteCore

/// Each initiative's own HTML, cut out of its page's HTML instead of rendered a second time.
///
/// On the page an initiative is wrapped in a custom block written as
/// `<div class="initiative" id="…">` and `</div>`; cmark puts a custom block's markup between
/// line breaks, adding the first only where the text before does not end with one. Shown on
/// its own, an initiative's wrappers are empty, so its HTML is what its page wrapper holds,
/// less the lines of the wrappers nested in it. Nothing else in safe-mode HTML spells those
/// lines: cmark escapes `<` in text, titles and URLs, and leaves raw HTML out.
struct InitiativeCuts {
    /// HTML of each initiative met so far, in document order, as UTF-8.
    private(set) var html: [[UInt8]] = []
    /// False once the HTML held a wrapper other than the next one expected, or an unclosed one.
    private(set) var isComplete = true
    /// The start of every wrapper's opening line, up to its number: `<div class="initiative" id="i-`.
    let openingStart: [UInt8]
    /// How many wrappers the HTML holds, numbered from 1.
    private let count: Int
    /// The wrappers' lines in the block cut last, and the wrappers open there: kept from one
    /// block to the next with their storage.
    private var marks: [Mark] = []
    private var open: [(html: Int, mark: Int)] = []

    /// Cuts expecting `count` wrappers whose ids are `idPrefix` and their number (1, 2, …).
    init(idPrefix: String, count: Int) {
        // Digits need no escaping, so the prefix is escaped once for all ids.
        openingStart = Array((Self.wrapperOpeningStart + idPrefix.htmlEscaped).utf8)
        self.count = count
    }

    /// What ends a wrapper's opening line, after the number.
    static let openingEnd = Array(#"">"#.utf8)
    /// A wrapper's closing line, without its line break.
    static let closing = Array("</div>".utf8)

    /// Whether every wrapper expected was met, in order, and closed.
    var hasAll: Bool {
        isComplete && html.count == count
    }

    /// Cuts the initiatives out of the HTML (UTF-8) of one top-level block, in document order.
    ///
    /// The pieces are cut at line breaks, so each is valid UTF-8 as the block is.
    mutating func cut(from blockHTML: ArraySlice<UInt8>) {
        // A page without initiatives has nothing to cut.
        guard count > 0 else { return }
        blockHTML.withUnsafeBufferPointer { block in
            findMarks(in: block)
            open.removeAll(keepingCapacity: true)
            for (index, mark) in marks.enumerated() {
                if let number = mark.number {
                    if number != html.count + 1 { isComplete = false }
                    open.append((html.count, index))
                    html.append([])
                } else if let opening = open.popLast() {
                    html[opening.html] = Self.content(
                        between: marks[opening.mark...index], of: block)
                }
            }
            // A wrapper is a block inside a top-level block, so it closes within it.
            if !open.isEmpty { isComplete = false }
        }
    }
}

private extension InitiativeCuts {
    static let wrapperOpeningStart = #"<div class="initiative" id=""#
    static let wrapperOpeningBytes = Array(wrapperOpeningStart.utf8)

    /// A wrapper's opening or closing line, line break included.
    struct Mark {
        let range: Range<Int>
        /// The number in an opening line's id; nil for a closing line.
        let number: Int?
    }

    /// Finds the wrappers' lines in the HTML, in order, in place of the last block's `marks`;
    /// cmark starts each on a line of its own.
    mutating func findMarks(in bytes: UnsafeBufferPointer<UInt8>) {
        marks.removeAll(keepingCapacity: true)
        var depth = 0
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = ByteSearch.firstIndex(
                of: UInt8(ascii: "\n"), in: bytes, within: lineStart..<bytes.count) ?? bytes.count
            let next = min(lineEnd + 1, bytes.count)
            let length = lineEnd - lineStart
            // Most lines start with a tag: an opening line is told by its second byte (`<d`),
            // a closing line by its length, before comparing more.
            if length >= Self.closing.count, bytes[lineStart] == UInt8(ascii: "<") {
                if bytes[lineStart + 1] == UInt8(ascii: "d"),
                   let number = openingNumber(bytes[lineStart..<lineEnd]) {
                    marks.append(Mark(range: lineStart..<next, number: number))
                    depth += 1
                } else if depth > 0, length == Self.closing.count, lineEnd < bytes.count,
                          Self.has(Self.closing, at: lineStart, in: bytes) {
                    marks.append(Mark(range: lineStart..<next, number: nil))
                    depth -= 1
                }
            }
            lineStart = next
        }
    }

    /// The number of an opening line, or nil when the line is not one; 0, never expected,
    /// for a wrapper's line with another id.
    func openingNumber(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let bytes = line.base
        let digitStart = line.startIndex + openingStart.count
        let digitEnd = line.endIndex - Self.openingEnd.count
        // `openingStart` begins with the wrapper's opening, so a line of this page's ids is
        // compared once.
        guard digitStart < digitEnd, digitEnd - digitStart <= 9,
              Self.has(openingStart, at: line.startIndex, in: bytes),
              Self.has(Self.openingEnd, at: digitEnd, in: bytes)
        else { return Self.has(Self.wrapperOpeningBytes, at: line.startIndex, in: bytes) ? 0 : nil }
        var number = 0
        for byte in bytes[digitStart..<digitEnd] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return 0 }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }

    static func has(
        _ marker: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard bytes.count - index >= marker.count else { return false }
        for offset in marker.indices where bytes[index + offset] != marker[offset] {
            return false
        }
        return true
    }

    /// What a wrapper holds, from after its opening line (the first mark) to its closing line
    /// (the last), less the lines of the wrappers nested in it.
    ///
    /// The bytes are gathered at their final size: an array appended to piece by piece keeps
    /// up to twice the room it needs, and a large report keeps every initiative's HTML until
    /// its department pages are written.
    static func content(
        between marks: ArraySlice<Mark>, of block: UnsafeBufferPointer<UInt8>
    ) -> [UInt8] {
        func piece(after mark: Int) -> UnsafeBufferPointer<UInt8> {
            let gap = marks[mark].range.upperBound..<marks[mark + 1].range.lowerBound
            return UnsafeBufferPointer(rebasing: block[gap])
        }
        let pieces = marks.startIndex..<marks.endIndex - 1
        var content: [UInt8] = []
        content.reserveCapacity(pieces.reduce(0) { $0 + piece(after: $1).count })
        for mark in pieces {
            content.append(contentsOf: piece(after: mark))
        }
        return content
    }
}
