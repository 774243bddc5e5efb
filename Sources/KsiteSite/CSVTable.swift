import KsiteCore

/// A CSV file in UTF-8 with a byte-order mark, so that Excel opens Japanese text correctly,
/// written a field at a time and handed on in pieces: the initiatives of a large report make
/// a table of hundreds of thousands of rows.
///
/// RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted.
struct CSVTable {
    private(set) var bytes: [UInt8] = Array("\u{FEFF}".utf8)
    /// No field is written yet in the current row.
    private var isRowStart = true

    /// A table that starts with its header row.
    init(header: [String]) {
        header.forEach { append($0) }
        endRow()
    }

    /// Appends the current row's next field, quoted when it must be.
    mutating func append(_ field: String) {
        startField()
        let start = bytes.count
        bytes.append(contentsOf: field.utf8)
        quoteIfNeeded(from: start)
    }

    /// Appends a field made of `pieces` with `separator` between them, as their joined text
    /// would be, without making it.
    mutating func append(joining pieces: [String], separator: String = "") {
        startField()
        let start = bytes.count
        for (index, piece) in pieces.enumerated() {
            if index > 0 { bytes.append(contentsOf: separator.utf8) }
            bytes.append(contentsOf: piece.utf8)
        }
        quoteIfNeeded(from: start)
    }

    /// Fields written once and copied into many rows, such as the columns that lead every
    /// row of a section.
    struct Fields {
        fileprivate var bytes: [UInt8] = []
    }

    /// `fields` as a row writes them (at least one field).
    static func encode(_ fields: [String]) -> Fields {
        var table = CSVTable(bytes: [])
        fields.forEach { table.append($0) }
        return Fields(bytes: table.bytes)
    }

    /// Appends fields encoded beforehand.
    mutating func append(_ fields: Fields) {
        startField()
        bytes += fields.bytes
    }

    /// Ends the current row.
    mutating func endRow() {
        bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        isRowStart = true
    }

    /// Hands the text written so far to `emit` once it has reached `size` bytes (any size by
    /// default), keeping its storage for what follows.
    mutating func handOver(atLeast size: Int = 1, to emit: ([UInt8]) -> Void) {
        guard bytes.count >= size else { return }
        emit(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

private extension CSVTable {
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    static let quote = UInt8(ascii: "\"")

    /// The comma before every field but a row's first.
    mutating func startField() {
        if !isRowStart { bytes.append(UInt8(ascii: ",")) }
        isRowStart = false
    }

    /// Quotes the field written from `start` on if it holds a comma, quote or line break,
    /// doubling each quote in it. Fields are written as they are and seldom need it.
    mutating func quoteIfNeeded(from start: Int) {
        let isQuoted = bytes.withUnsafeBufferPointer {
            Self.quoted.firstIndex(in: UnsafeBufferPointer(rebasing: $0[start...])) != nil
        }
        guard isQuoted else { return }
        let text = Array(bytes[start...])
        bytes.removeSubrange(start...)
        bytes.append(Self.quote)
        var copied = 0
        while let index = text[copied...].firstIndex(of: Self.quote) {
            bytes += text[copied...index]
            bytes.append(Self.quote)
            copied = index + 1
        }
        bytes += text[copied...]
        bytes.append(Self.quote)
    }

    /// A comma, quote or line break, which make a field quoted.
    static let quoted = ByteSet(
        UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"))
}
