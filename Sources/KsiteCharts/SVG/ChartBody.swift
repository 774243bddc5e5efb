/// A chart drawn but not yet wrapped in `<svg>`: its height, pattern definitions, marks,
/// and the words and table that go with it.
struct ChartBody: Sendable {
    /// Bytes of markup a chart body usually takes (most are 4–9 KB): the room its writer
    /// starts with, so that the buffer rarely has to grow.
    static let typicalSize = 8 * 1024

    var height: Double
    var definitions: String
    var content: String
    var summary: String
    var table: ChartTable
}
