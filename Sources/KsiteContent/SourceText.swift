import Foundation
import KsiteCore

/// Reads content files as UTF-8 text with LF line endings and without a byte-order mark.
public enum SourceText {
    /// Decodes `data` read from `path`; invalid UTF-8 is an error naming the byte offset.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> String {
        let hasByteOrderMark = data.starts(with: byteOrderMark)
        let bytes = hasByteOrderMark ? data.dropFirst(byteOrderMark.count) : data
        // The standard library validates whole runs of bytes at once; the byte-by-byte search
        // for the offending byte runs only for a file that fails.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return try decodeInvalid(
                [UInt8](bytes), skipped: hasByteOrderMark ? byteOrderMark.count : 0, path: path)
        }
        return normalizingLineEndings(text)
    }

    /// Reads and decodes the file at `url`, shown to the user as `path`.
    public static func read(_ url: URL, path: String) throws(Diagnostic) -> String {
        try decode(readBytes(url, path: path), path: path)
    }

    /// The bytes of the file at `url`; a file that cannot be read is an I/O error.
    static func readBytes(_ url: URL, path: String) throws(Diagnostic) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw unreadable(path)
        }
    }

    /// The bytes of the file at `path`, which is also the path shown; without making a URL.
    static func readBytes(atPath path: String) throws(Diagnostic) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw unreadable(path) }
        return data
    }

    private static func unreadable(_ path: String) -> Diagnostic {
        .environmentError(
            at: SourceLocation(file: path), "cannot read the file",
            hint: "check that it exists and that you may read it")
    }

    /// CRLF and lone CR become LF, so that line numbers match what editors show.
    static func normalizingLineEndings(_ text: String) -> String {
        guard containsCarriageReturn(text) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }
}

private extension SourceText {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The error for bytes that are not valid UTF-8; `skipped` bytes (a byte-order mark) came
    /// before them in the file.
    static func decodeInvalid(_ bytes: [UInt8], skipped: Int, path: String) throws(Diagnostic) -> String {
        guard let offset = firstInvalidUTF8Offset(in: bytes) else {
            // Both checks are the standard library's strict UTF-8, so this is not reached;
            // were they ever to differ, the text is decoded as it always was.
            return normalizingLineEndings(String(decoding: bytes, as: UTF8.self))
        }
        let (line, column) = lineAndColumn(ofByte: offset, in: bytes)
        throw Diagnostic.error(
            at: SourceLocation(file: path, line: line, column: column),
            "the file is not valid UTF-8 (bad byte 0x\(hex(bytes[offset])) at byte offset"
                + " \(offset + skipped))",
            hint: "save the file as UTF-8 (not Shift_JIS) in your editor")
    }

    /// Whether `text` holds a CR, read from its contiguous UTF-8 storage: every file is
    /// searched whole, and almost none has a CR (`ByteSearch`).
    static func containsCarriageReturn(_ text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            ByteSearch.firstIndex(of: UInt8(ascii: "\r"), in: bytes, within: 0..<bytes.count) != nil
        }
    }

    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}

extension SourceText {
    /// The line and column (from 1; the column in characters, as `SourceLocation` counts) of
    /// byte `offset` of `bytes`, whose lines end with LF.
    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }
}
