import Testing
@testable import KsiteSite

@Suite struct SitePathsTests {
    @Test(arguments: [
        ("index.html", ""), ("404.html", ""), ("pillar-a/index.html", "../"),
        ("departments/sanshi.html", "../"), ("a/b/c.html", "../../"),
        ("/a/b.html", "../"), ("a//b.html", "../"), ("a/b/", "../"), ("熊本/県.html", "../"),
    ])
    func rootPrefixClimbsOneLevelPerFolder(path: String, prefix: String) {
        #expect(SitePaths.rootPrefix(for: path) == prefix)
        // The same as counting the path's non-empty parts.
        #expect(prefix == String(repeating: "../", count: path.split(separator: "/").count - 1))
    }
}
