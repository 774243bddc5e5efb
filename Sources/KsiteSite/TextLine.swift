import KsiteCore

/// Text made into one line, for page descriptions and the search index: runs of line breaks
/// (LF, CR, CRLF, VT, FF, NEL, LS, PS) become one space, and none is left at either end.
///
/// A line can be written from several texts in turn, as their joined text would be
/// flattened, without joining them first.
struct TextLine {
    /// The line so far, in UTF-8.
    private(set) var bytes: [UInt8] = []
    /// Line breaks were passed since the last text written: a space stands for them before
    /// the next (unless the line is still empty).
    private var isAfterBreak = false

    /// `text` on one line.
    static func flattened(_ text: String) -> String {
        var line = TextLine()
        line.append(text)
        return String(decoding: line.bytes, as: UTF8.self)
    }

    /// Appends `text`, its line breaks flattened.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if self.bytes.isEmpty { self.bytes.reserveCapacity(bytes.count) }
            var runStart = 0
            var index = 0
            while let candidate = Self.breakStarts.firstIndex(in: bytes, from: index) {
                let length = Self.lineBreakLength(in: bytes, at: candidate)
                guard length > 0 else {
                    index = candidate + 1
                    continue
                }
                appendRun(UnsafeBufferPointer(rebasing: bytes[runStart..<candidate]))
                isAfterBreak = true
                index = candidate + length
                runStart = index
            }
            appendRun(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Empties the line, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        isAfterBreak = false
    }

    /// Whether `scalar` is one of the line breaks `flattened` turns into spaces: LF, VT, FF,
    /// CR, NEL, LS, PS (as `lineBreakLength` finds them in UTF-8).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}

private extension TextLine {
    /// The bytes a line break can start with, and a few more (below LF): everything else is
    /// text, copied in runs.
    static let breakStarts = ByteSet(below: 0x0E, 0xC2, 0xE2)

    /// Text between line breaks, after a space if breaks came before it on the line.
    mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        guard !run.isEmpty else { return }
        if isAfterBreak && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
        isAfterBreak = false
        bytes.append(contentsOf: run)
    }

    /// Bytes of the line break starting at `index` (LF, VT, FF, CR, NEL, LS, PS), else 0.
    static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A...0x0D: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return 3
        default: return 0
        }
    }
}
