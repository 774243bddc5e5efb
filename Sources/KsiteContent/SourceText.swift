import Foundation
import KsiteCore

/// Reads content files as UTF-8 text with LF line endings and without a byte-order mark.
public enum SourceText {
    /// Decodes `data` read from `path`; invalid UTF-8 is an error naming the byte offset.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            let (line, column) = lineAndColumn(ofByte: offset, in: bytes)
            throw Diagnostic.error(
                at: SourceLocation(file: path, line: line, column: column),
                "the file is not valid UTF-8 (bad byte 0x\(hex(bytes[offset])) at byte offset"
                    + " \(offset + (data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)))",
                hint: "save the file as UTF-8 (not Shift_JIS) in your editor")
        }
        let text = String(decoding: bytes, as: UTF8.self)
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
            throw Diagnostic.environmentError(
                at: SourceLocation(file: path), "cannot read the file",
                hint: "check that it exists and that you may read it")
        }
    }

    /// CRLF and lone CR become LF, so that line numbers match what editors show.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }
}

private extension SourceText {
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

    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
