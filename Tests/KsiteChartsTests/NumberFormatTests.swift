import Testing
@testable import KsiteCharts

@Suite struct NumberFormatTests {
    @Test func placeholder() {}
}
