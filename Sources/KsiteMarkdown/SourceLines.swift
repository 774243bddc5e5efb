import KsiteCore

/// Maps cmark's body positions (line, byte column) to locations in the file.
///
/// Line breaks are `\n`, `\r\n` and a lone `\r`, as cmark counts them. The line index is built
/// on first use, so bodies without diagnostics never pay for it.
final class SourceLines {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let path: String
    private let firstLine: Int
    private lazy var lineStarts: [Int] = Self.lineStarts(of: bytes)

    init(bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int) {
        self.bytes = bytes
        self.path = path
        self.firstLine = firstLine
    }

    /// The file location of body line `line` (1-based) and byte column `column` (1-based).
    ///
    /// The column becomes a count of characters (Unicode scalars), as editors count them;
    /// a line of 0 gives the file's first body line without column.
    func location(line: Int, column: Int) -> SourceLocation {
        guard line > 0 else { return SourceLocation(file: path, line: firstLine) }
        let fileLine = firstLine + line - 1
        guard column > 0, let range = byteRange(ofLine: line) else {
            return SourceLocation(file: path, line: fileLine)
        }
        let end = min(range.lowerBound + column - 1, range.upperBound)
        let scalars = bytes[range.lowerBound..<end].reduce(0) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return SourceLocation(file: path, line: fileLine, column: scalars + 1)
    }

    /// Byte column (1-based) where the line's text starts, after indentation and `>` markers.
    ///
    /// A paragraph's continuation lines lose these before inline parsing, which is where
    /// their text really starts.
    func contentStart(ofLine line: Int) -> Int {
        guard let range = byteRange(ofLine: line) else { return 1 }
        let prefix = bytes[range].prefix {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">")
        }
        return prefix.count + 1
    }

    /// The bytes of body line `line` from byte column `from` through `through`, clamped.
    func bytes(line: Int, from: Int, through: Int) -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard from > 0, let range = byteRange(ofLine: line) else { return nil }
        let lower = min(range.lowerBound + from - 1, range.upperBound)
        let upper = min(range.lowerBound + max(through, from - 1), range.upperBound)
        return bytes[lower..<upper]
    }
}

private extension SourceLines {
    /// Byte offsets of the line's content, without its line break.
    func byteRange(ofLine line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var index = 0
        // The loader makes every line break a single LF, so only bodies made otherwise (in
        // tests) take the loop below, which tells CRLF and a lone CR apart.
        if ByteSearch.firstIndex(of: UInt8(ascii: "\r"), in: bytes, within: 0..<bytes.count) == nil {
            while let feed = ByteSearch.firstIndex(
                of: UInt8(ascii: "\n"), in: bytes, within: index..<bytes.count) {
                index = feed + 1
                starts.append(index)
            }
            return starts
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // Line breaks are below 0x0E; every body has thousands of other bytes.
            guard byte <= UInt8(ascii: "\r") else { continue }
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                starts.append(index)
            }
        }
        return starts
    }
}
