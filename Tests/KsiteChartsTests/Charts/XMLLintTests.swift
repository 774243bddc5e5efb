import Foundation
import Testing

/// `xmllint --noout` over every golden SVG: each chart must be well-formed XML.
@Suite struct XMLLintTests {
    static let xmllint = "/usr/bin/xmllint"

    @Test func everyGoldenSVGIsWellFormed() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.xmllint) else {
            print("skipped: \(Self.xmllint) is not installed (apt-get install libxml2-utils)")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Golden.directory.path)
            .filter { $0.hasSuffix(".svg") }.sorted()
        #expect(files.count >= ChartSamples.all.count)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.xmllint)
        process.arguments = ["--noout"] + files.map { Golden.url($0).path }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
