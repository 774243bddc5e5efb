// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ksite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ksite", targets: ["ksite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "KsiteCore"),
        .target(
            name: "KsiteContent",
            dependencies: ["KsiteCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "KsiteMarkdown", dependencies: ["KsiteCore", "Ccmark"]),
        .target(name: "KsiteCharts", dependencies: ["KsiteCore"]),
        .target(
            name: "KsiteSite",
            dependencies: [
                "KsiteCore", "KsiteContent", "KsiteMarkdown", "KsiteCharts",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "ksite",
            dependencies: [
                "KsiteCore", "KsiteSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds allocate with mimalloc (Debian's libmimalloc-dev) in place of
            // glibc's malloc: a build makes and frees millions of small values from both
            // cores, and glibc's allocator was an eighth of its CPU time. README "Speed".
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        // libFuzzer target over the content loader; see README "Fuzzing".
        .executableTarget(
            name: "KsiteFuzz", dependencies: ["KsiteContent", "KsiteMarkdown"], exclude: ["ksite.dict"]),
        .testTarget(name: "KsiteCoreTests", dependencies: ["KsiteCore"]),
        .testTarget(name: "KsiteContentTests", dependencies: ["KsiteContent"]),
        .testTarget(name: "KsiteMarkdownTests", dependencies: ["KsiteMarkdown"]),
        .testTarget(name: "KsiteChartsTests", dependencies: ["KsiteCharts"]),
        .testTarget(name: "KsiteSiteTests", dependencies: ["KsiteSite"]),
    ]
)
