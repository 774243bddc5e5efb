import Testing
@testable import KsiteCharts

@Suite struct ScaleTests {
    @Test func linearMapsDomainOntoRange() {
        let scale = LinearScale(domain: 0, 300, range: 100, 400)
        #expect(scale.position(0) == 100)
        #expect(scale.position(150) == 250)
        #expect(scale.position(300) == 400)
        #expect(scale.baseline == 100)
    }

    @Test func linearRunsBackwardsForVerticalAxes() {
        let scale = LinearScale(domain: -10, 15, range: 300, 50)
        #expect(scale.position(-10) == 300)
        #expect(scale.position(15) == 50)
        #expect(scale.baseline == 200)
    }

    @Test func linearClampsAndSurvivesEmptyDomains() {
        let scale = LinearScale(domain: 0, 10, range: 0, 100)
        #expect(scale.position(20) == 100)
        #expect(scale.position(.nan) == 0)
        #expect(LinearScale(domain: 5, 5, range: 10, 20).position(5) == 10)
    }

    @Test func logPlacesEveryDecadeEvenly() {
        let scale = LogScale(decades: 3...8, range: 0, 500)
        #expect(scale.position(1e3) == 0)
        #expect(abs(scale.position(1e5) - 200) < 1e-9)
        #expect(scale.position(1e8) == 500)
        #expect(scale.position(0) == 0)
        #expect(scale.position(-5) == 0)
        #expect(scale.position(1e12) == 500)
    }
}
