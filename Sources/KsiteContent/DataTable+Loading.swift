import Foundation
import KsiteCore
import Yams

extension DataTable {
    /// Reads one entry of `tables:`.
    static func load(_ node: consuming Node, decoder: inout YAMLDecoder) -> DataTable? {
        guard let fields = decoder.fields(
            of: node, in: "a table", allowed: ["title", "note", "columns", "rows"],
            required: ["title", "columns", "rows"]
        ) else { return nil }
        let title = decoder.string(fields["title"], field: "title")
        let note = decoder.string(fields["note"], field: "note")
        let columns = decoder.list(fields["columns"], field: "columns")?
            .readEach { decoder.string($0, field: "column title") }
        let rowNodes = decoder.list(fields["rows"], field: "rows") ?? []
        var rows: [[Cell]] = []
        for rowNode in rowNodes {
            guard let cells = decoder.list(rowNode, field: "a row") else { continue }
            if let columns, cells.count != columns.count {
                decoder.error(
                    at: decoder.location(of: cells.mark),
                    "this row has \(cells.count) cells but the table has \(columns.count) columns",
                    hint: "give every row one value per column: \(columns.joined(separator: ", "))")
                continue
            }
            rows.append(cells.readEach { cell(from: $0, decoder: &decoder) })
        }
        guard let title, let columns else { return nil }
        return DataTable(title: title, note: note, columns: columns, rows: rows)
    }
}

private extension DataTable {
    static func cell(from node: consuming Node, decoder: inout YAMLDecoder) -> Cell? {
        let scalar: Node.Scalar
        switch consume node {
        case .scalar(let found):
            scalar = found
        case let other:
            decoder.error(other, "a table cell must be a number or text, not a list or mapping",
                          hint: "write one value per cell, e.g. [相談, 3]; quote text with ':' or ','")
            return nil
        }
        if scalar.style == .plain, !scalar.string.utf8.contains(UInt8(ascii: ",")),
           let amount = Amount(scalar.string) {
            return .number(amount)
        }
        return .text(scalar.string)
    }
}

extension Photo {
    /// Reads one entry of `photos:`; `src` is checked by the loader, which knows the folder.
    static func load(_ node: consuming Node, decoder: inout YAMLDecoder) -> Photo? {
        guard let fields = decoder.fields(
            of: node, in: "a photo", allowed: ["caption", "src"], required: ["caption"]
        ) else { return nil }
        let caption = decoder.string(fields["caption"], field: "caption")
        var src = decoder.string(fields["src"], field: "src")
        if let path = src, let node = fields["src"], let message = decoder.checkImage(path) {
            decoder.error(node, message.0, hint: message.1)
            src = nil
        }
        guard let caption else { return nil }
        return Photo(caption: caption, src: src)
    }
}

extension YAMLDecoder {
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "svg", "avif"]

    /// Why `path` (relative to `Content/`) cannot be a photo, with a hint; nil when it can.
    func checkImage(_ path: String) -> (String, String)? {
        guard let root = contentRoot else { return nil }
        let url = root.appendingPathComponent(path)
        guard !path.hasPrefix("/"), FileTree.isInside(url, root: root) else {
            return ("photo '\(path)' is outside the content folder",
                    "put the image under Content/images/ and write src: images/NAME.jpg")
        }
        guard Self.imageExtensions.contains(url.pathExtension.lowercased()) else {
            return ("photo '\(path)' is not an image",
                    "use a .jpg, .png, .gif, .webp, .avif or .svg file")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            return ("photo '\(path)' does not exist",
                    "check the file name (paths are relative to the content folder)")
        }
        return nil
    }
}
