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
        json.beginObject()
        json.key("entries")
        json.beginArray()
        for pillar in pillars {
            let pillarTitle = pillarHeading(pillar)
            json.entry(
                title: pillarTitle, context: "", url: pillar.path,
                text: pillarTitle + " " + pillar.introduction.plainText)
            for rendered in pillar.sections {
                let section = rendered.section
                let title = heading(rendered)
                let extra = section.metrics.map { "\($0.caption ?? "") \($0.title)" }
                    + section.tables.map(\.title) + section.photos.map(\.caption)
                json.entry(
                    title: title, context: pillarTitle, url: rendered.path,
                    text: ([title, rendered.markdown.plainText] + extra).joined(separator: " "))
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
    /// One page: `text` is its title and text, written on one line.
    mutating func entry(title: String, context: String, url: String, text: String) {
        object { json in
            json.member("context", context)
            json.member("text", TextLine.flattened(text))
            json.member("title", title)
            json.member("url", url)
        }
    }
}
