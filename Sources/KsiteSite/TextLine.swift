/// Text made into one line, for page descriptions and the search index.
enum TextLine {
    /// `text` on one line: runs of line breaks (LF, CR, CRLF, VT, FF, NEL, LS, PS) become one
    /// space, and none is left at either end.
    static func flattened(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var runStart = 0
            // Each run of text between breaks, copied whole, after a space unless it is first.
            func copyRun(upTo end: Int) {
                guard runStart < end else { return }
                if !output.isEmpty { output.append(UInt8(ascii: " ")) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
            }
            var index = 0
            while index < bytes.count {
                let length = lineBreakLength(in: bytes, at: index)
                guard length > 0 else {
                    index += 1
                    continue
                }
                copyRun(upTo: index)
                index += length
                runStart = index
            }
            copyRun(upTo: bytes.count)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether `scalar` is one of the line breaks `flattened` turns into spaces: LF, VT, FF,
    /// CR, NEL, LS, PS (as `lineBreakLength` finds them in UTF-8).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Bytes of the line break starting at `index` (LF, VT, FF, CR, NEL, LS, PS), else 0.
    private static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        // Nearly every byte is text: ruled out with the fewest comparisons first.
        guard byte <= 0x0D || byte == 0xC2 || byte == 0xE2 else { return 0 }
        switch byte {
        case 0x0A...0x0D: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return 3
        default: return 0
        }
    }
}
