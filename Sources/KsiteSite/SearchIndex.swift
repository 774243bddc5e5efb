import Foundation

/// The site's own full-text search index: `search/index.json`, read by `assets/search.js`.
///
/// Japanese has no spaces between words, so splitting text into words on one side and
/// queries on the other invites mismatches (a compound like 半導体人材 indexed as one word
/// and queried as two). Instead each page's text is stored whole, normalised once (NFKC,
/// lower case) exactly as the script normalises a query, and a query term matches wherever
/// it occurs as a substring. The real report's index is about 100 KB; sites far larger
/// than the report would need a sharded n-gram index instead.
struct SearchIndex: Encodable {
    struct Entry: Encodable {
        /// Title shown in results.
        var title: String
        /// Where the page sits, e.g. the pillar heading.
        var context: String
        /// Path from the site's root.
        var url: String
        /// Normalised title and text.
        var text: String
        /// The same text as written, for result snippets.
        var display: String
    }

    var version = 1
    /// Made one at a time as they are written: a large report's index is tens of megabytes.
    var entries: Entries

    /// NFKC and lower case: the same function as `normalize()` in `search.js`.
    static func normalize(_ text: String) -> String {
        normalize(line: flattened(text))
    }

    /// `normalize` of text already flattened to one line.
    static func normalize(line: String) -> String {
        compatibilityMapped(line, lowercasing: true)
    }

    func json() -> Data {
        (try? SortedJSONEncoder().encode(self)) ?? Data("{}".utf8)
    }

    /// `json()` handed over in pieces.
    func json(emit: ([UInt8]) -> Void) {
        try? SortedJSONEncoder().encode(self, emit: emit)
    }
}

extension SearchIndex {
    /// One entry per pillar and per section, in report order.
    init(
        pillars: [RenderedPillar], heading: @escaping (RenderedSection) -> String,
        pillarHeading: @escaping (RenderedPillar) -> String
    ) {
        entries = Entries(pillars: pillars, heading: heading, pillarHeading: pillarHeading)
    }

    /// The entries of the index, encoded as a list.
    struct Entries: Encodable {
        let pillars: [RenderedPillar]
        let heading: (RenderedSection) -> String
        let pillarHeading: (RenderedPillar) -> String

        /// Each entry in report order, made when its turn comes.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for pillar in pillars {
                let pillarTitle = pillarHeading(pillar)
                try container.encode(Entry(
                    title: pillarTitle, context: "", url: pillar.path,
                    indexing: pillarTitle + " " + pillar.introduction.plainText))
                for rendered in pillar.sections {
                    let section = rendered.section
                    let title = heading(rendered)
                    let extra = section.metrics.map { "\($0.caption ?? "") \($0.title)" }
                        + section.tables.map(\.title) + section.photos.map(\.caption)
                    let text = ([title, rendered.markdown.plainText] + extra).joined(separator: " ")
                    try container.encode(Entry(
                        title: title, context: pillarTitle, url: rendered.path, indexing: text))
                }
            }
        }
    }
}

private extension SearchIndex.Entry {
    /// An entry for `text`: flattened once for display, then normalised from that line.
    init(title: String, context: String, url: String, indexing text: String) {
        let line = SearchIndex.flattened(text)
        self.init(
            title: title, context: context, url: url, text: SearchIndex.normalize(line: line), display: line)
    }
}
