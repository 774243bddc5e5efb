import Foundation

/// The site's own full-text search index: `search/index.json`, read by `assets/search.js`.
///
/// Japanese has no spaces between words, so splitting text into words on one side and
/// queries on the other invites mismatches (a compound like 半導体人材 indexed as one word
/// and queried as two). Instead each page's text is stored whole, as written, on one line;
/// the script normalises it (NFKC, lower case) when it loads the index with the very function
/// it normalises queries with, and a query term matches wherever it occurs as a substring.
/// The real report's index is about 50 KB; sites far larger than the report would need a
/// sharded n-gram index instead.
struct SearchIndex: Encodable {
    struct Entry: Encodable {
        /// Title shown in results.
        var title: String
        /// Where the page sits, e.g. the pillar heading.
        var context: String
        /// Path from the site's root.
        var url: String
        /// Title and text as written, on one line: what the script searches (once it has
        /// normalised it) and shows around a hit.
        var text: String
    }

    var version = 2
    /// Made one at a time as they are written: a large report's index is tens of megabytes.
    var entries: Entries

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
                    text: TextLine.flattened(pillarTitle + " " + pillar.introduction.plainText)))
                for rendered in pillar.sections {
                    let section = rendered.section
                    let title = heading(rendered)
                    let extra = section.metrics.map { "\($0.caption ?? "") \($0.title)" }
                        + section.tables.map(\.title) + section.photos.map(\.caption)
                    let text = ([title, rendered.markdown.plainText] + extra).joined(separator: " ")
                    try container.encode(Entry(
                        title: title, context: pillarTitle, url: rendered.path, text: TextLine.flattened(text)))
                }
            }
        }
    }
}
