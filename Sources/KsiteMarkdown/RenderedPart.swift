import KsiteCore

/// The blocks under one top-level `##` heading (or before the first one).
public struct RenderedPart: Hashable, Sendable {
    /// Plain text of the `##` heading; nil for the content before the first heading.
    public var heading: String?
    /// HTML of the blocks under the heading, without the heading itself.
    public var html: HTMLFragment

    /// Creates a part.
    public init(heading: String?, html: HTMLFragment) {
        self.heading = heading
        self.html = html
    }
}
