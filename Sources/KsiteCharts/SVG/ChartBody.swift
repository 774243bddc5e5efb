/// A chart drawn but not yet wrapped in `<svg>`: its height, pattern definitions, marks,
/// and the words and table that go with it.
struct ChartBody: Sendable {
    var height: Double
    var definitions: String
    var content: String
    var summary: String
    var table: ChartTable
}
