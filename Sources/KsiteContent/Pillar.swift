import KsiteCore

/// A pillar (柱) of the report, such as Ⅱ《中小企業振興に関する基本方針に基づく取組み》.
public struct Pillar: Sendable {
    /// The numeral as printed: Ⅰ Ⅱ Ⅲ.
    public var numeral: String
    public var title: String
    public var order: Int
    /// The folder's name inside `Content/`, e.g. `2-kihon-hoshin`.
    public var folder: String
    /// URL slug (the folder name without its `NN-` prefix, or `slug:`).
    public var slug: String
    /// The pillar's introduction (`_index.md` body).
    public var introduction: MarkdownSource
    /// Sections in order of number, then file name.
    public var sections: [Section]
    /// Location of `_index.md`.
    public var location: SourceLocation

    /// The introduction's path inside `Content/`, e.g. `2-kihon-hoshin/_index.md`.
    public var introductionPath: String {
        folder + "/_index.md"
    }
}
