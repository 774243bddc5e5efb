import Foundation

/// The site's own full-text search index: `search/index.json`, read by `assets/search.js`.
///
/// Japanese has no spaces between words, so splitting text into words on one side and
/// queries on the other invites mismatches (a compound like 半導体人材 indexed as one word
/// and queried as two). Instead each page's text is stored whole, as written, on one line;
/// the script normalises it (NFKC, lower case) when it loads the index with the very function
/// it normalises queries with, and a query term matches wherever it occurs as a substring.
/// The real report's index is about 30 KB; sites far larger than the report would need a
/// sharded n-gram index instead.
///
/// The file (`docs/data-schema.md`): `{"entries":[{"context","text","title","url"}…],"version":2}`,
/// one entry per pillar and per section in report order, written as `JSONEncoder` would
/// write it with sorted keys.
struct SearchIndex {
    let pillars: [RenderedPillar]
    /// A section's title as shown in results, e.g. `(3) 中小企業者の…`.
    let heading: (RenderedSection) -> String
    /// A pillar's title as shown in results and as its sections' context.
    let pillarHeading: (RenderedPillar) -> String

    /// The whole file.
    func json() -> Data {
        var result = Data()
        json { result.append(contentsOf: $0) }
        return result
    }

    /// The file handed over in pieces of about `pieceSize` bytes, each ending after an entry:
    /// a large report's index is tens of megabytes and is never whole in memory.
    func json(pieceSize: Int = 1 << 20, emit: ([UInt8]) -> Void) {
        var json = JSONWriter(isPrettyPrinted: false)
        // Each entry's text, written into one line reused from entry to entry.
        var text = TextLine()
        json.beginObject()
        json.key("entries")
        json.beginArray()
        for pillar in pillars {
            let pillarTitle = pillarHeading(pillar)
            text.removeAll()
            text.append(pillarTitle)
            text.append(" ")
            text.append(pillar.introduction.plainText)
            json.entry(title: pillarTitle, context: "", url: pillar.path, text: text)
            for rendered in pillar.sections {
                let section = rendered.section
                let title = heading(rendered)
                text.removeAll()
                text.append(title)
                text.append(" ")
                text.append(rendered.markdown.plainText)
                for metric in section.metrics {
                    text.append(" ")
                    text.append(metric.caption ?? "")
                    text.append(" ")
                    text.append(metric.title)
                }
                for table in section.tables {
                    text.append(" ")
                    text.append(table.title)
                }
                for photo in section.photos {
                    text.append(" ")
                    text.append(photo.caption)
                }
                json.entry(title: title, context: pillarTitle, url: rendered.path, text: text)
                json.handOver(atLeast: pieceSize, to: emit)
            }
        }
        json.endArray()
        json.member("version", 2)
        json.endObject()
        json.handOver(to: emit)
    }
}

private extension JSONWriter {
    /// One page: `text` is its title and text, each metric's caption and title, each table's
    /// title and each photo's caption, joined by spaces on one line.
    mutating func entry(title: String, context: String, url: String, text: TextLine) {
        object { json in
            json.member("context", context)
            json.key("text")
            json.string(utf8: text.bytes)
            json.member("title", title)
            json.member("url", url)
        }
    }
}
