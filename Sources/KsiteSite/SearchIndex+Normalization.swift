import Foundation
import KsiteCore

extension SearchIndex {
    /// NFKC of `text`, as `precomposedStringWithCompatibilityMapping` gives it, without sending
    /// the whole text through Foundation: most of a Japanese report is kana, kanji and ASCII,
    /// which NFKC leaves as they are, and full-width ASCII (（）：１) and circled numbers (①),
    /// which map to ASCII.
    ///
    /// The text is cut before each such stable character (a starter that NFKC keeps and that
    /// nothing before it composes with); NFKC of the pieces, joined, is NFKC of the whole
    /// (UAX #15, "Stable Code Points"). A run of other characters is normalised together with
    /// the stable character before it, which it might compose with (か + ゛ → が).
    ///
    /// When `lowercasing`, the result is also lower-cased, in the same pass: lower case maps
    /// scalar by scalar, so the lower case of the pieces, joined, is that of the whole.
    static func compatibilityMapped(_ text: String, lowercasing: Bool = false) -> String {
        withBytes(of: text) { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            var previousStable: Int?
            var index = 0
            while index < bytes.count {
                let (value, length) = scalar(in: bytes, at: index)
                if isStable(value) {
                    previousStable = index
                    index += length
                    continue
                }
                let start = previousStable ?? index
                var end = index + length
                while end < bytes.count {
                    let (next, nextLength) = scalar(in: bytes, at: end)
                    if isStable(next) { break }
                    end += nextLength
                }
                let stable = UnsafeBufferPointer(rebasing: bytes[copied..<start])
                appendStable(stable, lowercasing: lowercasing, to: &output)
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                appendMapped(piece, lowercasing: lowercasing, to: &output)
                copied = end
                previousStable = nil
                index = end
            }
            let rest = UnsafeBufferPointer(rebasing: bytes[copied...])
            appendStable(rest, lowercasing: lowercasing, to: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// One line: runs of line breaks (LF, CR, CRLF, VT, FF, NEL, LS, PS) become one space,
    /// and none is left at either end.
    static func flattened(_ text: String) -> String {
        withBytes(of: text) { bytes in
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

    /// `text.lowercased()`, which maps scalar by scalar, without asking Unicode's tables about
    /// the ASCII, kana and kanji that make up nearly all of a Japanese report: ASCII by its
    /// offset, kana and kanji as they are (they have no case).
    static func lowercased(_ text: String) -> String {
        withBytes(of: text) { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            var index = 0
            while index < bytes.count {
                let (value, length) = scalar(in: bytes, at: index)
                let isUnchanged = value < 0x80
                    ? !(UInt32(UInt8(ascii: "A"))...UInt32(UInt8(ascii: "Z"))).contains(value)
                    : isStable(value)
                if !isUnchanged {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    if value < 0x80 {
                        output.append(UInt8(value) + 0x20)
                    } else if let scalar = Unicode.Scalar(value) {
                        output += scalar.properties.lowercaseMapping.utf8
                    }
                    copied = index + length
                }
                index += length
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }
}

private extension SearchIndex {
    /// `body` over the text's own UTF-8, without copying it.
    static func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        var text = text
        return text.withUTF8(body)
    }

    /// The scalar value starting at `index` of valid UTF-8, and its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        switch lead {
        case ..<0x80: return (lead, 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case ..<0xF0:
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F), 3)
        default:
            return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
    }

    /// Bytes of the line break starting at `index` (LF, VT, FF, CR, NEL, LS, PS), else 0.
    static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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

    /// Characters NFKC keeps and nothing composes with: ASCII, kana, kanji, common CJK marks.
    static func isStable(_ value: UInt32) -> Bool {
        value < 0x80 || JapaneseScalar.isKanaOrKanji(value) || JapaneseScalar.isPunctuation(value)
    }

    /// Stable characters as they are, or lower-cased: of them only ASCII capitals change.
    static func appendStable(
        _ run: UnsafeBufferPointer<UInt8>, lowercasing: Bool, to output: inout [UInt8]
    ) {
        guard lowercasing else {
            output.append(contentsOf: run)
            return
        }
        var copied = 0
        for index in run.indices where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(run[index]) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: run[copied..<index]))
            output.append(run[index] + 0x20)
            copied = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: run[copied...]))
    }

    /// NFKC of a piece, lower-cased when asked: full-width ASCII (U+FF01–FF5E) and circled
    /// numbers (① to ⑳) by table when that is all the piece holds besides one leading stable
    /// character; anything else through Foundation.
    static func appendMapped(
        _ piece: UnsafeBufferPointer<UInt8>, lowercasing: Bool, to output: inout [UInt8]
    ) {
        if let mapped = mappedToASCII(piece) {
            mapped.withUnsafeBufferPointer { appendStable($0, lowercasing: lowercasing, to: &output) }
            return
        }
        let normalized = String(decoding: piece, as: UTF8.self).precomposedStringWithCompatibilityMapping
        output += (lowercasing ? lowercased(normalized) : normalized).utf8
    }

    /// The piece's leading stable character followed by the ASCII its other characters map
    /// to, or nil when one of them is not full-width ASCII or a circled number.
    static func mappedToASCII(_ piece: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        var index = 0
        let (first, firstLength) = scalar(in: piece, at: index)
        if isStable(first) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: piece[index..<firstLength]))
            index += firstLength
        }
        while index < piece.count {
            let (value, length) = scalar(in: piece, at: index)
            switch value {
            case 0xFF01...0xFF5E: output.append(UInt8(value - 0xFEE0))
            case 0x2460...0x2473: output += String(value - 0x2460 + 1).utf8
            default: return nil
            }
            index += length
        }
        return output
    }
}
