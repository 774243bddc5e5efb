/// A chart drawn but not yet wrapped in `<svg>`: its height, pattern definitions, marks,
/// and the words and table that go with it.
struct ChartBody: Sendable {
    /// Bytes of markup a chart body usually takes (most are 4–9 KB): the room its writer
    /// starts with, so that the buffer rarely has to grow.
    static let typicalSize = 8 * 1024

    var height: Double
    /// `<pattern>` elements as UTF-8, or nothing.
    var definitions: [UInt8]
    /// The marks and labels as UTF-8: the bulk of both documents, written into each as bytes.
    var content: [UInt8]
    var summary: String
    var table: ChartTable
}
