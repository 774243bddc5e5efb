import ArgumentParser
import KsiteCore
import KsiteSite

/// `ksite check`: every validation of a build, writing nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content and templates without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = BuildOptions(contentPath: site.content, templatesPath: site.templates)
        let warnings = try Console.run { () throws(DiagnosticList) in try SiteBuilder(options: options).check() }
        Console.print(warnings)
        print("no errors, \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")
    }
}
