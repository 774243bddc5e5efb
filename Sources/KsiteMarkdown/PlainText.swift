/// The plain text of a body, decoded once; the texts of its initiatives and headings are cut
/// from it without a second UTF-8 check.
struct PlainText {
    private let string: String

    /// Text from `DocumentScan.text`: valid UTF-8, blocks separated by line breaks.
    init(_ bytes: [UInt8]) {
        string = String(decoding: bytes, as: UTF8.self)
    }

    /// The whole text, without the line breaks and spaces around it.
    var trimmed: String {
        trimmed(0..<string.utf8.count)
    }

    /// The text of a byte range, without the line breaks and spaces around it.
    ///
    /// Range ends fall between whole pieces of text, so on scalar boundaries.
    func trimmed(_ range: Range<Int>) -> String {
        let utf8 = string.utf8
        var start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        var end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        while start < end, Self.isSpace(utf8[start]) {
            utf8.formIndex(after: &start)
        }
        while start < end, Self.isSpace(utf8[utf8.index(before: end)]) {
            utf8.formIndex(before: &end)
        }
        return String(string[start..<end])
    }
}

private extension PlainText {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
    }
}
