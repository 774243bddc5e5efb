/// Each initiative's own HTML, cut out of its page's HTML instead of rendered a second time.
///
/// On the page an initiative is wrapped in a custom block written as
/// `<div class="initiative" id="…">` and `</div>`; cmark puts a custom block's markup between
/// line breaks, adding the first only where the text before does not end with one. Shown on
/// its own, an initiative's wrappers are empty, so its HTML is what its page wrapper holds,
/// less the lines of the wrappers nested in it. Nothing else in safe-mode HTML spells those
/// lines: cmark escapes `<` in text, titles and URLs, and leaves raw HTML out.
struct InitiativeCuts {
    /// HTML of each initiative met so far, in document order.
    private(set) var html: [String] = []
    /// False once the HTML held a wrapper other than the next one expected, or an unclosed one.
    private(set) var isComplete = true
    /// The line opening each wrapper, in document order, without its line break.
    private let openings: [[UInt8]]
    /// Indices into `html` of the wrappers open around the current place.
    private var open: [Int] = []

    /// Cuts expecting these opening lines (`<div class="initiative" id="i-1">`, …).
    init(openings: [String]) {
        self.openings = openings.map { Array($0.utf8) }
    }

    /// The HTML of initiative `index`, in storage of its own size: a string appended to piece
    /// by piece keeps up to twice the room it needs, and a large report keeps every
    /// initiative's HTML until its department pages are written.
    func compactHTML(_ index: Int) -> String {
        var text = html[index]
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { storage in
                _ = storage.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }

    /// Whether every wrapper expected was met, in order, and closed.
    var hasAll: Bool {
        isComplete && html.count == openings.count
    }

    /// The markup of an initiative's wrapper: its opening line up to the id, and its closing.
    static let wrapperOpeningStart = #"<div class="initiative" id=""#
    static let wrapperClosing = "</div>"

    /// Cuts the initiatives out of the HTML of one top-level block, in document order.
    mutating func cut(from blockHTML: String) {
        // A page without initiatives has nothing to cut.
        guard !openings.isEmpty else { return }
        var block = blockHTML
        let marks = block.withUTF8 { bytes in
            let marks = Self.marks(in: bytes)
            checkOpenings(marks, in: bytes)
            return marks
        }
        // Pieces are copied from the rendered string, so they need no second UTF-8 check.
        let utf8 = block.utf8
        var segmentStart = utf8.startIndex
        for mark in marks {
            let start = utf8.index(utf8.startIndex, offsetBy: mark.range.lowerBound)
            addSegment(block[segmentStart..<start])
            segmentStart = utf8.index(start, offsetBy: mark.range.count)
            if mark.isOpening {
                open.append(html.count)
                html.append("")
            } else {
                open.removeLast()
            }
        }
        addSegment(block[segmentStart...])
        // A wrapper is a block inside a top-level block, so it closes within it.
        if !open.isEmpty { isComplete = false }
    }
}

private extension InitiativeCuts {
    /// A wrapper's opening or closing line, line break included.
    struct Mark {
        let range: Range<Int>
        let isOpening: Bool
    }

    static let openingStart = Array(wrapperOpeningStart.utf8)
    static let closing = Array((wrapperClosing + "\n").utf8)

    /// The wrappers' lines in the HTML, in order; cmark starts each on a line of its own.
    static func marks(in bytes: UnsafeBufferPointer<UInt8>) -> [Mark] {
        let openingStart = Self.openingStart
        let closing = Self.closing
        var marks: [Mark] = []
        var depth = 0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = min(lineEnd + 1, bytes.count)
            if bytes[lineStart] == UInt8(ascii: "<") {
                if has(openingStart, at: lineStart, in: bytes) {
                    marks.append(Mark(range: lineStart..<next, isOpening: true))
                    depth += 1
                } else if depth > 0, next - lineStart == closing.count,
                          has(closing, at: lineStart, in: bytes) {
                    marks.append(Mark(range: lineStart..<next, isOpening: false))
                    depth -= 1
                }
            }
            lineStart = next
        }
        return marks
    }

    /// Notes when an opening line is not the one expected next.
    mutating func checkOpenings(_ marks: [Mark], in bytes: UnsafeBufferPointer<UInt8>) {
        var number = html.count
        for mark in marks where mark.isOpening {
            let isExpected = number < openings.count
                && mark.range.count == openings[number].count + 1
                && Self.has(openings[number], at: mark.range.lowerBound, in: bytes)
            if !isExpected { isComplete = false }
            number += 1
        }
    }

    /// Adds HTML to every wrapper open around it.
    mutating func addSegment(_ segment: Substring) {
        guard !segment.isEmpty else { return }
        for number in open {
            html[number] += segment
        }
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
}
