import KsiteCore

/// A list item (or, outside lists, a paragraph) that carries department tags: one 取組.
public struct Initiative: Hashable, Sendable {
    /// Id of the element wrapping the item on its page, e.g. `i-3`; unique in the body.
    public var id: String
    /// Department codes of the item's tags, in order of appearance, without duplicates.
    public var departmentCodes: [String]
    /// The tags as written, e.g. `【商金・産支】`.
    public var tags: [String]
    /// The item's content with department links and its nested list, but no id attributes.
    public var html: HTMLFragment
    /// The item's text, tags included.
    public var plainText: String
    /// Index into `RenderedMarkdown.parts` of the part holding the item.
    public var partIndex: Int
    /// Where the item starts in the file.
    public var location: SourceLocation

    /// Creates an initiative.
    public init(
        id: String, departmentCodes: [String], tags: [String], html: HTMLFragment,
        plainText: String, partIndex: Int, location: SourceLocation
    ) {
        self.id = id
        self.departmentCodes = departmentCodes
        self.tags = tags
        self.html = html
        self.plainText = plainText
        self.partIndex = partIndex
        self.location = location
    }
}
